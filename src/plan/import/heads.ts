/**
 * A person named as a task's doer stands for the body the plan names him by: a school's "Hiệu trưởng", "Phó Hiệu trưởng
 * phụ trách chuyên môn" for its "Ban Giám hiệu"; the "Kế toán" for the "Bộ phận Kế toán"; the "Bí thư Đoàn trường" for
 * the "Đoàn Thanh niên". Only bodies the plan itself names: a plan that never writes "Ban Giám hiệu" keeps its heads as
 * they are (the school itself, or a head of its own).
 */
import type { DocumentModel } from '../../document/model';
import { foldForCompare } from '../../text';
import { nameKey } from './name-key';

const key = nameKey;

/** "Hiệu trưởng", "các Phó Hiệu trưởng", "Phó Hiệu trưởng phụ trách cơ sở vật chất", "Hiệu trưởng nhà trường". */
const SCHOOL_HEAD = /^(?:các\s+)?(?:phó\s+)?hiệu trưởng(?:\s+(?:nhà trường|trường|phụ trách\s.+))?$/u;

/** "Hiệu trưởng (chủ trì); các Phó Hiệu trưởng (phối hợp)": heads the plan sets against each other are doers of their own. */
const HEADS_APART = /(?<!phó )hiệu trưởng\s*\(?chủ trì\)?[^.]*phó hiệu trưởng[^.;]*\(?phối hợp\)?|phó hiệu trưởng[^;]*\(?chủ trì\)?[^.]*(?<!phó )hiệu trưởng\s*\(?phối hợp/u;

/** A units line naming people: "Người phụ trách: …", "Người thực hiện: …". */
const PERSON_LINE = /^[+\-–•*]?\s*người (?:phụ trách|thực hiện|chịu trách nhiệm)\s*:/u;

/** The body a head or a post written as a doer stands for, or null. */
export function headsOfBodies(model: DocumentModel): (written: string) => string | null {
  const text = model.paragraphs.map((p) => p.text.normalize('NFC')).join('\n');
  // The heads stand for their board where the plan gives each task to people ("Người phụ trách: Hiệu trưởng; Kế toán."),
  // not where a head acts as himself in the task's sentence ("Hiệu trưởng chỉ đạo …").
  const lines = model.paragraphs.map((p) => foldForCompare(p.text));
  const byPerson = lines.some((line) => PERSON_LINE.test(line));
  const board = byPerson && /Ban [Gg]iám hiệu/u.test(text) && !lines.some((line) => HEADS_APART.test(line)) ? 'Ban Giám hiệu' : null;
  // "Bộ phận Kế toán", "Bộ phận Văn thư": a body named after the post of the one who holds it.
  // (Its name is one or two words: "Bộ phận Kế toán căn cứ …" names "Kế toán" as well.)
  const posts = new Map<string, string>();
  for (const m of text.matchAll(/Bộ phận\s+(\p{Lu}\p{Ll}*)(?:\s(\p{Ll}+))?/gu)) {
    if (!posts.has(key(m[1]!))) posts.set(key(m[1]!), `Bộ phận ${m[1]}`);
    if (m[2] && !posts.has(key(`${m[1]} ${m[2]}`))) posts.set(key(`${m[1]} ${m[2]}`), `Bộ phận ${m[1]} ${m[2]}`);
  }
  // "Kế toán trưởng Công ty chỉ đạo Phòng TC-KT thực hiện …": a post that heads no body of its own stands for the one
  // body the plan says it directs.
  const directed = new Map<string, string>();
  for (const m of text.matchAll(/(?<![\p{L}])(Kế toán trưởng(?:\s+(?:Công ty|Tổng công ty|cơ quan|đơn vị|Sở|Ban|Trung tâm))?)\s+(?:trực tiếp\s+)?chỉ đạo\s+((?:Phòng|Bộ phận|Ban)\s+[^,;.()]{2,60}?)\s+(?:thực hiện|triển khai|tổ chức)(?![\p{L}])/gu)) {
    for (const post of [m[1]!, 'Kế toán trưởng']) directed.set(key(post), directed.has(key(post)) && directed.get(key(post)) !== m[2] ? '' : m[2]!);
  }
  // A school has one Đoàn: "Đoàn trường" and its "Bí thư" are the "Đoàn Thanh niên" the plan names.
  const youth = /Đoàn Thanh niên(?: Cộng sản Hồ Chí Minh)?/u.exec(text)?.[0] ?? null;
  return (written) => {
    const k = key(written);
    if (board && (SCHOOL_HEAD.test(k) || k === key(board))) return board;
    const post = posts.get(k.replace(/^(?:các\s+)?/u, ''));
    if (post) return post;
    if (youth && /^(?:(?:phó\s+)?bí thư\s+)?đoàn trường$/u.test(k)) return youth;
    if (directed.get(k)) return directed.get(k)!;
    return null;
  };
}
