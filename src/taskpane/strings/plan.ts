/** The Plan view's strings, in Vietnamese and English. */
export interface PlanStrings {
  intro: string;
  inUseLabel: string;
  builtIn: (number: string, year: number) => string;
  saved: (name: string) => string;
  fromFile: (name: string) => string;
  useDocument: string;
  openFile: string;
  useBuiltIn: string;
  editInUse: string;
  currentDocument: string;
  importing: string;
  imported: (name: string, items: number, units: number) => string;
  importFailed: (name: string) => string;
  doubtsTitle: (count: number) => string;
  itemsTitle: string;
  itemsCaption: (count: number, doubtful: number) => string;
  columns: { id: string; task: string; units: string };
  lead: string;
  support: string;
  none: string;
  timing: string;
  doubtMark: string;
  edit: string;
  done: string;
  editRoles: (itemId: string) => string;
  doneRoles: (itemId: string) => string;
  rolesLegend: (itemId: string) => string;
  leadRequired: string;
  unitsTitle: string;
  schedule: {
    title: string;
    intro: (channel: string) => string;
    period: string;
    due: (period: string) => string;
    asWritten: string;
    issuerDue: (issuer: string, period: string) => string;
    none: string;
    hint: string;
    invalid: string;
  };
  unitToEdit: string;
  unitName: string;
  unitNameRequired: string;
  aliases: string;
  aliasesHint: string;
  unitKinds: Record<'department' | 'division' | 'affiliate' | 'external' | 'group', string>;
  groupMembers: string;
  save: string;
  saving: string;
  discard: string;
  savedMessage: (name: string) => string;
  savedNotStored: (name: string) => string;
  downloadJson: string;
  downloadedJson: (file: string) => string;
  invalidTitle: string;
  builtInChosen: string;
  storedInvalid: string;
  storedLoading: string;
  loading: string;
  dismiss: string;
}

export const planVi: PlanStrings = {
  intro: 'Nhập kế hoạch PCTN của năm (từ văn bản đang mở, tệp .docx hoặc tệp .json), xem lại các nhiệm vụ và đơn vị, sửa chỗ chưa đúng rồi lưu để Kiểm tra, Chèn và Mẫu dùng kế hoạch này.',
  inUseLabel: 'Kế hoạch đang dùng',
  builtIn: (number, year) => `Kế hoạch ${number} năm ${year} (có sẵn)`,
  saved: (name) => `Kế hoạch đã lưu: ${name}`,
  fromFile: (name) => `Kế hoạch từ tệp ${name} (chưa lưu)`,
  useDocument: 'Dùng văn bản này làm kế hoạch',
  openFile: 'Mở tệp kế hoạch (.docx, .json)…',
  useBuiltIn: 'Dùng kế hoạch có sẵn (2023)',
  editInUse: 'Xem và sửa kế hoạch đang dùng',
  currentDocument: 'văn bản đang mở',
  importing: 'Đang đọc kế hoạch…',
  imported: (name, items, units) => `Đã đọc kế hoạch từ ${name}: ${items} nhiệm vụ, ${units} đơn vị. Xem lại rồi bấm "Lưu và dùng kế hoạch này".`,
  importFailed: (name) => `Không đọc được kế hoạch từ ${name}:`,
  doubtsTitle: (count) => `${count} điểm cần xem lại`,
  itemsTitle: 'Nhiệm vụ',
  itemsCaption: (count, doubtful) => `${count} nhiệm vụ${doubtful > 0 ? `, ${doubtful} nhiệm vụ cần xem lại (tô màu)` : ''}`,
  columns: { id: 'Mã', task: 'Nhiệm vụ', units: 'Đơn vị' },
  lead: 'Chủ trì',
  support: 'Phối hợp',
  none: '(không có)',
  timing: 'Thời gian',
  doubtMark: 'Cần xem lại',
  edit: 'Sửa',
  done: 'Xong',
  editRoles: (itemId) => `Sửa đơn vị của nhiệm vụ ${itemId}`,
  doneRoles: (itemId) => `Xong sửa đơn vị của nhiệm vụ ${itemId}`,
  rolesLegend: (itemId) => `Đơn vị của nhiệm vụ ${itemId}`,
  leadRequired: 'Nhiệm vụ cần ít nhất một đơn vị chủ trì.',
  unitsTitle: 'Đơn vị',
  schedule: {
    title: 'Lịch báo cáo',
    intro: (channel) => `Báo cáo gửi ${channel}. Hạn gửi dùng để tính báo cáo nộp đúng hạn hay muộn; sửa nếu kế hoạch ghi khác.`,
    period: 'Kỳ báo cáo',
    due: (period) => `Hạn gửi báo cáo ${period} (ngày/tháng)`,
    asWritten: 'Kế hoạch ghi',
    issuerDue: (issuer, period) => `Hạn báo cáo ${period} của ${issuer}`,
    none: 'không ghi ngày',
    hint: 'Ví dụ 05/6; để trống nếu kế hoạch không ghi ngày.',
    invalid: 'Ghi ngày/tháng, ví dụ 05/6.',
  },
  unitToEdit: 'Đơn vị cần sửa',
  unitName: 'Tên đơn vị',
  unitNameRequired: 'Tên đơn vị không được để trống.',
  aliases: 'Tên gọi khác',
  aliasesHint: 'Mỗi tên một dòng, hoặc ngăn cách bằng dấu phẩy trên một dòng. Tên có dấu phẩy ("Phòng Công chức, viên chức") phải đứng riêng một dòng.',
  unitKinds: { department: 'cơ quan ban hành', division: 'phòng, đơn vị thuộc cơ quan', affiliate: 'đơn vị trực thuộc', external: 'cơ quan ngoài', group: 'nhóm đơn vị' },
  groupMembers: 'Thành viên',
  save: 'Lưu và dùng kế hoạch này',
  saving: 'Đang lưu…',
  discard: 'Bỏ bản nháp',
  savedMessage: (name) => `Đã lưu và đang dùng kế hoạch: ${name}.`,
  savedNotStored: (name) => `Đang dùng kế hoạch ${name}, nhưng chưa lưu được trọn vẹn để dùng lần sau:`,
  downloadJson: 'Tải về tệp .json',
  downloadedJson: (file) => `Đã tạo tệp ${file}: gửi tệp này cho các đơn vị để họ mở bằng “Mở tệp kế hoạch (.docx, .json)”.`,
  invalidTitle: 'Kế hoạch chưa hợp lệ, chưa lưu:',
  builtInChosen: 'Đã quay về kế hoạch có sẵn (2023); kế hoạch đã lưu được xóa khỏi máy và khỏi tài liệu.',
  storedInvalid: 'Kế hoạch đã lưu lần trước không dùng được nên đã bỏ; đang dùng kế hoạch có sẵn (2023).',
  storedLoading: 'Đang nạp kế hoạch đã lưu…',
  loading: 'Đang tải…',
  dismiss: 'Đóng thông báo',
};

