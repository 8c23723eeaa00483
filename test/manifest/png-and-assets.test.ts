import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { localAssetPath } from '../../scripts/manifest/local-asset';
import { readPngSize } from '../../scripts/manifest/png-size';

const projectRoot = resolve(__dirname, '../..');
const assetsDir = join(projectRoot, 'assets');

describe('readPngSize', () => {
  it.each([
    ['icon-16.png', 16],
    ['icon-32.png', 32],
    ['icon-64.png', 64],
    ['icon-80.png', 80],
    ['icon-128.png', 128],
    ['logo-filled.png', 300],
  ])('reads %s as %i × %i px', (file, size) => {
    expect(readPngSize(readFileSync(join(assetsDir, file)))).toEqual({ width: size, height: size });
  });

  it('returns null for bytes that are not a PNG', () => {
    expect(readPngSize(Buffer.from('GIF89a........................'))).toBeNull();
    expect(readPngSize(new Uint8Array(8))).toBeNull();
  });

  it('reads a PNG whose bytes sit at an offset inside a larger buffer', () => {
    const png = readFileSync(join(assetsDir, 'icon-80.png'));
    const padded = new Uint8Array(png.length + 7);
    padded.set(png, 7);
    expect(readPngSize(padded.subarray(7))).toEqual({ width: 80, height: 80 });
  });
});

describe('localAssetPath', () => {
  it('maps https://localhost:3000/assets/… to the assets folder', () => {
    expect(localAssetPath('https://localhost:3000/assets/icon-32.png', '/srv/assets')).toBe('/srv/assets/icon-32.png');
    expect(localAssetPath('https://localhost:3000/assets/h%C6%B0%E1%BB%9Bng-d%E1%BA%ABn.html', '/srv/assets')).toBe(
      '/srv/assets/hướng-dẫn.html',
    );
  });

  it('ignores other hosts, other folders and paths that climb out of the folder', () => {
    expect(localAssetPath('https://pctn.quangngai.gov.vn/assets/icon-32.png', '/srv/assets')).toBeNull();
    expect(localAssetPath('https://localhost:3000/taskpane.html', '/srv/assets')).toBeNull();
    expect(localAssetPath('https://localhost:3000/assets/%2E%2E/%2E%2E/etc/passwd', '/srv/assets')).toBeNull();
    expect(localAssetPath('không phải URL', '/srv/assets')).toBeNull();
  });
});

describe('scripts/make-icons.mjs', () => {
  it('regenerates exactly the committed icons', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'pctn-icons-'));
    try {
      execFileSync(process.execPath, [join(projectRoot, 'scripts', 'make-icons.mjs'), outDir], { stdio: 'pipe' });
      const generated = readdirSync(outDir).sort();
      expect(generated).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png', 'logo-filled.png']);
      for (const file of generated) {
        expect(readFileSync(join(outDir, file)).equals(readFileSync(join(assetsDir, file)))).toBe(true);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('draws with transparency: corners clear, centre opaque', () => {
    // Decode icon-64.png's first and middle rows (filter type 0, RGBA) to read alpha values.
    const png = readFileSync(join(assetsDir, 'icon-64.png'));
    const chunks: Buffer[] = [];
    for (let offset = 8; offset < png.length; ) {
      const length = png.readUInt32BE(offset);
      if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT') chunks.push(png.subarray(offset + 8, offset + 8 + length));
      offset += 12 + length;
    }
    const raw = inflateSync(Buffer.concat(chunks));
    const stride = 64 * 4 + 1;
    const alpha = (x: number, y: number) => raw[y * stride + 1 + x * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(63, 63)).toBe(0);
    expect(alpha(32, 32)).toBe(255);
  });
});
