/** Dòng "Đơn vị thực hiện": tách đơn vị chủ trì, phối hợp; tên có dấu phẩy hay chữ "và" vẫn nguyên. */
import { firstNamedLeads } from '../../src/plan/import/first-named-leads';
import { isUnitsSentence, opensBody, readUnitsLine, splitBodies, unitsByPlace, unitsByTopic, unitsFromText, withoutDoing } from '../../src/plan/import/units-line';

test.each([
  ['Thanh tra Sở (chủ trì); Văn phòng Sở (phối hợp).*', ['Thanh tra Sở'], ['Văn phòng Sở']],
  ['Văn phòng Sở, Thanh tra Sở, các phòng chuyên môn và các đơn vị trực thuộc.*', ['Văn phòng Sở', 'Thanh tra Sở', 'các phòng chuyên môn', 'các đơn vị trực thuộc'], []],
  ['Phòng Cải cách hành chính và Công tác thanh niên; Phòng công chức, viên chức (phối hợp).*', ['Phòng Cải cách hành chính và Công tác thanh niên'], ['Phòng công chức, viên chức']],
  ['Văn phòng Sở và các đơn vị trực thuộc Sở (lồng ghép vào kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật của cơ quan, đơn vị).*', ['Văn phòng Sở', 'các đơn vị trực thuộc Sở'], []],
  ['Các phòng chuyên môn và tương đương thuộc Sở và các đơn vị trực thuộc.*', ['Các phòng chuyên môn và tương đương thuộc Sở', 'các đơn vị trực thuộc'], []],
  ['Thanh tra huyện chủ trì, phối hợp với Phòng Tài chính - Kế hoạch, Phòng Nội vụ', ['Thanh tra huyện'], ['Phòng Tài chính - Kế hoạch', 'Phòng Nội vụ']],
  ['Chủ trì: Sở Nội vụ; phối hợp: Sở Tài chính, UBND các xã, phường', ['Sở Nội vụ'], ['Sở Tài chính', 'UBND các xã, phường']],
  // Heads and courtesy words are not bodies; a body that follows the others' work supports it.
  ['Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND cấp xã', ['các sở, ban, ngành tỉnh', 'UBND cấp xã'], []],
  ['Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], []],
  ['Các đơn vị sự nghiệp trực thuộc Sở; Phòng Tổ chức cán bộ theo dõi, tổng hợp.', ['Các đơn vị sự nghiệp trực thuộc Sở'], ['Phòng Tổ chức cán bộ']],
  // One line naming two groups: each kind with its own qualifier is a group.
  ['Các phòng chuyên môn, đơn vị trực thuộc Sở', ['Các phòng chuyên môn', 'các đơn vị trực thuộc Sở'], []],
  // "thuộc, trực thuộc": the Sở's own units and those under it.
  ['Thủ trưởng các đơn vị thuộc, trực thuộc Sở', ['các đơn vị thuộc Sở', 'các đơn vị trực thuộc Sở'], []],
  ['Các đơn vị thuộc và trực thuộc Sở (chủ trì)', ['Các đơn vị thuộc Sở', 'Các đơn vị trực thuộc Sở'], []],
  // The role after the names, without brackets; "Sở hữu trí tuệ" is part of a phòng's name, not a Sở.
  ['Phòng Kế hoạch - Tài chính (sau đây gọi là Phòng KH-TC) chủ trì; Văn phòng Sở phối hợp.', ['Phòng Kế hoạch - Tài chính'], ['Văn phòng Sở']],
  ['Văn phòng Sở chủ trì; các phòng, đơn vị phối hợp.', ['Văn phòng Sở'], ['các phòng, đơn vị']],
  ['Phòng Quản lý khoa học và Sở hữu trí tuệ (chủ trì); Văn phòng Sở (phối hợp).', ['Phòng Quản lý khoa học và Sở hữu trí tuệ'], ['Văn phòng Sở']],
  // One units column whose cells say the roles: "(tham mưu)" helps; "X phối hợp với Y" is X with Y's help.
  // (The head of the plan's own UBND keeps his title: the assembler reads him as the issuer, by either spelling.)
  ['Chủ tịch UBND phường; Văn phòng HĐND và UBND phường (tham mưu)', ['Chủ tịch UBND phường'], ['Văn phòng HĐND và UBND phường']],
  ['Văn phòng HĐND và UBND phường phối hợp với Ủy ban MTTQ Việt Nam phường', ['Văn phòng HĐND và UBND phường'], ['Ủy ban MTTQ Việt Nam phường']],
  // The names stop where the act begins: "... các phòng chuyên môn thuộc Sở tham mưu Giám đốc Sở ...".
  ['Giao Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn thuộc Sở tham mưu Giám đốc Sở tổ chức hội nghị quán triệt.', ['Văn phòng Sở'], ['các phòng chuyên môn thuộc Sở']],
  // The role, then what the body does in it: "phối hợp theo dõi", "phối hợp hướng dẫn".
  ['Bảo tàng tỉnh, Thư viện tỉnh và các đơn vị sự nghiệp trực thuộc Sở chủ trì; Văn phòng Sở phối hợp theo dõi', ['Bảo tàng tỉnh', 'Thư viện tỉnh', 'các đơn vị sự nghiệp trực thuộc Sở'], ['Văn phòng Sở']],
  ['Các đơn vị sự nghiệp chủ trì; Văn phòng Sở phối hợp hướng dẫn, kiểm tra.', ['Các đơn vị sự nghiệp'], ['Văn phòng Sở']],
  // The head of the joint office stands for it: "Chánh Văn phòng HĐND và UBND phường" is one body, not two.
  ['Chánh Văn phòng HĐND và UBND phường, Trưởng Phòng Kinh tế, Hạ tầng và Đô thị', ['Văn phòng HĐND và UBND phường', 'Phòng Kinh tế, Hạ tầng và Đô thị'], []],
  // "Thực hiện: X; phối hợp: Y" labels the doer as "Chủ trì:" does; "Thực hiện:" before a body is who, not when.
  ['Thực hiện: Tổ Văn phòng; phối hợp: Công đoàn cơ sở, các tổ chuyên môn', ['Tổ Văn phòng'], ['Công đoàn cơ sở', 'các tổ chuyên môn']],
  // The roles in short: "(CT)" leads, "(PH)" supports.
  ['Văn phòng Sở (CT); Phòng Chính sách dân tộc (PH)', ['Văn phòng Sở'], ['Phòng Chính sách dân tộc']],
  // Marks in one part without ";": each closes the run of names before it.
  ['Phòng Quản lý xây dựng, Phòng Quản lý giao thông (chủ trì), Văn phòng Sở (phối hợp)', ['Phòng Quản lý xây dựng', 'Phòng Quản lý giao thông'], ['Văn phòng Sở']],
  ['Phòng Kế hoạch - Tài chính (chủ trì), Văn phòng Sở, Ban QLDA giao thông (phối hợp)', ['Phòng Kế hoạch - Tài chính'], ['Văn phòng Sở', 'Ban QLDA giao thông']],
  // One "Đơn vị thực hiện" cell: the body named first leads, "phối hợp:" labels the others.
  ['Phòng Tổ chức cán bộ; phối hợp: Phòng Công tác xã hội, Công đoàn Bệnh viện', ['Phòng Tổ chức cán bộ'], ['Phòng Công tác xã hội', 'Công đoàn Bệnh viện']],
  ['Phòng Kế hoạch tổng hợp, Khoa Dược; phối hợp: các khoa lâm sàng', ['Phòng Kế hoạch tổng hợp', 'Khoa Dược'], ['các khoa lâm sàng']],
  // Bodies that act on the findings of the inspection another leads ("thực hiện kiến nghị") help it.
  ['Phòng Kiểm tra, kiểm soát nội bộ; các phòng, Phòng giao dịch có liên quan thực hiện kiến nghị.', ['Phòng Kiểm tra, kiểm soát nội bộ'], ['các phòng', 'Phòng giao dịch']],
  // A body that "giúp việc" the one that leads helps it; the staff named beside the bodies are not a body.
  ['Hiệu trưởng (chủ trì); Phòng Tổ chức - Hành chính giúp việc', ['Hiệu trưởng'], ['Phòng Tổ chức - Hành chính']],
  ['Các khoa, phòng (chủ trì); cán bộ, giảng viên, nhân viên', ['Các khoa, phòng'], []],
  // What closes the list says which of their tasks ("theo lĩnh vực được giao") or for whom ("thực hiện đối với …"), not
  // another name.
  ['Văn phòng HĐND và UBND xã, Phòng Kinh tế, Phòng Văn hóa - Xã hội theo lĩnh vực được giao.', ['Văn phòng HĐND và UBND xã', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội'], []],
  ['Văn phòng Sở; Thanh tra Sở theo lĩnh vực phụ trách', ['Văn phòng Sở', 'Thanh tra Sở'], []],
  ['Văn phòng Sở; các Chi cục, đơn vị sự nghiệp trực thuộc thực hiện đối với công chức, viên chức thuộc thẩm quyền quản lý.', ['Văn phòng Sở', 'các Chi cục, đơn vị sự nghiệp trực thuộc'], []],
  // The bodies, then the tasks above them they are given: all of them do those tasks.
  ['Văn phòng, Bộ phận Hành chính tư pháp và các Tòa chuyên trách thực hiện các nội dung tại điểm g theo chức năng, nhiệm vụ được giao', ['Văn phòng', 'Bộ phận Hành chính tư pháp', 'các Tòa chuyên trách'], []],
  // A body after the doers that gathers their work and advises on it helps them; "Phòng Kế hoạch tổng hợp" is a name.
  ['các khoa, phòng thực hiện; Phòng TCCB tổng hợp, tham mưu Giám đốc xử lý', ['các khoa, phòng'], ['Phòng TCCB']],
  ['Phòng Điều dưỡng chủ trì; Phòng Kế hoạch tổng hợp phối hợp', ['Phòng Điều dưỡng'], ['Phòng Kế hoạch tổng hợp']],
  // The committees of a party's members stand for them, as heads stand for their bodies: one group, not two.
  ['Cấp ủy các đảng bộ, chi bộ trực thuộc', ['các đảng bộ, chi bộ trực thuộc'], []],
  ['Cấp uỷ các chi bộ, đảng bộ cơ sở; Ủy ban Kiểm tra Đảng ủy (phối hợp)', ['các chi bộ, đảng bộ cơ sở'], ['Ủy ban Kiểm tra Đảng ủy']],
])('"%s"', (raw, lead, support) => {
  expect(readUnitsLine(raw)).toEqual({ lead, support });
});

test('"Đoàn cấp xã và Đoàn trực thuộc" (hay "Đoàn cấp xã, Đoàn trực thuộc") là một cấp của Đoàn, một tên; ban, văn phòng bên cạnh vẫn tách riêng', () => {
  expect(splitBodies('Đoàn cấp xã và Đoàn trực thuộc')).toEqual(['Đoàn cấp xã và Đoàn trực thuộc']);
  expect(splitBodies('các ban, Văn phòng Tỉnh Đoàn và Đoàn cấp xã, Đoàn trực thuộc')).toEqual(['các ban', 'Văn phòng Tỉnh Đoàn', 'Đoàn cấp xã và Đoàn trực thuộc']);
  expect(splitBodies('Ban Tuyên giáo, Đoàn cơ sở và Đoàn trực thuộc')).toEqual(['Ban Tuyên giáo', 'Đoàn cơ sở và Đoàn trực thuộc']);
});

test('"P.TCCB, K.Dược, Toàn viện": tên viết tắt có chữ đầu của loại đơn vị ("P." phòng, "K." khoa) và "Toàn viện" sau dấu phẩy là đơn vị khác', () => {
  expect(splitBodies('P.TCCB, P.HCQT, Toàn viện')).toEqual(['P.TCCB', 'P.HCQT', 'Toàn viện']);
  expect(splitBodies('P.TCKT, K.Dược, Các khoa lâm sàng')).toEqual(['P.TCKT', 'K.Dược', 'Các khoa lâm sàng']);
  expect(splitBodies('P.ĐT, TT.ĐBCL')).toEqual(['P.ĐT', 'TT.ĐBCL']);
  // (A name's own comma stays: "Phòng Công chức, viên chức" is one phòng.)
  expect(splitBodies('Phòng Công chức, viên chức')).toEqual(['Phòng Công chức, viên chức']);
});

test('"các cơ quan, đơn vị thuộc UBND xã" là một nhóm; "các phòng chuyên môn, đơn vị trực thuộc Sở" là hai', () => {
  expect(splitBodies('Các cơ quan, đơn vị thuộc UBND xã; các trường học')).toEqual(['Các cơ quan, đơn vị thuộc UBND xã', 'các trường học']);
  expect(splitBodies('Các phòng chuyên môn, đơn vị trực thuộc Sở')).toEqual(['Các phòng chuyên môn', 'các đơn vị trực thuộc Sở']);
  // A short form after a full name is another body; the commas inside a short form ("Phòng KT, HT&ĐT") are its own.
  expect(splitBodies('Phòng Quản lý đất đai, VPĐKĐĐ')).toEqual(['Phòng Quản lý đất đai', 'VPĐKĐĐ']);
  expect(splitBodies('Phòng KT, HT&ĐT')).toEqual(['Phòng KT, HT&ĐT']);
  // Two groups after their heads' title, as without it.
  expect(splitBodies('Chủ tịch UBND xã, người đứng đầu các cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc UBND xã')).toEqual(['Chủ tịch UBND xã', 'các cơ quan chuyên môn', 'các đơn vị sự nghiệp công lập thuộc UBND xã']);
  expect(splitBodies('Thủ trưởng các cơ quan, đơn vị thuộc UBND xã')).toEqual(['các cơ quan, đơn vị thuộc UBND xã']);
});

test('"Tất cả các khoa, phòng" là một nhóm, như "các khoa, phòng": không tách ra "Tất cả các khoa" và một "phòng"', () => {
  expect(splitBodies('Tất cả các khoa, phòng')).toEqual(['Tất cả các khoa, phòng']);
  expect(readUnitsLine('Phòng Tổ chức - Hành chính (chủ trì); Tất cả các khoa, phòng (phối hợp)')).toEqual({ lead: ['Phòng Tổ chức - Hành chính'], support: ['Tất cả các khoa, phòng'] });
});

test('"Chủ tịch, các Phó Chủ tịch UBND xã" là một cơ quan (không có đơn vị tên "Chủ tịch"); "người đứng đầu ..." sau nhóm mở một cơ quan khác', () => {
  expect(splitBodies('Chủ tịch, các Phó Chủ tịch UBND xã')).toEqual(['các Phó Chủ tịch UBND xã']);
  expect(splitBodies('Chủ tịch, các Phó Chủ tịch UBND xã, người đứng đầu các cơ quan, đơn vị thuộc UBND xã')).toEqual(['các Phó Chủ tịch UBND xã', 'các cơ quan, đơn vị thuộc UBND xã']);
  expect(splitBodies('Giám đốc, các Phó Giám đốc Sở')).toEqual(['các Phó Giám đốc Sở']);
});

test('"các phòng, chi cục, đơn vị thuộc Sở": các loại trần dùng chung chữ "thuộc Sở" phía sau, là một nhóm như kế hoạch viết', () => {
  expect(splitBodies('Các phòng, chi cục, đơn vị thuộc Sở')).toEqual(['Các phòng, chi cục, đơn vị thuộc Sở']);
  expect(splitBodies('Văn phòng Sở, các phòng, đơn vị sự nghiệp trực thuộc Sở')).toEqual(['Văn phòng Sở', 'các phòng, đơn vị sự nghiệp trực thuộc Sở']);
  // "thuộc và trực thuộc" after a list of kinds: the phòng within, the đơn vị under; one group as written.
  expect(splitBodies('Các phòng, đơn vị thuộc và trực thuộc Sở')).toEqual(['Các phòng, đơn vị thuộc và trực thuộc Sở']);
  // One kind "thuộc, trực thuộc" still names the two groups.
  expect(splitBodies('Thủ trưởng các đơn vị thuộc, trực thuộc Sở')).toEqual(['các đơn vị thuộc Sở', 'các đơn vị trực thuộc Sở']);
});

test('tên đơn vị có dấu phẩy không bị tách', () => {
  expect(splitBodies('Phòng Công chức, viên chức, Ban Thi đua – Khen thưởng tỉnh')).toEqual(['Phòng Công chức, viên chức', 'Ban Thi đua – Khen thưởng tỉnh']);
});

describe('đơn vị nêu ngay trong câu nhiệm vụ, không có dòng riêng', () => {
  test.each([
    ['Văn phòng (chủ trì) rà soát danh mục vị trí công tác phải định kỳ chuyển đổi.', ['Văn phòng'], []],
    [
      'Phòng VH-XH chủ trì, phối hợp với Văn phòng và Ủy ban Mặt trận Tổ quốc Việt Nam xã (sau đây gọi là Ủy ban MTTQ xã) tuyên truyền, phổ biến Luật Phòng, chống tham nhũng trên hệ thống truyền thanh cơ sở.',
      ['Phòng VH-XH'],
      ['Văn phòng', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã'],
    ],
    ['Đẩy mạnh thanh toán không dùng tiền mặt trong chi trả lương, thu học phí tại các trường học; Phòng Kinh tế chủ trì, phối hợp với Phòng VH-XH và các trường học.', ['Phòng Kinh tế'], ['Phòng VH-XH', 'các trường học']],
    [
      'Chủ tịch UBND xã, người đứng đầu các cơ quan, đơn vị thuộc UBND xã và Hiệu trưởng các trường học thực hiện nghiêm quy định về trách nhiệm của người đứng đầu.',
      ['Chủ tịch UBND xã', 'các cơ quan, đơn vị thuộc UBND xã', 'các trường học'],
      [],
    ],
    ['Thanh tra tỉnh chủ trì, phối hợp với Sở Nội vụ và các cơ quan liên quan tổ chức kiểm tra việc kê khai tài sản.', ['Thanh tra tỉnh'], ['Sở Nội vụ', 'các cơ quan liên quan']],
    ['Tăng cường công khai, minh bạch trong mua sắm công (Sở Tài chính chủ trì; các sở, ngành phối hợp).', ['Sở Tài chính'], ['các sở, ngành']],
    ['Giao Văn phòng Sở tham mưu xây dựng quy chế chi tiêu nội bộ năm 2026.', ['Văn phòng Sở'], []],
    // The bracket's roles, not the sentence's first words ("Tổ chức" opens an act, not a body); its time is not a body.
    [
      'Tổ chức 01 lớp tập huấn nghiệp vụ PCTN, TC cho công chức làm công tác tổ chức, kế toán (Phòng PC-TT chủ trì, Phòng Tổ chức cán bộ phối hợp; thực hiện trong Quý II/2026).',
      ['Phòng PC-TT'],
      ['Phòng Tổ chức cán bộ'],
    ],
    ['Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính (Văn phòng Sở chủ trì, phối hợp với Phòng Tổ chức cán bộ; ít nhất 02 đợt trong năm).', ['Văn phòng Sở'], ['Phòng Tổ chức cán bộ']],
    // Each ";" clause opened by a body: its subject leads, or supports when it "phối hợp"; heads of a Ban open a body.
    [
      'Giám đốc Ban chịu trách nhiệm trước Ủy ban nhân dân tỉnh về công tác PCTN, TC tại Ban; Trưởng các phòng chuyên môn, nghiệp vụ chịu trách nhiệm trước Giám đốc Ban khi để xảy ra tham nhũng.',
      ['Giám đốc Ban', 'các phòng chuyên môn, nghiệp vụ'],
      [],
    ],
    [
      'Phòng Kinh tế, Hạ tầng và Đô thị chủ trì đẩy mạnh thanh toán không dùng tiền mặt trong chi trả lương; Phòng Văn hóa - Xã hội phối hợp chi trả trợ cấp cho đối tượng bảo trợ xã hội qua tài khoản.',
      ['Phòng Kinh tế, Hạ tầng và Đô thị'],
      ['Phòng Văn hóa - Xã hội'],
    ],
    ['Lãnh đạo đơn vị và Trưởng các phòng thường xuyên theo dõi, nhắc nhở việc chấp hành kỷ luật, kỷ cương hành chính.', ['Lãnh đạo đơn vị', 'các phòng'], []],
    // A closing bracket of bodies and a time, without a role word; "tham mưu" beside the body that leads helps it.
    ['Kiểm tra việc cấp phát, sử dụng thuốc tại các khoa lâm sàng (Khoa Dược - TTB - VTYT, Phòng Kế hoạch - Nghiệp vụ; thời gian: hằng quý).', ['Khoa Dược - TTB - VTYT', 'Phòng Kế hoạch - Nghiệp vụ'], []],
    ['Giám đốc Trung tâm ban hành quyết định kiện toàn Tổ giúp việc công tác PCTN, TC (Giám đốc Trung tâm; Phòng Tổ chức - Hành chính tham mưu; thời gian: quý I/2026).', ['Giám đốc Trung tâm'], ['Phòng Tổ chức - Hành chính']],
    ['Tự kiểm tra nội bộ việc thu viện phí (Ban Giám đốc chỉ đạo; Phòng Tài chính - Kế toán, Phòng Tổ chức - Hành chính thực hiện; thời gian: quý III/2026).', ['Ban Giám đốc', 'Phòng Tài chính - Kế toán', 'Phòng Tổ chức - Hành chính'], []],
    // "các tổ chức chính trị - xã hội" is a group's name, not the act "tổ chức".
    ['Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội giám sát việc thực hiện chính sách, pháp luật về PCTNTC.', ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'các tổ chức chính trị - xã hội'], []],
    // A last sentence "X thực hiện; Y theo dõi, đôn đốc".
    ['Đẩy mạnh thanh toán không dùng tiền mặt trong thu viện phí. Các đơn vị trực thuộc thực hiện; Phòng Nghiệp vụ Y theo dõi, đôn đốc.', ['Các đơn vị trực thuộc'], ['Phòng Nghiệp vụ Y']],
    // The heads of a group are the group: "Chi cục trưởng các Chi cục".
    ['Trưởng các phòng chuyên môn, Chi cục trưởng các Chi cục và Thủ trưởng các đơn vị sự nghiệp trực thuộc chủ động rà soát xung đột lợi ích.', ['các phòng chuyên môn', 'các Chi cục', 'các đơn vị sự nghiệp trực thuộc'], []],
    ['Thủ trưởng các đơn vị trực thuộc Sở xây dựng, ban hành kế hoạch PCTN năm 2023 của đơn vị.', ['các đơn vị trực thuộc Sở'], []],
    [
      'Các bệnh viện trực thuộc Sở, các trung tâm y tế khu vực và Trung tâm Kiểm soát bệnh tật tỉnh (sau đây gọi tắt là CDC) niêm yết công khai giá dịch vụ khám bệnh, chữa bệnh.',
      ['Các bệnh viện trực thuộc Sở', 'các trung tâm y tế khu vực', 'Trung tâm Kiểm soát bệnh tật tỉnh'],
      [],
    ],
    [
      'Quán triệt Kế hoạch này đến toàn thể công chức của Sở (Văn phòng Sở chủ trì; các phòng chuyên môn, đơn vị trực thuộc Sở phối hợp; hoàn thành trong Quý I/2026).',
      ['Văn phòng Sở'],
      ['các phòng chuyên môn', 'các đơn vị trực thuộc Sở'],
    ],
    ['Duy trì chuyên mục PCTNTC trên Trang thông tin điện tử của Sở (Văn phòng Sở thực hiện; Năm 2026).', ['Văn phòng Sở'], []],
    [
      'Trung tâm Mua sắm tài sản công và Thông tin, tư vấn tài chính và Trung tâm Hỗ trợ doanh nghiệp xây dựng, ban hành Kế hoạch PCTNTC năm 2026 của đơn vị; Văn phòng Sở theo dõi, đôn đốc việc thực hiện kế hoạch của các đơn vị.',
      ['Trung tâm Mua sắm tài sản công và Thông tin, tư vấn tài chính', 'Trung tâm Hỗ trợ doanh nghiệp'],
      ['Văn phòng Sở'],
    ],
    [
      'Mua sắm thuốc, vật tư y tế đúng quy định của Luật Đấu thầu; công khai kết quả lựa chọn nhà thầu. Phòng Nghiệp vụ Dược chủ trì, phối hợp với Phòng Kế hoạch – Tài chính và các bệnh viện trực thuộc Sở tổ chức thực hiện.',
      ['Phòng Nghiệp vụ Dược'],
      ['Phòng Kế hoạch – Tài chính', 'các bệnh viện trực thuộc Sở'],
    ],
  ])('"%s"', (text, lead, support) => {
    expect(unitsFromText(text)).toEqual({ lead, support });
  });

  test('câu không mở bằng tên cơ quan: không đoán', () => {
    expect(unitsFromText('Tăng cường công tác lãnh đạo, chỉ đạo, triển khai đồng bộ các quy định về PCTN.')).toEqual({ lead: [], support: [] });
  });

  test('"Đơn vị chủ trì: X; đơn vị phối hợp: Y"', () => {
    expect(readUnitsLine('Đơn vị chủ trì: Phòng Tổ chức cán bộ; đơn vị phối hợp: Phòng Tài chính kế toán, Công đoàn cơ sở.')).toEqual({
      lead: ['Phòng Tổ chức cán bộ'],
      support: ['Phòng Tài chính kế toán', 'Công đoàn cơ sở'],
    });
  });
});

test('ô của bảng: "Văn phòng Sở tổng hợp" là Văn phòng Sở; "Phòng Tổng hợp" là một tên', () => {
  expect(withoutDoing('Văn phòng Sở tổng hợp')).toBe('Văn phòng Sở');
  expect(withoutDoing('Thanh tra Sở theo dõi, đôn đốc')).toBe('Thanh tra Sở');
  expect(withoutDoing('Phòng Tổng hợp')).toBe('Phòng Tổng hợp');
});

test('đơn vị nêu sau dấu hai chấm trong câu nhiệm vụ; danh sách thành viên trong ngoặc sau tên nhóm không phải đơn vị khác', () => {
  expect(unitsFromText('Kiểm tra việc quản lý, sử dụng tài sản công tại Trung tâm Ứng dụng tiến bộ khoa học và công nghệ: Phòng KH-TC (chủ trì), Văn phòng Sở (phối hợp); thời gian: Quý III/2026.')).toEqual({ lead: ['Phòng KH-TC'], support: ['Văn phòng Sở'] });
  expect(
    unitsFromText('Thủ trưởng các đơn vị trực thuộc Sở (Chi cục Tiêu chuẩn Đo lường Chất lượng (sau đây gọi là Chi cục TĐC), Trung tâm Ứng dụng tiến bộ khoa học và công nghệ, Trung tâm Chuyển đổi số) xây dựng, ban hành kế hoạch PCTNTC năm 2026 của đơn vị.'),
  ).toEqual({ lead: ['các đơn vị trực thuộc Sở'], support: [] });
});

test('"Văn phòng HĐND và UBND phường" là một cơ quan; "đơn vị sự nghiệp công lập" không bị cắt ở chữ "lập"', () => {
  expect(splitBodies('Văn phòng HĐND và UBND phường, Phòng Văn hóa - Xã hội')).toEqual(['Văn phòng HĐND và UBND phường', 'Phòng Văn hóa - Xã hội']);
  expect(splitBodies('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường')).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường']);
  expect(splitBodies('Phòng Kinh tế và UBND các xã')).toEqual(['Phòng Kinh tế', 'UBND các xã']);
  expect(unitsFromText('Các đơn vị sự nghiệp công lập thuộc UBND phường xây dựng, ban hành kế hoạch PCTNTC năm 2026 của đơn vị.')).toEqual({ lead: ['Các đơn vị sự nghiệp công lập thuộc UBND phường'], support: [] });
});

test('"X chủ trì, Y phối hợp" (dấu phẩy, không "với") là chủ trì X, phối hợp Y', () => {
  expect(readUnitsLine('Văn phòng Sở chủ trì, Phòng KH-TC phối hợp')).toEqual({ lead: ['Văn phòng Sở'], support: ['Phòng KH-TC'] });
  expect(readUnitsLine('Văn phòng Sở chủ trì, các phòng chuyên môn phối hợp')).toEqual({ lead: ['Văn phòng Sở'], support: ['các phòng chuyên môn'] });
  // "X chủ trì, phối hợp với Y" as before.
  expect(readUnitsLine('VPS chủ trì, phối hợp với Phòng PBGDPL')).toEqual({ lead: ['VPS'], support: ['Phòng PBGDPL'] });
});

test('vế sau dấu chấm phẩy "phối hợp (với) X làm ..." không có chủ ngữ: X phối hợp với đơn vị của câu', () => {
  expect(unitsFromText('Phòng Nội chính tham mưu UBND tỉnh chỉ đạo, đôn đốc các sở, ban, ngành triển khai Kế hoạch; phối hợp Thanh tra tỉnh thẩm tra dự thảo báo cáo định kỳ.')).toEqual({ lead: ['Phòng Nội chính'], support: ['Thanh tra tỉnh'] });
  expect(unitsFromText('Phòng Tổ chức cán bộ công khai kế hoạch tuyển dụng; phối hợp với Phòng Công nghệ thông tin đăng tải trên Trang thông tin điện tử.')).toEqual({ lead: ['Phòng Tổ chức cán bộ'], support: ['Phòng Công nghệ thông tin'] });
  // Without a body after it, "phối hợp" names no one.
  expect(unitsFromText('Phòng Tổ chức cán bộ công khai kế hoạch tuyển dụng; phối hợp chặt chẽ trong quá trình thực hiện.')).toEqual({ lead: ['Phòng Tổ chức cán bộ'], support: [] });
});

test('ô đơn vị của công ty: "(theo dõi, giám sát)" là phối hợp; việc làm sau dấu phẩy và "người có nghĩa vụ kê khai" không phải đơn vị', () => {
  expect(readUnitsLine('Ban Giám đốc; Kế toán trưởng; Kiểm soát viên (theo dõi, giám sát)')).toEqual({ lead: ['Ban Giám đốc', 'Kế toán trưởng'], support: ['Kiểm soát viên'] });
  expect(readUnitsLine('Phòng Tổ chức - Hành chính chủ trì, tham mưu Giám đốc Công ty')).toEqual({ lead: ['Phòng Tổ chức - Hành chính'], support: [] });
  expect(readUnitsLine('Phòng Tổ chức - Hành chính chủ trì; người có nghĩa vụ kê khai thực hiện')).toEqual({ lead: ['Phòng Tổ chức - Hành chính'], support: [] });
});

test('"Giáo dục thường xuyên" trong tên phòng không phải thời gian hay việc làm; "Y phối hợp với Z làm ..." ở vế sau: Y làm phần mình, Z phối hợp', () => {
  expect(unitsFromText('Giao Thanh tra Sở chủ trì, phối hợp với Phòng Giáo dục Trung học - Giáo dục thường xuyên kiểm tra việc thực hiện quy tắc ứng xử tại các đơn vị trực thuộc.')).toEqual({ lead: ['Thanh tra Sở'], support: ['Phòng Giáo dục Trung học - Giáo dục thường xuyên'] });
  expect(unitsFromText('Thủ trưởng các đơn vị trực thuộc phát huy vai trò giám sát của Ban Thanh tra nhân dân; Văn phòng Sở phối hợp với Công đoàn Giáo dục tỉnh tổ chức hội nghị cán bộ, công chức.')).toEqual({ lead: ['các đơn vị trực thuộc', 'Văn phòng Sở'], support: ['Công đoàn Giáo dục tỉnh'] });
});

test('ngoặc lồng trong ngoặc đơn vị ("(Phòng Tổ chức cán bộ (sau đây viết tắt là Phòng TCCB) chủ trì; ...)"), "chủ trì theo lĩnh vực", "Phòng Kế hoạch tổng hợp", "ban hành" không phải Ban', () => {
  expect(unitsFromText('Tổ chức quán triệt Kế hoạch này đến toàn thể viên chức. (Phòng Tổ chức cán bộ (sau đây viết tắt là Phòng TCCB) chủ trì; các khoa, phòng phối hợp; thực hiện trong Quý I/2025 và duy trì thường xuyên)')).toEqual({ lead: ['Phòng Tổ chức cán bộ'], support: ['các khoa, phòng'] });
  expect(unitsFromText('Công khai kết quả lựa chọn nhà thầu. (Khoa Dược, Phòng Vật tư - Thiết bị y tế (Phòng VT-TBYT) chủ trì theo lĩnh vực được giao; Phòng TCKT phối hợp; thực hiện khi có kết quả lựa chọn nhà thầu)')).toEqual({ lead: ['Khoa Dược', 'Phòng Vật tư - Thiết bị y tế'], support: ['Phòng TCKT'] });
  expect(unitsFromText('Xây dựng Kế hoạch chuyển đổi vị trí công tác năm 2025. (Phòng TCCB chủ trì; Phòng TCKT phối hợp; ban hành trong Quý I/2025, hoàn thành việc chuyển đổi trước ngày 31/12/2025)')).toEqual({ lead: ['Phòng TCCB'], support: ['Phòng TCKT'] });
  expect(readUnitsLine('Phòng Tài chính kế toán; Phòng Kế hoạch tổng hợp')).toEqual({ lead: ['Phòng Tài chính kế toán', 'Phòng Kế hoạch tổng hợp'], support: [] });
  expect(withoutDoing('Phòng Kế hoạch tổng hợp')).toBe('Phòng Kế hoạch tổng hợp');
  expect(opensBody('ban hành trong Quý I/2025')).toBe(false);
  expect(opensBody('Ban Thanh tra nhân dân')).toBe(true);
});

test('câu cuối "X thực hiện thường xuyên.", "X thực hiện theo Kế hoạch ...", "X thực hiện, ban hành kế hoạch trong Quý I/2025.": X là đơn vị chủ trì', () => {
  expect(unitsFromText('Tiếp nhận, xử lý kịp thời đơn thư phản ánh, tố cáo hành vi tham nhũng. Thanh tra Sở thực hiện thường xuyên.')).toEqual({ lead: ['Thanh tra Sở'], support: [] });
  expect(unitsFromText('Thanh tra hành chính, thanh tra chuyên ngành trong các lĩnh vực công chứng, đấu giá tài sản. Thanh tra Sở thực hiện theo Kế hoạch thanh tra năm 2025.')).toEqual({ lead: ['Thanh tra Sở'], support: [] });
  expect(unitsFromText('Rà soát danh mục vị trí công tác phải định kỳ chuyển đổi. Văn phòng Sở thực hiện, ban hành kế hoạch trong Quý I/2025.')).toEqual({ lead: ['Văn phòng Sở'], support: [] });
  expect(unitsFromText('Đẩy mạnh thanh toán không dùng tiền mặt trong thu viện phí. Các đơn vị trực thuộc thực hiện; Phòng Nghiệp vụ Y theo dõi, đôn đốc.')).toEqual({ lead: ['Các đơn vị trực thuộc'], support: ['Phòng Nghiệp vụ Y'] });
});

test('"Lãnh đạo Văn phòng chỉ đạo Phòng Hành chính - Tổ chức kiểm tra …": phòng được chỉ đạo làm việc đó; "Lãnh đạo Văn phòng chỉ đạo quán triệt …" là chính Văn phòng', () => {
  expect(unitsFromText('Lãnh đạo Văn phòng chỉ đạo Phòng Hành chính - Tổ chức kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính (thời gian: định kỳ 6 tháng).').lead).toEqual(['Phòng Hành chính - Tổ chức']);
  expect(unitsFromText('Lãnh đạo Văn phòng chỉ đạo quán triệt, triển khai thực hiện nghiêm túc Luật Phòng, chống tham nhũng (thời gian: thường xuyên).').lead).toEqual(['Văn phòng']);
});

test('ngoặc "(Đơn vị thực hiện: X chủ trì, phối hợp với Y; thời gian: …)"; "X chủ trì, tham mưu; Y phối hợp" không sinh đơn vị rỗng; "Trạm trưởng các trạm y tế"', () => {
  expect(unitsFromText('Tổ chức quán triệt Kế hoạch đến toàn thể viên chức (Đơn vị thực hiện: Phòng Tổ chức - Hành chính chủ trì, phối hợp với các khoa, phòng, trung tâm; thời gian: Quý I/2026).')).toEqual({ lead: ['Phòng Tổ chức - Hành chính'], support: ['các khoa, phòng, trung tâm'] });
  expect(readUnitsLine('Văn phòng Sở chủ trì, tham mưu; các phòng chuyên môn thuộc Sở phối hợp.')).toEqual({ lead: ['Văn phòng Sở'], support: ['các phòng chuyên môn thuộc Sở'] });
  expect(splitBodies('Ban Giám đốc, các khoa, phòng, Trạm trưởng các trạm y tế')).toEqual(['Ban Giám đốc', 'các khoa, phòng', 'các trạm y tế']);
});

test('đội của chi cục thuế là đơn vị: "Đội Hành chính - Nhân sự - Tài vụ chủ trì, phối hợp với các Đội thuế …"', () => {
  expect(unitsFromText('Đội Hành chính - Nhân sự - Tài vụ chủ trì, phối hợp với các Đội thuế tổ chức quán triệt Kế hoạch đến toàn thể công chức (thời gian: Quý I/2026).')).toEqual({ lead: ['Đội Hành chính - Nhân sự - Tài vụ'], support: ['các Đội thuế'] });
});

test('"X chỉ đạo, Y thực hiện": Y chủ trì, X phối hợp; "Hiệu trưởng chỉ đạo Tổ Văn phòng …": tổ được giao làm; "Liên đội tổ chức …" là đơn vị', () => {
  expect(readUnitsLine('Hiệu trưởng chỉ đạo, Tổ Văn phòng thực hiện, Công đoàn phối hợp')).toEqual({ lead: ['Tổ Văn phòng'], support: ['Hiệu trưởng', 'Công đoàn'] });
  expect(unitsFromText('Tổ chức kê khai tài sản, thu nhập hằng năm (Hiệu trưởng chỉ đạo, Tổ Văn phòng thực hiện; thời gian: hoàn thành trước ngày 31/12/2026).')).toEqual({ lead: ['Tổ Văn phòng'], support: ['Hiệu trưởng'] });
  expect(unitsFromText('Hiệu trưởng chỉ đạo Tổ Văn phòng tiếp nhận, phân loại phản ánh, kiến nghị của cha mẹ học sinh (thời gian: thường xuyên).').lead).toEqual(['Tổ Văn phòng']);
  expect(unitsFromText('Liên đội tổ chức hoạt động ngoại khóa, tiết chào cờ chuyên đề về trung thực, liêm chính cho học sinh.').lead).toEqual(['Liên đội']);
});

test('doanh nghiệp: "Chi nhánh Sóc Trăng và Chi nhánh Hậu Giang", "Trưởng Ban KSNB" là đơn vị; "…; các phòng, chi nhánh tổ chức thực hiện" thêm nhóm ấy vào đơn vị chủ trì', () => {
  expect(splitBodies('Trưởng các phòng, Trưởng Ban KSNB, Giám đốc các chi nhánh')).toEqual(['các phòng', 'Ban KSNB', 'các chi nhánh']);
  expect(unitsFromText('Chi nhánh Sóc Trăng và Chi nhánh Hậu Giang xây dựng, ban hành kế hoạch PCTN, TC năm 2026 của chi nhánh, gửi Công ty trước ngày 31/01/2026.').lead).toEqual(['Chi nhánh Sóc Trăng', 'Chi nhánh Hậu Giang']);
  expect(unitsFromText('Phòng TC-HC tham mưu Giám đốc Công ty ban hành Quy tắc ứng xử của người lao động Công ty, hoàn thành trước ngày 30/4/2026; các phòng, chi nhánh tổ chức thực hiện và thường xuyên nhắc nhở người lao động chấp hành.').lead).toEqual(['Phòng TC-HC', 'các phòng, chi nhánh']);
});

test('câu cuối "Giao Phòng X thực hiện, hoàn thành trong quý II/2026." nêu đơn vị; "Trung tâm Dịch vụ tổng hợp" là tên, "… theo dõi" ở cuối thì không', () => {
  expect(unitsFromText('Rà soát, sửa đổi Quy chế chi tiêu nội bộ của Trung tâm. Giao Phòng Hành chính - Tổng hợp thực hiện, hoàn thành trong quý II/2026.').lead).toEqual(['Phòng Hành chính - Tổng hợp']);
  expect(withoutDoing('Trung tâm Dịch vụ tổng hợp')).toBe('Trung tâm Dịch vụ tổng hợp');
  expect(withoutDoing('Văn phòng Sở tổng hợp')).toBe('Văn phòng Sở');
  expect(readUnitsLine('Các phòng chuyên môn; Phòng Xây dựng chính quyền và Cải cách hành chính theo dõi').support).toEqual(['Phòng Xây dựng chính quyền và Cải cách hành chính']);
});

test('"Khoa Dược kiểm soát chặt chẽ …", "Lãnh đạo Thuế tỉnh, Trưởng các phòng …" nêu người làm; "Phòng Thanh tra - Pháp chế là đơn vị thường trực" là phòng ấy', () => {
  expect(unitsFromText('Khoa Dược kiểm soát chặt chẽ việc cung ứng, cấp phát, sử dụng thuốc, hóa chất theo định mức.').lead).toEqual(['Khoa Dược']);
  expect(unitsFromText('Lãnh đạo Thuế tỉnh, Trưởng các phòng và Trưởng các Thuế cơ sở tiếp tục quán triệt, chỉ đạo thực hiện nghiêm các chủ trương của Đảng.').lead).toEqual(['Thuế tỉnh', 'các phòng', 'các Thuế cơ sở']);
  expect(unitsFromText('Phòng Thanh tra - Pháp chế là đơn vị thường trực, tham mưu Hiệu trưởng chỉ đạo, đôn đốc, theo dõi việc triển khai Kế hoạch này.').lead).toEqual(['Phòng Thanh tra - Pháp chế']);
});

test('"(trưởng các khoa, phòng, trung tâm thực hiện; thường xuyên)": một nhóm, người đứng đầu là nhóm ấy', () => {
  expect(splitBodies('trưởng các khoa, phòng, trung tâm')).toEqual(['các khoa, phòng, trung tâm']);
  expect(unitsFromText('d) Thực hiện chế độ trách nhiệm của người đứng đầu (trưởng các khoa, phòng, trung tâm thực hiện; thường xuyên).')).toEqual({ lead: ['các khoa, phòng, trung tâm'], support: [] });
});

test('ngoặc đơn vị có vế cuối là thời gian không mở đầu bằng từ chỉ thời gian ("tháng 4 và tháng 10/2026", "khi có đơn thư"): vế ấy không phải đơn vị', () => {
  expect(unitsFromText('a) Tổ chức 02 cuộc kiểm tra nội bộ tại các khoa, phòng, trung tâm (Phòng Thanh tra - Khảo thí và Đảm bảo chất lượng chủ trì, Phòng Kế hoạch - Tài chính phối hợp; tháng 4 và tháng 10/2026).')).toEqual({
    lead: ['Phòng Thanh tra - Khảo thí và Đảm bảo chất lượng'],
    support: ['Phòng Kế hoạch - Tài chính'],
  });
  expect(unitsFromText('b) Tiếp nhận, xử lý đơn thư phản ánh, tố cáo (Phòng Thanh tra - Khảo thí và Đảm bảo chất lượng chủ trì, Phòng Tổ chức - Hành chính phối hợp; khi có đơn thư).')).toEqual({
    lead: ['Phòng Thanh tra - Khảo thí và Đảm bảo chất lượng'],
    support: ['Phòng Tổ chức - Hành chính'],
  });
});

test('"Tổ Văn phòng (chủ trì), Ban Giám hiệu": bên không ghi vai trò cạnh bên chủ trì là phối hợp', () => {
  expect(readUnitsLine('Tổ Văn phòng (chủ trì), Ban Giám hiệu.')).toEqual({ lead: ['Tổ Văn phòng'], support: ['Ban Giám hiệu'] });
  // Both marked, or none: as before.
  expect(readUnitsLine('Thanh tra Sở (chủ trì); Văn phòng Sở (phối hợp).')).toEqual({ lead: ['Thanh tra Sở'], support: ['Văn phòng Sở'] });
  expect(readUnitsLine('Các tổ chuyên môn, Tổ Văn phòng, Đoàn Thanh niên.')).toEqual({ lead: ['Các tổ chuyên môn', 'Tổ Văn phòng', 'Đoàn Thanh niên'], support: [] });
});

test('đoạn ngoặc sau nhiệm vụ "(Thực hiện: X; phối hợp: Y; thời gian: …)": X chủ trì, Y phối hợp, không coi "Thực hiện: X" là thời gian', () => {
  expect(unitsFromText('Tổ chức chuyên đề giáo dục liêm chính cho học sinh.\n(Thực hiện: Tổ Ngữ văn; phối hợp: Đoàn Thanh niên; thời gian: thường xuyên trong năm học)')).toEqual({ lead: ['Tổ Ngữ văn'], support: ['Đoàn Thanh niên'] });
});

test('ngoặc cuối gạch "(Đơn vị thực hiện: X; phối hợp: Y; thời hạn: …)": phần "thời hạn:" là thời gian dù sau nó là gì', () => {
  expect(unitsFromText('Công khai dự toán, quyết toán ngân sách được giao (Đơn vị thực hiện: Văn phòng; thời hạn: theo thời hạn quy định đối với từng nội dung công khai).')).toEqual({ lead: ['Văn phòng'], support: [] });
  expect(unitsFromText('Xây dựng Kế hoạch chuyển đổi vị trí công tác năm 2027 (Đơn vị thực hiện: Phòng Tổ chức cán bộ; phối hợp: các phòng, Thuế cơ sở; thời hạn: ban hành trước 28/02/2027, thực hiện trong năm 2027).')).toEqual({
    lead: ['Phòng Tổ chức cán bộ'],
    support: ['các phòng', 'Thuế cơ sở'],
  });
  expect(unitsFromText('Theo dõi việc thực hiện kết luận thanh tra (Đơn vị thực hiện: Phòng Thanh tra - Kiểm tra; tiến độ: hằng quý).')).toEqual({ lead: ['Phòng Thanh tra - Kiểm tra'], support: [] });
});

test('"Các chi bộ trực thuộc, Đảng ủy UBND xã; Ban Xây dựng Đảng theo dõi, tham mưu xem xét trách nhiệm": ban theo dõi là đơn vị phối hợp', () => {
  expect(readUnitsLine('Các chi bộ trực thuộc, Đảng ủy Ủy ban nhân dân xã; Ban Xây dựng Đảng theo dõi, tham mưu xem xét trách nhiệm')).toEqual({
    lead: ['Các chi bộ trực thuộc', 'Đảng ủy Ủy ban nhân dân xã'],
    support: ['Ban Xây dựng Đảng'],
  });
});

test('một cột đơn vị đánh dấu đơn vị chủ trì: "X (chủ trì); Y; Z" thì Y, Z phối hợp; đơn vị "thực hiện" hoặc khi dòng đã đánh dấu "(phối hợp)" thì vẫn chủ trì', () => {
  expect(readUnitsLine('Văn phòng HĐND và UBND xã (chủ trì); Phòng Kinh tế; Công an xã')).toEqual({ lead: ['Văn phòng HĐND và UBND xã'], support: ['Phòng Kinh tế', 'Công an xã'] });
  expect(readUnitsLine('Phòng Tổ chức - Pháp chế chủ trì; các phòng, đơn vị thuộc Sở thực hiện.')).toEqual({ lead: ['Phòng Tổ chức - Pháp chế', 'các phòng, đơn vị thuộc Sở'], support: [] });
  expect(readUnitsLine('Văn phòng Sở (chủ trì); các phòng chức năng thuộc Sở (phối hợp); các đơn vị trực thuộc Sở.').lead).toEqual(['Văn phòng Sở', 'các đơn vị trực thuộc Sở']);
  // A table's lead cell beside its own "Phối hợp" column: every body in the cell leads.
  expect(readUnitsLine('Phòng KH-TC (chủ trì); các đơn vị sự nghiệp trực thuộc', { markedLeadOnly: false })).toEqual({ lead: ['Phòng KH-TC', 'các đơn vị sự nghiệp trực thuộc'], support: [] });
  // The time written after the bodies is not a body.
  expect(readUnitsLine('Văn phòng Sở thực hiện; theo thời hạn quy định')).toEqual({ lead: ['Văn phòng Sở'], support: [] });
});

test('"các tổ chức hành chính và đơn vị sự nghiệp trực thuộc Sở" là hai nhóm; "Cơ sở Bảo trợ xã hội" là một đơn vị; "chủ trì tham mưu, …" là vai chủ trì', () => {
  expect(splitBodies('các phòng chuyên môn, nghiệp vụ, các tổ chức hành chính và đơn vị sự nghiệp trực thuộc Sở')).toEqual(['các phòng chuyên môn, nghiệp vụ', 'các tổ chức hành chính', 'các đơn vị sự nghiệp trực thuộc Sở']);
  expect(splitBodies('Trung tâm Dịch vụ việc làm, Giám đốc Cơ sở Bảo trợ xã hội')).toEqual(['Trung tâm Dịch vụ việc làm', 'Cơ sở Bảo trợ xã hội']);
  expect([opensBody('Cơ sở Bảo trợ xã hội'), opensBody('cơ sở dữ liệu quốc gia')]).toEqual([true, false]);
  expect(readUnitsLine('Văn phòng Sở chủ trì tham mưu, các phòng, đơn vị thuộc và trực thuộc Sở phối hợp')).toEqual({ lead: ['Văn phòng Sở'], support: ['các phòng, đơn vị thuộc và trực thuộc Sở'] });
  // A time after the body that leads is not a body that helps it.
  expect(readUnitsLine('Phòng Kinh tế, Hạ tầng và Đô thị phường chủ trì tham mưu; hoàn thành trước ngày 31/3/2026')).toEqual({ lead: ['Phòng Kinh tế, Hạ tầng và Đô thị phường'], support: [] });
});

test('ô đơn vị ghi tắt nhãn "CT: …" và "PH: …" (chủ trì, phối hợp)', () => {
  expect(readUnitsLine('CT: Văn phòng Sở\nPH: Các phòng, đơn vị thuộc Sở')).toEqual({ lead: ['Văn phòng Sở'], support: ['Các phòng, đơn vị thuộc Sở'] });
  expect(readUnitsLine('CT: Phòng Quản lý vận tải, phương tiện và người lái; PH: Phòng Quản lý xây dựng')).toEqual({ lead: ['Phòng Quản lý vận tải, phương tiện và người lái'], support: ['Phòng Quản lý xây dựng'] });
});

test('kế hoạch của Mặt trận: "X tham mưu Ban Thường trực tổ chức thực hiện; Y phối hợp" là câu giao việc; chủ thể trước dấu hai chấm là đơn vị thực hiện; thời hạn một phần việc không phải đơn vị', () => {
  const advising = 'Ban Dân chủ - Pháp luật tham mưu Ban Thường trực tổ chức thực hiện; Văn phòng cơ quan phối hợp.';
  expect(isUnitsSentence(advising)).toBe(true);
  expect(readUnitsLine(advising)).toEqual({ lead: ['Ban Dân chủ - Pháp luật'], support: ['Văn phòng cơ quan'] });
  expect(unitsFromText('Các tổ chức chính trị - xã hội thành viên: tổ chức thực hiện kế hoạch phòng, chống tham nhũng, tiêu cực trong hệ thống.').lead).toEqual(['Các tổ chức chính trị - xã hội thành viên']);
  expect(unitsFromText('Ủy ban MTTQ Việt Nam các xã, phường: phát huy vai trò của Ban Thanh tra nhân dân.').lead).toEqual(['Ủy ban MTTQ Việt Nam các xã, phường']);
  expect(readUnitsLine('Ban Tổ chức - Kiểm tra chủ trì, Ban Dân chủ - Pháp luật phối hợp; việc kiểm tra hoàn thành trong quý III/2027.')).toEqual({ lead: ['Ban Tổ chức - Kiểm tra'], support: ['Ban Dân chủ - Pháp luật'] });
});

test('câu giao việc chia theo nội dung không có chữ "việc": "X chủ trì thực hiện nội dung công khai tài chính, tài sản; Y chủ trì công khai các nguồn vận động"', () => {
  const split = unitsByTopic('Văn phòng cơ quan chủ trì thực hiện nội dung công khai tài chính, tài sản; Ban Phong trào chủ trì công khai các nguồn vận động, các quỹ; thời gian: thường xuyên.');
  expect(split?.topics).toEqual([
    { units: 'Văn phòng cơ quan chủ trì', topic: 'công khai tài chính, tài sản' },
    { units: 'Ban Phong trào chủ trì', topic: 'công khai các nguồn vận động, các quỹ' },
  ]);
  // A role and its act ("chủ trì tham mưu") or a time is no topic of its own.
  expect(unitsByTopic('Văn phòng Sở chủ trì tham mưu Giám đốc Sở; Thanh tra Sở chủ trì thường xuyên trong năm')).toBeNull();
});

test('"X tham mưu; Y phối hợp" khi không đơn vị nào chủ trì: X chủ trì; "Giám đốc Trung tâm; Phòng TC-HC tham mưu": Phòng TC-HC phối hợp; "Tổ Văn phòng tham mưu" một mình: giúp người đứng đầu', () => {
  expect(readUnitsLine('Phòng Văn hóa - Xã hội tham mưu; các phòng chuyên môn, đơn vị thuộc UBND xã phối hợp')).toEqual({ lead: ['Phòng Văn hóa - Xã hội'], support: ['các phòng chuyên môn', 'các đơn vị thuộc UBND xã'] });
  expect(readUnitsLine('Giám đốc Trung tâm; Phòng Tổ chức - Hành chính tham mưu')).toEqual({ lead: ['Giám đốc Trung tâm'], support: ['Phòng Tổ chức - Hành chính'] });
  expect(readUnitsLine('Tổ Văn phòng tham mưu')).toEqual({ lead: [], support: ['Tổ Văn phòng'] });
});

test('phần tổ chức thực hiện giao theo số mục: vế chỉ nêu việc và "(mục 1.3)", không có chữ "chủ trì", vẫn là nhiệm vụ của đơn vị mở đoạn', async () => {
  const { readUnitAssignments } = await import('../../src/plan/import/assignments');
  const [assignment] = readUnitAssignments([
    '6. Các đơn vị trực thuộc, các trường trung học phổ thông: xây dựng, ban hành kế hoạch của đơn vị, gửi về Sở trước ngày 31/01/2027 (mục 1.2); tuyên truyền trong đơn vị (mục 1.3); phối hợp với Văn phòng Sở thực hiện mục 2.2.',
  ]);
  expect(assignment?.lead.map((l) => l.number)).toEqual(['1.2', '1.3']);
  expect(assignment?.support).toEqual(['2.2']);
});

describe('ô "Phân công thực hiện" gồm các dòng có nhãn', () => {
  test('"Theo dõi, đôn đốc: …", "Thực hiện số hóa: …" sau "Chủ trì: …": các đơn vị đó phối hợp với đơn vị chủ trì', () => {
    expect(readUnitsLine('Chủ trì: Các đơn vị sự nghiệp trực thuộc Sở; Theo dõi, đôn đốc: Văn phòng Sở')).toEqual({
      lead: ['Các đơn vị sự nghiệp trực thuộc Sở'],
      support: ['Văn phòng Sở'],
    });
    expect(readUnitsLine('Chủ trì: Văn phòng Sở; Phối hợp: Các phòng, đơn vị thuộc Sở; Thực hiện số hóa: Bảo tàng tỉnh, Thư viện tỉnh')).toEqual({
      lead: ['Văn phòng Sở'],
      support: ['Các phòng, đơn vị thuộc Sở', 'Bảo tàng tỉnh', 'Thư viện tỉnh'],
    });
  });

  test('"Các phòng: Quản lý văn hóa, Báo chí - Xuất bản, Quản lý du lịch": mỗi tên là một phòng', () => {
    expect(readUnitsLine('Chủ trì: Các phòng: Quản lý văn hóa, Báo chí - Xuất bản, Quản lý du lịch (theo lĩnh vực được giao); Phối hợp: Văn phòng Sở')).toEqual({
      lead: ['Phòng Quản lý văn hóa', 'Phòng Báo chí - Xuất bản', 'Phòng Quản lý du lịch'],
      support: ['Văn phòng Sở'],
    });
  });
});

test('"X tham mưu Ban Giám đốc; Y và Z thực hiện": X là đơn vị làm như Y, Z, không phải tên "X tham mưu Ban Giám đốc"; "X chủ trì nội dung thứ hai, Y phối hợp với Z thực hiện": Y và Z cùng phối hợp', () => {
  expect(readUnitsLine('Phòng Hành chính - Tổ chức tham mưu Ban Giám đốc; các phòng chuyên môn tại Hội sở tỉnh và các Phòng giao dịch thực hiện.')).toEqual({
    lead: ['Phòng Hành chính - Tổ chức', 'các phòng chuyên môn tại Hội sở tỉnh', 'các Phòng giao dịch'],
    support: [],
  });
  expect(readUnitsLine('Phòng Hành chính - Tổ chức tham mưu Hội đồng kỷ luật Chi nhánh.')).toEqual({ lead: ['Phòng Hành chính - Tổ chức'], support: [] });
  const line = 'Phòng Hành chính - Tổ chức chủ trì nội dung thứ nhất; Phòng Kế hoạch - Nghiệp vụ chủ trì nội dung thứ hai, các Phòng giao dịch phối hợp với các tổ chức chính trị - xã hội nhận ủy thác thực hiện.';
  expect(readUnitsLine(unitsByPlace(line, 1)!)).toEqual({ lead: ['Phòng Hành chính - Tổ chức'], support: [] });
  expect(readUnitsLine(unitsByPlace(line, 2)!)).toEqual({ lead: ['Phòng Kế hoạch - Nghiệp vụ'], support: ['các Phòng giao dịch', 'các tổ chức chính trị - xã hội nhận ủy thác'] });
});

test('phần tổ chức thực hiện giao theo khoảng số mục: "các mục 3.1 – 3.3", "từ mục 2.a đến mục 2.c" là mọi mục trong khoảng, kể cả hai đầu', async () => {
  const { readUnitAssignments } = await import('../../src/plan/import/assignments');
  const [assignment] = readUnitAssignments([
    '2. Phòng Tổng hợp: chủ trì thực hiện các mục 3.1 – 3.3; phối hợp thực hiện từ mục 2.a đến mục 2.c.',
  ]);
  expect(assignment?.lead.map((l) => l.number)).toEqual(['3.1', '3.2', '3.3']);
  expect(assignment?.support).toEqual(['2.a', '2.b', '2.c']);
});

test('phần phân công giao việc theo chỗ đứng như văn bản luật: "gạch đầu dòng thứ ba điểm b mục 2 phần II", "điểm c, d mục 1 phần II", "mục 1 phần III" là số của chính các nhiệm vụ ấy, kèm số La Mã của phần', async () => {
  const { readUnitAssignments } = await import('../../src/plan/import/assignments');
  const [assignment] = readUnitAssignments([
    '5. Ban Tài chính: chủ trì, phối hợp với Phòng Hậu cần - Kỹ thuật kiểm tra tài chính tại các Ban CHPTKV (gạch đầu dòng thứ ba điểm b mục 2 phần II); hướng dẫn các cơ quan, đơn vị xây dựng kế hoạch (điểm c, d mục 1 phần II); chủ trì tự kiểm tra tài chính hằng quý (mục 1 phần III).',
  ]);
  expect(assignment?.lead.map((l) => l.number)).toEqual(['II.2.b.3', 'III.1']);
  expect(assignment?.support).toEqual(['II.1.c', 'II.1.d']);
  // "chủ trì, phối hợp với X …": X phối hợp trong chính nhiệm vụ ấy.
  expect(assignment?.lead.map((l) => l.helpers)).toEqual([['Phòng Hậu cần - Kỹ thuật'], []]);
});

test('"X phối hợp cung cấp thông tin": vai trò rồi việc đơn vị phối hợp làm, không phải tên đơn vị; "phối hợp với", "phối hợp theo lĩnh vực" giữ như cũ', () => {
  expect(readUnitsLine('Trung tâm Thông tin - Công báo chủ trì; Phòng Tổng hợp phối hợp cung cấp thông tin.')).toEqual({ lead: ['Trung tâm Thông tin - Công báo'], support: ['Phòng Tổng hợp'] });
  expect(readUnitsLine('Phòng Tổng hợp chủ trì; Phòng Kinh tế, Phòng Khoa học giáo dục - Văn xã phối hợp theo lĩnh vực được phân công theo dõi.')).toEqual({ lead: ['Phòng Tổng hợp'], support: ['Phòng Kinh tế', 'Phòng Khoa học giáo dục - Văn xã'] });
});

test('ô bảng phân công chỉ nêu vị trí: "Điểm 1, 2 mục II" (điểm là số, mục là phần), "Điểm 5 (các gạch đầu dòng 1–3)", "Điểm 3 (gạch đầu dòng 3); điểm 4 (gạch đầu dòng 1)", "Điểm 7"; ô có lời nhiệm vụ thì không', async () => {
  const { placesNamedBy } = await import('../../src/plan/import/assignments');
  expect(placesNamedBy('Điểm 1, 2 mục II')).toEqual(['II.1', 'II.2']);
  expect(placesNamedBy('Điểm 5 (các gạch đầu dòng 1–3)')).toEqual(['5.1', '5.2', '5.3']);
  expect(placesNamedBy('Điểm 3 (gạch đầu dòng 3); điểm 4 (gạch đầu dòng 1)')).toEqual(['3.3', '4.1']);
  expect(placesNamedBy('Điểm 6 (gạch đầu dòng thứ hai)')).toEqual(['6.2']);
  expect(placesNamedBy('Điểm 7')).toEqual(['7']);
  expect(placesNamedBy('Tổ chức kê khai tài sản, thu nhập theo điểm 7 mục II')).toEqual([]);
});

test('cột "Nhiệm vụ (theo mục II)" dẫn nhiệm vụ bằng vị trí rồi tên ngắn: "A.1 Quán triệt …" là II.a.1, "B.3-B.4 Công khai …" là II.b.3 và II.b.4, "2.1 Tuyên truyền …" là II.2.1; ô không mở đầu bằng vị trí, đầu cột không nêu mục thì không', async () => {
  const { citedPart, citedPlaces } = await import('../../src/plan/import/cited-places');
  expect(citedPart('Nhiệm vụ (theo mục II)')).toBe('II');
  expect(citedPart('Nội dung nhiệm vụ tại Phần III')).toBe('III');
  expect(citedPart('Nội dung nhiệm vụ')).toBeNull();
  expect(citedPlaces('A.1 Quán triệt, phổ biến chủ trương, pháp luật về PCTN, TC', 'II')).toEqual(['II.a.1']);
  expect(citedPlaces('B.3-B.4 Công khai, minh bạch hoạt động của Ban; công khai TTHC', 'II')).toEqual(['II.b.3', 'II.b.4']);
  expect(citedPlaces('C.16 – C.17 Theo dõi thực hiện kết luận; tiếp nhận, xử lý phản ánh, đơn thư', 'II')).toEqual(['II.c.16', 'II.c.17']);
  expect(citedPlaces('2.1. Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng', 'II')).toEqual(['II.2.1']);
  expect(citedPlaces('Kê khai tài sản, thu nhập năm 2027', 'II')).toEqual([]);
});

test('kế hoạch của Tòa án: "Tòa Hình sự, Tòa Dân sự, Tòa Gia đình và người chưa thành niên" là ba Tòa chuyên trách; "Thẩm phán, Thư ký Tòa án" là hai; "tòa nhà" không phải đơn vị', () => {
  expect(splitBodies('Tòa Hình sự, Tòa Dân sự, Tòa Gia đình và người chưa thành niên')).toEqual(['Tòa Hình sự', 'Tòa Dân sự', 'Tòa Gia đình và người chưa thành niên']);
  expect(splitBodies('Thẩm phán, Thư ký Tòa án')).toEqual(['Thẩm phán', 'Thư ký Tòa án']);
  expect(opensBody('tòa nhà trụ sở')).toBe(false);
});

test('chủ ngữ là danh sách đơn vị dài, trong đó có tên chứa "xây dựng" ("Ban Quản lý các dự án đầu tư xây dựng"): đơn vị nào cũng là người làm; tên đối tác dừng ở động từ "vận hành"', () => {
  expect(
    unitsFromText(
      'Thủ trưởng các phòng chuyên môn, Trung tâm Phục vụ hành chính công, Ban Quản lý các dự án đầu tư xây dựng và các đơn vị sự nghiệp thuộc UBND đặc khu xây dựng, ban hành kế hoạch PCTNTC năm 2027 của cơ quan, đơn vị mình.',
    ),
  ).toEqual({ lead: ['các phòng chuyên môn', 'Trung tâm Phục vụ hành chính công', 'Ban Quản lý các dự án đầu tư xây dựng', 'các đơn vị sự nghiệp thuộc UBND đặc khu'], support: [] });
  expect(unitsFromText('Ban Quản lý các dự án đầu tư xây dựng công khai kế hoạch lựa chọn nhà thầu trên Hệ thống mạng đấu thầu quốc gia.')).toEqual({
    lead: ['Ban Quản lý các dự án đầu tư xây dựng'],
    support: [],
  });
  expect(
    unitsFromText('Văn phòng HĐND và UBND đặc khu chủ trì, phối hợp với Phòng Văn hóa - Xã hội vận hành hiệu quả hệ thống quản lý văn bản và điều hành, chữ ký số; bảo đảm văn bản đi, đến được xử lý trên môi trường mạng.'),
  ).toEqual({ lead: ['Văn phòng HĐND và UBND đặc khu'], support: ['Phòng Văn hóa - Xã hội'] });
});

test('lời kế hoạch nói đơn vị ghi đầu tiên trong ô chủ trì, đơn vị ghi sau phối hợp; "cơ quan ghi trước là cơ quan đầu mối" thì không', () => {
  expect(firstNamedLeads(['Khoa, phòng ghi đầu tiên là đơn vị chủ trì, các khoa, phòng ghi tiếp theo là đơn vị phối hợp; dấu "x" là quý thực hiện.'])).toBe(true);
  expect(firstNamedLeads(['Trường hợp ghi nhiều đơn vị thì đơn vị ghi đầu tiên chủ trì, các đơn vị còn lại phối hợp.'])).toBe(true);
  expect(firstNamedLeads(['Đối với nhiệm vụ có từ hai cơ quan chủ trì trở lên, cơ quan ghi trước là cơ quan đầu mối tổng hợp kết quả.'])).toBe(false);
});

test('ngoặc "(Giao: X chủ trì, phối hợp Y; thời gian: …)": nhãn "Giao:" đứng trước đơn vị tự nêu vai trò; "Văn phòng HĐND và UBND xã" không bị cắt ở chữ "và"', () => {
  expect(
    unitsFromText('Duy trì chuyên mục "Phòng, chống tham nhũng, tiêu cực" trên Trang thông tin điện tử xã (Giao: Phòng Văn hóa - Xã hội chủ trì, phối hợp Văn phòng HĐND và UBND xã; thời gian: cả năm).'),
  ).toEqual({ lead: ['Phòng Văn hóa - Xã hội'], support: ['Văn phòng HĐND và UBND xã'] });
  expect(
    unitsFromText('Tổ chức 01 hội nghị tuyên truyền, phổ biến pháp luật về PCTNTC (Giao: Văn phòng HĐND và UBND xã chủ trì, phối hợp Phòng Văn hóa - Xã hội, Công an xã; thời gian: Quý III/2027).'),
  ).toEqual({ lead: ['Văn phòng HĐND và UBND xã'], support: ['Phòng Văn hóa - Xã hội', 'Công an xã'] });
  // ("Giao:" trước đơn vị không nêu vai trò vẫn là đơn vị chủ trì.)
  expect(readUnitsLine('Giao: P.QLDN; phối hợp: P.QHXD, VP')).toEqual({ lead: ['P.QLDN'], support: ['P.QHXD', 'VP'] });
});

test('câu cuối mục "Giao X chủ trì tham mưu thực hiện các nội dung trên.": đơn vị là X, bỏ vai trò và việc làm', () => {
  expect(readUnitsLine('Giao Văn phòng HĐND và UBND xã chủ trì tham mưu thực hiện các nội dung trên.')).toEqual({ lead: ['Văn phòng HĐND và UBND xã'], support: [] });
  expect(readUnitsLine('Giao Phòng Kinh tế tham mưu thực hiện các nội dung trên.')).toEqual({ lead: ['Phòng Kinh tế'], support: [] });
  expect(isUnitsSentence('Giao Phòng Kinh tế chủ trì tham mưu thực hiện các nội dung trên.')).toBe(true);
});

test('"Kế toán chủ trì thực hiện; …": đơn vị chủ trì là Kế toán, "thực hiện" là việc làm, không phải tên', () => {
  expect(readUnitsLine('Kế toán chủ trì thực hiện; Tổ Hành chính - Tư pháp, các Thẩm phán, Thư ký phối hợp.')).toEqual({ lead: ['Kế toán'], support: ['Tổ Hành chính - Tư pháp', 'các Thẩm phán, Thư ký'] });
  expect(readUnitsLine('Tổ Hành chính - Tư pháp chủ trì tổ chức thực hiện; Chi bộ, Công đoàn cơ sở phối hợp.')).toEqual({ lead: ['Tổ Hành chính - Tư pháp'], support: ['Chi bộ', 'Công đoàn cơ sở'] });
});

test('ngoặc giao phần việc cho từng cơ quan "(X đối với …; Y đối với …)": mỗi cơ quan làm phần của mình, đều chủ trì; "đối với …" nói làm cho ai, không phải tên', () => {
  expect(
    unitsFromText('Rà soát, sửa đổi, bổ sung quy chế chi tiêu nội bộ, quy chế quản lý, sử dụng tài sản công; hoàn thành trong quý I (Văn phòng Đảng ủy đối với các cơ quan Đảng; Ủy ban nhân dân xã đối với các cơ quan chính quyền).'),
  ).toEqual({ lead: ['Văn phòng Đảng ủy', 'Ủy ban nhân dân xã'], support: [] });
  expect(
    unitsFromText('Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập hằng năm; hoàn thành trong quý IV (Ban Xây dựng Đảng Đảng ủy chủ trì, phối hợp Văn phòng Đảng ủy; Ủy ban nhân dân xã đối với công chức thuộc thẩm quyền quản lý).'),
  ).toEqual({ lead: ['Ban Xây dựng Đảng Đảng ủy', 'Ủy ban nhân dân xã'], support: ['Văn phòng Đảng ủy'] });
});

test('"các Xí nghiệp, Chi nhánh thủy lợi": các loại đơn vị viết hoa dùng chung chữ "thủy lợi" của loại sau cùng là một nhóm; loại trần không có chữ chung ("các Chi nhánh, Xí nghiệp") hay tên riêng ("Ban Quản lý dự án") thì vẫn tách', () => {
  expect(splitBodies('Các Xí nghiệp, Chi nhánh thủy lợi')).toEqual(['Các Xí nghiệp, Chi nhánh thủy lợi']);
  expect(splitBodies('Phòng Tổ chức - Hành chính, các Xí nghiệp, Trạm, Chi nhánh thủy lợi, Phòng Kế hoạch - Kỹ thuật')).toEqual(['Phòng Tổ chức - Hành chính', 'các Xí nghiệp, Trạm, Chi nhánh thủy lợi', 'Phòng Kế hoạch - Kỹ thuật']);
  expect(splitBodies('Người đứng đầu các phòng, Xí nghiệp, Chi nhánh thủy lợi')).toEqual(['các phòng', 'Xí nghiệp, Chi nhánh thủy lợi']);
  expect(splitBodies('các Chi nhánh, Xí nghiệp')).toEqual(['các Chi nhánh', 'Xí nghiệp']);
  expect(splitBodies('các phòng, Ban Quản lý dự án')).toEqual(['các phòng', 'Ban Quản lý dự án']);
});

test('"Thường trực Đảng ủy" là một cơ quan: ngoặc cuối câu "(Thường trực Đảng ủy, Chủ tịch Ủy ban nhân dân xã)" nêu người làm, hơn "Người đứng đầu cấp ủy, chính quyền xã" ở đầu câu; "cơ quan thường trực" thì không phải tên', () => {
  expect(opensBody('Thường trực Đảng ủy')).toBe(true);
  expect(opensBody('thường trực giải quyết')).toBe(false);
  expect(unitsFromText('Người đứng đầu cấp ủy, chính quyền xã gương mẫu, chịu trách nhiệm trực tiếp về công tác PCTN, TC; duy trì tiếp công dân định kỳ hằng tháng (Thường trực Đảng ủy, Chủ tịch Ủy ban nhân dân xã).')).toEqual({ lead: ['Thường trực Đảng ủy', 'Chủ tịch Ủy ban nhân dân xã'], support: [] });
});