export const planEn: PlanStrings = {
  intro: 'Import the year\'s PCTN plan (from the open document, a .docx or a .json file), review its tasks and units, fix what is wrong, then save it so that Check, Insert and Templates use it.',
  inUseLabel: 'Plan in use',
  builtIn: (number, year) => `Plan ${number} for ${year} (built in)`,
  saved: (name) => `Saved plan: ${name}`,
  fromFile: (name) => `Plan from the file ${name} (not saved)`,
  useDocument: 'Use this document as the plan',
  openFile: 'Open a plan file (.docx, .json)…',
  useBuiltIn: 'Use the built-in plan (2023)',
  editInUse: 'Review and edit the plan in use',
  currentDocument: 'the open document',
  importing: 'Reading the plan…',
  imported: (name, items, units) => `Read the plan from ${name}: ${items} tasks, ${units} units. Review it, then press "Save and use this plan".`,
  importFailed: (name) => `The plan could not be read from ${name}:`,
  doubtsTitle: (count) => `${count} point(s) to review`,
  itemsTitle: 'Tasks',
  itemsCaption: (count, doubtful) => `${count} tasks${doubtful > 0 ? `, ${doubtful} to review (highlighted)` : ''}`,
  columns: { id: 'Id', task: 'Task', units: 'Units' },
  lead: 'Lead',
  support: 'Support',
  none: '(none)',
  timing: 'Timing',
  doubtMark: 'To review',
  edit: 'Edit',
  done: 'Done',
  editRoles: (itemId) => `Edit the units of task ${itemId}`,
  doneRoles: (itemId) => `Done editing the units of task ${itemId}`,
  rolesLegend: (itemId) => `Units of task ${itemId}`,
  leadRequired: 'A task needs at least one lead unit.',
  unitsTitle: 'Units',
  schedule: {
    title: 'Reporting schedule',
    intro: (channel) => `Reports go to ${channel}. The due days decide whether a report is on time or late; fix them if the plan says otherwise.`,
    period: 'Period',
    due: (period) => `${period} report due (day/month)`,
    asWritten: 'The plan says',
    issuerDue: (issuer, period) => `${issuer}'s own ${period} report due`,
    none: 'no day given',
    hint: 'For example 05/6; leave blank if the plan gives no day.',
    invalid: 'Write day/month, for example 05/6.',
  },
  unitToEdit: 'Unit to edit',
  unitName: 'Unit name',
  unitNameRequired: 'The unit name must not be empty.',
  aliases: 'Other names',
  aliasesHint: 'One name per line, or separated by commas on one line. A name with a comma ("Phòng Công chức, viên chức") must stand on a line of its own.',
  unitKinds: { department: 'issuing body', division: 'division of the body', affiliate: 'affiliated unit', external: 'outside body', group: 'group of bodies' },
  groupMembers: 'Members',
  save: 'Save and use this plan',
  saving: 'Saving…',
  discard: 'Discard the draft',
  savedMessage: (name) => `Saved; the pane now uses the plan ${name}.`,
  savedNotStored: (name) => `The plan ${name} is in use, but it could not be stored in full for next time:`,
  downloadJson: 'Download as .json',
  downloadedJson: (file) => `Created ${file}: send it to the units so they can load it with “Open a plan file (.docx, .json)”.`,
  invalidTitle: 'The plan is not valid yet and was not saved:',
  builtInChosen: 'Back to the built-in plan (2023); the saved plan was removed from this computer and from the document.',
  storedInvalid: 'The plan saved last time cannot be used and was dropped; the built-in plan (2023) is in use.',
  storedLoading: 'Loading the saved plan…',
  loading: 'Loading…',
  dismiss: 'Dismiss',
};
