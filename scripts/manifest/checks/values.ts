import { problem, type ManifestProblem } from '../problem';
import { childElement, childElements } from '../xml-tree';
import type { CheckContext } from './context';

/** The UUID simple type of OfficeAppManifestV1_1.xsd. */
const GUID = /^(?:(?:urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i;
/** Four numbers, as Office and AppSource expect (the schema also allows fewer parts, the store does not). */
const FOUR_PART_VERSION = /^\d{1,5}(?:\.\d{1,5}){3}$/;
/** The CultureName simple type (BCP 47 as Office writes it). */
const CULTURE_NAME = /^(?:[a-z]{2,3}-[a-z0-9]{3,8}(?:-[a-z]{2,3})?|[a-z]{2,3}(?:-[a-z]{2,3}(?:_tradnl|\.pseudo|-[a-z]{4,8})?)?)$/i;
const SHORT_VERSION = /^\d{1,5}\.\d{1,5}$/;
export const TASK_PANE_PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

export function checkId({ root }: CheckContext): ManifestProblem[] {
  const id = childElement(root, 'Id');
  if (!id || GUID.test(id.text)) return [];
  return [
    problem(
      'id-not-guid',
      id.path,
      `<Id> phải là một GUID, ví dụ 0aa94d1d-4aa3-4497-b3b5-a497e1da7a79 (đang là "${id.text}").`,
      `<Id> must be a GUID such as 0aa94d1d-4aa3-4497-b3b5-a497e1da7a79 (found "${id.text}").`,
    ),
  ];
}

export function checkVersion({ root }: CheckContext): ManifestProblem[] {
  const version = childElement(root, 'Version');
  if (!version || FOUR_PART_VERSION.test(version.text)) return [];
  return [
    problem(
      'version-format',
      version.path,
      `<Version> phải có dạng n.n.n.n, ví dụ 1.0.0.0 (đang là "${version.text}").`,
      `<Version> must look like n.n.n.n, for example 1.0.0.0 (found "${version.text}").`,
    ),
  ];
}

export function checkDefaultLocale({ root }: CheckContext): ManifestProblem[] {
  const locale = childElement(root, 'DefaultLocale');
  if (!locale) return []; // reported as a missing element
  if (CULTURE_NAME.test(locale.text)) return [];
  return [
    problem(
      'default-locale',
      locale.path,
      `<DefaultLocale> phải là mã ngôn ngữ như vi-VN (đang là "${locale.text}").`,
      `<DefaultLocale> must be a culture name such as vi-VN (found "${locale.text}").`,
    ),
  ];
}

export function checkPermissions({ root }: CheckContext): ManifestProblem[] {
  const permissions = childElement(root, 'Permissions');
  if (!permissions || TASK_PANE_PERMISSIONS.includes(permissions.text)) return [];
  return [
    problem(
      'permissions-invalid',
      permissions.path,
      `<Permissions> phải là một trong ${TASK_PANE_PERMISSIONS.join(', ')} (đang là "${permissions.text}").`,
      `<Permissions> must be one of ${TASK_PANE_PERMISSIONS.join(', ')} (found "${permissions.text}").`,
    ),
  ];
}

/** Word only: <Hosts> lists Document and <Requirements> asks for WordApi with a version. */
export function checkWordRequirements({ root }: CheckContext): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const hosts = childElement(root, 'Hosts');
  const hostNames = hosts ? childElements(hosts, 'Host').map((host) => host.attributes.Name) : [];
  if (!hostNames.includes('Document')) {
    problems.push(
      problem(
        'host-document',
        hosts?.path ?? `${root.path}/Hosts`,
        '<Hosts> phải có <Host Name="Document"/> để phần bổ trợ chạy trong Word.',
        '<Hosts> must contain <Host Name="Document"/> for the add-in to run in Word.',
      ),
    );
  }
  const requirements = childElement(root, 'Requirements');
  const sets = requirements && childElement(requirements, 'Sets');
  const wordApi = sets && childElements(sets, 'Set').find((set) => set.attributes.Name === 'WordApi');
  if (!sets || !wordApi) {
    problems.push(
      problem(
        'requirements-wordapi',
        sets?.path ?? requirements?.path ?? `${root.path}/Requirements`,
        '<Requirements><Sets> phải có <Set Name="WordApi" MinVersion="1.3"/>: Word cũ hơn sẽ không nạp phần bổ trợ thay vì lỗi khi chạy.',
        '<Requirements><Sets> must contain <Set Name="WordApi" MinVersion="1.3"/>: older Word then declines the add-in instead of failing at run time.',
      ),
    );
    return problems;
  }
  const minVersion = wordApi.attributes.MinVersion ?? sets.attributes.DefaultMinVersion;
  if (!minVersion || !SHORT_VERSION.test(minVersion)) {
    problems.push(
      problem(
        'requirements-wordapi-version',
        wordApi.path,
        `<Set Name="WordApi"> cần MinVersion dạng n.n, ví dụ 1.3 (đang là "${minVersion ?? ''}").`,
        `<Set Name="WordApi"> needs a MinVersion like 1.3 (found "${minVersion ?? ''}").`,
      ),
    );
  }
  return problems;
}
