/**
 * The partners a task's own words name, where its table gives it no support column: "…; phối hợp với Ban Thanh tra
 * nhân dân giám sát …", "(Phòng Tài chính - Kế toán, Phòng Kế hoạch tổng hợp phối hợp)", "(phối hợp với Công đoàn cơ
 * sở Bệnh viện)", and a body that advises the row's own body: "(Phòng TCHC tham mưu; Ban Thanh tra nhân dân phối hợp
 * giám sát)".
 */
import { opensBody } from './body-names';
import { partnersIn } from './units-sentence';
import { splitBodies } from './split-bodies';
import { nameKey } from './name-key';

export function partnersInWords(text: string): string[] {
  const first = text.split('\n')[0] ?? '';
  const names = [...partnersIn(first)];
  const closing = /\(([^()]*)\)\s*\.?\s*$/u.exec(first)?.[1];
  if (closing) {
    names.push(...partnersIn(closing));
    for (const part of closing.split(';')) {
      const named = /^\s*(\p{Lu}[^;()]{2,120}?)\s+(?:phối hợp|tham mưu)(?![\p{L}\p{N}])/u.exec(part)?.[1];
      if (named && opensBody(named)) names.push(...splitBodies(named));
    }
  }
  // (A body of the plan is named in capitals or as a group: "phối hợp với đoàn thanh tra của cơ quan có thẩm quyền" is
  // whoever comes to inspect.)
  const bodies = names.filter((name) => opensBody(name) && /^(?:\p{Lu}|các\s)/u.test(name) && name.split(/\s+/u).length <= 12);
  return [...new Map(bodies.map((name) => [nameKey(name), name])).values()];
}
