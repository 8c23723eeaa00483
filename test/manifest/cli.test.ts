import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectRoot = resolve(__dirname, '../..');
const tsx = join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const cli = join(projectRoot, 'scripts', 'manifest', 'cli.ts');

/** Runs `npm run validate` the way the lead wires it, never with the online step. */
function runValidate(args: string[]) {
  const env = { ...process.env };
  delete env.PCTN_ONLINE_VALIDATE;
  return spawnSync(process.execPath, [tsx, cli, ...args], { cwd: projectRoot, env, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run validate (scripts/manifest/cli.ts)', () => {
  it('passes the real manifest offline and says the online step was skipped, in Vietnamese then English', () => {
    const result = runValidate([]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    const skippedVi = lines.findIndex((line) => line.startsWith('Bỏ qua kiểm tra trực tuyến của Microsoft vì cần truy cập mạng'));
    const skippedEn = lines.findIndex((line) => line.startsWith("Skipped Microsoft's online validation because it needs network access"));
    expect(skippedVi).toBeGreaterThan(-1);
    expect(skippedEn).toBe(skippedVi + 1);
    expect(result.stdout).toContain('Offline checks passed');
  });

  it('exits 1 and lists each problem with its path, Vietnamese before English', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pctn-manifest-'));
    try {
      const broken = readFileSync(join(projectRoot, 'manifest.xml'), 'utf8').replace(
        '<Label resid="PctnGroup.Label"/>',
        '<Label resid="Nhom.KhongCo"/>',
      );
      writeFileSync(join(dir, 'manifest.xml'), broken);
      const result = runValidate([join(dir, 'manifest.xml'), '--assets', join(projectRoot, 'assets')]);
      expect(result.status).toBe(1);
      const lines = result.stderr.split('\n');
      const at = lines.indexOf('✗ OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Label');
      expect(at).toBeGreaterThan(-1);
      expect(lines[at + 1]).toContain('resid "Nhom.KhongCo" của <Label> chưa được khai báo');
      expect(lines[at + 2]).toContain('resid "Nhom.KhongCo" of <Label> is not defined');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown option with a bilingual message and exit code 1', () => {
    const result = runValidate(['--kiem-tra-nhanh']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Tùy chọn không hợp lệ: --kiem-tra-nhanh');
    expect(result.stderr).toContain('Unknown option: --kiem-tra-nhanh');
  });
});
