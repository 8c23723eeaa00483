/**
 * Which registry document a citation names, and how far its trích yếu runs in the text.
 * A number with its year left out (59/NĐ-CP) or added (10/2019/CT-TTg) still resolves, so lint can say what is wrong.
 */
import { stripAccents } from '../text';
import { parseDocumentNumber } from './number';
import type { Draft } from './parse';
import type { Registry } from './registry';
import type { RegistryDocument } from './schema';
import type { Range } from './scan';

const docYear = (doc: RegistryDocument): number | undefined => (doc.date ? Number(doc.date.slice(0, 4)) : parseDocumentNumber(doc.number)?.year);

function byNumber(folded: string, draft: Draft, registry: Registry): RegistryDocument | undefined {
  const number = draft.number;
  if (!number) return undefined;
  const code = folded.slice(number.code.start, number.code.end);
  const exact = registry.byNumber(number.serial, number.year, code);
  if (exact) return exact;
  const sameSerialAndCode = registry.bySerialAndCode(number.serial, code).filter((doc) => {
    const registeredYear = parseDocumentNumber(doc.number)?.year;
    // only a year missing on one side, never two different years
    return number.year === undefined || registeredYear === undefined;
  });
  return sameSerialAndCode.length === 1 ? sameSerialAndCode[0] : undefined;
}

function byName(folded: string, draft: Draft, registry: Registry): RegistryDocument | undefined {
  const candidates = draft.lawDocs ?? (draft.name ? registry.lawsByName(folded.slice(draft.name.start, draft.name.end).toLowerCase().replace(/[^a-z0-9]/g, '')) : []);
  const year = draft.yearPhrase?.year ?? draft.date?.year ?? draft.number?.year;
  return candidates.find((doc) => year === undefined || docYear(doc) === year);
}

export function resolveDraft(folded: string, draft: Draft, registry: Registry): RegistryDocument | undefined {
  if (draft.standard) {
    const { serial, year } = draft.standard;
    return registry.byNumber(serial, year, 'TCVN');
  }
  if (draft.type === 'Luật' && draft.name) {
    const named = byName(folded, draft, registry);
    if (!draft.number) return named;
    return byNumber(folded, draft, registry) ?? named;
  }
  return byNumber(folded, draft, registry);
}

const WORD = /[\p{L}\p{N}]+/gu;
const GAP_INSIDE_SUBJECT = /^[ ,\-/]+$/;

/**
 * Where the registry subject ends when the text goes on with it right after the citation, or undefined. A law named
 * inside the subject under another name ("… thi hành Luật PCTN") counts as part of it.
 */
export function subjectEnd(folded: string, from: number, subject: string, drafts: readonly Draft[]): number | undefined {
  const want = stripAccents(subject).toLowerCase().match(WORD) ?? [];
  const words = new RegExp(WORD.source, 'gu');
  words.lastIndex = from;
  let matched = 0;
  let end = from;
  let lastWord: Range | undefined;
  while (matched < want.length) {
    const m = words.exec(folded);
    if (!m) break;
    const gap = folded.slice(end, m.index);
    if (matched === 0 ? gap !== ' ' : !GAP_INSIDE_SUBJECT.test(gap)) break;
    if (m[0].toLowerCase() !== want[matched]) break;
    lastWord = { start: m.index, end: m.index + m[0].length };
    matched += 1;
    end = lastWord.end;
  }
  if (matched === want.length && matched > 0) return end;
  if (matched >= 3 && lastWord && want[matched - 1] === 'luat') {
    const law = drafts.find((d) => d.type === 'Luật' && d.start === lastWord.start);
    return law?.end;
  }
  return undefined;
}
