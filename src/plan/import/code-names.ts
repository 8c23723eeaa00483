/**
 * Bodies a plan writes by a code it defines once: "Phòng Tham mưu (PV01), Phòng Tổ chức cán bộ (PX01), Thanh tra Công an
 * tỉnh (TTr)" in a legend, then "(PX01 chủ trì, phối hợp PV01, TTr; …)", "Giao PC06 chủ trì, phối hợp CAX …". A code
 * reads as no body's name, so a task's words are read for their doers with each code spelled out as the body it stands
 * for.
 */
import { isBodyName, opensBody } from './body-names';
import { nameKey as key } from './name-key';

/** A code as written: one word, two capitals at least ("PV01", "TTr", "P.KHTC"). */
const CODE = /(?<![\p{L}\p{N}.&-])\p{Lu}[\p{L}\p{N}.&-]*[\p{L}\p{N}]/gu;

/** The defined short forms that are codes, each with the body it stands for (short forms that open a name of their own,
 * "Phòng TCCB", "UBND xã", are read as names already). */
export function codeNames(shortForms: ReadonlyMap<string, string>): Map<string, string> {
  const codes = new Map<string, string>();
  for (const [short, full] of shortForms) {
    // ("(sau đây viết tắt là PCTNTC)" after a sentence: no body's name, no code of one.)
    if (/\s/u.test(short) || opensBody(short) || !isBodyName(full)) continue;
    codes.set(short, full);
  }
  return codes;
}

/** The text with each code spelled out: "(PX01 chủ trì, phối hợp TTr; …)" → "(Phòng Tổ chức cán bộ chủ trì, phối hợp
 * Thanh tra Công an tỉnh; …)". */
export function spellOutCodes(text: string, codes: ReadonlyMap<string, string>): string {
  if (codes.size === 0) return text;
  return text.replace(CODE, (word: string, at: number) => {
    const full = (word.match(/\p{Lu}/gu) ?? []).length >= 2 ? codes.get(key(word)) : undefined;
    return full && standsAlone(text.slice(0, at)) ? full : word;
  });
}

/** Whether a code after these words is a body's name of its own: not a part of a longer name ("Ủy ban MTTQ", "Ban Phong
 * trào MTTQ") nor a group's short form after its "các" ("các PĐV"), which the units' reader knows as written. */
function standsAlone(before: string): boolean {
  const words = /(?:^|[^\p{L}\p{N}\s])\s*([\p{L}\p{N}\s]*)$/u.exec(before)?.[1]?.trim().split(/\s+/u).filter(Boolean) ?? [];
  if (/^(?:các|những)$/iu.test(words.at(-1) ?? '')) return false;
  const tail = words.slice(-4);
  return !tail.some((_, k) => /^\p{Lu}/u.test(tail[k]!) && opensBody(tail.slice(k).join(' ')));
}

/** Each code as the plan writes it ("pv01" → "PV01"), where it does: a spelling of its body that reports may use. */
export function codeSpellings(texts: readonly string[], codes: ReadonlyMap<string, string>): string[] {
  const spelled = new Map<string, string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(CODE)) if (codes.has(key(word)) && !spelled.has(key(word)) && (word.match(/\p{Lu}/gu) ?? []).length >= 2) spelled.set(key(word), word);
  }
  return [...spelled.values()];
}
