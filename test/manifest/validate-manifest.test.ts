import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateManifestFile, validateManifestText, type ManifestProblem } from '../../scripts/manifest/validate-manifest';

const projectRoot = resolve(__dirname, '../..');
const manifestPath = join(projectRoot, 'manifest.xml');
const assetsDir = join(projectRoot, 'assets');
const realManifest = readFileSync(manifestPath, 'utf8');

/** Replaces one exact piece of the real manifest; fails loudly if the piece is not there. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`test setup: ${String(from)} not found in manifest.xml`);
  return changed;
}

function codes(problems: ManifestProblem[]): string[] {
  return problems.map((found) => found.code);
}

const temporaryDirs: string[] = [];

/** A copy of assets/ in a temporary folder, to break one icon without touching the real ones. */
function copyOfAssets(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pctn-assets-'));
  temporaryDirs.push(dir);
  for (const file of readdirSync(assetsDir)) copyFileSync(join(assetsDir, file), join(dir, file));
  return dir;
}

afterAll(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the real manifest', () => {
  it('passes every offline check with the real assets', () => {
    expect(validateManifestFile(manifestPath)).toEqual([]);
  });

  it('is a Word task pane add-in in Vietnamese with an English override', () => {
    expect(realManifest).toContain('xsi:type="TaskPaneApp"');
    expect(realManifest).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
    expect(realManifest).toContain('<DisplayName DefaultValue="Trợ lý báo cáo PCTN">');
    expect(realManifest).toContain('<Override Locale="en-US" Value="PCTN Report Assistant"/>');
    expect(realManifest).toMatch(/<Set Name="WordApi" MinVersion="1\.3"\/>/);
  });
});

