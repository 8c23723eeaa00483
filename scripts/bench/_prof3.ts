import { performance } from 'node:perf_hooks';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { readDocx } from '../../src/docx';
import { generateReport } from './docx';
(async () => {
const bytes = await generateReport(5000);
const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
console.log('xml chars', xml.length);
const p2 = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false, ignoreDeclaration: true, processEntities: false });
function t(name: string, f: () => unknown) { f(); const s = performance.now(); for (let i = 0; i < 5; i++) f(); console.log(name, ((performance.now() - s) / 5).toFixed(2), 'ms'); }
t('unzip', () => unzipSync(bytes));
t('validate', () => XMLValidator.validate(xml));
t('parse', () => p2.parse(xml));
t('readDocx', () => readDocx(bytes));
})();
