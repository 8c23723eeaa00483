/**
 * A body the plan names with a short form it defines at the head of the name: "Bảo hiểm xã hội (BHXH) tỉnh …", then
 * "BHXH cơ sở Đức Phổ" in its tables. Its own report heads itself in full, "BẢO HIỂM XÃ HỘI CƠ SỞ ĐỨC PHỔ": the name with
 * the short form spelled out is one of the body's spellings.
 */
import type { Unit } from '../schema';
import { nameKey as key } from './name-key';

export function addSpelledOutNames(units: Iterable<Unit>, shortForms: ReadonlyMap<string, string>): void {
  for (const unit of units) {
    for (const name of [unit.name, ...unit.aliases]) {
      const m = /^(\p{Lu}[\p{Lu}\p{N}]+)\s+(\p{L}.*)$/u.exec(name.trim());
      const full = m ? shortForms.get(key(m[1]!)) : undefined;
      if (!m || !full || /\s\(|[()]/u.test(full) || !/^\p{Lu}/u.test(full)) continue;
      const spelled = `${full} ${m[2]}`;
      if (key(spelled) !== key(unit.name) && !unit.aliases.some((a) => key(a) === key(spelled))) unit.aliases.push(spelled);
    }
  }
}
