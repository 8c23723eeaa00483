/** Pre-Unicode Vietnamese fonts: text in them is TCVN3 (ABC) or VNI bytes shown through the font, not Unicode. */

/** Converts a run's text typed in a legacy font to Unicode; `font` is the run's font name. */
export type LegacyTextConverter = (text: string, font: string) => string;

const LEGACY_FONT = /^(?:\.vn|vni[-_ ])/i;

export function isLegacyFont(font: string | undefined): font is string {
  return font !== undefined && LEGACY_FONT.test(font.trim());
}
