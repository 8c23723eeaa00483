import type { DocumentModel } from '../../document/model';
import { opensBody } from './body-names';
import { bodyName } from './defined-name';

/** "— nay là …", "(nay là …)" after a body's name: what the body is now. */
export const NOW_CALLED = /\s*(?:[—–]|\(|-\s)\s*nay là\s+([^();.—–]{3,80}?)\s*(?:\)|(?=[.;])|$).*$/u;

/**
 * Bodies the plan names by a former name, then by what they are now: "Thanh tra Sở — nay là bộ phận thanh tra thuộc
 * Văn phòng", "Thanh tra Sở (nay là …)": [former, now]. A body that is now part of another heads its reports with its
 * own name under its parent's ("VĂN PHÒNG SỞ" / "BỘ PHẬN THANH TRA"): that name as well.
 */
export function renamedBodies(model: DocumentModel): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const p of model.paragraphs) {
    for (const entry of p.text.split(/\s*[;:]\s*/u)) {
      const now = NOW_CALLED.exec(entry);
      if (!now) continue;
      const former = bodyName(entry.slice(0, now.index));
      const name = now[1]!.trim();
      if (!opensBody(former) || !opensBody(name)) continue;
      const own = name.replace(/\s+(?:trực\s+)?thuộc\s+\S.*$/u, '');
      out.push([former, own !== name ? [name, own] : [name]]);
    }
  }
  return out;
}
