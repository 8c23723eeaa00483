import { useEffect } from 'react';
import type { Language } from './i18n';

/** Keeps <html lang> and the page title in step with the language the user chose. */
export function useDocumentLanguage(language: Language, title: string): void {
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = title;
  }, [language, title]);
}
