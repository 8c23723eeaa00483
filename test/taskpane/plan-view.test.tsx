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
import { LocalPlanStore, PLAN_STORAGE_KEY } from '../../src/taskpane/plan/plan-store';
import { buttonNamed, click, mount, type, waitFor } from './render';

const PLAN_DOCX = join(__dirname, '..', 'fixtures', 'e2e', 'plan-2023', 'plan.docx');

function planHost() {
  const store = new PlaygroundStore();
  store.open('ke-hoach-2023.docx', readDocx(new Uint8Array(readFileSync(PLAN_DOCX))).paragraphs);
  return new PlaygroundHost(store);
}

function renderApp(planStore: LocalPlanStore, host = planHost()) {
  return mount(
    <FluentProvider theme={webLightTheme}>
      <App language="vi" onLanguageChange={() => undefined} host={host} today="2023-03-01" planStore={planStore} />
    </FluentProvider>,
  );
}

// Fluent renders a tab's title twice (once hidden, to reserve the bold width): the first copy is the title.
// jsdom's File has no text() or arrayBuffer(); Node's has both, as browsers do.
const nodeFile = (parts: string[], name: string, options?: { type: string }) => new NodeFile(parts, name, options) as unknown as File;

const tabTitle = (t: Element) => t.querySelector('.fui-Tab__content')?.textContent;
const tab = (root: ParentNode, name: string) => [...root.querySelectorAll('[role="tab"]')].find((t) => tabTitle(t) === name)!;

jest.setTimeout(20_000);
beforeEach(() => window.localStorage.clear());

