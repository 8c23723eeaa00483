import { problem, type ManifestProblem } from '../problem';
import { allElements, childElements, type XmlElement } from '../xml-tree';
import type { CheckContext } from './context';

/** Elements whose DefaultValue (and <Override Value>) is a URL. */
const URL_ELEMENTS = new Set(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Image', 'Url', 'QueryUri', 'DictionaryHomePage']);

export interface UrlValue {
  url: string;
  path: string;
  /** The element that carries the URL (for <Override>, its parent). */
  owner: XmlElement;
}

/** Every URL written in the manifest, with where it is. */
export function collectUrls(root: XmlElement): UrlValue[] {
  const urls: UrlValue[] = [];
  for (const element of allElements(root)) {
    if (element.localName === 'AppDomain') {
      urls.push({ url: element.text, path: element.path, owner: element });
      continue;
    }
    if (!URL_ELEMENTS.has(element.localName) || element.attributes.DefaultValue === undefined) continue;
    urls.push({ url: element.attributes.DefaultValue, path: element.path, owner: element });
    for (const override of childElements(element, 'Override')) {
      urls.push({ url: override.attributes.Value ?? '', path: override.path, owner: element });
    }
  }
  return urls;
}

/** Office loads add-in pages and images only over https. */
export function checkHttpsUrls({ root }: CheckContext): ManifestProblem[] {
  return collectUrls(root).flatMap(({ url, path }) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return [problem('url-invalid', path, `"${url}" không phải là URL hợp lệ.`, `"${url}" is not a valid URL.`)];
    }
    if (parsed.protocol === 'https:') return [];
    return [
      problem(
        'url-not-https',
        path,
        `URL phải dùng https: "${url}".`,
        `URLs must use https: "${url}".`,
      ),
    ];
  });
}
