/**
 * The outline of a PCTN report under Thông tư 02/2021/TT-TTCP, and where the 2023 plan's headings go in it.
 * [R] Both are reconstructed (domain notes §1.3): the annex of TT 02/2021 was not available. Keep them as data so
 * that they can be corrected without touching the code.
 */

export interface OutlineNode {
  /** "I", "I.1" … as a path of the outline. */
  id: string;
  level: 1 | 2;
  title: string;
}

export const TT02_OUTLINE: readonly OutlineNode[] = [
  { id: 'I', level: 1, title: 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VIỆC THỰC HIỆN CÁC QUY ĐỊNH CỦA PHÁP LUẬT VỀ PHÒNG, CHỐNG THAM NHŨNG' },
  { id: 'I.1', level: 2, title: 'Việc quán triệt, tuyên truyền, phổ biến chủ trương, chính sách, pháp luật về phòng, chống tham nhũng' },
  { id: 'I.2', level: 2, title: 'Việc ban hành văn bản chỉ đạo, hướng dẫn, kế hoạch phòng, chống tham nhũng' },
  { id: 'I.3', level: 2, title: 'Tổ chức bộ máy, phân công trách nhiệm; kiểm tra, giám sát việc thực hiện' },
  { id: 'II', level: 1, title: 'KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG' },
  { id: 'II.1', level: 2, title: 'Công khai, minh bạch về tổ chức và hoạt động của cơ quan, tổ chức, đơn vị' },
  { id: 'II.2', level: 2, title: 'Xây dựng và thực hiện định mức, tiêu chuẩn, chế độ' },
  { id: 'II.3', level: 2, title: 'Thực hiện quy tắc ứng xử của người có chức vụ, quyền hạn; kiểm soát xung đột lợi ích' },
  { id: 'II.4', level: 2, title: 'Chuyển đổi vị trí công tác của người có chức vụ, quyền hạn' },
  { id: 'II.5', level: 2, title: 'Cải cách hành chính, ứng dụng khoa học, công nghệ trong quản lý và thanh toán không dùng tiền mặt' },
  { id: 'II.6', level: 2, title: 'Kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn' },
  { id: 'II.7', level: 2, title: 'Xử lý trách nhiệm của người đứng đầu khi để xảy ra tham nhũng' },
  { id: 'III', level: 1, title: 'KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG' },
  { id: 'III.1', level: 2, title: 'Qua công tác kiểm tra, tự kiểm tra nội bộ' },
  { id: 'III.2', level: 2, title: 'Qua công tác thanh tra, giải quyết khiếu nại, tố cáo' },
  { id: 'III.3', level: 2, title: 'Qua điều tra, truy tố, xét xử' },
  { id: 'III.4', level: 2, title: 'Kết quả xử lý và thu hồi tài sản tham nhũng' },
];

/**
 * Plan heading (or item) id → the outline node its tasks are reported under. An item id wins over its heading's id.
 * [R] domain notes §1.3 ("How the seed's tasks map onto the outline"); II.1 (lãnh đạo, chỉ đạo) is placed under I.2.
 */
export const TT02_PLACEMENT: Readonly<Record<string, string>> = {
  'II.1': 'I.2',
  'II.2': 'I.1',
  'II.3.a': 'II.1',
  'II.3.b': 'II.2',
  'II.3.c': 'II.3',
  'II.3.d': 'II.3',
  'II.3.đ': 'II.4',
  'II.3.e': 'II.6',
  'II.3.g': 'II.5',
  'II.3.h': 'III.2',
  'II.3.i': 'II.7',
};

/** The node tasks go under when the mapping names none of their headings. */
export const TT02_FALLBACK_NODE = 'II';
