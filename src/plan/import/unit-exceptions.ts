import { foldForCompare } from '../../text';
import type { ImportedItem } from './outline-types';
import { splitBodies } from './split-bodies';

/**
 * "+ Đơn vị thực hiện: Các phòng, đơn vị ...; riêng việc xây dựng, ban hành kế hoạch của đơn vị do các đơn vị trực
 * thuộc Sở thực hiện." over several bullets: the bullet that speaks of that work is the named body's; the others keep
 * the line's bodies. (The exception is never a body of its own.)
 */
export function applyExceptions(items: ImportedItem[]): void {
  const exception = /;\s*riêng\s+(?:việc\s+|nhiệm vụ\s+|đối với\s+)?(.+?)\s+(?:do|giao)\s+(.+?)(?:\s+(?:thực hiện|chủ trì|đảm nhiệm|thực hiện chủ trì))?\s*\.?\s*$/iu;
  const words = (text: string) => new Set(foldForCompare(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
  const byLine = new Map<string, ImportedItem[]>();
  for (const item of items) {
    if (item.supportRaw !== undefined || !item.unitsRaw || !exception.test(item.unitsRaw)) continue;
    byLine.set(item.unitsRaw, [...(byLine.get(item.unitsRaw) ?? []), item]);
  }
  for (const [line, sharing] of byLine) {
    const [, what, who] = exception.exec(line)!;
    const asked = words(what!);
    const overlap = sharing.map((item) => [...words(item.text)].filter((w) => asked.has(w)).length);
    const best = Math.max(...overlap);
    const bodies = splitBodies(who!);
    sharing.forEach((item, i) => {
      item.lead = item.lead.filter((name) => !/^riêng\s/iu.test(name));
      if (sharing.length > 1 && best > 0 && overlap[i] === best && overlap.filter((o) => o === best).length === 1 && bodies.length > 0) item.lead = bodies;
    });
  }
}
