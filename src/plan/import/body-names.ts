/** Whether words open a body's name ("Phòng …", "các …", "UBND …") or are a body's name alone. */
import { foldForCompare } from '../../text';
import { ROLE_VERBS } from './role-verbs';

/** Words a body's name opens with, folded; a list splits at ",", ";" or "và" only before one of them. */
const BODY_OPENERS = [
  'văn phòng', 'thanh tra', 'phòng', 'ban', 'chi cục', 'cục', 'sở', 'trung tâm', 'ubnd', 'ủy ban', 'uỷ ban', 'công an', 'các', 'viện', 'hội',
  'đoàn', 'liên đoàn', 'mặt trận', 'ủy ban mặt trận', 'kho bạc', 'kbnn', 'bảo hiểm', 'bhxh', 'tòa án', 'toà án', 'đảng ủy', 'đảng uỷ', 'thủ trưởng', 'bộ phận',
  'công chức', 'trường', 'bệnh viện', 'báo', 'đài', 'quỹ', 'ban quản lý', 'hđnd', 'hội đồng', 'công đoàn', 'khoa', 'tổ', 'chi bộ', 'đảng bộ',
  'giám đốc các', 'trưởng các', 'người đứng đầu', 'hiệu trưởng', 'chủ tịch ubnd', 'chủ tịch ủy ban', 'chủ tịch uỷ ban',
  // The heads of the issuing Sở and of its offices: "Giám đốc Sở trực tiếp lãnh đạo ...", "Chánh Văn phòng Sở, Trưởng ...".
  'giám đốc sở', 'ban giám đốc', 'lãnh đạo sở', 'chánh văn phòng', 'chánh thanh tra',
  // ... and of a Ban, a Trung tâm, a hospital: "Giám đốc Ban chỉ đạo ...", "Lãnh đạo đơn vị và Trưởng các phòng ...".
  'giám đốc ban', 'giám đốc trung tâm', 'giám đốc bệnh viện', 'lãnh đạo ban', 'lãnh đạo đơn vị', 'lãnh đạo trung tâm', 'lãnh đạo bệnh viện',
  'lãnh đạo văn phòng',
  // A school's doers: "Phó Hiệu trưởng phụ trách chuyên môn chủ trì ...", "Kế toán, thủ quỹ thực hiện công khai ...", "Tổ
  // trưởng chuyên môn chỉ đạo ...", "Toàn thể cán bộ, giáo viên, nhân viên thực hiện nghiêm ...".
  'phó hiệu trưởng', 'kế toán', 'tổ trưởng', 'toàn thể',
  // A health centre's: "Trạm trưởng các trạm y tế", "Trưởng trạm y tế".
  'trạm trưởng các', 'trưởng trạm',
  // A tax or market-control office's teams: "Đội Kiểm tra thuế", "các Đội thuế"; a Đoàn's branch: "Chi đoàn Thanh niên".
  'đội', 'chi đoàn',
  // A school's Young Pioneers: "Liên đội tổ chức hoạt động ngoại khóa ...".
  'liên đội',
  // A company's branches and the heads of its boards: "Chi nhánh Sóc Trăng", "Trưởng Ban KSNB", "Giám đốc các chi nhánh".
  'chi nhánh', 'trưởng ban', 'trưởng phòng', 'trưởng khoa',
  // A state-owned company's: "Xí nghiệp Thủy lợi Thạch Nham", its controller "Kiểm soát viên Công ty".
  'xí nghiệp', 'kiểm soát viên',
  // The leaders of a Chi cục, a Cục, a phòng, and a team's head: "Lãnh đạo Chi cục, Trưởng các phòng, Đội trưởng các Đội".
  'lãnh đạo chi cục', 'lãnh đạo cục', 'lãnh đạo phòng', 'đội trưởng',
  // A forest ranger office's stations and their heads: "Hạt Kiểm lâm khu vực 1", "Hạt trưởng", "Chi cục trưởng".
  'hạt', 'hạt trưởng', 'phó hạt trưởng', 'chi cục trưởng',
  // Culture's public service units: "Thư viện thành phố", "Nhà hát …", "Bảo tàng tỉnh".
  'thư viện', 'nhà hát', 'bảo tàng',
  // A court's judges and clerks: "Thẩm phán, Thư ký Tòa án thực hiện …".
  'thẩm phán', 'thư ký tòa án', 'thư ký toà án',
  // A procuracy's and a court's by their short forms: "các Phòng nghiệp vụ và VKSND khu vực", "TAND khu vực 2".
  'vksnd', 'tand',
  // A Party committee's inspection board and the Front's committee by their short forms: "UBKT Đảng ủy", "UBMTTQ xã".
  'ubkt', 'ubmttq',
  // The committees of a group of Party organisations, acting for them: "Cấp ủy các chi, đảng bộ trực thuộc lãnh đạo cơ
  // quan, đơn vị …".
  'cấp ủy các', 'cấp uỷ các',
];

