import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { readDocx } from '../../src/docx';
const bytes = new Uint8Array(readFileSync('test/fixtures/corpus/w1-01.docx'));
const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
const p = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false, ignoreDeclaration: true, processEntities: true, htmlEntities: true });
const p2 = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false, ignoreDeclaration: true, processEntities: false });
function t(name: string, f: () => unknown) { f(); const s = performance.now(); for (let i = 0; i < 20; i++) f(); console.log(name, ((performance.now() - s) / 20).toFixed(2), 'ms'); }
t('unzip', () => unzipSync(bytes));
t('validate', () => XMLValidator.validate(xml));
t('parse', () => p.parse(xml));
t('parse no entities', () => p2.parse(xml));
t('readDocx', () => readDocx(bytes));
