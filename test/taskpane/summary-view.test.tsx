/**
 * @jest-environment jsdom
 */
import './jsdom-globals';
import { File as NodeFile } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { PlaygroundStore } from '../../src/playground/document/store';
import { PlaygroundHost } from '../../src/playground/host';
import { readDocx } from '../../src/docx';
import { checkReport } from '../../src/check';
import { plan2023 } from '../../src/plan';
import { summarize } from '../../src/summary/summarize';
import { LocalPlanStore } from '../../src/taskpane/plan/plan-store';
import { mergeFiles, outputNames, paragraphCount } from '../../src/taskpane/summary/summary-logic';
import { buttonNamed, click, mount, waitFor } from './render';

const CORPUS = join(__dirname, '..', 'fixtures', 'corpus');
const SAMPLE = join(__dirname, '..', '..', 'src', 'playground', 'samples', 'bao-cao-quy-1-2023.docx');
const TODAY = '2023-05-01';
const FILES = ['w2-05', 'w2-08', 'w3-01', 'w1-04'];

const nodeFile = (bytes: Uint8Array | string, name: string) => new NodeFile([bytes], name) as unknown as File;
const corpusFile = (id: string) => nodeFile(new Uint8Array(readFileSync(join(CORPUS, `${id}.docx`))), `${id}.docx`);
const tabTitle = (t: Element) => t.querySelector('.fui-Tab__content')?.textContent;
const tab = (root: ParentNode, name: string) => [...root.querySelectorAll('[role="tab"]')].find((t) => tabTitle(t) === name)!;

function sampleHost() {
  const store = new PlaygroundStore();
  store.open('bao-cao.docx', readDocx(new Uint8Array(readFileSync(SAMPLE))).paragraphs);
  return { store, host: new PlaygroundHost(store) };
}

