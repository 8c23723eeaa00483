import { useEffect, useState } from 'react';

export type ComposeEngine = typeof import('./compose-engine');

let loading: Promise<ComposeEngine> | null = null;

export function loadCompose(): Promise<ComposeEngine> {
  loading ??= import(/* webpackChunkName: "compose" */ './compose-engine');
  return loading;
}

/** The compose engine once loaded (null before). */
export function useCompose(): ComposeEngine | null {
  const [engine, setEngine] = useState<ComposeEngine | null>(null);
  useEffect(() => {
    let live = true;
    void loadCompose().then((loaded) => live && setEngine(loaded));
    return () => {
      live = false;
    };
  }, []);
  return engine;
}
