import { isAbsolute, join, relative, resolve } from 'node:path';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const ASSETS_PREFIX = '/assets/';

/**
 * The file in `assetsDir` that a URL such as https://localhost:3000/assets/icon-32.png serves, or null when the URL
 * is not a local assets URL (another host, another folder, or a path that climbs out of the folder).
 */
export function localAssetPath(url: string, assetsDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!LOCAL_HOSTS.has(parsed.hostname) || !parsed.pathname.startsWith(ASSETS_PREFIX)) return null;
  const relativePath = decodeURIComponent(parsed.pathname.slice(ASSETS_PREFIX.length));
  const base = resolve(assetsDir);
  const file = resolve(join(base, relativePath));
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}
