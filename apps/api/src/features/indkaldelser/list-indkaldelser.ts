import type { Aktoer } from '../../auth/aktoer.js';
import { type BorgerNoegle, findBorger, type IndkaldelserDeps, logRead } from './indkaldelse-aendring.js';
import { toIndkaldelseDto } from './indkaldelse-dto.js';
import { indkaldelserRepository } from './indkaldelser.repository.js';

/** The citizen's meetings with every myndighed, cancelled ones included (GetIndkaldelser). */
export function listIndkaldelser(deps: IndkaldelserDeps, aktoer: Aktoer, borger: BorgerNoegle) {
  return deps.prisma.$transaction(async (tx) => {
    const { id } = await findBorger(tx, aktoer, borger);
    const rows = await indkaldelserRepository(tx).listForBorger(id);
    await logRead(deps, tx, aktoer, id, 'Borgerens møder');
    return { items: rows.map(toIndkaldelseDto) };
  });
}
