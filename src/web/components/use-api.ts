import { type DependencyList, useCallback, useEffect, useState } from 'react';

export type ApiState<T> = {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (data: T) => void;
};

/** Loads data on mount and whenever deps change; keeps the last data while reloading. */
export const useApi = <T>(load: () => Promise<T>, deps: DependencyList): ApiState<T> => {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names the dependencies of load
  const stableLoad = useCallback(load, deps);

  // biome-ignore lint/correctness/useExhaustiveDependencies: tick forces a reload
  useEffect(() => {
    let active = true;
    setLoading(true);
    setError(null);
    stableLoad()
      .then((value) => {
        if (active) setData(value);
      })
      .catch((caught: unknown) => {
        if (active) setError(caught);
      })
      .finally(() => {
        if (active) setLoading(false);
      });
    return () => {
      active = false;
    };
  }, [stableLoad, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload, setData };
};
