import type { Jobordre, OpretJobordre } from '@jobcenter/domain/jobordre/jobordre.contract';
import { kanAendreJobordre } from '@jobcenter/domain/jobordre/jobordre.rules';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { fromIsoDate } from '../../db/dates.js';
import { AppError } from '../../http/app-error.js';
import {
  assertFristIkkePasseret,
  type JobordrerDeps,
  konfliktramte,
  logJobordre,
} from './jobordre-aendring.js';
import { toJobordreDto } from './jobordre-dto.js';
import { jobordrerRepository } from './jobordrer.repository.js';

/** A new jobordre of a known company (and its P-unit), with a responsible jobcentre of the own myndighed. */
export function createJobordre(
  deps: JobordrerDeps,
  aktoer: BrugerAktoer,
  input: OpretJobordre & { beskrivelse?: string },
): Promise<Jobordre> {
  return deps.prisma.$transaction(async (tx) => {
    const repository = jobordrerRepository(tx);
    const virksomhed = await repository.findVirksomhed(input.cvrNummer);
    if (!virksomhed) {
      throw new AppError('VALIDERINGSFEJL', {
        errors: [{ path: 'cvrNummer', message: 'Virksomheden findes ikke' }],
      });
    }
    if (input.pNummer && !virksomhed.pEnheder.some((enhed) => enhed.pNummer === input.pNummer)) {
      throw new AppError('VALIDERINGSFEJL', {
        errors: [{ path: 'pNummer', message: 'P-enheden hører ikke til virksomheden' }],
      });
    }
    if (!(await repository.jobcenterFindes(input.ansvarligtJobcenter))) {
      throw new AppError('VALIDERINGSFEJL', {
        errors: [{ path: 'ansvarligtJobcenter', message: 'Ukendt jobcenter' }],
      });
    }
    if (!kanAendreJobordre(aktoer.jobcenter.nummer, input.ansvarligtJobcenter)) {
      throw new AppError('JOBORDRE_ANDEN_MYNDIGHED', {
        detail: 'Du kan kun oprette jobordrer med et ansvarligt jobcenter i din egen myndighed',
      });
    }
    // A new jobordre is Åben: its deadline cannot have passed (issue 18).
    assertFristIkkePasseret(
      deps,
      { status: 1, ansoegningsfrist: input.ansoegningsfrist ?? null },
      'ansoegningsfrist',
    );
    const row = await repository.create({
      titel: input.titel,
      beskrivelse: input.beskrivelse ?? '',
      cvrNummer: input.cvrNummer,
      pNummer: input.pNummer ?? null,
      antalStillinger: input.antalStillinger,
      ansoegningsfrist: input.ansoegningsfrist ? fromIsoDate(input.ansoegningsfrist) : null,
      ansvarligtJobcenter: input.ansvarligtJobcenter,
      oprettetAf: aktoer.brugernavn,
    });
    await logJobordre(deps, tx, aktoer, row.id, 'opret', 'Oprettelse af jobordre');
    return toJobordreDto(row, aktoer, (await konfliktramte(deps, tx, [row]))(row));
  });
}
