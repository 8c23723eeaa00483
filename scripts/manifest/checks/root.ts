import { problem, type ManifestProblem } from '../problem';
import type { CheckContext } from './context';

export const OFFICE_APP_NAMESPACE = 'http://schemas.microsoft.com/office/appforoffice/1.1';

/** The root is <OfficeApp xmlns="…/appforoffice/1.1" xsi:type="TaskPaneApp">. */
export function checkRoot({ root }: CheckContext): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  if (root.name !== 'OfficeApp') {
    return [
      problem(
        'root-invalid',
        root.path,
        `Phần tử gốc phải là <OfficeApp>, không phải <${root.name}>.`,
        `The root element must be <OfficeApp>, not <${root.name}>.`,
      ),
    ];
  }
  if (root.attributes.xmlns !== OFFICE_APP_NAMESPACE) {
    problems.push(
      problem(
        'root-namespace',
        root.path,
        `<OfficeApp> phải khai báo xmlns="${OFFICE_APP_NAMESPACE}".`,
        `<OfficeApp> must declare xmlns="${OFFICE_APP_NAMESPACE}".`,
      ),
    );
  }
  if (root.attributes['xsi:type'] !== 'TaskPaneApp') {
    problems.push(
      problem(
        'root-type',
        root.path,
        `Phần bổ trợ ngăn tác vụ cần xsi:type="TaskPaneApp" trên <OfficeApp> (đang là "${root.attributes['xsi:type'] ?? ''}").`,
        `A task pane add-in needs xsi:type="TaskPaneApp" on <OfficeApp> (found "${root.attributes['xsi:type'] ?? ''}").`,
      ),
    );
  }
  return problems;
}
