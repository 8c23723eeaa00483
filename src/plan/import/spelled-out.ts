/**
 * A body's name with the short forms Vietnamese writes inside names spelled out: "Đảng ủy UBND xã" is "Đảng ủy Ủy ban
 * nhân dân xã", "Ủy ban MTTQ Việt Nam xã" is "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "UBKT Đảng ủy" is "Ủy ban Kiểm tra
 * Đảng ủy". Two spellings that read the same once spelled out name one body.
 */
import { ABBREVIATIONS } from '../../text';
import { nameKey as key } from './name-key';

/** The project's own expansion of a short form ("UBND" → "ủy ban nhân dân"), as a name key. */
const expansion = (form: string): string => key(ABBREVIATIONS.find((a) => a.forms.includes(form))!.expansion);

/** The short forms (as name keys) and the words they stand for: the text module's, and the joined forms names use. */
const WORDS: readonly [string, string][] = [
  ['ubmttqvn', `ủy ban ${expansion('MTTQ')} việt nam`],
  ['ubmttq', `ủy ban ${expansion('MTTQ')}`],
  ['mttqvn', `${expansion('MTTQ')} việt nam`],
  ['mttq', expansion('MTTQ')],
  ['ubnd', expansion('UBND')],
  ['hđnd', expansion('HĐND')],
  ['ubkt', 'ủy ban kiểm tra'],
];
const SHORT = new RegExp(`(?<![\\p{L}\\p{N}])(${WORDS.map(([s]) => s).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const FULL = new Map(WORDS);

/** The name's key with those short forms spelled out. */
export const spelledOut = (name: string): string => key(name).replace(SHORT, (s) => FULL.get(s)!);

/** Whether two names of one body differ only in those short forms (and are not the same as written). (A group's,
 * "các đơn vị thuộc UBND xã", is left to the groups' own rules, which know how the plan joins and lists its groups.) */
export const sameSpelledOut = (a: string, b: string): boolean => a !== b && ![a, b].some((n) => /^các\s/iu.test(n.trim())) && spelledOut(a) === spelledOut(b);
