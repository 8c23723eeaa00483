// A folder of labelled reports as the engineer scripts read it: its plan (plan.json, else the built-in 2023 plan) and
// each report's label with its document. Shared by eval, errors and grid.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../src/docx';
import type { DocumentModel } from '../src/document/model';
import { parsePlanJson, plan2023, type Plan } from '../src/plan';
import { ReportLabelSchema, type ReportLabel } from '../src/evaluate/labels';

export interface LabelledReport {
  docx: string;
  label: ReportLabel;
  /** The document, or why it could not be read. */
  model: DocumentModel | Error;
}

export function planOf(dir: string): Plan {
  const file = path.join(dir, 'plan.json');
  return existsSync(file) ? parsePlanJson(readFileSync(file, 'utf8')) : plan2023;
}

export function labelledReports(dir: string): LabelledReport[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'plan.json')
    .sort()
    .flatMap((f): LabelledReport[] => {
      const docx = path.join(dir, f.replace(/\.json$/, '.docx'));
      if (!existsSync(docx)) return [];
      const label = ReportLabelSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
      try {
        return [{ docx, label, model: readDocx(readFileSync(docx), { name: docx }) }];
      } catch (error) {
        return [{ docx, label, model: error instanceof Error ? error : new Error(String(error)) }];
      }
    });
}
