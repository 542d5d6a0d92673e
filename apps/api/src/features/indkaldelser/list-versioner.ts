import type { Aktoer } from '../../auth/aktoer.js';
import { type IndkaldelserDeps, logRead, requireIndkaldelse } from './indkaldelse-aendring.js';
import { aendringAf } from './indkaldelse-dto.js';
import { indkaldelserRepository } from './indkaldelser.repository.js';

/** GetIndkaldelseshistorik: each version of the meeting, oldest first, with who made it and what changed. */
export function listVersioner(deps: IndkaldelserDeps, aktoer: Aktoer, id: string) {
  return deps.prisma.$transaction(async (tx) => {
    const row = await requireIndkaldelse(tx, aktoer, id);
    const versioner = await indkaldelserRepository(tx).listVersioner(id);
    await logRead(deps, tx, aktoer, row.borger.id, 'Mødets historik');
    return {
      items: versioner.map((v) => ({
        version: v.version,
        aendringstype: v.aendringstype as 1 | 2 | 3,
        aendringer: v.aendringer,
        ...aendringAf(v),
      })),
    };
  });
}
