import type { ManifestProblem } from '../problem';
import type { XmlElement } from '../xml-tree';

export interface CheckContext {
  /** The parsed <OfficeApp> element. */
  root: XmlElement;
  /** The folder that https://localhost:3000/assets/ serves (assets/ next to manifest.xml by default). */
  assetsDir: string;
}

export type ManifestCheck = (context: CheckContext) => ManifestProblem[];
