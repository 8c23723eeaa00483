import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { reportTemplate } from '../../src/compose';
import { writeDocx } from '../../src/docx/write';
import { plan2023 } from '../../src/plan';

/** The add-in's own clean report template (Phòng Công chức, viên chức, quý I/2023) as a .docx. */
const CLEAN = writeDocx(reportTemplate(plan2023, { unit: 'CCVC', period: 'Q1' }));

/** The clean template with changes to document.xml, each of which must apply. */
export function editedTemplate(changes: readonly (readonly [string | RegExp, string])[]): Uint8Array {
  const files = unzipSync(CLEAN);
  let xml = strFromU8(files['word/document.xml']!);
  for (const [from, to] of changes) {
    const changed = xml.replace(from, to);
    if (changed === xml) throw new Error(`the change did not apply: ${String(from)}`);
    xml = changed;
  }
  return zipSync({ ...files, 'word/document.xml': strToU8(xml) });
}
