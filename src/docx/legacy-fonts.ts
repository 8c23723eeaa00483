/** Pre-Unicode Vietnamese fonts: text in them is TCVN3 (ABC) or VNI bytes shown through the font, not Unicode. */

import { convertLegacy, detectLegacyEncoding } from '../text';

/** Converts a run's text typed in a legacy font to Unicode; `font` is the run's font name. */
export type LegacyTextConverter = (text: string, font: string) => string;

/**
 * The default: the text layer tells TCVN3 from VNI by the font (and capitals fonts such as .VnTimeH) and converts;
 * text that already holds Unicode-only Vietnamese letters is left as it is.
 */
export const convertLegacyText: LegacyTextConverter = (text, font) => {
  const detection = detectLegacyEncoding(text, font);
  return detection.encoding ? convertLegacy(text, detection.encoding, { capitals: detection.capitals }) : text;
};

const LEGACY_FONT = /^(?:\.vn|vni[-_ ])/i;

export function isLegacyFont(font: string | undefined): font is string {
  return font !== undefined && LEGACY_FONT.test(font.trim());
}
