/**
 * The form of a ký hiệu: what is wrong with it as written ("59/2019/NĐCP", "59/2019/ND-CP", "59/2019/NĐ - CP",
 * "59/2019/nđ-cp") and the corrected form, from the registry when the document is known, by rule otherwise.
 */
import { stripAccents } from '../text';
import { parseDocumentNumber } from './number';
import type { RegistryDocument } from './schema';

export type SymbolProblem = 'spaces' | 'case' | 'hyphen' | 'd-stroke' | 'form';

/** Segments whose capital letters are not all capitals in the canonical form. */
const MIXED_CASE: Readonly<Record<string, string>> = { TTG: 'TTg', TTR: 'TTr', CTR: 'CTr', QYĐ: 'QyĐ' };
/** Type codes that are written with Đ; a plain D there is a typing slip. */
const STROKE_D: Readonly<Record<string, string>> = { ND: 'NĐ', QD: 'QĐ' };
const TYPE_PREFIX = /^(NĐ|ND|QĐ|QD|TTLT|TT|CT|NQ|KH|BC|TB|HD)(CP|TTG|UBND|BTC|TTCP|BNV|SNV|BTP|HĐND|HDND|VPCP)$/i;

const segmentFix = (segment: string): string => {
  const upper = segment.toUpperCase();
  return MIXED_CASE[upper] ?? STROKE_D[upper] ?? (segment === segment.toLowerCase() ? upper : segment);
};

/** A ký hiệu put right by rule: no spaces, capitals, Đ in NĐ/QĐ, the hyphen between type and issuer. */
export function repairCode(code: string): string {
  const compact = code.replace(/\s+/g, '');
  const split = TYPE_PREFIX.exec(compact);
  const hyphenated = split ? `${split[1]}-${split[2]}` : compact;
  return hyphenated.split(/([-/])/).map((part) => (part === '-' || part === '/' ? part : segmentFix(part))).join('');
}

function classify(written: string, canonical: string): SymbolProblem | undefined {
  if (written === canonical) return undefined;
  if (/\s/.test(written)) return 'spaces';
  if (written.toUpperCase() === canonical.toUpperCase()) return 'case';
  if (written.replace(/-/g, '') === canonical.replace(/-/g, '')) return 'hyphen';
  if (stripAccents(written) === stripAccents(canonical)) return 'd-stroke';
  return 'form';
}

/** What is wrong with the written ký hiệu, and the right one; undefined when it is right. */
export function checkSymbol(code: string, doc: RegistryDocument | undefined): { problem: SymbolProblem; code: string } | undefined {
  const canonical = doc ? parseDocumentNumber(doc.number)?.code : undefined;
  if (canonical && doc?.type !== 'Tiêu chuẩn') {
    const problem = classify(code, canonical);
    return problem ? { problem, code: canonical } : undefined;
  }
  const repaired = repairCode(code);
  const problem = classify(code, repaired);
  return problem ? { problem, code: repaired } : undefined;
}

/** A number written with the given ký hiệu in place of the old one. */
export function withCode(number: string, oldCode: string, newCode: string): string {
  const at = number.lastIndexOf(oldCode);
  return at < 0 ? number : number.slice(0, at) + newCode + number.slice(at + oldCode.length);
}
