/** The task pane's strings: every key exists in Vietnamese (the default) and English. */
import { checkEn, checkVi, type CheckStrings } from './strings/check';
import { playgroundEn, playgroundVi, type PlaygroundStrings } from './strings/playground';
import { settingsEn, settingsVi, type SettingsStrings } from './strings/settings';

export type Language = 'vi' | 'en';

export const LANGUAGES: readonly Language[] = ['vi', 'en'];

export type ViewId = 'check' | 'insert' | 'templates' | 'settings';

export const VIEW_IDS: readonly ViewId[] = ['check', 'insert', 'templates', 'settings'];

export interface Strings {
  productName: string;
  productTagline: string;
  languageLabel: string;
  languageNames: Record<Language, string>;
  viewListLabel: string;
  views: Record<ViewId, { title: string; upcoming: string }>;
  documentRegion: string;
  documentPlaceholder: string;
  loadingOffice: string;
  check: CheckStrings;
  settings: SettingsStrings;
  playground: PlaygroundStrings;
  /** Errors that are not the engine's or the reader's (those carry their own vi/en). */
  hostNotReady: string;
}

const vi: Strings = {
  productName: 'Trợ lý báo cáo PCTN',
  productTagline: 'Kiểm tra báo cáo phòng, chống tham nhũng theo kế hoạch',
  languageLabel: 'Ngôn ngữ',
  languageNames: { vi: 'Tiếng Việt', en: 'English' },
  viewListLabel: 'Các chức năng',
  views: {
    check: {
      title: 'Kiểm tra',
      upcoming: 'Tại đây sẽ có phần kiểm tra báo cáo: nhiệm vụ nào trong kế hoạch đã được báo cáo, đơn vị, kỳ báo cáo và trích dẫn văn bản.',
    },
    insert: {
      title: 'Chèn',
      upcoming: 'Tại đây sẽ có phần chèn vào tài liệu: đề mục theo kế hoạch, trích dẫn văn bản pháp luật và dàn ý báo cáo.',
    },
    templates: {
      title: 'Mẫu',
      upcoming: 'Tại đây sẽ có các mẫu: mẫu báo cáo định kỳ và mẫu kế hoạch của đơn vị.',
    },
    settings: {
      title: 'Cài đặt',
      upcoming: 'Tại đây sẽ có phần cài đặt: chọn kế hoạch, kỳ báo cáo, đơn vị và các quy tắc kiểm tra.',
    },
  },
  documentRegion: 'Tài liệu',
  documentPlaceholder: 'Một báo cáo mẫu sẽ được tải vào đây để thử trợ lý mà không cần Word.',
  loadingOffice: 'Đang kết nối với Word…',
  check: checkVi,
  settings: settingsVi,
  playground: playgroundVi,
  hostNotReady: 'Chức năng này chưa dùng được trong Word.',
};

const en: Strings = {
  productName: 'PCTN report assistant',
  productTagline: 'Check anti-corruption reports against the work plan',
  languageLabel: 'Language',
  languageNames: { vi: 'Tiếng Việt', en: 'English' },
  viewListLabel: 'Views',
  views: {
    check: {
      title: 'Check',
      upcoming: 'The report check will come here: which plan tasks the report covers, units, the reporting period and legal citations.',
    },
    insert: {
      title: 'Insert',
      upcoming: 'Inserting into the document will come here: headings from the plan, legal citations and the report outline.',
    },
    templates: {
      title: 'Templates',
      upcoming: 'Templates will come here: the periodic report template and the unit plan template.',
    },
    settings: {
      title: 'Settings',
      upcoming: 'Settings will come here: the plan, the reporting period, the unit and the check rules.',
    },
  },
  documentRegion: 'Document',
  documentPlaceholder: 'A sample report will load here so you can try the assistant without Word.',
  loadingOffice: 'Connecting to Word…',
  check: checkEn,
  settings: settingsEn,
  playground: playgroundEn,
  hostNotReady: 'This is not available in Word yet.',
};

export const STRINGS: Record<Language, Strings> = { vi, en };

export function stringsFor(language: Language): Strings {
  return STRINGS[language];
}

/** Office's display language ("en-US", "vi-VN", …) → the pane's language: English only when it starts with "en". */
export function languageFromDisplayLanguage(displayLanguage: string | undefined | null): Language {
  return displayLanguage && displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
