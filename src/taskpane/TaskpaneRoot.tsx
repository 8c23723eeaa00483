import { useMemo, useState } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { type Language, stringsFor } from './i18n';
import { useDocumentLanguage } from './useDocumentLanguage';
import { todayIso } from './check/dates';
import { WordHostPlaceholder } from './word-host-placeholder';

export function TaskpaneRoot({ initialLanguage }: { initialLanguage: Language }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  useDocumentLanguage(language, stringsFor(language).productName);
  const host = useMemo(() => new WordHostPlaceholder(), []);
  return (
    <FluentProvider theme={webLightTheme}>
      <App language={language} onLanguageChange={setLanguage} host={host} today={todayIso()} />
    </FluentProvider>
  );
}
