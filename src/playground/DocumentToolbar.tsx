import { useId, useRef } from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { PlaygroundStrings } from '../taskpane/strings/playground';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
  name: { fontWeight: tokens.fontWeightSemibold },
  hidden: { display: 'none' },
});

export interface DocumentToolbarProps {
  strings: PlaygroundStrings;
  name: string;
  onOpen: (file: File) => void;
  onDownload: () => void;
  canDownload: boolean;
}

export function DocumentToolbar({ strings, name, onOpen, onDownload, canDownload }: DocumentToolbarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  return (
    <div className={styles.bar}>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        className={styles.hidden}
        data-testid="open-docx"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onOpen(file);
        }}
      />
      <Button onClick={() => input.current?.click()}>{strings.openFile}</Button>
      <Button onClick={onDownload} disabled={!canDownload}>
        {strings.download}
      </Button>
      {name ? <Text className={styles.name} data-testid="document-name">{name}</Text> : null}
      <Text size={200} className={styles.hint}>
        {strings.dropHint}
      </Text>
    </div>
  );
}
