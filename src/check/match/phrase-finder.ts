/**
 * Which of a fixed list of phrases a text contains, as `phrases.filter((p) => text.includes(p))` says, in one pass over
 * the text: each phrase is looked for only where its first two characters stand. (A list of a hundred phrases read
 * phrase by phrase costs a search per phrase, for every text of a report.)
 */
export class PhraseFinder {
  private readonly phrases: readonly string[];
  /** first two characters (as one number) → the indices of the phrases that open with them */
  private readonly byHead = new Map<number, number[]>();
  /** Phrases of fewer than two characters, looked for one by one. */
  private readonly short: number[] = [];
  private readonly seen: Uint8Array;

  constructor(phrases: readonly string[]) {
    this.phrases = phrases;
    this.seen = new Uint8Array(phrases.length);
    phrases.forEach((phrase, index) => {
      if (phrase.length < 2) {
        this.short.push(index);
        return;
      }
      const head = pairAt(phrase, 0);
      const list = this.byHead.get(head);
      if (list) list.push(index);
      else this.byHead.set(head, [index]);
    });
  }

  /** The phrases the text contains, in the list's order. */
  foundIn(text: string): string[] {
    const { phrases, seen } = this;
    let any = false;
    for (let at = 0; at + 1 < text.length; at += 1) {
      const list = this.byHead.get(pairAt(text, at));
      if (list === undefined) continue;
      for (const index of list) {
        if (seen[index] === 0 && text.startsWith(phrases[index]!, at)) {
          seen[index] = 1;
          any = true;
        }
      }
    }
    for (const index of this.short) {
      if (text.includes(phrases[index]!)) {
        seen[index] = 1;
        any = true;
      }
    }
    const found: string[] = [];
    if (!any) return found;
    for (let index = 0; index < phrases.length; index += 1) {
      if (seen[index] === 0) continue;
      found.push(phrases[index]!);
      seen[index] = 0;
    }
    return found;
  }
}

function pairAt(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}
