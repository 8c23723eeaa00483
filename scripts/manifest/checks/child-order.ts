import { problem, type ManifestProblem } from '../problem';
import { allElements, type XmlElement } from '../xml-tree';
import type { CheckContext } from './context';

/** The children an element may have, in the order its xs:sequence lists them (local names). */
export interface ChildrenSpec {
  order: readonly string[];
  required: readonly string[];
  /** Children that may appear more than once; the rest at most once. */
  repeatable?: readonly string[];
}

/** OfficeApp of xsi:type TaskPaneApp: the OfficeApp sequence, then the TaskPaneApp extension (OfficeAppManifestV1_1.xsd). */
export const OFFICE_APP_CHILDREN: ChildrenSpec = {
  order: [
    'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
    'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
    'Dictionary', 'VersionOverrides', 'Signature',
  ],
  required: ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'],
};

/** Sequences inside VersionOverrides (TaskPaneAppVersionOverridesV1_0.xsd, OfficeAppBasicTypesV1_0.xsd). */
const NESTED_CHILDREN: Record<string, ChildrenSpec> = {
  VersionOverrides: {
    order: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins', 'VersionOverrides'],
    required: [],
  },
  DesktopFormFactor: {
    order: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
    required: ['ExtensionPoint'],
    repeatable: ['ExtensionPoint'],
  },
  GetStarted: { order: ['Title', 'Description', 'LearnMoreUrl'], required: ['Title', 'Description', 'LearnMoreUrl'] },
  Group: { order: ['Label', 'Icon', 'Control'], required: ['Label', 'Icon', 'Control'], repeatable: ['Control'] },
  Control: { order: ['Label', 'Supertip', 'Icon', 'Action', 'Items'], required: ['Label', 'Supertip'] },
  Supertip: { order: ['Title', 'Description'], required: ['Title', 'Description'] },
  Resources: { order: ['Images', 'Urls', 'ShortStrings', 'LongStrings'], required: [] },
};

const SHOW_TASKPANE_CHILDREN: ChildrenSpec = {
  order: ['TaskpaneId', 'SourceLocation', 'Title'],
  required: ['SourceLocation'],
};

function nestedSpec(element: XmlElement): ChildrenSpec | undefined {
  if (element.localName === 'Action') {
    return element.attributes['xsi:type'] === 'ShowTaskpane' ? SHOW_TASKPANE_CHILDREN : undefined;
  }
  return NESTED_CHILDREN[element.localName];
}

/** Missing, unexpected, repeated and out-of-order children of one element. */
export function checkChildren(element: XmlElement, spec: ChildrenSpec): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const counts = new Map<string, number>();
  let furthest: XmlElement | undefined;
  for (const child of element.children) {
    const rank = spec.order.indexOf(child.localName);
    if (rank < 0) {
      problems.push(
        problem(
          'element-unexpected',
          child.path,
          `<${child.name}> không phải là phần tử con hợp lệ của <${element.name}> (được phép: ${spec.order.join(', ')}).`,
          `<${child.name}> is not a valid child of <${element.name}> (allowed: ${spec.order.join(', ')}).`,
        ),
      );
      continue;
    }
    const count = (counts.get(child.localName) ?? 0) + 1;
    counts.set(child.localName, count);
    if (count === 2 && !spec.repeatable?.includes(child.localName)) {
      problems.push(
        problem(
          'element-duplicate',
          child.path,
          `<${child.name}> chỉ được xuất hiện một lần trong <${element.name}>.`,
          `<${child.name}> may appear only once in <${element.name}>.`,
        ),
      );
    }
    if (furthest && spec.order.indexOf(furthest.localName) > rank) {
      problems.push(
        problem(
          'element-order',
          child.path,
          `<${child.name}> phải đứng trước <${furthest.name}> trong <${element.name}>; thứ tự theo lược đồ: ${spec.order.join(', ')}.`,
          `<${child.name}> must come before <${furthest.name}> in <${element.name}>; schema order: ${spec.order.join(', ')}.`,
        ),
      );
    } else {
      furthest = child;
    }
  }
  for (const name of spec.required) {
    if (!counts.has(name)) {
      problems.push(
        problem(
          'element-missing',
          `${element.path}/${name}`,
          `Thiếu phần tử bắt buộc <${name}> trong <${element.name}>.`,
          `The required element <${name}> is missing from <${element.name}>.`,
        ),
      );
    }
  }
  return problems;
}

export function checkTopLevelOrder({ root }: CheckContext): ManifestProblem[] {
  return checkChildren(root, OFFICE_APP_CHILDREN);
}

export function checkVersionOverridesOrder({ root }: CheckContext): ManifestProblem[] {
  const overrides = root.children.filter((child) => child.localName === 'VersionOverrides');
  return overrides.flatMap((element) =>
    allElements(element).flatMap((inner) => {
      const spec = nestedSpec(inner);
      return spec ? checkChildren(inner, spec) : [];
    }),
  );
}
