import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiProblem } from './api-client';

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

  /**
   * Saves `aendringer` (what differs from `base`) against base's version. Nothing to save: 'ingen'. A 412: the
   * newest version (`hentNyeste`) becomes the base and the warning shows: 'konflikt'. Any other refusal is
   * thrown to the form.
   */
  const gem = async <Svar>(
    aendringer: object,
    send: () => Promise<Svar>,
    hentNyeste: () => Promise<Nu>,
  ): Promise<{ udfald: 'gemt'; svar: Svar } | { udfald: 'ingen' } | { udfald: 'konflikt'; nu: Nu }> => {
    if (Object.keys(aendringer).length === 0) return { udfald: 'ingen' };
    try {
      return { udfald: 'gemt', svar: await send() };
    } catch (error) {
      if (!isApiProblem(error) || error.status !== 412) throw error;
      const nu = await hentNyeste();
      nyVersion(nu);
      return { udfald: 'konflikt', nu };
    }
  };

  return { base, konflikt, konfliktRef, gem };
}
