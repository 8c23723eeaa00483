/**
 * Slips of the 2023 plan's text, corrected where the add-in writes the text into a new document (a unit's own plan).
 * The plan itself keeps its words as issued: the checker reads reports against what the plan says.
 */
export interface TextCorrection {
  from: string;
  to: string;
  note: string;
}

export const SEED_CORRECTIONS: readonly TextCorrection[] = [
  { from: 'theo qui định', to: 'theo quy định', note: '"qui định" → "quy định" (chính tả theo Quyết định 240/QĐ của Bộ Giáo dục, cách viết thống nhất trong kế hoạch)' },
  { from: 'đơn vị mình. gương mẫu', to: 'đơn vị mình; gương mẫu', note: 'dấu chấm giữa câu trước "gương mẫu" (II.3.i.1) → dấu chấm phẩy' },
];

export const applyCorrections = (text: string, corrections: readonly TextCorrection[] = SEED_CORRECTIONS): string =>
  corrections.reduce((out, c) => out.split(c.from).join(c.to), text);
