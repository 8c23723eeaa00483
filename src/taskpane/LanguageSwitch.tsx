import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { LANGUAGES, type Language, stringsFor } from './i18n';

export interface LanguageSwitchProps {
  language: Language;
  onLanguageChange: (language: Language) => void;
}

export function LanguageSwitch({ language, onLanguageChange }: LanguageSwitchProps) {
  const strings = stringsFor(language);
  return (
    <Field label={strings.languageLabel}>
      <RadioGroup
        layout="horizontal"
        value={language}
        onChange={(_event, data) => onLanguageChange(data.value === 'en' ? 'en' : 'vi')}
      >
        {LANGUAGES.map((option) => (
          <Radio key={option} value={option} label={<span lang={option}>{strings.languageNames[option]}</span>} />
        ))}
      </RadioGroup>
    </Field>
  );
}
