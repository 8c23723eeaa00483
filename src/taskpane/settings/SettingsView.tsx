/** Settings: the unit, period and year overrides, the plan (built in, or a JSON file), the language. */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Button, Checkbox, Dropdown, Field, Input, makeStyles, MessageBar, MessageBarBody, Option, Spinner, Text, tokens } from '@fluentui/react-components';
import type { PeriodCode } from '../../plan/schema';
import type { Bilingual } from '../../errors/app-error';
import { isAppError } from '../../errors/app-error';
import { PERIOD_CODES, type CheckSettings } from '../check-settings';
import { useEngine } from '../load-engine';
import { LANGUAGES, stringsFor, type Language } from '../i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  intro: { display: 'block' },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'center' },
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  hidden: { display: 'none' },
});

const DETECT = '';

export interface SettingsViewProps {
  settings: CheckSettings;
  onSettingsChange: (settings: CheckSettings) => void;
  language: Language;
  onLanguageChange: (language: Language) => void;
  hostDescription: string;
  /** Back to the built-in plan, clearing a saved one; resolves to the storage's error, if any. */
  onUseBuiltInPlan: () => Promise<Bilingual | null>;
  /** Opens the Plan view, where plans are imported, reviewed and saved. */
  onOpenPlanView: () => void;
}

type PlanMessage = { intent: 'success'; text: string } | { intent: 'warning'; error: Bilingual } | { intent: 'error'; title: string; error: Bilingual; details: readonly Bilingual[] };

export function SettingsView({ settings, onSettingsChange, language, onLanguageChange, hostDescription, onUseBuiltInPlan, onOpenPlanView }: SettingsViewProps) {
  const styles = useStyles();
  const strings = stringsFor(language);
  const s = strings.settings;
  const fileInput = useRef<HTMLInputElement>(null);
  const fileInputId = useId();
  const [yearText, setYearText] = useState(settings.year === undefined ? '' : String(settings.year));
  const [planMessage, setPlanMessage] = useState<PlanMessage | null>(null);
  const engine = useEngine();
  const plan = settings.plan ?? engine?.plan2023 ?? null;
  const periods = PERIOD_CODES;
  const planYear = plan?.meta.year ?? new Date().getFullYear();
  const yearValid = yearText.trim() === '' || (/^\d{4}$/.test(yearText.trim()) && Number(yearText) >= 2000 && Number(yearText) <= 2100);
  const periodName = (code: PeriodCode) => strings.check.period(code, settings.year ?? planYear);
  const unitName = (id: string | undefined) => (id ? (plan?.units.find((u) => u.id === id)?.name ?? id) : s.detect);

  const update = (change: Partial<CheckSettings>) => {
    const next: CheckSettings = { ...settings, ...change };
    for (const key of ['unit', 'period', 'year'] as const) if (next[key] === undefined) delete next[key];
    onSettingsChange(next);
  };

  const loadPlan = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !engine) return;
    try {
      // The validator (zod) loads only when someone picks a plan file.
      const { parsePlanJson } = await import(/* webpackChunkName: "plan-loader" */ '../../plan/load');
      const loaded = parsePlanJson(await file.text());
      const unit = loaded.units.some((u) => u.id === settings.unit) ? settings.unit : undefined;
      update({ plan: loaded, planSource: { kind: 'file', name: file.name }, unit });
      setPlanMessage({ intent: 'success', text: s.planLoaded(file.name) });
    } catch (error) {
      const message = isAppError(error) ? { vi: error.vi, en: error.en } : { vi: String(error), en: String(error) };
      setPlanMessage({ intent: 'error', title: s.planFailed(file.name), error: message, details: isAppError(error) ? error.details : [] });
    }
  };

  if (!plan) {
    return (
      <div className={styles.form}>
        <Text className={styles.intro}>{s.intro}</Text>
        <Spinner size="tiny" />
      </div>
    );
  }

  return (
    <div className={styles.form}>
      <Text className={styles.intro}>{s.intro}</Text>
      <Field label={s.unitLabel}>
        <Dropdown
          value={unitName(settings.unit)}
          selectedOptions={[settings.unit ?? DETECT]}
          onOptionSelect={(_e, data) => update({ unit: data.optionValue ? data.optionValue : undefined })}
        >
          <Option value={DETECT}>{s.detect}</Option>
          {plan.units.map((unit) => (
            <Option key={unit.id} value={unit.id}>
              {unit.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={s.periodLabel}>
        <Dropdown
          value={settings.period ? periodName(settings.period) : s.detect}
          selectedOptions={[settings.period ?? DETECT]}
          onOptionSelect={(_e, data) => update({ period: periods.find((code) => code === data.optionValue) })}
        >
          <Option value={DETECT}>{s.detect}</Option>
          {periods.map((code) => (
            <Option key={code} value={code}>
              {periodName(code)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={s.yearLabel} hint={s.yearHint} validationMessage={yearValid ? undefined : s.yearInvalid}>
        <Input
          inputMode="numeric"
          value={yearText}
          placeholder={String(planYear)}
          onChange={(_e, data) => {
            setYearText(data.value);
            const text = data.value.trim();
            if (text === '') update({ year: undefined });
            else if (/^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100) update({ year: Number(text) });
          }}
        />
      </Field>
      <Field hint={s.leadUnitsHint}>
        <Checkbox
          label={s.leadUnits}
          checked={settings.leadUnits === true}
          onChange={(_e, data) => update({ leadUnits: data.checked === true })}
          data-testid="lead-units"
        />
      </Field>
      <Field label={s.planLabel}>
        <Text data-testid="plan-name">
          {settings.planSource.kind === 'builtIn'
            ? s.builtInPlan(plan.meta.number, planYear)
            : settings.planSource.kind === 'saved'
              ? s.savedPlan(settings.planSource.name)
              : s.customPlan(settings.planSource.name)}
        </Text>
      </Field>
      <div className={styles.row}>
        <input id={fileInputId} ref={fileInput} type="file" accept=".json,application/json" className={styles.hidden} onChange={(e) => void loadPlan(e)} data-testid="plan-file" />
        <Button onClick={() => fileInput.current?.click()}>{s.loadPlan}</Button>
        <Button onClick={onOpenPlanView}>{s.openPlanView}</Button>
        {settings.planSource.kind !== 'builtIn' ? (
          <Button
            onClick={() => {
              setPlanMessage(null);
              void onUseBuiltInPlan().then((error) => error && setPlanMessage({ intent: 'warning', error }));
            }}
          >
            {s.useBuiltInPlan}
          </Button>
        ) : null}
      </div>
      {planMessage ? (
        <MessageBar intent={planMessage.intent} data-testid="plan-message">
          <MessageBarBody>
            {planMessage.intent === 'success' ? (
              planMessage.text
            ) : planMessage.intent === 'warning' ? (
              planMessage.error[language]
            ) : (
              <>
                {planMessage.title} {planMessage.error[language]}
                {planMessage.details.length > 0 ? (
                  <ul className={styles.details}>
                    {planMessage.details.slice(0, 20).map((detail, i) => (
                      <li key={i}>{detail[language]}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label={s.languageLabel}>
        <Dropdown
          value={strings.languageNames[language]}
          selectedOptions={[language]}
          onOptionSelect={(_e, data) => onLanguageChange(data.optionValue === 'en' ? 'en' : 'vi')}
        >
          {LANGUAGES.map((option) => (
            <Option key={option} value={option} text={strings.languageNames[option]}>
              <span lang={option}>{strings.languageNames[option]}</span>
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Text size={200}>
        {s.hostLabel}: {hostDescription}
      </Text>
    </div>
  );
}
