import type { JobordreDetalje } from '@jobcenter/domain/jobordre/jobordre.contract';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { type JobordrerDeps, jobordreDetalje, logJobordre, requireJobordre } from './jobordre-aendring.js';

/** The jobordre with its candidates. */
export function getJobordre(deps: JobordrerDeps, aktoer: BrugerAktoer, id: string): Promise<JobordreDetalje> {
  return deps.prisma.$transaction(async (tx) => {
    const row = await requireJobordre(tx, id);
    await logJobordre(deps, tx, aktoer, id, 'laes', 'Jobordre og kandidater');
    return jobordreDetalje(deps, tx, aktoer, row);
  });
}
