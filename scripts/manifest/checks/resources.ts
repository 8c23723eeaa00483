import { problem, type ManifestProblem } from '../problem';
import { allElements, childElement, childElements, type XmlElement } from '../xml-tree';
import type { CheckContext } from './context';

export type ResourceKind = 'image' | 'url' | 'short' | 'long';

/** The ReferenceId simple type allows 1–32 characters. */
export const RESOURCE_ID_MAX = 32;

const GROUP_KIND: Record<string, { kind: ResourceKind; item: string }> = {
  Images: { kind: 'image', item: 'Image' },
  Urls: { kind: 'url', item: 'Url' },
  ShortStrings: { kind: 'short', item: 'String' },
  LongStrings: { kind: 'long', item: 'String' },
};

const KIND_NAME: Record<ResourceKind, { vi: string; en: string; group: string }> = {
  image: { vi: 'hình ảnh', en: 'image', group: 'bt:Images' },
  url: { vi: 'URL', en: 'URL', group: 'bt:Urls' },
  short: { vi: 'chuỗi ngắn', en: 'short string', group: 'bt:ShortStrings' },
  long: { vi: 'chuỗi dài', en: 'long string', group: 'bt:LongStrings' },
};

/** Which kind of resource a resid on this element must name (from the reference types of the schema). */
function expectedKind(element: XmlElement): ResourceKind {
  switch (element.localName) {
    case 'Image':
      return 'image';
    case 'SourceLocation':
    case 'LearnMoreUrl':
    case 'FunctionFile':
    case 'Runtime':
      return 'url';
    case 'Description':
      return 'long';
    default:
      return 'short';
  }
}

export interface ResourceDefinition {
  id: string;
  kind: ResourceKind;
  element: XmlElement;
}

export function resourceDefinitions(overrides: XmlElement): ResourceDefinition[] {
  const resources = childElement(overrides, 'Resources');
  if (!resources) return [];
  return resources.children.flatMap((group) => {
    const spec = GROUP_KIND[group.localName];
    if (!spec) return [];
    return childElements(group, spec.item).map((element) => ({ id: element.attributes.id ?? '', kind: spec.kind, element }));
  });
}

function checkDefinitions(definitions: ResourceDefinition[]): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const seen = new Set<string>();
  for (const { id, kind, element } of definitions) {
    if (id.length > RESOURCE_ID_MAX) {
      problems.push(
        problem(
          'resource-id-too-long',
          element.path,
          `id "${id}" dài ${id.length} ký tự, vượt giới hạn ${RESOURCE_ID_MAX}.`,
          `id "${id}" is ${id.length} characters long, over the ${RESOURCE_ID_MAX}-character limit.`,
        ),
      );
    }
    const key = `${kind}:${id}`;
    if (seen.has(key)) {
      problems.push(
        problem(
          'resource-duplicate',
          element.path,
          `id "${id}" được khai báo hai lần trong ${KIND_NAME[kind].group}.`,
          `id "${id}" is declared twice in ${KIND_NAME[kind].group}.`,
        ),
      );
    }
    seen.add(key);
  }
  return problems;
}

function checkReference(element: XmlElement, definitions: ResourceDefinition[]): ManifestProblem[] {
  const resid = element.attributes.resid ?? '';
  const kind = expectedKind(element);
  if (definitions.some((definition) => definition.id === resid && definition.kind === kind)) return [];
  const other = definitions.find((definition) => definition.id === resid);
  if (other) {
    return [
      problem(
        'resid-wrong-kind',
        element.path,
        `resid "${resid}" của <${element.name}> phải là ${KIND_NAME[kind].vi} trong ${KIND_NAME[kind].group}, nhưng đang là ${KIND_NAME[other.kind].vi} trong ${KIND_NAME[other.kind].group}.`,
        `resid "${resid}" of <${element.name}> must be a ${KIND_NAME[kind].en} in ${KIND_NAME[kind].group}, but it is a ${KIND_NAME[other.kind].en} in ${KIND_NAME[other.kind].group}.`,
      ),
    ];
  }
  return [
    problem(
      'resid-undefined',
      element.path,
      `resid "${resid}" của <${element.name}> chưa được khai báo trong <Resources> (${KIND_NAME[kind].group}).`,
      `resid "${resid}" of <${element.name}> is not defined in <Resources> (${KIND_NAME[kind].group}).`,
    ),
  ];
}

/** Every resid in VersionOverrides names a resource of the right kind; resource ids are unique and short enough. */
export function checkResourceReferences({ root }: CheckContext): ManifestProblem[] {
  return childElements(root, 'VersionOverrides').flatMap((overrides) => {
    const definitions = resourceDefinitions(overrides);
    const references = allElements(overrides).filter((element) => element.attributes.resid !== undefined);
    return [...checkDefinitions(definitions), ...references.flatMap((element) => checkReference(element, definitions))];
  });
}
