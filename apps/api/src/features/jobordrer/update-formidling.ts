import { formidlingsstatusNavn } from '@jobcenter/domain/jobordre/jobordre.codelists';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { AppError } from '../../http/app-error.js';
import { assertVersion } from '../../http/if-match.js';
import {
  assertFormidling,
  type JobordrerDeps,
  konfliktramte,
  requireFormidling,
  requireJobordre,
} from './jobordre-aendring.js';
import { toFormidlingDto } from './jobordre-dto.js';
import { type FormidlingRow, jobordrerRepository } from './jobordrer.repository.js';

/** R18: status 2 only while Åben (and R21); the outcomes Ansat and Ikke ansat at any time. */
export function updateFormidling(
  deps: JobordrerDeps,
  aktoer: BrugerAktoer,
  id: string,
  version: number,
  { formidlingsstatus }: { formidlingsstatus: number },
) {
  const { clock, accessLog, historik } = deps;
  return deps.prisma.$transaction(async (tx) => {
    const repository = jobordrerRepository(tx);
    const row = await requireFormidling(tx, aktoer, id);
    assertVersion(row.version, version, 'formidlingen');
    const status = (await repository.lockStatus(row.jobordreId)) as number;
    const jobordre = await requireJobordre(tx, row.jobordreId);
    assertFormidling({
      ny: false,
      formidlingsstatus,
      jobordrestatus: status,
      konfliktramt: (await konfliktramte(deps, tx, [jobordre]))(jobordre),
    });
    if (!(await repository.updateFormidlingIfVersion(id, version, formidlingsstatus)))
      throw new AppError('VERSION_KONFLIKT', {
        detail: 'Nogen har ændret formidlingen, siden du åbnede den.',
      });
    await repository.addFormidlingHistorik({
      formidlingId: id,
      formidlingsstatus,
      tidspunkt: clock.now(),
      aktoer: aktoer.brugernavn,
      myndighedKode: aktoer.myndighed.kode,
      myndighedNavn: aktoer.myndighed.navn,
    });
    await historik.record(
      tx,
      aktoer,
      row.borger.id,
      'FORMIDLING',
      `Formidling til "${jobordre.titel}": ${formidlingsstatusNavn(formidlingsstatus)}`,
    );
    await accessLog.record(tx, aktoer, {
      entitet: 'borger',
      entitetId: row.borger.id,
      borgerId: row.borger.id,
      handling: 'aendr',
      formaal: 'Formidling til jobordre',
    });
    return toFormidlingDto((await repository.findFormidling(id)) as FormidlingRow, aktoer);
  });
}
