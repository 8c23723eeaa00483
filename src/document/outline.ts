/** Builds the tree of headings from paragraphs that have a heading source. */
import type { DocumentModel, OutlineNode, Paragraph } from './model';

/** Title of a heading: its body, cut at a run-in colon ("a) Về tuyên truyền: Trong kỳ ...") and trimmed. */
export function headingTitle(body: string): string {
  const trimmed = body.trim();
  const colon = trimmed.indexOf(':');
  if (colon > 0 && colon < trimmed.length - 1 && colon <= 100) return trimmed.slice(0, colon).trim();
  return trimmed.replace(/:$/, '').trim();
}

export function buildOutline(paragraphs: readonly Paragraph[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.headingSource === null || paragraph.level === null) continue;
    const node: OutlineNode = {
      paragraph: paragraph.index,
      level: paragraph.level,
      label: paragraph.label,
      title: headingTitle(paragraph.body),
      children: [],
    };
    while (stack.length > 0 && (stack[stack.length - 1] as OutlineNode).level >= node.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

/** The outline as lines "level label title", indented two spaces per level below 1 after the level number. */
export function formatOutline(source: DocumentModel | readonly OutlineNode[]): string[] {
  const nodes = 'outline' in source ? source.outline : source;
  const lines: string[] = [];
  const walk = (list: readonly OutlineNode[]): void => {
    for (const node of list) {
      const indent = '  '.repeat(Math.max(0, node.level - 1));
      lines.push(`${node.level} ${indent}${node.label ? `${node.label} ` : ''}${node.title}`);
      walk(node.children);
    }
  };
  walk(nodes);
  return lines;
}
