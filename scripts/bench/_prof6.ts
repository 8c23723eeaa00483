import { performance } from 'node:perf_hooks';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { generateReport } from './docx';
(async () => {
const bytes = await generateReport(5000);
const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
const base = { preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false, ignoreDeclaration: true, processEntities: false } as const;
const keep = new Set(['w:val', 'w:fldCharType', 'w:char', 'w:type', 'w:id', 'w:ilvl', 'w:ascii', 'w:hAnsi', 'w:cs']);
const p1 = new XMLParser(base);
const p2 = new XMLParser({ ...base, ignoreAttributes: (name: string) => !keep.has(name) } as never);
const p3 = new XMLParser({ ...base, ignoreAttributes: (name: string) => !keep.has(name), stopNodes: ['*.w:sectPr', '*.w:drawing', '*.w:pict', '*.w:tblPr', '*.w:tcPr'] } as never);
const p4 = new XMLParser({ ...base, ignoreAttributes: true } as never);
function t(name: string, f: () => unknown) { f(); const s = performance.now(); for (let i = 0; i < 5; i++) f(); console.log(name, ((performance.now() - s) / 5).toFixed(2), 'ms'); }
for (let r = 0; r < 2; r++) {
t('all attrs', () => p1.parse(xml));
t('filtered', () => p2.parse(xml));
t('filtered+stop', () => p3.parse(xml));
t('no attrs', () => p4.parse(xml));
}
console.log(JSON.stringify(p2.parse('<a w:val="1" w:rsid="2"><b/></a>')));
})();
