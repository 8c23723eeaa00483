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

const CITING = 'Đơn vị đã quán triệt Nghị định số 59/2019/NĐ-CP đến toàn thể công chức, viên chức.';

describe('Kiểm tra trong Word: "Ghi đầy đủ" một trích dẫn rút gọn', () => {
  test('mở gợi ý, bấm "Ghi đầy đủ": trích dẫn thành dạng đầy đủ (chữ cũ giữ dưới dạng thay đổi được theo dõi), kiểm tra lại hết gợi ý đó', async () => {
    const fake = new FakeWordDocument([...REPORT.slice(0, 8), { text: CITING }, ...REPORT.slice(8)].map((spec) => ({ ...spec })), { wordApiMinor: 4 });
    const host = new WordHost(fake.run, { isSetSupported: fake.isSetSupported, settings: new FakeOfficeSettings() });
    const { container, unmount } = await mount(
      <FluentProvider theme={webLightTheme}>
        <App language="vi" onLanguageChange={() => undefined} host={host} today="2023-03-01" planStore={new LocalPlanStore(memoryStorage())} />
      </FluentProvider>,
    );
    try {
      const toggle = await waitFor(() => container.querySelector<HTMLButtonElement>('[data-testid="suggestions-toggle"]'), 'the suggestions toggle');
      await click(toggle);
      const row = await waitFor(
        () => [...container.querySelectorAll('[data-testid="suggestions"] li')].find((li) => li.querySelector('[data-testid="fix-text"]')?.textContent === 'Ghi đầy đủ'),
        'the short first mention',
      );
      const button = row.querySelector<HTMLButtonElement>('[data-testid="fix-text"]')!;
      expect(button.getAttribute('aria-label')).toMatch(/^Ghi đầy đủ: “Nghị định số 59\/2019\/NĐ-CP ngày 01\/7\/2019 của Chính phủ quy định chi tiết/);
      await click(button);
      await waitFor(() => container.textContent?.includes('chữ cũ được giữ dưới dạng thay đổi được theo dõi'), 'the announcement');
      const paragraph = fake.paragraphs.find((p) => p.originalText === CITING)!;
      expect(paragraph.parts).toContainEqual({ deleted: 'Nghị định số 59/2019/NĐ-CP' });
      expect(paragraph.currentText).toMatch(/^Đơn vị đã quán triệt Nghị định số 59\/2019\/NĐ-CP ngày 01\/7\/2019 của Chính phủ/);
      await waitFor(() => ![...container.querySelectorAll('[data-testid="fix-text"]')].some((b) => b.textContent === 'Ghi đầy đủ'), 'the suggestion gone after the re-check');
    } finally {
      await unmount();
    }
  });
});
