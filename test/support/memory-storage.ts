/** An in-memory Storage; `fail` makes one method throw as a browser would. */
export function memoryStorage(fail: Partial<Record<'getItem' | 'setItem' | 'removeItem', Error>> = {}): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (key: string) => {
      if (fail.getItem) throw fail.getItem;
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (fail.setItem) throw fail.setItem;
      data.set(key, value);
    },
    removeItem: (key: string) => {
      if (fail.removeItem) throw fail.removeItem;
      data.delete(key);
    },
  };
}

