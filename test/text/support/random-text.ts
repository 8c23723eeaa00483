/** Seeded generators of messy Vietnamese text for the offset round-trip tests. */

export type Random = () => number;

/** mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

export const WORDS = [
  'Báo', 'cáo', 'kết', 'quả', 'thực', 'hiện', 'công', 'tác', 'phòng,', 'chống', 'tham', 'nhũng', 'tiêu', 'cực',
  'Sở', 'Nội', 'vụ', 'tỉnh', 'Quảng', 'Ngãi', 'quý', 'Quỳnh', 'hoàng', 'toán', 'khuyến', 'hoà', 'hòa', 'khoẻ', 'khỏe',
  'Uỷ', 'Ủy', 'ban', 'nhân', 'dân', 'thuỷ', 'lợi', 'qui', 'quy', 'định', 'kĩ', 'kỹ', 'năng', 'lí', 'do', 'ĐẢNG', 'đường',
  'HOÀ', 'KHOẺ', 'ngày', '31/12/2022', 'số', '10/CT-TTg', '59/2019/NĐ-CP', 'năm', '2023', 'Ðà', 'Nẵng', 'trách',
  'nhiệm', 'người', 'đứng', 'đầu', 'kê', 'khai', 'tài', 'sản,', 'thu', 'nhập', '“minh', 'bạch”', 'v.v…',
];

export const ABBREVIATION_WORDS = ['PCTN', 'UBND', 'HĐND', 'CBCC', 'CBCCVC', 'TSTN', 'XĐLI', 'QTƯX', 'TTr', 'V/v', 'KN, TC', 'TM.'];

const SEPARATORS = [' ', ' ', ' ', '  ', '\u00a0', '\t', '\u000b', ' \u200b', '\u00ad ', ' – ', ', ', '\r\n', ' \ufeff'];
const INVISIBLES = ['\u00ad', '\u200b', '\u200c', '\u200d', '\ufeff'];

/** Windows-1258 style: vowel marks precomposed, tone marks combining. */
export function windows1258Style(text: string): string {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  return Array.from(text.normalize('NFC'), (char) => {
    const decomposed = char.normalize('NFD');
    const tone = decomposed.match(tones)?.join('') ?? '';
    return decomposed.replace(tones, '').normalize('NFC') + tone;
  }).join('');
}

function messUp(random: Random, word: string): string {
  const roll = random();
  let result = word;
  if (roll < 0.2) result = word.normalize('NFD');
  else if (roll < 0.35) result = windows1258Style(word);
  else if (roll < 0.45) result = word.toUpperCase();
  if (random() < 0.1 && result.length > 2) {
    const at = 1 + Math.floor(random() * (result.length - 1));
    if (!/[\u0300-\u036f]/.test(result.charAt(at))) result = result.slice(0, at) + pick(random, INVISIBLES) + result.slice(at);
  }
  return result;
}

export function randomText(random: Random, words: number, withAbbreviations: boolean): string {
  const parts: string[] = [];
  for (let k = 0; k < words; k += 1) {
    const useAbbreviation = withAbbreviations && random() < 0.25;
    parts.push(useAbbreviation ? pick(random, ABBREVIATION_WORDS) : messUp(random, pick(random, WORDS)));
    if (k + 1 < words) parts.push(pick(random, SEPARATORS));
  }
  return parts.join('');
}
