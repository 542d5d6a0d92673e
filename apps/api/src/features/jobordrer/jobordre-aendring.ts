import type { JobordreDetalje } from '@jobcenter/domain/jobordre/jobordre.contract';
import {
  aabenMedPasseretFristTekst,
  afvisFormidling,
  formidlingAfvisningTekst,
  isAabenMedPasseretFrist,
  kanAendreJobordre,
} from '@jobcenter/domain/jobordre/jobordre.rules';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import { isKonfliktramt } from '@jobcenter/domain/virksomhed/virksomhed.rules';
import type { AccessLog } from '../../access-log/access-log.js';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { requireBorger } from '../../borger-adgang/borger-adgang.js';
import type { Clock } from '../../clock.js';
import { toIsoDate } from '../../db/dates.js';
import type { Prisma, PrismaClient } from '../../db/prisma-types.js';
import type { BorgerHistorikLog } from '../../historik/borger-historik.js';
import { AppError } from '../../http/app-error.js';
import { toFormidlingDto, toJobordreDto } from './jobordre-dto.js';
import { type JobordreRow, jobordrerRepository } from './jobordrer.repository.js';

export type Tx = Prisma.TransactionClient;

/** What the jobordre and formidling use cases need; each use case is one function of these and its arguments. */
export interface JobordrerDeps {
  prisma: PrismaClient;
  clock: Clock;
  accessLog: AccessLog;
  historik: BorgerHistorikLog;
}

const idag = (deps: Pick<JobordrerDeps, 'clock'>) => copenhagenDate(deps.clock.now());

export async function konfliktramte(
  deps: Pick<JobordrerDeps, 'clock'>,
  tx: Tx,
  rows: readonly Pick<JobordreRow, 'cvrNummer' | 'pNummer'>[],
) {
  const varsler = (
    await jobordrerRepository(tx).konfliktvarsler([...new Set(rows.map((r) => r.cvrNummer))])
  ).map((v) => ({
    cvrNummer: v.cvrNummer,
    pNummer: v.pNummer,
    fraDato: toIsoDate(v.fraDato),
    tilDato: v.tilDato ? toIsoDate(v.tilDato) : null,
  }));
  // A notice on any of the company's P-units, or the whole company, blocks formidling to it (R21).
  return (row: Pick<JobordreRow, 'cvrNummer' | 'pNummer'>) =>
    isKonfliktramt(varsler, { cvrNummer: row.cvrNummer, pNummer: row.pNummer ?? undefined }, idag(deps));
}

export async function requireJobordre(tx: Tx | PrismaClient, id: string): Promise<JobordreRow> {
  const row = await jobordrerRepository(tx).find(id);
  if (!row) throw new AppError('IKKE_FUNDET', { detail: 'Jobordren findes ikke' });
  return row;
}

/** R19: the jobordre, when the caller's jobcentre shares the myndighed of the responsible one (else 403). */
export async function requireAendreligJobordre(tx: Tx | PrismaClient, aktoer: BrugerAktoer, id: string) {
  const row = await requireJobordre(tx, id);
  if (!kanAendreJobordre(aktoer.jobcenter.nummer, row.jobcenter.nummer)) {
    throw new AppError('JOBORDRE_ANDEN_MYNDIGHED', {
      detail: `Jobordren hører til ${row.jobcenter.navn}: kun jobcentre i samme kommune kan ændre den`,
    });
  }
  return row;
}

/** The formidling, when its citizen is visible to the caller (404 otherwise). */
export async function requireFormidling(tx: Tx | PrismaClient, aktoer: BrugerAktoer, id: string) {
  const row = await jobordrerRepository(tx).findFormidling(id);
  if (!row) throw new AppError('IKKE_FUNDET', { detail: 'Formidlingen findes ikke' });
  await requireBorger(tx, aktoer, row.borger.id);
  return row;
}

export const logJobordre = (
  deps: Pick<JobordrerDeps, 'accessLog'>,
  tx: Tx,
  aktoer: BrugerAktoer,
  entitetId: string | null,
  handling: 'laes' | 'soeg' | 'opret' | 'aendr',
  formaal: string,
  soegekriterier?: Record<string, unknown>,
) =>
  deps.accessLog.record(tx, aktoer, {
    entitet: 'jobordre',
    entitetId,
    handling,
    formaal,
    soegekriterier: soegekriterier ?? null,
  });

export function assertFormidling(input: Parameters<typeof afvisFormidling>[0]): void {
  const afvisning = afvisFormidling(input);
  if (afvisning === 'UKENDT_STATUS') {
    throw new AppError('VALIDERINGSFEJL', {
      errors: [{ path: 'formidlingsstatus', message: 'Ukendt formidlingsstatus' }],
    });
  }
  if (afvisning) throw new AppError(afvisning, { detail: formidlingAfvisningTekst[afvisning] });
}

export async function jobordreDetalje(
  deps: Pick<JobordrerDeps, 'clock'>,
  tx: Tx,
  aktoer: BrugerAktoer,
  row: JobordreRow,
): Promise<JobordreDetalje> {
  const konflikt = await konfliktramte(deps, tx, [row]);
  const formidlinger = await jobordrerRepository(tx).formidlinger(row.id);
  return {
    ...toJobordreDto(row, aktoer, konflikt(row)),
    formidlinger: formidlinger.map((f) => toFormidlingDto(f, aktoer)),
  };
}

/** Issue 18: an Åben jobordre with a passed ansøgningsfrist cannot be true (VALIDERINGSFEJL). */
export function assertFristIkkePasseret(
  deps: Pick<JobordrerDeps, 'clock'>,
  jobordre: { status: number; ansoegningsfrist: string | null },
  path: 'ansoegningsfrist' | 'status',
): void {
  if (!isAabenMedPasseretFrist(jobordre, idag(deps))) return;
  throw new AppError('VALIDERINGSFEJL', {
    detail: aabenMedPasseretFristTekst,
    errors: [{ path, message: aabenMedPasseretFristTekst }],
  });
}
