/** The plan's header: its kind, number, date and place, the issuing body under its governing body, its title and the
 * opening that says what it carries out. */
import type { DocumentModel } from '../../document/model';
import { nameKey as key } from './name-key';

const COMMITTEE_LINE = /^(?:ban thường vụ|ban chấp hành|bch|btv)$/u;

export function planHeader(model: DocumentModel) {
  const ps = model.paragraphs.slice(0, 30);
  // "CHƯƠNG TRÌNH CÔNG TÁC" over its subject: a Party or mass-organisation body's yearly plan is often a programme.
  const typeLine = ps.findIndex((p) => /^(?:kế hoạch|chương trình(?: công tác| hành động)?)$/u.test(key(p.text)));
  const type: 'Kế hoạch' | 'Chương trình' = typeLine >= 0 && key(ps[typeLine]!.text).startsWith('chương trình') ? 'Chương trình' : 'Kế hoạch';
  // ("Số 09-KH/ĐU": a Party body's number, Hướng dẫn 36-HD/VPTW, has no colon.)
  const numberLine = ps.find((p) => /^số\s*:|^số\s+\d+\s*-\s*\p{L}+\s*\//u.test(key(p.text)));
  const number = numberLine ? numberLine.text.replace(/^\s*Số\s*:?\s*/iu, '').trim() : '';
  const symbol = /^\d+\s*-\s*(\p{L}+\s*\/\s*[\p{L}\p{N}-]+)\s*$/u.exec(number)?.[1]?.replace(/\s+/gu, '') ?? /\/\s*([\p{L}\p{N}-]+)\s*$/u.exec(number)?.[1] ?? 'KH';
  const dateLine = ps.find((p) => /,\s*ngày/.test(key(p.text)) && /năm\s*\d{4}/.test(key(p.text)));
  // ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH": the whole organisation's name, set against the issuer's as the
  // state's motto is, names no issuer.)
  const capitals = ps.slice(0, Math.max(0, typeLine)).filter((p) => p.text.trim() && p.text === p.text.toUpperCase() && /\p{L}/u.test(p.text) && !/cộng hòa|độc lập|^số|^đảng cộng sản việt nam$|^đoàn (?:tncs|thanh niên cộng sản) hồ chí minh$/.test(key(p.text)));
  // "HỘI NÔNG DÂN TỈNH QUẢNG NGÃI" / "BAN THƯỜNG VỤ" / "HỘI NÔNG DÂN VIỆT NAM": under its committee's line, the whole
  // association's name stands in the motto's place.
  const committeeAlone = (p: (typeof ps)[number] | undefined) => p !== undefined && COMMITTEE_LINE.test(key(p.text));
  const upper = committeeAlone(capitals.at(-2)) && /^hội\s.+\sviệt nam$/u.test(key(capitals.at(-1)!.text)) ? capitals.slice(0, -1) : capitals;
  // "ỦY BAN NHÂN DÂN / TỈNH HƯNG YÊN": one name over two lines.
  const last = upper.at(-1)?.text.trim() ?? '';
  const before = upper.at(-2)?.text.trim() ?? '';
  const split = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)\s/u.test(key(last)) && /^(ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân)$/u.test(key(before));
  // Nghị định 30: the governing body upright, the issuing body in bold under it, its name over as many lines as it needs
  // ("UBND TỈNH ĐẮK LẮK" / "BAN QUẢN LÝ DỰ ÁN" / "ĐẦU TƯ XÂY DỰNG TỈNH").
  let run = 0;
  while (run < upper.length && upper[upper.length - 1 - run]!.bold) run += 1;
  // ("BAN THƯỜNG VỤ" alone under the body's name: the committee of that body, "BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH …".)
  const underBody = committeeAlone(upper.at(-1)) && upper.length >= 2;
  const issuerLines = underBody ? 2 : run >= 2 && run < upper.length ? run : split ? 2 : 1;
  const issuerName = underBody ? `${upper.at(-1)!.text.trim()} ${upper.at(-2)!.text.trim()}` : upper.slice(-issuerLines).map((p) => p.text.trim()).join(' ');
  // The governing body above it, over one or two lines ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ ĐÀ NẴNG").
  const above = upper.slice(0, -issuerLines).map((p) => p.text.trim());
  const twoLines = above.length >= 2 && /^(ủy ban nhân dân|uỷ ban nhân dân)$/u.test(key(above.at(-2)!)) && /^(tỉnh|thành phố)\s/u.test(key(above.at(-1)!));
  const governingBody = twoLines ? above.slice(-2).join(' ') : above.at(-1);
  const opening = model.paragraphs.find((p) => /^(thực hiện|căn cứ)\b/.test(key(p.text)))?.text.trim() ?? '';
  // The title: the bold lines right under "KẾ HOẠCH", up to the first heading or the opening ("Thực hiện Kế hoạch số
  // ..." / "Căn cứ ..."); a title may itself begin "Thực hiện công tác phòng, chống tham nhũng ...".
  const titleLines: typeof ps = [];
  for (const p of typeLine >= 0 ? ps.slice(typeLine + 1).filter((p) => p.text.trim()) : []) {
    const k = key(p.text);
    if (!p.bold || titleLines.length === 3 || /^[ivx]+\.\s|^\d+\.\s|^căn cứ\b/u.test(k) || (/^thực hiện\b/u.test(k) && /\bsố\s*\d|\/[\p{L}-]+/u.test(k))) break;
    titleLines.push(p);
  }
  // "Trường Vinh, ngày 09 tháng 01 năm 2026": the place is its own field, the date is the rest.
  const dateText = dateLine?.text.trim() ?? '';
  return { type, number, symbol, dateLine: dateText, dateRaw: dateText.includes(',') ? dateText.slice(dateText.indexOf(',') + 1).trim() : dateText, issuerName, governingBody, opening, title: titleLines.map((p) => p.text.trim()).join(' ') };
}

export type PlanHeader = ReturnType<typeof planHeader>;
