import type { Formidling } from '@jobcenter/domain/jobordre/jobordre.contract';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { requireBorger } from '../../borger-adgang/borger-adgang.js';
import { AppError } from '../../http/app-error.js';
import type { JobordrerDeps } from './jobordre-aendring.js';
import { toFormidlingDto } from './jobordre-dto.js';
import { jobordrerRepository } from './jobordrer.repository.js';

/** One formidling with its history, when its citizen is visible to the caller. */
export function getFormidling(deps: JobordrerDeps, aktoer: BrugerAktoer, id: string): Promise<Formidling> {
  return deps.prisma.$transaction(async (tx) => {
    const row = await jobordrerRepository(tx).findFormidling(id);
    if (!row) throw new AppError('IKKE_FUNDET', { detail: 'Formidlingen findes ikke' });
    await requireBorger(tx, aktoer, row.borger.id);
    await deps.accessLog.record(tx, aktoer, {
      entitet: 'borger',
      entitetId: row.borger.id,
      borgerId: row.borger.id,
      handling: 'laes',
      formaal: 'Formidling til jobordre',
    });
    return toFormidlingDto(row, aktoer);
  });
}
