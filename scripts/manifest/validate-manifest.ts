/**
 * Offline checks of the Word add-in manifest (manifest.xml): what Microsoft's validator and Office would reject,
 * and what makes a sideloaded add-in silently fail to appear (element order, undefined resids, missing icons).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkTopLevelOrder, checkVersionOverridesOrder } from './checks/child-order';
import type { CheckContext, ManifestCheck } from './checks/context';
import { checkIconFiles, checkLocalAssetUrls, checkRibbonIconSizes } from './checks/icons';
import { checkStringLengths } from './checks/lengths';
import { checkResourceReferences } from './checks/resources';
import { checkRoot } from './checks/root';
import { checkHttpsUrls } from './checks/urls';
import { checkDefaultLocale, checkId, checkPermissions, checkVersion, checkWordRequirements } from './checks/values';
import { problem, type ManifestProblem } from './problem';
import { parseManifestXml } from './xml-tree';

export type { ManifestProblem } from './problem';

export interface ValidateOptions {
  /** The folder served at https://localhost:3000/assets/ (icons are looked up there). */
  assetsDir: string;
}

/** Run after the root is known to be <OfficeApp>, in this order. */
export const MANIFEST_CHECKS: readonly ManifestCheck[] = [
  checkTopLevelOrder,
  checkId,
  checkVersion,
  checkDefaultLocale,
  checkPermissions,
  checkWordRequirements,
  checkStringLengths,
  checkHttpsUrls,
  checkVersionOverridesOrder,
  checkResourceReferences,
  checkRibbonIconSizes,
  checkIconFiles,
  checkLocalAssetUrls,
];

/** All problems of a manifest given as text; an empty list means the offline checks pass. */
export function validateManifestText(xml: string, options: ValidateOptions): ManifestProblem[] {
  const parsed = parseManifestXml(xml);
  if (!parsed.ok) return [parsed.problem];
  const context: CheckContext = { root: parsed.root, assetsDir: options.assetsDir };
  const rootProblems = checkRoot(context);
  if (rootProblems.some((found) => found.code === 'root-invalid')) return rootProblems;
  return [...rootProblems, ...MANIFEST_CHECKS.flatMap((check) => check(context))];
}

/** Reads and checks a manifest file; assets default to the assets/ folder next to it. */
export function validateManifestFile(manifestPath: string, options: Partial<ValidateOptions> = {}): ManifestProblem[] {
  let xml: string;
  try {
    xml = readFileSync(manifestPath, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      problem(
        'file-unreadable',
        manifestPath,
        `Không đọc được tệp manifest ${manifestPath}: ${reason}`,
        `Cannot read the manifest file ${manifestPath}: ${reason}`,
      ),
    ];
  }
  return validateManifestText(xml, { assetsDir: options.assetsDir ?? join(dirname(manifestPath), 'assets') });
}
