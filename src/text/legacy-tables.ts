/**
 * Legacy 8-bit Vietnamese encodings as they reach us through Word: every byte shows up as the Windows-1252 / Latin-1
 * character with the same number (byte 0xB6 arrives as "¶").
 *
 * TCVN3 (ABC, fonts .VnTime, .VnArial, …): one byte per letter; only lower-case letters carry tones, the toneless
 * capitals Ă Â Ê Ô Ơ Ư Đ have their own bytes. Toned capitals are typed with the capital fonts (.VnTimeH, …), which draw
 * the lower-case bytes as capitals. Table checked against TCVN 5712:1993 (VN3 is the lower-case part of VN1) and the
 * published samples "B¶o Th¾ng" = "Bảo Thắng", "Mêng Kh¬ng" = "Mường Khương".
 */
export const TCVN3_TO_UNICODE: Readonly<Record<number, string>> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

/**
 * VNI-Windows (fonts VNI-Times, VNI-Helve, …): a vowel is its base letter followed by one marker byte that carries the
 * vowel mark and/or the tone; a few letters have a byte of their own. Markers and single letters are shown lower case;
 * capitals use the upper-case Latin-1 twin of the same byte (ø → Ø), as in "Xin chaøo caùc baïn" / "XIN CHAØO".
 * Tone order everywhere: sắc, huyền, hỏi, ngã, nặng.
 */
export const VNI_SINGLE_LETTERS: Readonly<Record<string, string>> = {
  ñ: 'đ',
  ô: 'ơ',
  ö: 'ư',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
};

/** Marker bytes for a tone alone, in tone order. */
export const VNI_TONE_MARKERS = 'ùøûõï';
/** The circumflex (â ê ô) alone, then with each tone. */
export const VNI_CIRCUMFLEX_MARKERS = 'â' + 'áàåãä';
/** The breve (ă) alone, then with each tone. */
export const VNI_BREVE_MARKERS = 'ê' + 'éèúüë';

/** Which marker groups each base letter takes; ơ and ư are written with their single bytes ô and ö as the base. */
export const VNI_BASES: Readonly<Record<string, { letter: string; circumflex?: string; breve?: string }>> = {
  a: { letter: 'a', circumflex: 'â', breve: 'ă' },
  e: { letter: 'e', circumflex: 'ê' },
  o: { letter: 'o', circumflex: 'ô' },
  u: { letter: 'u' },
  y: { letter: 'y' },
  ô: { letter: 'ơ' },
  ö: { letter: 'ư' },
};

/** Combining tone marks in tone order. */
export const COMBINING_TONES = '\u0301\u0300\u0309\u0303\u0323';
