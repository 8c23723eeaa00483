/** Sentences that say who does a task: one that assigns the task before it, one that opens with the body leading it,
 * and the bodies a task says it works with. */
import { opensBody } from './body-names';
import { beforeActs } from './role-verbs';
import { splitBodies } from './split-bodies';
import { ADVISES_LEADERS } from './role-wording';
import { DOES_THE_ABOVE } from './units-line';

/** A paragraph of its own that assigns the task before it: "Giao phòng KHTH chủ trì, phối hợp phòng TCCB thực hiện." */
export function isUnitsSentence(text: string): boolean {
  // ("Ban Dân chủ - Pháp luật tham mưu Ban Thường trực tổ chức thực hiện; Văn phòng cơ quan phối hợp.": the body that
  // advises the leaders leads, as one that "chủ trì" does.)
  return text.length < 300 && (assignsItself(text) || (opensBody(text) && (ADVISES_LEADERS.test(text) || DOES_THE_ABOVE.test(text))));
}

/** A sentence that opens with a body leading the work: "Trung tâm X chủ trì, phối hợp với ... tiếp nhận ...". */
export function assignsItself(text: string): boolean {
  const rest = text.replace(/^\+?\s*giao\s+/iu, '');
  return opensBody(rest) && /(^|[\s(])chủ trì(?![\p{L}\p{N}])/iu.test(rest.slice(0, 160));
}

/** The bodies a task says it works with: "Chủ trì, phối hợp với các phòng, đơn vị thuộc Sở tổ chức …" → "các phòng, đơn vị
 * thuộc Sở"; none when what follows is not a list of names. */
export function partnersIn(text: string): string[] {
  const m = /(?:^|[\s,;])phối hợp với\s+([^;.]+)/iu.exec(text.split('\n')[0] ?? '');
  if (!m) return [];
  // ("… phối hợp với Phòng Quản lý giá - Công sản trong việc xác định giá …": the names end where what is done begins.)
  const names = splitBodies(beforeActs(m[1]!).replace(/\s+(?:trong việc|trong|để|khi|nhằm|về việc)\s.*$/u, '').replace(/[,\s]+$/u, ''));
  return names.length > 0 && names.every((name) => opensBody(name) && name.split(/\s+/u).length <= 12) ? names : [];
}
