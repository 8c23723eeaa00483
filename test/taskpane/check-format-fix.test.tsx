/**
 * @jest-environment jsdom
 */
import './jsdom-globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { WordHost } from '../../src/word/host';
import { FakeOfficeSettings, FakeWordDocument } from '../support/fake-word';
import { REPORT } from '../word/fixtures';
import { click, mount, waitFor } from './render';
import { memoryStorage } from '../support/memory-storage';
import { LocalPlanStore } from '../../src/taskpane/plan/plan-store';

jest.setTimeout(20_000);

describe('Kiểm tra trong Word: "Sửa định dạng" một phát hiện thể thức', () => {
  test('văn bản gõ phông Calibri: bấm sửa, mọi đoạn có chữ sang Times New Roman, chữ giữ nguyên, kiểm tra lại hết phát hiện', async () => {
    // The fake's paragraphs are in Calibri unless a spec says otherwise, as a new Word document is.
    const fake = new FakeWordDocument(REPORT.map((spec) => ({ ...spec })));
    const host = new WordHost(fake.run, { isSetSupported: fake.isSetSupported, settings: new FakeOfficeSettings() });
    const before = fake.paragraphs.map((p) => p.wordText);
    const { container, unmount } = await mount(
      <FluentProvider theme={webLightTheme}>
        <App language="vi" onLanguageChange={() => undefined} host={host} today="2023-03-01" planStore={new LocalPlanStore(memoryStorage())} />
      </FluentProvider>,
    );
    try {
      const other = await waitFor(() => container.querySelector('[data-group="other"]'), 'the other findings');
      const fontRow = await waitFor(() => [...other.querySelectorAll('li')].find((li) => li.textContent?.includes('Văn bản dùng phông Calibri')), 'the font finding');
      const button = fontRow.querySelector<HTMLButtonElement>('[data-testid="fix-format"]')!;
      expect(button.textContent).toBe('Sửa định dạng');
      expect(button.getAttribute('aria-label')).toMatch(/^Sửa định dạng: Văn bản dùng phông Calibri/);
      await click(button);
      await waitFor(() => container.textContent?.includes('Đã sửa định dạng (chữ trong văn bản giữ nguyên)'), 'the announcement');
      await waitFor(() => ![...container.querySelectorAll('[data-group="other"] li')].some((li) => li.textContent?.includes('Văn bản dùng phông')), 'the finding gone after the re-check');
      expect(fake.paragraphs.map((p) => p.wordText)).toEqual(before);
      expect(fake.paragraphs.filter((p) => p.wordText.trim() !== '').every((p) => p.spec.fontName === 'Times New Roman')).toBe(true);
    } finally {
      await unmount();
    }
  });
});
