import { readDocx } from '../../src/docx';
import { generateReport } from './docx';
(async () => { const bytes = await generateReport(5000); for (let i = 0; i < 6; i++) readDocx(bytes); })();
