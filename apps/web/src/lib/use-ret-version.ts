import { useCallback, useEffect, useRef, useState } from 'react';

/** The newest version met on a 412, and how many times: a new count re-announces the same warning. */
export interface Konflikt<T> {
  nu: T;
  gang: number;
}

/**
 * The version a "Ret" form saves against (If-Match). After a 412 the form builds on the version someone
 * else saved, keeps what the user typed, and moves focus to the warning that shows `konflikt.nu`, so
 * saving again is a deliberate overwrite rather than a blind one. `Nu` is what a re-read returns, when
 * that is richer than what the form was opened on.
 */
export function useRetVersion<T, Nu extends T = T>(aabnetPaa: T) {
  const [base, setBase] = useState<T>(aabnetPaa);
  const [konflikt, setKonflikt] = useState<Konflikt<Nu> | null>(null);
  const konfliktRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (konflikt) konfliktRef.current?.focus();
  }, [konflikt]);

  const nyVersion = useCallback((nu: Nu) => {
    setBase(nu);
    setKonflikt((forrige) => ({ nu, gang: (forrige?.gang ?? 0) + 1 }));
  }, []);

  return { base, konflikt, konfliktRef, nyVersion };
}
