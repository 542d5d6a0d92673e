import { formidlingsstatusNavn } from '@jobcenter/domain/jobordre/jobordre.codelists';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { requireBorger } from '../../borger-adgang/borger-adgang.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError } from '../../http/app-error.js';
import { assertFormidling, type JobordrerDeps, konfliktramte, requireJobordre } from './jobordre-aendring.js';
import { toFormidlingDto } from './jobordre-dto.js';
import { type FormidlingRow, jobordrerRepository } from './jobordrer.repository.js';

/** R18, R21: propose a citizen of the own myndighed to an open jobordre of a company not in conflict. */
export async function createFormidling(
  deps: JobordrerDeps,
  aktoer: BrugerAktoer,
  jobordreId: string,
  input: { borgerId: string; formidlingsstatus: number },
) {
  const { clock, accessLog, historik } = deps;
  try {
    return await deps.prisma.$transaction(async (tx) => {
      const repository = jobordrerRepository(tx);
      const status = await repository.lockStatus(jobordreId);
      if (status === null) throw new AppError('IKKE_FUNDET', { detail: 'Jobordren findes ikke' });
      const row = await requireJobordre(tx, jobordreId);
      const borger = await requireBorger(tx, aktoer, input.borgerId);
      assertFormidling({
        ny: true,
        formidlingsstatus: input.formidlingsstatus,
        jobordrestatus: status,
        konfliktramt: (await konfliktramte(deps, tx, [row]))(row),
      });
      const now = clock.now();
      const formidling = await repository.createFormidling({
        jobordreId,
        borgerId: borger.id,
        formidlingsstatus: input.formidlingsstatus,
        createdAt: now,
        historik: {
          tidspunkt: now,
          aktoer: aktoer.brugernavn,
          myndighedKode: aktoer.myndighed.kode,
          myndighedNavn: aktoer.myndighed.navn,
        },
      });
      await historik.record(
        tx,
        aktoer,
        borger.id,
        'FORMIDLING',
        `Foreslået til jobordre "${row.titel}" hos ${row.virksomhed.navn} (${formidlingsstatusNavn(input.formidlingsstatus)})`,
      );
      await accessLog.record(tx, aktoer, {
        entitet: 'borger',
        entitetId: borger.id,
        borgerId: borger.id,
        handling: 'opret',
        formaal: 'Formidling til jobordre',
      });
      return toFormidlingDto((await repository.findFormidling(formidling.id)) as FormidlingRow, aktoer);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('VALIDERINGSFEJL', {
        errors: [{ path: 'borgerId', message: 'Borgeren er allerede foreslået til jobordren' }],
      });
    }
    throw error;
  }
}
