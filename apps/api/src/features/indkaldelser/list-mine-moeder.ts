import { copenhagenDayBounds } from '@jobcenter/domain/tid/copenhagen';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import type { IndkaldelserDeps } from './indkaldelse-aendring.js';
import { toIndkaldelseDto } from './indkaldelse-dto.js';
import { indkaldelserRepository } from './indkaldelser.repository.js';

/** Mine møder: the user's jobcentre's meetings on a Copenhagen calendar day. */
export function listMineMoeder(deps: IndkaldelserDeps, aktoer: BrugerAktoer, dato: string) {
  return deps.prisma.$transaction(async (tx) => {
    const [fra, til] = copenhagenDayBounds(dato);
    const rows = await indkaldelserRepository(tx).listForJobcenter(aktoer.jobcenter.nummer, fra, til);
    await deps.accessLog.recordMany(
      tx,
      aktoer,
      [...new Set(rows.map((row) => row.borger.id))].map((borgerId) => ({
        entitet: 'borger' as const,
        entitetId: borgerId,
        borgerId,
        handling: 'laes' as const,
        formaal: 'Mine møder: dagens møder',
      })),
    );
    return { items: rows.map(toIndkaldelseDto) };
  });
}
