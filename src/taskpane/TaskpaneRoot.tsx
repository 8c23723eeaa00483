import { useState } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { type Language, stringsFor } from './i18n';
import { useDocumentLanguage } from './useDocumentLanguage';

export function TaskpaneRoot({ initialLanguage }: { initialLanguage: Language }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  useDocumentLanguage(language, stringsFor(language).productName);
  return (
    <FluentProvider theme={webLightTheme}>
      <App language={language} onLanguageChange={setLanguage} />
    </FluentProvider>
  );
}
