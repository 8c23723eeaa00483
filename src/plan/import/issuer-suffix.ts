/**
 * "Ủy ban Kiểm tra LĐLĐ tỉnh" heads its reports "ỦY BAN KIỂM TRA" under the issuer's name, as "Văn phòng Sở" heads its
 * own "VĂN PHÒNG": a body the plan names with the issuer's name, or a short form the plan gives the issuer, at the end
 * goes by the words before it too.
 */
import { nameKey } from './name-key';
import { opensBody } from './body-names';

const key = nameKey;

/** What the youth union calls its committee of a level: "Tỉnh Đoàn" for the "Ban Chấp hành Đoàn tỉnh". */
const YOUTH_LEVEL: Record<string, string> = { tỉnh: 'tỉnh đoàn', 'thành phố': 'thành đoàn', huyện: 'huyện đoàn', quận: 'quận đoàn', 'thị xã': 'thị đoàn' };

/** "BCH ĐOÀN TỈNH LÂM ĐỒNG" (the body, "Đoàn tỉnh Lâm Đồng") goes by "Tỉnh Đoàn Lâm Đồng", and in its own plan by "Tỉnh Đoàn" alone ("Văn phòng Tỉnh Đoàn"). */
function youthNames(own: string): string[] {
  const m = /^(?:(?:bch|ban chấp hành) )?đoàn (tỉnh|thành phố|huyện|quận|thị xã) (.+)$/u.exec(own);
  return m ? [`${YOUTH_LEVEL[m[1]!]!} ${m[2]}`, YOUTH_LEVEL[m[1]!]!] : [];
}

/** "Vườn quốc gia" of "Vườn quốc gia Bạch Mã": the words of the issuer's name before its proper name, which its own
 * bodies' names end with ("Hạt Kiểm lâm Vườn quốc gia"). None when the name is all capitals or all its kind, nor a kind
 * of one word: "Ban", "Trường" end the names of bodies every agency has ("Chi bộ cơ quan Ban", "Công đoàn cơ sở
 * Trường"), which without it name no one body. */
export function issuerKind(issuerName: string): string[] {
  const words = issuerName.trim().split(/\s+/u);
  const proper = words.findIndex((word, i) => i > 0 && /^\p{Lu}/u.test(word));
  return issuerName !== issuerName.toUpperCase() && proper > 1 ? [key(words.slice(0, proper).join(' '))] : [];
}

/** The issuer's names: its own, each short form the plan defines for it or for its board ("Ban Thường vụ …"), and the
 * name it goes by ("Tỉnh Đoàn"). */
export function namesOfIssuer(issuerName: string, shortForms: ReadonlyMap<string, string>): string[] {
  const own = key(issuerName);
  return [own, ...[...shortForms].filter(([, full]) => key(full) === own || key(full).endsWith(` ${own}`)).map(([short]) => key(short)), ...youthNames(own)];
}

/** The name without the issuer's name at its end, when what is left names a body in two words or more; else null. */
export function withoutIssuer(name: string, names: readonly string[]): string | null {
  const words = name.trim().split(/\s+/u);
  for (const issuer of names) {
    const n = issuer.split(/\s+/u).length;
    if (words.length < n + 2 || key(words.slice(-n).join(' ')) !== issuer) continue;
    const rest = words.slice(0, -n).join(' ');
    if (opensBody(rest)) return rest;
  }
  return null;
}