async function choose(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** What the engine says in Node for the same files: the view must show the same. */
function expected(period?: 'H1') {
  const inputs = FILES.map((id) => ({ file: `${id}.docx`, result: checkReport(plan2023, readDocx(new Uint8Array(readFileSync(join(CORPUS, `${id}.docx`)))), { today: TODAY }) }));
  return summarize(plan2023, [...inputs, { file: 'hong.docx', result: { error: { vi: '', en: '' } } }], { today: TODAY, ...(period ? { period: { code: period } } : {}) });
}

// Fluent's MessageBar watches its width for the auto layout; jsdom has no ResizeObserver.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

jest.setTimeout(30_000);
beforeEach(() => window.localStorage.clear());

describe('the Summary view', () => {
  test('several reports and an unreadable file: the table, the units not yet reported, the matrix and its evidence', async () => {
    const { store, host } = sampleHost();
    const { container, unmount } = await mount(
      <FluentProvider theme={webLightTheme}>
        <App language="vi" onLanguageChange={() => undefined} host={host} today={TODAY} planStore={new LocalPlanStore(window.localStorage)} />
      </FluentProvider>,
    );
    try {
      await click(tab(container, 'Tổng hợp'));
      const panel = container.querySelector('[data-view="summary"]')!;
      const input = await waitFor(() => panel.querySelector<HTMLInputElement>('[data-testid="summary-files"]'), 'the file input');
      expect(input.multiple).toBe(true);
      expect(buttonNamed(panel, 'Chọn các báo cáo (.docx)…')).toBeDefined();
      await choose(input, [...FILES.map(corpusFile), nodeFile('không phải docx', 'hong.docx'), nodeFile('x', 'ghi-chu.txt')]);
      expect(panel.querySelector('[data-testid="summary-message"]')?.textContent).toBe('Bỏ qua tệp không phải .docx: ghi-chu.txt.');
      const table = await waitFor(() => panel.querySelector('[data-testid="summary-reports"]'), 'the submissions table', 20_000);
      const want = expected();
      expect(panel.querySelector('[data-testid="summary-title"]')?.textContent).toBe('Tổng hợp báo cáo quý I năm 2023 (5 tệp)');
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows.map((r) => r.getAttribute('data-file'))).toEqual([...FILES.map((id) => `${id}.docx`), 'hong.docx']);
      for (const [i, row] of want.reports.entries()) {
        if (row.error) continue;
        expect(rows[i]!.querySelector('[data-field="unit"]')?.textContent).toBe(row.unit?.name ?? 'Không rõ đơn vị');
        expect(rows[i]!.getAttribute('data-included')).toBe(String(row.included));
      }
      expect(rows[0]!.querySelector('[data-field="date"]')?.textContent).toBe('Ngày: 02/03/2023');
      expect(rows[0]!.querySelector('[data-field="due"]')?.textContent).toBe('Hạn: 05/03/2023');
      expect(rows[3]!.querySelector('[data-field="verdict"]')?.textContent).toBe('Kỳ khác, không tính vào tổng hợp');
      expect(rows[4]!.querySelector('[data-field="verdict"]')?.textContent).toMatch(/^Không đọc được: /);

      const absent = [...panel.querySelectorAll('[data-testid="summary-absent"] li')].map((li) => li.getAttribute('data-unit'));
      expect(absent).toEqual(want.units.filter((u) => u.mustReport && !u.received).map((u) => u.id));

      // The matrix: every cell the engine's state, in words.
      const matrix = panel.querySelector('[data-testid="summary-matrix"]')!;
      for (const [task, cells] of Object.entries(want.matrix)) {
        for (const [unit, state] of Object.entries(cells)) {
          expect(matrix.querySelector(`tr[data-task="${task}"] td[data-unit="${unit}"]`)?.getAttribute('data-state')).toBe(state);
        }
      }
      const evidence = want.evidence.find((e) => e.unit === 'VP')!;
      const cell = matrix.querySelector(`tr[data-task="${evidence.task}"] td[data-unit="VP"] button`)!;
      expect(cell.textContent).toBe('đã báo cáo');
      expect(cell.getAttribute('aria-label')).toBe(`đã báo cáo: nhiệm vụ ${evidence.task}, Văn phòng Sở`);
      await click(cell);
      const opened = panel.querySelector('[data-testid="summary-evidence"]')!;
      expect(cell.getAttribute('aria-expanded')).toBe('true');
      expect(opened.querySelector('h4')?.textContent).toBe(`Căn cứ: Văn phòng Sở, nhiệm vụ ${evidence.task}`);
      const passages = [...opened.querySelectorAll('[data-testid="summary-passage"]')].map((li) => li.textContent);
      expect(passages).toEqual(want.evidence.filter((e) => e.unit === 'VP' && e.task === evidence.task).map((e) => `w2-05.docx, đoạn ${e.paragraph + 1}${e.text}`));
      // A missing cell opens too, and says there is no passage.
      const missing = matrix.querySelector('td[data-state="missing"] button')!;
      await click(missing);
      expect(panel.querySelector('[data-testid="summary-evidence"]')?.textContent).toContain('Không có đoạn văn nào (thiếu).');

      // Insert the draft: added at the end, the existing paragraphs unchanged.
      const before = store.getSnapshot().paragraphs.map((p) => p.text);
      await click(buttonNamed(panel, 'Chèn dự thảo tổng hợp')!);
      await waitFor(() => panel.querySelector('[data-testid="summary-message"]')?.textContent?.startsWith('Đã chèn dự thảo tổng hợp'), 'inserted');
      const after = store.getSnapshot().paragraphs.map((p) => p.text);
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.length).toBeGreaterThan(before.length);
      expect(after.join('\n')).toContain(`Văn phòng Sở: ${evidence.text.slice(0, 30)}`);

      // The draft .docx: a Blob through a temporary link.
      const blobs: Blob[] = [];
      const created = jest.fn((blob: Blob) => (blobs.push(blob), 'blob:summary'));
      Object.assign(URL, { createObjectURL: created, revokeObjectURL: () => undefined });
      const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        expect(this.download).toBe('du-thao-tong-hop-pctn-Q1-2023.docx');
      });
      await click(buttonNamed(panel, 'Tải dự thảo tổng hợp (.docx)')!);
      await waitFor(() => blobs.length > 0, 'the draft blob');
      expect(clicked).toHaveBeenCalledTimes(1);
      const bytes = await new Promise<Uint8Array>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(blobs[0]!);
      });
      expect(readDocx(bytes).paragraphs.some((p) => p.text.startsWith('Văn phòng Sở: '))).toBe(true);
      clicked.mockRestore();

      // Another period: the files of the first quarter are no longer counted.
      const select = panel.querySelector<HTMLSelectElement>('[data-testid="summary-period"]')!;
      expect(select.options[0]!.textContent).toBe('Tự nhận: Quý I 2023');
      await act(async () => {
        select.value = 'H1';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await waitFor(() => panel.querySelector('[data-testid="summary-title"]')?.textContent === 'Tổng hợp báo cáo 6 tháng đầu năm 2023 (5 tệp)', 'the H1 summary');
      const h1 = expected('H1');
      expect([...panel.querySelectorAll('[data-testid="summary-reports"] tbody tr')].map((r) => r.getAttribute('data-included'))).toEqual(h1.reports.map((r) => String(r.included)));
    } finally {
      await unmount();
    }
  });

  test('English strings; the view logic on its own', async () => {
    const { host } = sampleHost();
    const { container, unmount } = await mount(
      <FluentProvider theme={webLightTheme}>
        <App language="en" onLanguageChange={() => undefined} host={host} today={TODAY} planStore={new LocalPlanStore(window.localStorage)} />
      </FluentProvider>,
    );
    try {
      await click(tab(container, 'Summary'));
      const panel = container.querySelector('[data-view="summary"]')!;
      await waitFor(() => buttonNamed(panel, 'Choose reports (.docx)…'), 'the English view');
      const input = panel.querySelector<HTMLInputElement>('[data-testid="summary-files"]')!;
      await choose(input, [nodeFile('not a docx', 'broken.docx')]);
      const row = await waitFor(() => panel.querySelector('[data-testid="summary-reports"] tbody tr'), 'the one row');
      expect(row.querySelector('[data-field="verdict"]')?.textContent).toMatch(/^Unreadable: /);
      expect(panel.querySelector('[data-testid="summary-title"]')?.textContent).toBe("No file's reporting period was recognised: choose the period to summarise.");
      expect(buttonNamed(panel, 'Insert the consolidated draft')?.disabled).toBe(true);
    } finally {
      await unmount();
    }
    expect(mergeFiles([{ name: 'a' }, { name: 'b', v: 1 }], [{ name: 'b', v: 2 }, { name: 'c' }])).toEqual([{ name: 'a' }, { name: 'b', v: 2 }, { name: 'c' }]);
    expect(outputNames({ period: { code: '9M', year: 2024 } } as never)).toEqual({ xlsx: 'tong-hop-pctn-9M-2024.xlsx', docx: 'du-thao-tong-hop-pctn-9M-2024.docx' });
    expect(paragraphCount([{ kind: 'pageSetup' } as never, { kind: 'paragraph', runs: [] } as never])).toBe(1);
  });
});
