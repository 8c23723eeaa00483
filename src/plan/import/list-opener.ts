/**
 * "Các phòng chuyên môn thuộc UBND đặc khu (gồm: Văn phòng HĐND và UBND đặc khu, Phòng Kinh tế, Phòng Nội vụ)": a
 * bracket after a group's name that opens with "gồm" lists its members; the word is not part of the first name.
 */
export const withoutListOpener = (text: string): string => text.replace(/^\s*(?:bao\s+)?gồm(?:\s+có)?\s*:?\s+(?=\p{Lu})/u, '');
