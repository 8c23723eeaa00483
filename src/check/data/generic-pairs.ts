/**
 * Word pairs of administrative Vietnamese that say how work is done or written, not which task: they appear in any
 * report sentence ("đã ban hành Kế hoạch số ...", "tổ chức thực hiện", "báo cáo kết quả"). However rare they are in
 * a plan, they never single a task out. Language data, not tied to one plan.
 */
export const GENERIC_PAIRS: readonly string[] = [
  'đã ban', 'ban hành', 'hành kế', 'kế hoạch', 'hoạch số', 'hoạch năm', 'văn bản', 'bản chỉ', 'chỉ đạo', 'đạo các',
  'thực hiện', 'hiện các', 'hiện có', 'có hiệu', 'hiệu quả', 'tổ chức', 'chức thực', 'triển khai', 'khai thực',
  'quyết định', 'định số', 'công văn', 'văn số', 'báo cáo', 'cáo kết', 'kết quả', 'quả thực', 'tổng hợp', 'hợp kết',
  'công tác', 'tác năm', 'theo quy', 'quy định', 'định của', 'hướng dẫn', 'dẫn các', 'tham mưu', 'đúng quy', 'thường xuyên',
  'tiếp tục', 'tục thực', 'đôn đốc', 'theo dõi', 'kiểm tra', 'cơ quan', 'đơn vị', 'địa phương', 'công chức', 'viên chức',
  'chức viên', 'người lao', 'lao động', 'nhiệm vụ', 'vụ được', 'được giao', 'trong năm', 'năm 2023',
  // Officials' titles say who acted or approved, not what was done ("đã được Giám đốc Sở phê duyệt").
  'giám đốc', 'đốc sở', 'phó giám', 'trưởng phòng', 'phó trưởng', 'chủ tịch',
  // How any duty is carried: "chấp hành nghiêm", "chịu trách nhiệm", "trực tiếp phụ trách", "theo yêu cầu".
  'chấp hành', 'hành nghiêm', 'chịu trách', 'trực tiếp', 'phụ trách', 'yêu cầu', 'cung cấp',
];