export const opensBody = (rest: string): boolean => {
  // Every Sở's name goes on in capitals ("Sở Nội vụ"); "sở hữu trí tuệ", "sở tại" are words, not bodies.
  if (/^\s*[Ss]ở\s+\p{Ll}/u.test(rest)) return false;
  // The head of a body named in capitals: "Giám đốc Vườn", "Thủ trưởng Cơ quan".
  if (/^\s*(?:Ban\s+)?(?:Giám đốc|Thủ trưởng)\s+\p{Lu}/u.test(rest)) return true;
  // "Cơ sở Bảo trợ xã hội", "Cơ sở cai nghiện ma túy số 1" are bodies; "cơ sở dữ liệu" is a word.
  if (/^\s*(?:các\s+)?Cơ sở\s+\p{Lu}/u.test(rest)) return true;
  // A body's representative office, named in capitals: "Đại diện Cảng vụ tại Dung Quất", "các Đại diện Cảng vụ" ("đại diện
  // cho …" is a word).
  if (/^\s*(?:các\s+)?Đại diện\s+\p{Lu}/u.test(rest)) return true;
  // A court's chambers, named in capitals: "Tòa Hình sự", "Tòa Gia đình và người chưa thành niên" ("tòa nhà" is a word).
  if (/^\s*(?:các\s+)?T(?:òa|oà)\s+\p{Lu}/u.test(rest)) return true;
  // The leaders of a body named in capitals ("Lãnh đạo Thuế tỉnh"); a tax office ("Thuế tỉnh", "các Thuế cơ sở").
  if (/^\s*[Ll]ãnh đạo\s+\p{Lu}|^\s*(?:các\s+)?Thuế\s+(?:tỉnh|thành phố|cơ sở)(?![\p{L}\p{N}])/u.test(rest)) return true;
  // The youth union's committee of a tier: "Tỉnh Đoàn", "Thành đoàn" ("thành đoàn kết" is a phrase).
  if (/^\s*(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+[Đđ]oàn(?![\p{L}\p{N}])(?!\s+kết)/u.test(rest)) return true;
  // A Party committee's or a council's standing members: "Thường trực Đảng ủy", "Thường trực HĐND xã" ("cơ quan thường
  // trực" says what a body stands as).
  if (/^\s*Thường trực\s+(?:Đảng ủy|Đảng uỷ|Huyện ủy|Tỉnh ủy|Thành ủy|HĐND|Hội đồng nhân dân)(?![\p{L}\p{N}])/u.test(rest)) return true;
  const key = foldForCompare(rest);
  // "Tổ chức 01 lớp tập huấn ...": an act; "Tổ công tác", "Tổ chuyên gia" are bodies.
  if (/^tổ chức(?![\p{L}\p{N}])/u.test(key)) return false;
  // "ban hành ...": an act, not a board ("Ban Giám đốc"); "báo cáo trước ngày …": an act, not a newspaper ("Báo Gia Lai").
  if (/^(?:ban hành|báo cáo)(?![\p{L}\p{N}])/u.test(key)) return false;
  // "Phòng ngừa tham nhũng", "phòng, chống tham nhũng": an act, not a phòng.
  if (/^phòng(?:,)? (?:ngừa|chống)(?![\p{L}\p{N}])/u.test(key)) return false;
  return BODY_OPENERS.some((word) => key.startsWith(word) && /^(?:$|[\s,;])/u.test(key.slice(word.length)));
};

/** A heading that is only the name of a body ("1. Văn phòng Sở", "6. Các phòng, đơn vị thuộc Sở"): a plan organised by
 * unit, whose tasks under it are that body's. "5. Thanh tra, kiểm tra" is a topic: it goes on with an act. */
export function isBodyName(text: string): boolean {
  const t = text.trim();
  // (A dash inside a name, "các tổ chức chính trị - xã hội xã", is no word of it.)
  if (!opensBody(t) || /[.;:()]/u.test(t) || t.split(/\s+/u).filter((word) => !/^[-–]$/u.test(word)).length > 15) return false;
  // "6. Các phòng, đơn vị thuộc Sở" names bodies; "2. Các biện pháp phòng ngừa" a topic: "các" then a body's word.
  const afterCac = /^các\s+(.*)$/u.exec(foldForCompare(t))?.[1];
  if (afterCac !== undefined && !opensBody(afterCac) && !/^(?:đơn vị|cơ quan|xã|phường|địa phương|doanh nghiệp|cơ sở|ngành|chi nhánh|tổ chức (?:chính trị|đoàn thể)|thôn|bản|ấp|buôn|làng|khóm|khu phố|tổ dân phố)(?![\p{L}\p{N}])/u.test(afterCac)) return false;
  return !new RegExp(`\\s(?<![Cc]ác )(?:${ROLE_VERBS})(?![\\p{L}\\p{N}])`, 'u').test(t);
}
