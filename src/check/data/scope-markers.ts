/**
 * Words that show a sentence speaks of the whole province (guiding, following or inspecting other agencies) rather
 * than of the Sở and its own units. Language of Vietnamese provincial reports, not of one plan.
 */
export const PROVINCE_MARKERS: readonly string[] = [
  'trên địa bàn tỉnh',
  'toàn tỉnh',
  'của tỉnh',
  'cơ quan, đơn vị, địa phương',
  'địa phương',
  'các sở',
  'sở, ngành',
  'sở, ban, ngành',
  'huyện',
  'thị xã',
  'cơ quan, địa phương',
  'đơn vị, địa phương',
  'các sở, ban, ngành',
  'sở, ban, ngành',
  'huyện, thị xã, thành phố',
  'các huyện',
  'cấp huyện',
  'cấp xã',
  'ủy ban nhân dân tỉnh',
  'ủy ban nhân dân các huyện',
  'tham mưu ủy ban nhân dân',
  // Since the 2025 reform: provinces and centrally-run cities over communes and wards, no district level.
  'trên địa bàn',
  'toàn thành phố',
  'của thành phố',
  'xã, phường',
  'đặc khu',
];

/** Words of a sentence about studying or spreading the law: the documents it names are what was studied, not done. */
export const DISSEMINATION_MARKERS: readonly string[] = [
  'phổ biến',
  'quán triệt',
  'nghiên cứu',
  'tuyên truyền',
  'học tập',
  'tập huấn',
  'sinh hoạt chuyên đề',
  'giới thiệu',
];

/** Bodies outside the plan's units that reports name while saying who asked or received something. */
export const OUTSIDE_BODIES: readonly string[] = [
  'ủy ban nhân dân tỉnh',
  'ủy ban nhân dân',
  'thanh tra tỉnh',
  'tỉnh ủy',
  'bộ nội vụ',
  'thanh tra chính phủ',
];
