import { useEffect, useState } from 'react';

export type Engine = typeof import('./engine');

let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "engine" */ './engine');
  return loading;
}

/** The engine once loaded (null before): for views that need the plan's data. */
export function useEngine(): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let live = true;
    void loadEngine().then((loaded) => live && setEngine(loaded));
    return () => {
      live = false;
    };
  }, []);
  return engine;
}
