/** A body's name as the importer compares names: its comparison key (foldForCompare), trailing punctuation off. */
import { foldForCompare } from '../../text';

export const nameKey = (name: string): string => foldForCompare(name).replace(/[.;:,\s]+$/u, '');

/** The words' initials in capitals, as Vietnamese short forms are made: "Mặt trận Tổ quốc" → "MTTQ". */
export const capitalInitials = (words: string): string =>
  words
    .trim()
    .split(/\s+/u)
    .map((word) => word.charAt(0).toLocaleUpperCase('vi'))
    .join('');
