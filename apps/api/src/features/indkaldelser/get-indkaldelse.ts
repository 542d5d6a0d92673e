import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import type { Aktoer } from '../../auth/aktoer.js';
import { type IndkaldelserDeps, logRead, requireIndkaldelse } from './indkaldelse-aendring.js';
import { toIndkaldelseDto } from './indkaldelse-dto.js';

/** One meeting, when its citizen is visible to the caller. */
export function getIndkaldelse(deps: IndkaldelserDeps, aktoer: Aktoer, id: string): Promise<Indkaldelse> {
  return deps.prisma.$transaction(async (tx) => {
    const row = await requireIndkaldelse(tx, aktoer, id);
    await logRead(deps, tx, aktoer, row.borger.id, 'Sagsbehandling: et møde');
    return toIndkaldelseDto(row);
  });
}
