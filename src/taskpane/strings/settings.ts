/** The Settings view's strings, in Vietnamese and English. */
export interface SettingsStrings {
  intro: string;
  unitLabel: string;
  periodLabel: string;
  yearLabel: string;
  yearHint: string;
  yearInvalid: string;
  leadUnits: string;
  leadUnitsHint: string;
  detect: string;
  planLabel: string;
  builtInPlan: (number: string, year: number) => string;
  customPlan: (name: string) => string;
  savedPlan: (name: string) => string;
  openPlanView: string;
  loadPlan: string;
  useBuiltInPlan: string;
  planLoaded: (name: string) => string;
  planFailed: (name: string) => string;
  languageLabel: string;
  hostLabel: string;
}

export const settingsVi: SettingsStrings = {
  intro: 'Tại đây bạn chọn kế hoạch, kỳ báo cáo và đơn vị khi trợ lý nhận diện chưa đúng.',
  unitLabel: 'Đơn vị báo cáo',
  periodLabel: 'Kỳ báo cáo',
  yearLabel: 'Năm báo cáo',
  yearHint: 'Để trống để tự nhận diện từ trích yếu.',
  yearInvalid: 'Năm phải là số từ 2000 đến 2100.',
  leadUnits: 'Kiểm tra báo cáo tổng hợp có nêu đơn vị chủ trì',
  leadUnitsHint: 'Dành cho người tổng hợp: cảnh báo khi kết quả một nhiệm vụ không nêu đơn vị chủ trì. Không văn bản nào bắt buộc điều này.',
  detect: 'Tự nhận diện',
  planLabel: 'Kế hoạch dùng để kiểm tra',
  builtInPlan: (number, year) => `Kế hoạch ${number} năm ${year} (có sẵn)`,
  customPlan: (name) => `Kế hoạch từ tệp ${name}`,
  savedPlan: (name) => `Kế hoạch đã lưu: ${name}`,
  openPlanView: 'Nhập, xem và sửa kế hoạch…',
  loadPlan: 'Tải kế hoạch từ tệp JSON…',
  useBuiltInPlan: 'Dùng kế hoạch có sẵn',
  planLoaded: (name) => `Đã tải kế hoạch từ tệp ${name}.`,
  planFailed: (name) => `Không dùng được tệp ${name}:`,
  languageLabel: 'Ngôn ngữ giao diện',
  hostLabel: 'Đang chạy trong',
};

export const settingsEn: SettingsStrings = {
  intro: 'Choose the plan, the reporting period and the unit here when the assistant detects them wrongly.',
  unitLabel: 'Reporting unit',
  periodLabel: 'Reporting period',
  yearLabel: 'Report year',
  yearHint: 'Leave empty to detect it from the subject line.',
  yearInvalid: 'The year must be a number from 2000 to 2100.',
  leadUnits: 'Check that a consolidated report names the lead units',
  leadUnitsHint: 'For reviewers: warn when a task\'s results do not name its lead unit. No regulation requires it.',
  detect: 'Detect',
  planLabel: 'Plan to check against',
  builtInPlan: (number, year) => `Plan ${number} for ${year} (built in)`,
  customPlan: (name) => `Plan from the file ${name}`,
  savedPlan: (name) => `Saved plan: ${name}`,
  openPlanView: 'Import, review and edit a plan…',
  loadPlan: 'Load a plan from a JSON file…',
  useBuiltInPlan: 'Use the built-in plan',
  planLoaded: (name) => `Loaded the plan from ${name}.`,
  planFailed: (name) => `The file ${name} cannot be used:`,
  languageLabel: 'Interface language',
  hostLabel: 'Running in',
};
