import { createRoot } from 'react-dom/client';
import { officeTimeoutFromQuery, waitForOffice } from '../word/office-ready';
import { showBootFailure } from './boot-message';
import { languageFromDisplayLanguage } from './i18n';
import { TaskpaneRoot } from './TaskpaneRoot';

async function boot(root: HTMLElement): Promise<void> {
  const office = await waitForOffice(officeTimeoutFromQuery(window.location.search));
  createRoot(root).render(<TaskpaneRoot initialLanguage={languageFromDisplayLanguage(office.displayLanguage)} />);
}

const root = document.getElementById('root');
if (root) {
  boot(root).catch((error: unknown) => {
    console.error(error);
    showBootFailure(root, error);
  });
} else {
  console.error('Không thấy phần tử #root trong trang. / The page has no #root element.');
}
