import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { localAssetPath } from '../local-asset';
import { readPngSize } from '../png-size';
import { problem, type ManifestProblem } from '../problem';
import { allElements, childElement, childElements, type XmlElement } from '../xml-tree';
import type { CheckContext } from './context';
import { resourceDefinitions } from './resources';
import { collectUrls } from './urls';

/** "The image file size should not exceed 100KB" (OfficeAppBasicTypesV1_0.xsd, ImageResources). */
export const ICON_MAX_BYTES = 100 * 1024;

interface IconUse {
  url: string;
  path: string;
  /** Accepted square sizes in pixels. */
  sizes: number[];
  role: string;
}

function urlAndOverrides(element: XmlElement): { url: string; path: string }[] {
  return [
    { url: element.attributes.DefaultValue ?? '', path: element.path },
    ...childElements(element, 'Override').map((override) => ({ url: override.attributes.Value ?? '', path: override.path })),
  ];
}

/** Every icon the manifest declares, with the size it must have. */
export function collectIconUses(root: XmlElement): IconUse[] {
  const uses: IconUse[] = [];
  const iconUrl = childElement(root, 'IconUrl');
  if (iconUrl) uses.push(...urlAndOverrides(iconUrl).map((at) => ({ ...at, sizes: [32], role: '<IconUrl>' })));
  const highResolution = childElement(root, 'HighResolutionIconUrl');
  if (highResolution) {
    uses.push(...urlAndOverrides(highResolution).map((at) => ({ ...at, sizes: [64, 80], role: '<HighResolutionIconUrl>' })));
  }
  for (const overrides of childElements(root, 'VersionOverrides')) {
    const images = resourceDefinitions(overrides).filter((definition) => definition.kind === 'image');
    const references = allElements(overrides).filter(
      (element) => element.localName === 'Image' && element.attributes.resid !== undefined,
    );
    const seen = new Set<string>();
    for (const reference of references) {
      const size = Number(reference.attributes.size);
      const resid = reference.attributes.resid ?? '';
      const image = images.find((definition) => definition.id === resid);
      // An undefined resid is reported by checkResourceReferences; a missing size by the schema.
      if (!image || !Number.isInteger(size) || seen.has(`${resid}@${size}`)) continue;
      seen.add(`${resid}@${size}`);
      uses.push(...urlAndOverrides(image.element).map((at) => ({ ...at, sizes: [size], role: `bt:Image "${resid}" (size="${size}")` })));
    }
  }
  return uses;
}

function checkIconFile(use: IconUse, assetsDir: string): ManifestProblem[] {
  const file = localAssetPath(use.url, assetsDir);
  if (!file) return []; // a remote icon cannot be checked offline
  const name = basename(file);
  const expected = use.sizes.map((size) => `${size}×${size}`).join(' hoặc ');
  const expectedEn = use.sizes.map((size) => `${size}×${size}`).join(' or ');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return [
      problem(
        'icon-missing',
        use.path,
        `Biểu tượng ${use.role} trỏ tới ${use.url} nhưng không có tệp ${file}.`,
        `The icon ${use.role} points at ${use.url} but ${file} does not exist.`,
      ),
    ];
  }
  const size = readPngSize(bytes);
  if (!size) {
    return [
      problem(
        'icon-not-png',
        use.path,
        `Tệp biểu tượng ${name} (${use.role}) không phải là ảnh PNG.`,
        `The icon file ${name} (${use.role}) is not a PNG image.`,
      ),
    ];
  }
  const problems: ManifestProblem[] = [];
  if (size.width !== size.height || !use.sizes.includes(size.width)) {
    problems.push(
      problem(
        'icon-wrong-size',
        use.path,
        `Biểu tượng ${name} có kích thước ${size.width}×${size.height} px, nhưng ${use.role} cần ${expected} px.`,
        `The icon ${name} is ${size.width}×${size.height} px, but ${use.role} needs ${expectedEn} px.`,
      ),
    );
  }
  if (statSync(file).size > ICON_MAX_BYTES) {
    problems.push(
      problem(
        'icon-too-large',
        use.path,
        `Tệp biểu tượng ${name} lớn hơn 100 KB.`,
        `The icon file ${name} is larger than 100 KB.`,
      ),
    );
  }
  return problems;
}

/** Icons served from https://localhost:…/assets/ exist in the assets folder, are PNGs and have the declared size. */
export function checkIconFiles({ root, assetsDir }: CheckContext): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const reported = new Set<string>();
  for (const use of collectIconUses(root)) {
    for (const found of checkIconFile(use, assetsDir)) {
      const key = `${found.code}|${found.path}|${found.en}`;
      if (!reported.has(key)) problems.push(found);
      reported.add(key);
    }
  }
  return problems;
}

/** Other local assets URLs (help page, learn-more page) point at files that exist. */
export function checkLocalAssetUrls({ root, assetsDir }: CheckContext): ManifestProblem[] {
  const iconOwners = new Set(['IconUrl', 'HighResolutionIconUrl', 'Image']);
  return collectUrls(root).flatMap(({ url, path, owner }) => {
    if (iconOwners.has(owner.localName)) return [];
    const file = localAssetPath(url, assetsDir);
    if (!file) return [];
    try {
      statSync(file);
      return [];
    } catch {
      return [
        problem(
          'asset-missing',
          path,
          `${url} trỏ tới tệp ${file} nhưng tệp này không tồn tại.`,
          `${url} points at ${file}, which does not exist.`,
        ),
      ];
    }
  });
}

/** "Mandatory values are 16, 32, and 80" for the size of the images of a ribbon <Icon>. */
export const REQUIRED_RIBBON_ICON_SIZES = [16, 32, 80];

export function checkRibbonIconSizes({ root }: CheckContext): ManifestProblem[] {
  const icons = childElements(root, 'VersionOverrides').flatMap((overrides) =>
    allElements(overrides).filter((element) => element.localName === 'Icon'),
  );
  return icons.flatMap((icon) => {
    const sizes = childElements(icon, 'Image').map((image) => Number(image.attributes.size));
    const missing = REQUIRED_RIBBON_ICON_SIZES.filter((size) => !sizes.includes(size));
    if (missing.length === 0) return [];
    const list = missing.map((size) => `size="${size}"`).join(', ');
    return [
      problem(
        'icon-sizes-incomplete',
        icon.path,
        `<Icon> thiếu <bt:Image> ${list}: Office cần đủ ba cỡ 16, 32 và 80 px.`,
        `<Icon> lacks <bt:Image> ${list}: Office needs all three sizes, 16, 32 and 80 px.`,
      ),
    ];
  });
}
