/** A finding about several places in one report lists the first few, each with its paragraph, and counts the rest. */
import type { Bilingual } from '../../errors/app-error';

const LISTED = 5;

export interface Place {
  /** Model index of the paragraph. */
  paragraph: number;
  what: Bilingual;
}

export function listPlaces(places: readonly Place[]): Bilingual {
  const shown = places.slice(0, LISTED);
  const more = places.length - shown.length;
  return {
    vi: shown.map((p) => `${p.what.vi} (đoạn ${p.paragraph + 1})`).join('; ') + (more > 0 ? `; và ${more} chỗ khác` : ''),
    en: shown.map((p) => `${p.what.en} (paragraph ${p.paragraph + 1})`).join('; ') + (more > 0 ? `; and ${more} more` : ''),
  };
}
