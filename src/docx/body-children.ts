/**
 * Where each child element of w:body sits in a document.xml that the reader has already accepted as well formed:
 * character offsets of its start tag and of the end of its end tag. Saving inserts between these children and leaves
 * every character of the part outside the insertions as it was.
 */
export interface ElementSpan {
  name: string;
  start: number;
  end: number;
}

export interface BodyLayout {
  children: ElementSpan[];
  /** Where new content goes at the end of the body: before a final w:sectPr, else before </w:body>. */
  endInsert: number;
  /** Where new content goes at the start of the body: right after <w:body ...>. */
  startInsert: number;
}

/** The end of a markup construct starting at `at` ("<!--", "<![CDATA[", "<?"), or of a tag (quotes respected). */
export function endOfMarkup(xml: string, at: number): number {
  if (xml.startsWith('<!--', at)) return xml.indexOf('-->', at + 4) + 3;
  if (xml.startsWith('<![CDATA[', at)) return xml.indexOf(']]>', at + 9) + 3;
  if (xml.startsWith('<?', at)) return xml.indexOf('?>', at + 2) + 2;
  let quote: string | null = null;
  for (let i = at + 1; i < xml.length; i += 1) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return -1;
}

export const tagName = (xml: string, at: number): string => /^<\/?([^\s/>]+)/.exec(xml.slice(at, at + 200))?.[1] ?? '';

export function bodyLayout(xml: string): BodyLayout {
  const children: ElementSpan[] = [];
  const stack: string[] = [];
  let bodyDepth = -1;
  let startInsert = -1;
  let bodyClose = -1;
  let open: ElementSpan | null = null;
  for (let at = xml.indexOf('<'); at >= 0 && at < xml.length; at = xml.indexOf('<', at)) {
    const end = endOfMarkup(xml, at);
    if (end <= at) throw new Error('unterminated markup');
    const special = xml.startsWith('<!', at) || xml.startsWith('<?', at);
    if (!special) {
      const closing = xml[at + 1] === '/';
      const selfClosing = !closing && xml[end - 2] === '/';
      const name = tagName(xml, at);
      if (closing) {
        stack.pop();
        if (bodyDepth >= 0 && stack.length === bodyDepth + 1 && open) {
          children.push({ ...open, end });
          open = null;
        }
        if (bodyDepth >= 0 && stack.length === bodyDepth) {
          bodyClose = at;
          break;
        }
      } else {
        if (bodyDepth >= 0 && stack.length === bodyDepth + 1) {
          if (selfClosing) children.push({ name, start: at, end });
          else open = { name, start: at, end: -1 };
        }
        if (!selfClosing) {
          stack.push(name);
          if (name === 'w:body' && bodyDepth < 0 && stack[0] === 'w:document' && stack.length === 2) {
            bodyDepth = 1;
            startInsert = end;
          }
        }
      }
    }
    at = end;
  }
  if (bodyDepth < 0 || bodyClose < 0) throw new Error('no w:body');
  const last = children.at(-1);
  const endInsert = last?.name === 'w:sectPr' ? last.start : bodyClose;
  return { children, startInsert, endInsert };
}