describe('broken manifests', () => {
  it('reports a missing <Id>', () => {
    const xml = edit(realManifest, /\s*<Id>[^<]*<\/Id>/, '');
    const problems = validateManifestText(xml, { assetsDir });
    expect(problems).toContainEqual(expect.objectContaining({ code: 'element-missing', path: 'OfficeApp/Id' }));
    const missing = problems.find((found) => found.code === 'element-missing');
    expect(missing?.vi).toBe('Thiếu phần tử bắt buộc <Id> trong <OfficeApp>.');
    expect(missing?.en).toBe('The required element <Id> is missing from <OfficeApp>.');
  });

  it('reports an <Id> that is not a GUID', () => {
    const xml = edit(realManifest, /<Id>[^<]*<\/Id>/, '<Id>tro-ly-bao-cao-pctn</Id>');
    expect(codes(validateManifestText(xml, { assetsDir }))).toEqual(['id-not-guid']);
  });

  it('reports a resid that no resource defines', () => {
    const xml = edit(realManifest, '<Description resid="TaskpaneButton.Tooltip"/>', '<Description resid="TaskpaneButton.MoTa"/>');
    const problems = validateManifestText(xml, { assetsDir });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'resid-undefined',
        path: 'OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control/Supertip/Description',
      }),
    ]);
    expect(problems[0]?.vi).toContain('"TaskpaneButton.MoTa"');
    expect(problems[0]?.vi).toContain('bt:LongStrings');
  });

  it('reports a resid that names a resource of the wrong kind', () => {
    const xml = edit(realManifest, '<Label resid="TaskpaneButton.Label"/>', '<Label resid="TaskpaneButton.Tooltip"/>');
    expect(codes(validateManifestText(xml, { assetsDir }))).toEqual(['resid-wrong-kind']);
  });

  it('reports an icon file missing from the assets folder', () => {
    const dir = copyOfAssets();
    rmSync(join(dir, 'icon-80.png'));
    const problems = validateManifestText(realManifest, { assetsDir: dir });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'icon-missing', path: 'OfficeApp/VersionOverrides/Resources/bt:Images/bt:Image[3]' }),
    ]);
    expect(problems[0]?.en).toContain('https://localhost:3000/assets/icon-80.png');
  });

  it('reports an icon whose pixel size differs from the declared size', () => {
    const dir = copyOfAssets();
    copyFileSync(join(assetsDir, 'icon-16.png'), join(dir, 'icon-32.png'));
    const problems = validateManifestText(realManifest, { assetsDir: dir });
    expect(codes(problems)).toEqual(['icon-wrong-size', 'icon-wrong-size']);
    expect(problems.map((found) => found.path)).toEqual([
      'OfficeApp/IconUrl',
      'OfficeApp/VersionOverrides/Resources/bt:Images/bt:Image[2]',
    ]);
    expect(problems[0]?.vi).toBe('Biểu tượng icon-32.png có kích thước 16×16 px, nhưng <IconUrl> cần 32×32 px.');
  });

  it('reports an icon file that is not a PNG', () => {
    const dir = copyOfAssets();
    writeFileSync(join(dir, 'icon-16.png'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(codes(validateManifestText(realManifest, { assetsDir: dir }))).toEqual(['icon-not-png']);
  });

  it('accepts 80 px as well as 64 px for <HighResolutionIconUrl>, and nothing else', () => {
    const as80 = edit(realManifest, '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"/>');
    expect(validateManifestText(as80, { assetsDir })).toEqual([]);
    const as128 = edit(realManifest, '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-128.png"/>');
    expect(codes(validateManifestText(as128, { assetsDir }))).toEqual(['icon-wrong-size']);
  });

  it('reports a ribbon <Icon> without its 80 px image', () => {
    const xml = edit(realManifest, /(<Control [\s\S]*?)\s*<bt:Image size="80" resid="Icon.80x80"\/>/, '$1');
    expect(validateManifestText(xml, { assetsDir })).toEqual([
      expect.objectContaining({
        code: 'icon-sizes-incomplete',
        path: 'OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control/Icon',
      }),
    ]);
  });

  it('reports a missing help page served from assets/', () => {
    const dir = copyOfAssets();
    rmSync(join(dir, 'help.html'));
    expect(validateManifestText(realManifest, { assetsDir: dir }).map((found) => [found.code, found.path])).toEqual([
      ['asset-missing', 'OfficeApp/SupportUrl'],
      ['asset-missing', 'OfficeApp/VersionOverrides/Resources/bt:Urls/bt:Url[1]'],
    ]);
  });

  it('reports an http URL', () => {
    const xml = edit(realManifest, '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>');
    expect(validateManifestText(xml, { assetsDir })).toEqual([
      expect.objectContaining({ code: 'url-not-https', path: 'OfficeApp/DefaultSettings/SourceLocation' }),
    ]);
  });

  it('reports top-level elements out of schema order', () => {
    const permissions = '  <Permissions>ReadWriteDocument</Permissions>\n';
    const xml = edit(edit(realManifest, permissions, ''), '  <DefaultSettings>', `${permissions}  <DefaultSettings>`);
    const problems = validateManifestText(xml, { assetsDir });
    expect(problems).toEqual([expect.objectContaining({ code: 'element-order', path: 'OfficeApp/DefaultSettings' })]);
    expect(problems[0]?.vi).toContain('<DefaultSettings> phải đứng trước <Permissions>');
  });

  it('reports <Requirements> placed before <Hosts>', () => {
    const hosts = '  <Hosts>\n    <Host Name="Document"/>\n  </Hosts>\n';
    const xml = edit(edit(realManifest, hosts, ''), '  <DefaultSettings>', `${hosts}  <DefaultSettings>`);
    expect(validateManifestText(xml, { assetsDir })).toEqual([
      expect.objectContaining({ code: 'element-order', path: 'OfficeApp/Hosts' }),
    ]);
  });

  it('reports ribbon elements out of order inside VersionOverrides', () => {
    // The button's <Label> moved after its <Supertip>.
    const moved = edit(
      realManifest,
      /<Label resid="TaskpaneButton.Label"\/>(\s*)(<Supertip>[\s\S]*?<\/Supertip>)/,
      '$2$1<Label resid="TaskpaneButton.Label"/>',
    );
    const problems = validateManifestText(moved, { assetsDir });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'element-order',
        path: 'OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control/Label',
      }),
    ]);
  });

  it('reports a misspelled element as unexpected', () => {
    const xml = edit(realManifest, /<Permissions>ReadWriteDocument<\/Permissions>/, '<Permission>ReadWriteDocument</Permission>');
    expect(codes(validateManifestText(xml, { assetsDir })).sort()).toEqual(['element-missing', 'element-unexpected']);
  });

  it('reports a DisplayName over 125 characters and accepts exactly 125', () => {
    const name125 = 'Trợ lý kiểm tra báo cáo phòng, chống tham nhũng '.repeat(3).slice(0, 125);
    expect([...name125]).toHaveLength(125);
    const ok = edit(realManifest, 'DisplayName DefaultValue="Trợ lý báo cáo PCTN"', `DisplayName DefaultValue="${name125}"`);
    expect(validateManifestText(ok, { assetsDir })).toEqual([]);
    const tooLong = edit(realManifest, 'DisplayName DefaultValue="Trợ lý báo cáo PCTN"', `DisplayName DefaultValue="${name125}ạ"`);
    const problems = validateManifestText(tooLong, { assetsDir });
    expect(problems).toEqual([expect.objectContaining({ code: 'string-too-long', path: 'OfficeApp/DisplayName' })]);
    expect(problems[0]?.vi).toBe('<DisplayName> dài 126 ký tự, vượt giới hạn 125 ký tự.');
  });

  it('reports a long string resource over 250 characters', () => {
    const long = 'Đối chiếu dự thảo báo cáo với kế hoạch phòng, chống tham nhũng năm 2023. '.repeat(4);
    const xml = edit(realManifest, /(<bt:String id="TaskpaneButton.Tooltip" DefaultValue=")[^"]*"/, `$1${long}"`);
    expect(validateManifestText(xml, { assetsDir })).toEqual([
      expect.objectContaining({ code: 'string-too-long', path: 'OfficeApp/VersionOverrides/Resources/bt:LongStrings/bt:String[2]' }),
    ]);
  });

  it('reports a Version that is not n.n.n.n and a Permissions value for mail add-ins', () => {
    let xml = edit(realManifest, '<Version>1.0.0.0</Version>', '<Version>1.0</Version>');
    xml = edit(xml, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>');
    expect(codes(validateManifestText(xml, { assetsDir }))).toEqual(['version-format', 'permissions-invalid']);
  });

  it('reports Requirements without WordApi', () => {
    const xml = edit(realManifest, '<Set Name="WordApi" MinVersion="1.3"/>', '<Set Name="DialogApi" MinVersion="1.1"/>');
    expect(codes(validateManifestText(xml, { assetsDir }))).toEqual(['requirements-wordapi']);
  });

  it('reports malformed XML with its line', () => {
    const xml = edit(realManifest, '</ProviderName>', '</Provider>');
    const problems = validateManifestText(xml, { assetsDir });
    expect(codes(problems)).toEqual(['xml-malformed']);
    expect(problems[0]?.vi).toMatch(/^manifest\.xml không phải XML hợp lệ \(dòng \d+, cột \d+\)/);
  });

  it('reports a manifest file that cannot be read, without throwing', () => {
    expect(codes(validateManifestFile(join(projectRoot, 'khong-co-manifest.xml')))).toEqual(['file-unreadable']);
  });
});
