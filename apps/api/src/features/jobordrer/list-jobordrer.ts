import type { BrugerAktoer } from '../../auth/aktoer.js';
import { type JobordrerDeps, konfliktramte, logJobordre } from './jobordre-aendring.js';
import { toJobordreDto } from './jobordre-dto.js';
import { jobordrerRepository } from './jobordrer.repository.js';

/** Search in every jobcentre's jobordrer, by status, text or company; the search is logged with its criteria. */
export function listJobordrer(
  deps: JobordrerDeps,
  aktoer: BrugerAktoer,
  filter: { status?: number | undefined; q?: string | undefined; cvrNummer?: string | undefined },
) {
  return deps.prisma.$transaction(async (tx) => {
    const rows = await jobordrerRepository(tx).search(filter);
    const konflikt = await konfliktramte(deps, tx, rows);
    await logJobordre(deps, tx, aktoer, null, 'soeg', 'Søgning i jobordrer', { ...filter });
    return { items: rows.map((row) => toJobordreDto(row, aktoer, konflikt(row))) };
  });
}
