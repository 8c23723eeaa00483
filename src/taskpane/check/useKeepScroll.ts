import { useLayoutEffect, useRef, type RefObject } from 'react';

function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return (document.scrollingElement as HTMLElement | null) ?? null;
}

/** Remembers the scroll position while `busy` and puts it back once the new results are rendered. */
export function useKeepScroll(ref: RefObject<HTMLElement | null>, busy: boolean, runs: number): void {
  const saved = useRef<{ element: HTMLElement; top: number } | null>(null);
  useLayoutEffect(() => {
    if (busy) {
      const element = scrollParent(ref.current);
      saved.current = element ? { element, top: element.scrollTop } : null;
    }
  }, [busy, ref]);
  useLayoutEffect(() => {
    const memory = saved.current;
    if (memory && !busy) {
      memory.element.scrollTop = memory.top;
      saved.current = null;
    }
  }, [runs, busy]);
}