describe('the Plan view', () => {
  test('import the open document, review doubts on rows, fix a unit, save: the pane uses it and it is stored', async () => {
    const planStore = new LocalPlanStore(window.localStorage);
    const { container, unmount } = await renderApp(planStore);
    try {
      expect([...container.querySelectorAll('[role="tab"]')].map(tabTitle)).toEqual(['Kiểm tra', 'Kế hoạch', 'Tổng hợp', 'Chèn', 'Mẫu', 'Cài đặt']);
      await click(tab(container, 'Kế hoạch'));
      const panel = container.querySelector('[data-view="plan"]')!;
      await waitFor(() => panel.querySelector('[data-testid="plan-in-use"]')?.textContent?.includes('(có sẵn)'), 'the built-in plan named');
      await click(buttonNamed(panel, 'Dùng văn bản này làm kế hoạch')!);
      const table = await waitFor(() => panel.querySelector('[data-testid="plan-items"]'), 'the items table');
      expect(panel.querySelector('[data-testid="plan-view-message"]')?.textContent).toMatch(/^Đã đọc kế hoạch từ ke-hoach-2023\.docx: \d+ nhiệm vụ/);
      const rows = table.querySelectorAll('tbody tr[data-item-id]');
      expect(rows.length).toBeGreaterThanOrEqual(20);
      // A doubt about one task sits on its row, in words; the others are listed above the table.
      const doubtful = table.querySelector('tr[data-doubt="true"]')!;
      expect(doubtful.querySelector('[data-testid="item-doubt"]')?.textContent).toMatch(/^Cần xem lại: /);
      expect(panel.querySelector('[data-testid="plan-doubts"]')?.textContent).toMatch(/điểm cần xem lại/);
      expect(table.querySelector('caption')?.textContent).toMatch(/nhiệm vụ cần xem lại/);

      // Fix the first unit: a new alias.
      const aliases = panel.querySelector<HTMLTextAreaElement>('[data-testid="unit-aliases"]')!;
      await type(aliases, `${aliases.value}\nCơ quan thử nghiệm`.trim());
      // An empty name is shown as a problem and blocks saving.
      const name = panel.querySelector<HTMLInputElement>('[data-testid="unit-name"]')!;
      const original = name.value;
      await type(name, '');
      expect(panel.textContent).toContain('Tên đơn vị không được để trống.');
      await click(buttonNamed(panel, 'Lưu và dùng kế hoạch này')!);
      await waitFor(() => panel.querySelector('[data-testid="plan-view-message"]')?.textContent?.startsWith('Kế hoạch chưa hợp lệ, chưa lưu:'), 'the validation problems');
      expect(panel.querySelector('[data-testid="plan-view-message"] li')?.textContent).toMatch(/^units\[0\]\.name: không được để trống/);
      expect(window.localStorage.getItem(PLAN_STORAGE_KEY)).toBeNull();

      await type(name, `${original} mới`);

      // The reporting schedule as read, with the plan's words; a wrong day is refused, a right one kept.
      const schedule = panel.querySelector('[data-testid="schedule-editor"]')!;
      expect([...schedule.querySelectorAll('[role="group"]')].map((r) => r.getAttribute('data-period'))).toEqual(['Q1', 'H1', '9M', 'Y']);
      const q1 = schedule.querySelector<HTMLInputElement>('[data-testid="period-due-Q1"]')!;
      expect(q1.value).toBe('05/3');
      expect(schedule.querySelector('[data-period="Q1"]')?.textContent).toContain('Kế hoạch ghi: “');
      await type(q1, '31/4');
      expect(schedule.textContent).toContain('Ghi ngày/tháng, ví dụ 05/6.');
      await type(q1, '08/3');
      expect(schedule.textContent).not.toContain('Ghi ngày/tháng, ví dụ 05/6.');
      await click(buttonNamed(panel, 'Lưu và dùng kế hoạch này')!);
      await waitFor(() => panel.querySelector('[data-testid="plan-view-message"]')?.textContent?.startsWith('Đã lưu và đang dùng kế hoạch'), 'saved');
      expect(panel.querySelector('[data-testid="plan-in-use"]')?.textContent).toBe('Kế hoạch đã lưu: ke-hoach-2023.docx');
      const stored = await planStore.load();
      if (stored.kind !== 'ok') throw new Error('not stored');
      expect(stored.stored.plan.units[0]).toMatchObject({ name: `${original} mới`, aliases: expect.arrayContaining(['Cơ quan thử nghiệm']) });
      expect(stored.stored.plan.reporting.periods.find((p) => p.code === 'Q1')!.due).toEqual({ day: 8, month: 3 });

      // Settings names the same plan.
      await click(tab(container, 'Cài đặt'));
      await waitFor(() => container.querySelector('[data-testid="plan-name"]')?.textContent === 'Kế hoạch đã lưu: ke-hoach-2023.docx', 'the plan in Settings');
    } finally {
      await unmount();
    }
  });

  test('a .json file through the file input; a task\'s roles are edited by keyboard-reachable lists; a bad file says why', async () => {
    const planStore = new LocalPlanStore(window.localStorage);
    const { plan2023 } = await import('../../src/plan');
    const { container, unmount } = await renderApp(planStore);
    const choose = async (input: HTMLInputElement, file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(async () => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    // An option of the list a combobox opened (Fluent renders the list in a portal).
    const option = (combobox: Element, text: string) => {
      const list = document.getElementById(combobox.getAttribute('aria-controls') ?? '');
      return list ? [...list.querySelectorAll('.fui-Option')].find((o) => o.textContent === text) : undefined;
    };
    try {
      await click(tab(container, 'Kế hoạch'));
      const panel = container.querySelector('[data-view="plan"]')!;
      const input = await waitFor(() => panel.querySelector<HTMLInputElement>('[data-testid="plan-import-file"]'), 'the file input');
      await choose(input, nodeFile(['{"meta": 1}'], 'hỏng.json', { type: 'application/json' }));
      const message = await waitFor(() => panel.querySelector('[data-testid="plan-view-message"]'), 'the error');
      expect(message.textContent).toMatch(/^Không đọc được kế hoạch từ hỏng\.json: Tệp kế hoạch không hợp lệ/);
      expect(message.querySelectorAll('li').length).toBeGreaterThan(0);

      await choose(input, nodeFile([JSON.stringify(plan2023)], 'ke-hoach.json', { type: 'application/json' }));
      const table = await waitFor(() => panel.querySelector('[data-testid="plan-items"]'), 'the table');
      const item = plan2023.items.find((i) => i.lead.length === 1 && i.support.length === 0 && plan2023.units.some((u) => u.id === i.lead[0]))!;
      const row = table.querySelector(`tr[data-item-id="${item.id}"]`)!;
      await click(buttonNamed(row, `Sửa đơn vị của nhiệm vụ ${item.id}`)!);
      const editor = await waitFor(() => table.querySelector('fieldset'), 'the roles editor');
      expect(editor.querySelector('legend')?.textContent).toBe(`Đơn vị của nhiệm vụ ${item.id}`);
      // Unselecting the only lead unit is refused with a message.
      const leadBox = editor.querySelector('[data-testid="roles-lead"]')!;
      await click(leadBox);
      const leadName = plan2023.units.find((u) => u.id === item.lead[0])!;
      const leadOption = await waitFor(() => option(leadBox, `${leadName.name} (${leadName.id})`), 'the lead option');
      await click(leadOption);
      expect(editor.textContent).toContain('Nhiệm vụ cần ít nhất một đơn vị chủ trì.');
      expect(row.querySelector('[data-role="lead"]')?.textContent).toBe(`Chủ trì: ${leadName.name}`);
      // Adding a support unit.
      const supportBox = editor.querySelector('[data-testid="roles-support"]')!;
      await click(supportBox);
      const other = plan2023.units.find((u) => !item.lead.includes(u.id))!;
      const supportOption = await waitFor(() => option(supportBox, `${other.name} (${other.id})`), 'the support option');
      await click(supportOption);
      expect(row.querySelector('[data-role="support"]')?.textContent).toBe(`Phối hợp: ${other.name}`);
    } finally {
      await unmount();
    }
  });

  test('"Tải về tệp .json": the edited draft, validated, as a file that loads back as the same plan', async () => {
    const { parsePlan } = await import('../../src/plan/load');
    const { container, unmount } = await renderApp(new LocalPlanStore(window.localStorage));
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: jest.fn((blob: Blob) => (blobs.push(blob), 'blob:plan')), revokeObjectURL: () => undefined });
    const names: string[] = [];
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    try {
      await click(tab(container, 'Kế hoạch'));
      const panel = container.querySelector('[data-view="plan"]')!;
      await click(buttonNamed(panel, 'Dùng văn bản này làm kế hoạch')!);
      await waitFor(() => panel.querySelector('[data-testid="plan-items"]'), 'the items table');
      const aliases = panel.querySelector<HTMLTextAreaElement>('[data-testid="unit-aliases"]')!;
      await type(aliases, `${aliases.value}\nVăn phòng (tên mới năm 2026)`.trim());
      await click(buttonNamed(panel, 'Tải về tệp .json')!);
      await waitFor(() => blobs.length > 0, 'the .json blob');
      expect(names).toEqual([expect.stringMatching(/^ke-hoach-pctn-.*2023\.json$/)]);
      expect(panel.querySelector('[data-testid="plan-view-message"]')?.textContent).toMatch(/^Đã tạo tệp ke-hoach-pctn-.*\.json: gửi tệp này cho các đơn vị/);
      const text = await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(blobs[0]!);
      });
      const plan = parsePlan(JSON.parse(text));
      expect(plan.units[0]?.aliases).toContain('Văn phòng (tên mới năm 2026)');
      expect(plan.items.length).toBeGreaterThanOrEqual(20);
      // Downloading is not choosing: the pane still uses the built-in plan and nothing was stored.
      expect(window.localStorage.getItem(PLAN_STORAGE_KEY)).toBeNull();
    } finally {
      clicked.mockRestore();
      await unmount();
    }
  });

  test('with no store given, the saved plan goes into the document\'s settings and onto this computer', async () => {
    const host = planHost();
    const { container, unmount } = await mount(
      <FluentProvider theme={webLightTheme}>
        <App language="vi" onLanguageChange={() => undefined} host={host} today="2023-03-01" />
      </FluentProvider>,
    );
    try {
      await click(tab(container, 'Kế hoạch'));
      const panel = container.querySelector('[data-view="plan"]')!;
      await click(buttonNamed(panel, 'Dùng văn bản này làm kế hoạch')!);
      await waitFor(() => panel.querySelector('[data-testid="plan-items"]'), 'the items table');
      await click(buttonNamed(panel, 'Lưu và dùng kế hoạch này')!);
      await waitFor(() => panel.querySelector('[data-testid="plan-view-message"]')?.textContent?.startsWith('Đã lưu và đang dùng kế hoạch'), 'saved');
      expect(typeof (await host.getSetting(PLAN_STORAGE_KEY))).toBe('string');
      expect(window.localStorage.getItem(PLAN_STORAGE_KEY)).not.toBeNull();
      await click(buttonNamed(panel, 'Dùng kế hoạch có sẵn (2023)')!);
      await waitFor(() => panel.querySelector('[data-testid="plan-in-use"]')?.textContent?.includes('(có sẵn)'), 'back to the built-in plan');
      expect(await host.getSetting(PLAN_STORAGE_KEY)).toBeUndefined();
      expect(window.localStorage.getItem(PLAN_STORAGE_KEY)).toBeNull();
    } finally {
      await unmount();
    }
  });

  test('at start the stored plan is used; "Dùng kế hoạch có sẵn (2023)" goes back and clears it', async () => {
    const planStore = new LocalPlanStore(window.localStorage);
    const { plan2023 } = await import('../../src/plan');
    await planStore.save({ plan: { ...plan2023, meta: { ...plan2023.meta, year: 2026 } }, name: 'ke-hoach-2026.json', savedAt: '2026-01-01T00:00:00Z' });
    const { container, unmount } = await renderApp(planStore);
    try {
      await click(tab(container, 'Kế hoạch'));
      const panel = container.querySelector('[data-view="plan"]')!;
      await waitFor(() => panel.querySelector('[data-testid="plan-in-use"]')?.textContent === 'Kế hoạch đã lưu: ke-hoach-2026.json', 'the stored plan in use');
      await click(buttonNamed(panel, 'Dùng kế hoạch có sẵn (2023)')!);
      await waitFor(() => panel.querySelector('[data-testid="plan-in-use"]')?.textContent?.includes('(có sẵn)'), 'back to the built-in plan');
      expect(window.localStorage.getItem(PLAN_STORAGE_KEY)).toBeNull();
      expect(panel.querySelector('[data-testid="plan-view-message"]')?.textContent).toMatch(/^Đã quay về kế hoạch có sẵn/);
    } finally {
      await unmount();
    }
  });

  test('an invalid stored plan is dropped with a message; the pane still works', async () => {
    window.localStorage.setItem(PLAN_STORAGE_KEY, JSON.stringify({ format: 'pctn-chosen-plan', version: 1, name: 'hỏng.json', savedAt: '', plan: { items: [] } }));
    const { container, unmount } = await renderApp(new LocalPlanStore(window.localStorage));
    try {
      const notice = await waitFor(() => container.querySelector('[data-testid="plan-notice"]'), 'the notice');
      expect(notice.textContent).toMatch(/^Kế hoạch đã lưu lần trước không dùng được nên đã bỏ/);
      expect(window.localStorage.getItem(PLAN_STORAGE_KEY)).toBeNull();
      await click(tab(container, 'Kế hoạch'));
      await waitFor(() => container.querySelector('[data-testid="plan-in-use"]')?.textContent?.includes('(có sẵn)'), 'the built-in plan in use');
      await click(buttonNamed(notice, 'Đóng thông báo')!);
      expect(container.querySelector('[data-testid="plan-notice"]')).toBeNull();
    } finally {
      await unmount();
    }
  });
});
