import { readFileSync } from 'node:fs';
import { readDocx, formatOutline } from '../../src/docx';
for (const file of process.argv.slice(2)) {
  const model = readDocx(new Uint8Array(readFileSync(file)), { name: file });
  console.log('=====', file, model.paragraphs.length, 'paragraphs', model.notes.length, 'notes', JSON.stringify(model.warnings));
  if (process.env.ALL) for (const p of model.paragraphs) console.log(p.index, p.table ? `T${p.table.table}r${p.table.row}c${p.table.cell}` : '', p.bold ? 'B' : '', p.styleName ?? '', p.alignment ?? '', `L=${p.level}`, p.headingSource ?? '', JSON.stringify(p.label), JSON.stringify(p.text.slice(0, 90)));
  console.log(formatOutline(model.outline).join('\n'));
}
