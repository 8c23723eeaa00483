import { createRoot } from 'react-dom/client';
import { languageFromDisplayLanguage } from '../taskpane/i18n';
import { PlaygroundRoot } from './PlaygroundRoot';

const root = document.getElementById('root');
if (root) {
  // No Office here, so no display language: Vietnamese by default, ?lang=en opens the page in English.
  const requested = new URLSearchParams(window.location.search).get('lang');
  createRoot(root).render(<PlaygroundRoot initialLanguage={languageFromDisplayLanguage(requested ?? 'vi')} />);
} else {
  console.error('Không thấy phần tử #root trong trang. / The page has no #root element.');
}
