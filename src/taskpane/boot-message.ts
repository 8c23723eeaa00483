import { OfficeUnavailableError } from '../word/office-ready';

/** Plain DOM, no React: this must show even when the app itself cannot start. */
export function showBootFailure(root: HTMLElement, error: unknown): void {
  const { vi, en } = describeBootFailure(error);
  const box = document.createElement('div');
  box.className = 'boot-message';
  box.setAttribute('role', 'alert');
  box.id = 'office-unavailable-message';
  box.dataset.reason = error instanceof OfficeUnavailableError ? error.reason : 'error';
  box.append(
    element('h1', 'Không kết nối được với Word', 'vi'),
    element('p', vi, 'vi'),
    element('h1', 'Cannot reach Office', 'en'),
    element('p', en, 'en'),
  );
  root.replaceChildren(box);
}

function describeBootFailure(error: unknown): { vi: string; en: string } {
  if (error instanceof OfficeUnavailableError) return { vi: error.vi, en: error.en };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    vi: `Trợ lý không khởi động được: ${detail}`,
    en: `The assistant could not start: ${detail}`,
  };
}

function element(tag: 'h1' | 'p', text: string, lang: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  node.lang = lang;
  return node;
}
