import { problem, type ManifestProblem } from '../problem';
import { childElement, childElements, type XmlElement } from '../xml-tree';
import type { CheckContext } from './context';

export const SHORT_STRING_MAX = 125;
export const LONG_STRING_MAX = 250;

/** Characters as the schema counts them (code points, not UTF-16 units). */
function characterCount(value: string): number {
  return [...value].length;
}

interface LimitedValue {
  value: string;
  path: string;
  what: string;
  max: number;
}

/** DefaultValue and every <Override Value>, for locale-aware settings and string resources. */
function localeAwareValues(element: XmlElement, what: string, max: number): LimitedValue[] {
  const values: LimitedValue[] = [{ value: element.attributes.DefaultValue ?? '', path: element.path, what, max }];
  for (const override of childElements(element, 'Override')) {
    values.push({
      value: override.attributes.Value ?? '',
      path: override.path,
      what: `${what} (${override.attributes.Locale ?? '?'})`,
      max,
    });
  }
  return values;
}

function limitedValues(root: XmlElement): LimitedValue[] {
  const values: LimitedValue[] = [];
  const provider = childElement(root, 'ProviderName');
  if (provider) values.push({ value: provider.text, path: provider.path, what: '<ProviderName>', max: SHORT_STRING_MAX });
  const displayName = childElement(root, 'DisplayName');
  if (displayName) values.push(...localeAwareValues(displayName, '<DisplayName>', SHORT_STRING_MAX));
  const description = childElement(root, 'Description');
  if (description) values.push(...localeAwareValues(description, '<Description>', LONG_STRING_MAX));
  for (const overrides of childElements(root, 'VersionOverrides')) {
    const resources = childElement(overrides, 'Resources');
    if (!resources) continue;
    for (const [group, max] of [['ShortStrings', SHORT_STRING_MAX], ['LongStrings', LONG_STRING_MAX]] as const) {
      for (const list of childElements(resources, group)) {
        for (const item of childElements(list, 'String')) {
          values.push(...localeAwareValues(item, `bt:${group} "${item.attributes.id ?? '?'}"`, max));
        }
      }
    }
  }
  return values;
}

/** The ShortString (1–125) and LongString (1–250) limits of the schema. */
export function checkStringLengths({ root }: CheckContext): ManifestProblem[] {
  return limitedValues(root).flatMap(({ value, path, what, max }) => {
    const count = characterCount(value);
    if (count === 0) {
      return [problem('string-empty', path, `${what} không được để trống.`, `${what} must not be empty.`)];
    }
    if (count > max) {
      return [
        problem(
          'string-too-long',
          path,
          `${what} dài ${count} ký tự, vượt giới hạn ${max} ký tự.`,
          `${what} is ${count} characters long, over the ${max}-character limit.`,
        ),
      ];
    }
    return [];
  });
}
