/**
 * The words of the citation grammar, as data. Patterns run on the accent-free text (đ→d), with case kept,
 * so they are written without accents; the canonical spelling is what a Citation reports.
 */
import { stripAccents } from '../text';
import type { CitedDocumentType } from './schema';

/** Type words that are followed by a number. Longer phrases first (Thông tư liên tịch before Thông tư). */
export const NUMBERED_TYPES: ReadonlyArray<readonly [string, CitedDocumentType]> = [
  ['Thông tư liên tịch', 'Thông tư liên tịch'],
  ['Văn bản hợp nhất', 'Văn bản hợp nhất'],
  ['Thông tư', 'Thông tư'],
  ['Thông tri', 'Thông tri'],
  ['Thông báo', 'Thông báo'],
  ['Nghị định', 'Nghị định'],
  ['Nghị quyết', 'Nghị quyết'],
  ['Quyết định', 'Quyết định'],
  ['Chỉ thị', 'Chỉ thị'],
  ['Kế hoạch', 'Kế hoạch'],
  ['Công văn', 'Công văn'],
  ['Công điện', 'Công điện'],
  ['Hướng dẫn', 'Hướng dẫn'],
  ['Báo cáo', 'Báo cáo'],
  ['Quy định', 'Quy định'],
  ['Quy chế', 'Quy chế'],
  ['Chương trình', 'Chương trình'],
  ['Tờ trình', 'Tờ trình'],
  ['Kết luận', 'Kết luận'],
  ['Đề án', 'Đề án'],
  ['Luật', 'Luật'],
];

/** Bodies that issue what reports cite, as written after "của". Longer names first. */
export const ISSUERS: readonly string[] = [
  'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực',
  'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng',
  'Ủy ban Thường vụ Quốc hội',
  'Thủ tướng Chính phủ',
  'Thanh tra Chính phủ',
  'Văn phòng Chính phủ',
  'Chính phủ',
  'Quốc hội',
  'Chủ tịch nước',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Ban Chấp hành Trung ương',
  'Bộ Lao động - Thương binh và Xã hội',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Văn hóa, Thể thao và Du lịch',
  'Bộ Thông tin và Truyền thông',
  'Bộ Tài nguyên và Môi trường',
  'Bộ Khoa học và Công nghệ',
  'Bộ Giáo dục và Đào tạo',
  'Bộ Kế hoạch và Đầu tư',
  'Bộ Giao thông vận tải',
  'Bộ Tài chính',
  'Bộ Nội vụ',
  'Bộ Tư pháp',
  'Bộ Công an',
  'Bộ Quốc phòng',
  'Bộ Ngoại giao',
  'Bộ Công Thương',
  'Bộ Xây dựng',
  'Bộ Y tế',
  'Ban Thường vụ Tỉnh ủy',
  'Ban Chấp hành Đảng bộ tỉnh',
  'Ban cán sự đảng UBND tỉnh',
  'Tỉnh ủy',
  'Chủ tịch Ủy ban nhân dân tỉnh',
  'Chủ tịch UBND tỉnh',
  'Hội đồng nhân dân tỉnh',
  'HĐND tỉnh',
  'Ủy ban nhân dân tỉnh',
  'UBND tỉnh',
  'Giám đốc Sở Nội vụ',
  'Giám đốc Sở',
  'Sở Nội vụ',
  'Thanh tra tỉnh',
];

/** Escape for a RegExp, and let ", " and " - " match with the comma or the spaces left out. */
export function phrasePattern(phrase: string): string {
  return stripAccents(phrase)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ - /g, ' ?- ?')
    .replace(/, /g, ',? ');
}

/**
 * A province name after "tỉnh" / "Tỉnh ủy": two capitalised words (Quảng Ngãi), or one of the longer names. Never three
 * free words: "UBND tỉnh Quảng Ngãi Quy định …" starts a trích yếu after the name.
 */
const PLACE = `(?: (?:${['Thừa Thiên Huế', 'Bà Rịa - Vũng Tàu'].map((p) => stripAccents(p).replace(/ - /g, ' ?- ?')).join('|')}|[A-Z][a-z]+ [A-Z][a-z]+))?`;

export const ISSUER_PATTERN = ISSUERS.map((issuer) => phrasePattern(issuer) + (/(tỉnh|Tỉnh ủy|Sở Nội vụ)$/.test(issuer) ? PLACE : '')).join('|');

export const TYPE_PATTERN = NUMBERED_TYPES.map(([words]) => phrasePattern(words)).join('|');

/** The canonical type of a type word as matched in the accent-free text. */
let typesByWords: Map<string, CitedDocumentType> | undefined;

export function typeOfWords(matched: string): CitedDocumentType | undefined {
  const key = matched.toLowerCase().replace(/\s+/g, ' ');
  if (!typesByWords) {
    typesByWords = new Map();
    // the first entry of a spelling wins, as a search of the list in order would find it
    for (const [words, type] of NUMBERED_TYPES) {
      const folded = stripAccents(words).toLowerCase();
      if (!typesByWords.has(folded)) typesByWords.set(folded, type);
    }
  }
  return typesByWords.get(key);
}
