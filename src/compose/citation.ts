/** A legal citation to insert: the registry document in its full, short or căn cứ form. */
import { AppError } from '../errors/app-error';
import { formatBasisLine, formatFull, formatShort } from '../cite/format';
import { defaultRegistry, type Registry } from '../cite/registry';
import { citationTag as tagOf, type Block } from './blocks';

export type CitationForm = 'full' | 'short' | 'basis';

export function citationText(registryId: string, form: CitationForm, registry: Registry = defaultRegistry): string {
  const document = registry.get(registryId);
  if (!document) {
    throw new AppError('compose-unknown-document', {
      vi: `Danh mục văn bản không có văn bản mã "${registryId}".`,
      en: `The document registry has no document with id "${registryId}".`,
    });
  }
  return form === 'full' ? formatFull(document) : form === 'short' ? formatShort(document) : formatBasisLine(document);
}

export function citationBlock(registryId: string, form: CitationForm, registry: Registry = defaultRegistry): Extract<Block, { kind: 'citation' }> {
  return { kind: 'citation', text: citationText(registryId, form, registry), registryId, form };
}

export const citationTag = tagOf;
