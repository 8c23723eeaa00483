/**
 * Số và ký hiệu: the parts of a document number, and the accent-, case- and punctuation-free keys used to match
 * a number as written against the registry (so "59/2019/ND-CP" and "59/2019/NĐCP" still find Nghị định 59/2019/NĐ-CP).
 */
import { stripAccents } from '../text';

export interface DocumentNumber {
  /** the number before the first separator: "59", "31", "1186" */
  serial: string;
  /** the year inside a QPPL number: 2019 in 59/2019/NĐ-CP */
  year?: number;
  /** the ký hiệu: "NĐ-CP", "CT-TTg", "QH14", "CT/TU" (Party), "TCVN" (standards) */
  code: string;
  party: boolean;
}

const STATE = /^(\d{1,5})(?:\/(\d{4}))?\/(\S+)$/u;
const PARTY = /^(\d{1,5})-([^/\s]+)\/(\S+)$/u;
const STANDARD = /^(TCVN)\s+(\d+)(?::(\d{4}))?$/u;

/** The parts of a well-formed number; undefined for anything else. */
export function parseDocumentNumber(number: string): DocumentNumber | undefined {
  const text = number.trim();
  const party = PARTY.exec(text);
  if (party) return { serial: party[1] as string, code: `${party[2]}/${party[3]}`, party: true };
  const state = STATE.exec(text);
  if (state) {
    const year = state[2] === undefined ? undefined : Number(state[2]);
    return { serial: state[1] as string, ...(year === undefined ? {} : { year }), code: state[3] as string, party: false };
  }
  const standard = STANDARD.exec(text);
  if (standard) {
    const year = standard[3] === undefined ? undefined : Number(standard[3]);
    return { serial: standard[2] as string, ...(year === undefined ? {} : { year }), code: 'TCVN', party: false };
  }
  return undefined;
}

/** Letters and digits only, accents stripped, lower case: "NĐ-CP" → "ndcp". */
export function looseKey(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The key of a whole number, year included: 59/2019/NĐ-CP → "592019ndcp". */
export function numberKey(serial: string, year: number | undefined, code: string): string {
  return `${Number(serial)}|${year ?? ''}|${looseKey(code)}`;
}

/** The key without the year, to find a document cited with its year missing or added. */
export function serialCodeKey(serial: string, code: string): string {
  return `${Number(serial)}|${looseKey(code)}`;
}
