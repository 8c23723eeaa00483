/**
 * The registry of legal documents: lookup by id, by number (tolerant of accents, case and punctuation), by the
 * number without its year, and laws by name.
 */
import { DOCUMENTS } from './documents';
import { looseKey, numberKey, parseDocumentNumber, serialCodeKey } from './number';
import type { RegistryDocument } from './schema';

export interface Registry {
  readonly documents: readonly RegistryDocument[];
  get(id: string): RegistryDocument | undefined;
  /** The document with this serial, year and ký hiệu (compared without accents, case or punctuation). */
  byNumber(serial: string, year: number | undefined, code: string): RegistryDocument | undefined;
  /** Documents with this serial and ký hiệu whatever the year. */
  bySerialAndCode(serial: string, code: string): RegistryDocument[];
  /** Laws whose name or alias folds to this key (see `looseKey`). */
  lawsByName(nameKey: string): RegistryDocument[];
}

export function createRegistry(documents: readonly RegistryDocument[]): Registry {
  const byId = new Map<string, RegistryDocument>();
  const byNumber = new Map<string, RegistryDocument>();
  const bySerialCode = new Map<string, RegistryDocument[]>();
  const byLawName = new Map<string, RegistryDocument[]>();
  const push = <K>(map: Map<K, RegistryDocument[]>, key: K, doc: RegistryDocument) => map.set(key, [...(map.get(key) ?? []), doc]);

  for (const doc of documents) {
    byId.set(doc.id, doc);
    const parts = parseDocumentNumber(doc.number);
    if (parts) {
      byNumber.set(numberKey(parts.serial, parts.year, parts.code), doc);
      push(bySerialCode, serialCodeKey(parts.serial, parts.code), doc);
    }
    if (doc.type === 'Luật' && doc.name) {
      for (const name of [doc.name, ...(doc.nameAliases ?? [])]) push(byLawName, looseKey(name), doc);
    }
  }
  return {
    documents,
    get: (id) => byId.get(id),
    byNumber: (serial, year, code) => byNumber.get(numberKey(serial, year, code)),
    bySerialAndCode: (serial, code) => bySerialCode.get(serialCodeKey(serial, code)) ?? [],
    lawsByName: (nameKey) => byLawName.get(nameKey) ?? [],
  };
}

/** The built-in registry. */
export const defaultRegistry: Registry = createRegistry(DOCUMENTS);

/** The document that applies on `date` after following `replacedBy` links; the chain says whether a link is presumed. */
export function inForceOn(registry: Registry, doc: RegistryDocument, date: string): { doc: RegistryDocument; presumed: boolean } {
  let current = doc;
  let presumed = false;
  const seen = new Set<string>([doc.id]);
  for (;;) {
    const next = current.replacedBy;
    if (!next || next.from > date) return { doc: current, presumed };
    const successor = registry.get(next.id);
    if (!successor || seen.has(successor.id)) return { doc: current, presumed };
    // A replacement the registry has not checked against the successor's repealing article is a presumption too.
    presumed ||= next.presumed === true || (current.unverified?.includes('replacedBy') ?? false);
    seen.add(successor.id);
    current = successor;
  }
}
