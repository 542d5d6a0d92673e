import type { JobordreDetalje, OpdaterJobordre } from '@jobcenter/domain/jobordre/jobordre.contract';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { fromIsoDate, toIsoDate } from '../../db/dates.js';
import { AppError } from '../../http/app-error.js';
import { assertVersion } from '../../http/if-match.js';
import {
  assertFristIkkePasseret,
  type JobordrerDeps,
  jobordreDetalje,
  logJobordre,
  requireAendreligJobordre,
  requireJobordre,
} from './jobordre-aendring.js';
import { jobordrerRepository } from './jobordrer.repository.js';

/** R19: only a user whose jobcentre shares the myndighed of the responsible one; status changes included. */
export function updateJobordre(
  deps: JobordrerDeps,
  aktoer: BrugerAktoer,
  id: string,
  version: number,
  body: OpdaterJobordre,
): Promise<JobordreDetalje> {
  return deps.prisma.$transaction(async (tx) => {
    const row = await requireAendreligJobordre(tx, aktoer, id);
    assertVersion(row.version, version, 'jobordren');
    if (body.status !== undefined || body.ansoegningsfrist !== undefined) {
      assertFristIkkePasseret(
        deps,
        {
          status: body.status ?? row.status,
          ansoegningsfrist:
            body.ansoegningsfrist !== undefined
              ? body.ansoegningsfrist
              : row.ansoegningsfrist
                ? toIsoDate(row.ansoegningsfrist)
                : null,
        },
        body.ansoegningsfrist !== undefined ? 'ansoegningsfrist' : 'status',
      );
    }
    const repository = jobordrerRepository(tx);
    const changed = await repository.updateIfVersion(id, version, {
      ...(body.titel !== undefined ? { titel: body.titel } : {}),
      ...(body.beskrivelse !== undefined ? { beskrivelse: body.beskrivelse } : {}),
      ...(body.antalStillinger !== undefined ? { antalStillinger: body.antalStillinger } : {}),
      ...(body.ansoegningsfrist !== undefined
        ? { ansoegningsfrist: body.ansoegningsfrist ? fromIsoDate(body.ansoegningsfrist) : null }
        : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
    });
    if (!changed)
      throw new AppError('VERSION_KONFLIKT', {
        detail: 'Nogen har ændret jobordren, siden du åbnede den.',
      });
    await logJobordre(
      deps,
      tx,
      aktoer,
      id,
      'aendr',
      body.status !== undefined ? 'Statusændring af jobordre' : 'Ændring af jobordre',
    );
    return jobordreDetalje(deps, tx, aktoer, await requireJobordre(tx, id));
  });
}
