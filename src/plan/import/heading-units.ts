import { ancestorsOf, helpersOnly, INLINE_TIMING, namesOwnDoer, opensWithHeads, saysOwn, unitsAndTime, unitsSentenceIn } from './prose-lines';
import type { ImportedItem } from './outline-types';
import { partnersIn } from './units-sentence';
import { splitBodies } from './split-bodies';
import { beforeActs } from './role-verbs';
import { opensBody } from './body-names';

/** A line of units that opens the tasks under it ("Đơn vị chủ trì: …" before them), in its Roman part. */
export interface OpeningUnits {
  paragraph: number;
  roman: string;
  units: string;
  time: string | null;
}

/** Each task that says no units takes those of the last opening line before it in its Roman part. */
export function applyOpenings(items: readonly ImportedItem[], openings: readonly OpeningUnits[]): void {
  for (const item of items) {
    const opening = [...openings].reverse().find((line) => line.paragraph < item.paragraph && line.roman === item.section.split('.')[0]);
    if (!opening || item.unitsRaw !== null) continue;
    item.unitsRaw = opening.units;
    if (opening.time !== null && item.timingRaw === null) item.timingRaw = opening.time;
  }
}

/** A heading's own closing bracket of units and time, for its tasks that say none. */
export function applyHeadingBrackets(items: readonly ImportedItem[], headingBrackets: ReadonlyMap<string, string>): void {
  for (const item of items) {
    const bracket = item.unitsRaw === null ? headingBrackets.get(item.section) : undefined;
    if (bracket === undefined || item.text.startsWith(bracket)) continue;
    const [units, time] = unitsAndTime(bracket);
    // ("- Ban Thi đua - Khen thưởng thẩm định hồ sơ …" under "(các phòng, ban thực hiện theo lĩnh vực …)": the bullet
    // names its own doer.)
    if (units && !saysOwn(item.text, 'units') && !namesOwnDoer(item.text)) item.unitsRaw = units;
    if (time && item.timingRaw === null && !saysOwn(item.text, 'time')) item.timingRaw = time;
  }
}

/** A numbered heading that is only a body's name ("1. Văn phòng Sở"): the tasks under it are that body's. */
export function applyHeadingBodies(items: readonly ImportedItem[], headingBodies: ReadonlyMap<string, string>): void {
  for (const item of items) {
    const body = [...headingBodies].find(([id]) => item.section === id || item.section.startsWith(`${id}.`))?.[1];
    if (body === undefined || item.unitsRaw !== null || saysOwn(item.text, 'units') || namesOwnDoer(item.text)) continue;
    // "- Chủ trì, phối hợp với các phòng … tổ chức …": the body works with those it names, who support it.
    // ("- Chỉ đạo Ban Thanh tra nhân dân xã, Ban Giám sát đầu tư của cộng đồng xã thực hiện giám sát …": the bodies it
    // directs to do the work help it.)
    const partners = partnersIn(item.text).length > 0 ? partnersIn(item.text) : directedIn(item.text);
    item.unitsRaw = partners.length > 0 ? `Chủ trì: ${body}; phối hợp: ${partners.join(', ')}` : body;
  }
}

/** The bodies a bullet opens by directing: "Chỉ đạo X, Y thực hiện …". */
function directedIn(text: string): string[] {
  const directed = /^Chỉ đạo\s+([^;.()]{3,160}?)\s+(?:thực hiện|tổ chức|triển khai)(?![\p{L}\p{N}])/u.exec(text.split('\n')[0] ?? '')?.[1];
  // (Only bodies up to the act: "Chỉ đạo Ban Thanh tra nhân dân giám sát việc thực hiện …" names its own act first.)
  const names = directed && beforeActs(directed) === directed ? splitBodies(directed) : [];
  return names.length > 0 && names.every((name) => opensBody(name)) ? names : [];
}

/** A heading's units and time (its own line, its roles, its opening sentence), for the tasks under it that say none. */
export function applyHeadingBlocks(items: readonly ImportedItem[], headingBlocks: ReadonlyMap<string, { units: string; time: string | null }>): void {
  for (const item of items) {
    // ("1. Giao X chủ trì … thực hiện các nội dung sau:" over "a)", "b)": the points under it too.)
    const block = headingBlocks.get(item.section) ?? ancestorsOf(item.section).map((id) => headingBlocks.get(id)).find((b) => b !== undefined);
    if (!block) continue;
    // ("… . Thời gian: Quý II/2026; đơn vị thực hiện: Trung tâm CNTT&TT chủ trì, …": a bullet's own units line wins.)
    const ownLine = /(?:^|[.;]\s*)(?:đơn vị|cơ quan) (?:thực hiện|chủ trì)\s*:/iu.test(item.text);
    // ("- Thực hiện … (Phòng Giáo dục Trung học phối hợp)." under "6. … — Văn phòng Sở chủ trì; …": the bullet adds its helpers
    // to the part's bodies; "Thủ trưởng các trường … xây dựng …": the heads the bullet opens with are its doers.)
    const helpers = helpersOnly(item.text);
    if (item.unitsRaw === null && helpers !== null) item.unitsRaw = `${block.units}; ${helpers}`;
    else if (item.unitsRaw === null && !ownLine && !saysOwn(item.text, 'units') && !namesOwnDoer(item.text) && !opensWithHeads(item.text)) item.unitsRaw = block.units;
    if (block.time && item.timingRaw === null && !saysOwn(item.text, 'time') && !INLINE_TIMING.test(item.text.split('\n')[0] ?? '')) item.timingRaw = block.time;
  }
}

/** Sub-points that share their last one's assignment: only the last says who and when, the others say neither. */
export function sharedRuns(plusRuns: readonly { items: ImportedItem[] }[]): ImportedItem[][] {
  return plusRuns
    .filter(({ items: run }) => run.length > 1 && unitsSentenceIn(run.at(-1)!.text) !== null)
    .filter(({ items: run }) => run.slice(0, -1).every((item) => item.unitsRaw === null && unitsSentenceIn(item.text) === null && !saysOwn(item.text, 'units') && !namesOwnDoer(item.text)))
    .map(({ items: run }) => run);
}
