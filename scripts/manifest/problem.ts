/** One thing wrong with the manifest, said in Vietnamese and English, with where it is. */
export interface ManifestProblem {
  /** Stable machine-readable id, for tests and for filtering ("resid-undefined"). */
  code: string;
  vi: string;
  en: string;
  /** Where in the manifest: element path such as "OfficeApp/VersionOverrides/Resources/bt:Images/bt:Image[2]". */
  path: string;
}

export function problem(code: string, path: string, vi: string, en: string): ManifestProblem {
  return { code, vi, en, path };
}
