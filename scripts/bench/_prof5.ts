import { performance } from 'node:perf_hooks';
import { unzipSync } from 'fflate';
import { parseXml, rootElement, child, childrenOf } from '../../src/docx/xml';
import { BodyReader } from '../../src/docx/body';
import { StyleSheet } from '../../src/docx/styles';
import { Numbering } from '../../src/docx/numbering';
import { toDocumentModel } from '../../src/document/build';
import { readDocx } from '../../src/docx';
import { generateReport } from './docx';
(async () => {
const bytes = await generateReport(5000);
const files = unzipSync(bytes);
const doc = files['word/document.xml']!;
for (let round = 0; round < 3; round++) {
  let s = performance.now();
  const nodes = parseXml(doc, 'd');
  const a = performance.now() - s; s = performance.now();
  const styles = new StyleSheet(parseXml(files['word/styles.xml']!, 's'));
  const numbering = new Numbering(files['word/numbering.xml'] ? parseXml(files['word/numbering.xml']!, 'n') : null);
  const b = performance.now() - s; s = performance.now();
  const body = child(rootElement(nodes, 'w:document')!, 'w:body')!;
  const reader = new BodyReader({ styles, numbering, maxParagraphs: 1e6 });
  reader.readBlocks(childrenOf(body), null);
  const c = performance.now() - s; s = performance.now();
  toDocumentModel(reader.paragraphs, { host: 'docx' });
  const d = performance.now() - s; s = performance.now();
  readDocx(bytes);
  const e = performance.now() - s;
  console.log({ parseDoc: a.toFixed(0), stylesNum: b.toFixed(0), walk: c.toFixed(0), model: d.toFixed(0), full: e.toFixed(0) });
}
})();
