/** The acts a doer's name is followed by, in lower case: where a name stops and what it does begins. */

// "lập" is an act ("lập danh sách"), but not in "đơn vị sự nghiệp công lập"; "xây dựng" not in "Ban Quản lý các dự án đầu
// tư xây dựng", nor "vận hành" in "Ban Quản lý vận hành".
export const ROLE_VERBS =
  'trực tiếp|(?<!quản lý )vận hành|đưa|lồng ghép|tham gia|niêm yết|đăng tải|công khai|duy trì|bảo đảm|đảm bảo|áp dụng|ứng dụng|kê khai|cập nhật|tiếp nhận|chấp hành|chủ trì|tham mưu|có trách nhiệm|chịu trách nhiệm|thực hiện|tổ chức|(?<!đầu tư )xây dựng|ban hành|theo dõi|hướng dẫn|triển khai|rà soát|kiểm tra|phối hợp|chỉ đạo|quán triệt|tăng cường|tiếp tục|đẩy mạnh|chủ động|(?<!(?:G|g)iáo dục )thường xuyên|nghiêm túc|căn cứ|tuyên truyền|phổ biến|giám sát|(?<!công )lập|thẩm định|xác minh|giải quyết|đánh giá|vận động|nâng cao|sửa đổi|tự kiểm tra|tự rà soát|tự đánh giá|cải tiến|gương mẫu|quản lý chặt chẽ|phát huy|kiểm soát|kiểm kê|giám định|phát hiện|khảo sát|định hướng|(?<![Bb]an |[Cc]ác )lãnh đạo';

/** The names before the act that follows them: "các phòng chuyên môn thuộc Sở tham mưu Giám đốc Sở ..." (an act in
 * lower case, not after "các": "các tổ chức chính trị - xã hội" is a name). */
export function beforeActs(names: string): string {
  const act = new RegExp(`\\s+(?<!các )(?:${ROLE_VERBS})(?![\\p{L}\\p{N}])`, 'u').exec(names);
  return act ? names.slice(0, act.index) : names;
}
