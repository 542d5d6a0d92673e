import type { Aktoer } from '../../auth/aktoer.js';
import { type IndkaldelserDeps, logRead, requireIndkaldelse } from './indkaldelse-aendring.js';
import { moedeformRef } from './indkaldelse-dto.js';
import { indkaldelserRepository } from './indkaldelser.repository.js';

/** GetDeltagelsesvalgshistorik: every choice of form registered on the meeting, newest first. */
export function listValg(deps: IndkaldelserDeps, aktoer: Aktoer, id: string) {
  return deps.prisma.$transaction(async (tx) => {
    const row = await requireIndkaldelse(tx, aktoer, id);
    const valg = await indkaldelserRepository(tx).listValg(id);
    await logRead(deps, tx, aktoer, row.borger.id, 'Borgerens valg af mødeform');
    return {
      items: valg.map((v) => {
        const { aktiv: _aktiv, ...moedeform } = moedeformRef(v.moedeform);
        return {
          moedeform,
          registreret: v.registreret.toISOString(),
          myndighed: { kode: v.myndighedKode, navn: v.myndighedNavn },
          af: v.aktoer,
        };
      }),
    };
  });
}
