/**
 * Words that show a sentence speaks of the whole province (guiding, following or inspecting other agencies) rather
 * than of the Sở and its own units. Language of Vietnamese provincial reports, not of one plan.
 */
export const PROVINCE_MARKERS: readonly string[] = [
  'trên địa bàn tỉnh',
  'toàn tỉnh',
  'của tỉnh',
  'cơ quan, đơn vị, địa phương',
  'các cơ quan, địa phương',
  'các sở, ban, ngành',
  'sở, ban, ngành',
  'huyện, thị xã, thành phố',
  'các huyện',
  'cấp huyện',
  'cấp xã',
  'ủy ban nhân dân tỉnh',
  'ủy ban nhân dân các huyện',
  'tham mưu ủy ban nhân dân',
];
