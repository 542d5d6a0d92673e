import type { MoedeAnsvarligFilter } from '@jobcenter/domain/moede/indkaldelse.contract';
import { copenhagenDayBounds } from '@jobcenter/domain/tid/copenhagen';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import type { IndkaldelserDeps } from './indkaldelse-aendring.js';
import { toIndkaldelseDto } from './indkaldelse-dto.js';
import { indkaldelserRepository } from './indkaldelser.repository.js';

/**
 * Mine møder on a Copenhagen calendar day: the meetings the user is ansvarlig for (`mig`), or the user's
 * jobcentre's (`alle`, the answer before the filter existed and still the default, ADR 0018).
 */
export function listMineMoeder(
  deps: IndkaldelserDeps,
  aktoer: BrugerAktoer,
  dato: string,
  ansvarlig: MoedeAnsvarligFilter = 'alle',
) {
  return deps.prisma.$transaction(async (tx) => {
    const [fra, til] = copenhagenDayBounds(dato);
    const repository = indkaldelserRepository(tx);
    const rows =
      ansvarlig === 'mig'
        ? await repository.listForAnsvarlig(aktoer.brugerId, aktoer.myndighed.kode, fra, til)
        : await repository.listForJobcenter(aktoer.jobcenter.nummer, fra, til);
    await deps.accessLog.recordMany(
      tx,
      aktoer,
      [...new Set(rows.map((row) => row.borger.id))].map((borgerId) => ({
        entitet: 'borger' as const,
        entitetId: borgerId,
        borgerId,
        handling: 'laes' as const,
        formaal:
          ansvarlig === 'mig' ? 'Mine møder: mine møder på dagen' : 'Mine møder: jobcentrets møder på dagen',
      })),
    );
    return { items: rows.map(toIndkaldelseDto) };
  });
}
