import { useMemo, useState } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { type Language, stringsFor } from './i18n';
import { useDocumentLanguage } from './useDocumentLanguage';
import { todayIso } from './check/dates';
import { createWordHost } from '../word/host';

export function TaskpaneRoot({ initialLanguage }: { initialLanguage: Language }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  useDocumentLanguage(language, stringsFor(language).productName);
  // Created after Office.onReady (index.tsx renders this root only then): one Word.run per user action.
  const host = useMemo(() => createWordHost(), []);
  return (
    <FluentProvider theme={webLightTheme}>
      <App language={language} onLanguageChange={setLanguage} host={host} today={todayIso()} />
    </FluentProvider>
  );
}
