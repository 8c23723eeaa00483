/** The task pane's strings: every key exists in Vietnamese (the default) and English. */
import { checkEn, checkVi, type CheckStrings } from './strings/check';
import { planEn, planVi, type PlanStrings } from './strings/plan';
import { playgroundEn, playgroundVi, type PlaygroundStrings } from './strings/playground';
import { settingsEn, settingsVi, type SettingsStrings } from './strings/settings';

export type Language = 'vi' | 'en';

export const LANGUAGES: readonly Language[] = ['vi', 'en'];

export type ViewId = 'check' | 'plan' | 'summary' | 'insert' | 'templates' | 'settings';

export const VIEW_IDS: readonly ViewId[] = ['check', 'plan', 'summary', 'insert', 'templates', 'settings'];

export interface Strings {
  productName: string;
  productTagline: string;
  languageLabel: string;
  languageNames: Record<Language, string>;
  viewListLabel: string;
  views: Record<ViewId, { title: string }>;
  documentRegion: string;
  documentPlaceholder: string;
  loadingOffice: string;
  check: CheckStrings;
  settings: SettingsStrings;
  plan: PlanStrings;
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
    check: { title: 'Kiểm tra' },
    plan: { title: 'Kế hoạch' },
    summary: { title: 'Tổng hợp' },
    insert: { title: 'Chèn' },
    templates: { title: 'Mẫu' },
    settings: { title: 'Cài đặt' },
  },
  documentRegion: 'Tài liệu',
  documentPlaceholder: 'Một báo cáo mẫu sẽ được tải vào đây để thử trợ lý mà không cần Word.',
  loadingOffice: 'Đang kết nối với Word…',
  check: checkVi,
  settings: settingsVi,
  plan: planVi,
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
    check: { title: 'Check' },
    plan: { title: 'Plan' },
    summary: { title: 'Summary' },
    insert: { title: 'Insert' },
    templates: { title: 'Templates' },
    settings: { title: 'Settings' },
  },
  documentRegion: 'Document',
  documentPlaceholder: 'A sample report will load here so you can try the assistant without Word.',
  loadingOffice: 'Connecting to Word…',
  check: checkEn,
  settings: settingsEn,
  plan: planEn,
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
