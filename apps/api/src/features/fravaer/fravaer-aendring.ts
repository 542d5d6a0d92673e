import type { Fravaer } from '@jobcenter/domain/fravaer/fravaer.contract';
import {
  afvisFravaersaarsag,
  findOverlappendeFravaer,
  fravaerBeskedModtagere,
} from '@jobcenter/domain/fravaer/fravaer.rules';
import { fravaersaarsagAfvisningTekst } from '@jobcenter/domain/fravaer/fravaer-konsekvens.tekst';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import type { AccessLog } from '../../access-log/access-log.js';
import type { Aktoer, BrugerAktoer } from '../../auth/aktoer.js';
import { requireBorger } from '../../borger-adgang/borger-adgang.js';
import type { Clock } from '../../clock.js';
import { fromIsoDate } from '../../db/dates.js';
import type { Prisma, PrismaClient } from '../../db/prisma-types.js';
import type { BorgerHistorikLog } from '../../historik/borger-historik.js';
import { AppError } from '../../http/app-error.js';
import { type Aendringstype, appendBeskeder } from '../beskeder/outbox.js';
import type { BorgerRow } from '../borgere/borgere.repository.js';
import { type FravaerRow, fravaerRepository } from './fravaer.repository.js';
import { aarsagRef, toFravaerDto } from './fravaer-dto.js';
import { type FravaerFelter, felterAf, visDato } from './fravaer-felter.js';

export type Tx = Prisma.TransactionClient;

/** What the fravær use cases need; each use case is one function of these and its arguments. */
export interface FravaerDeps {
  prisma: PrismaClient;
  clock: Clock;
  accessLog: AccessLog;
  historik: BorgerHistorikLog;
}

export const idag = (deps: Pick<FravaerDeps, 'clock'>) => copenhagenDate(deps.clock.now());

/** The fravær, when its citizen is visible; a deleted one only for reading its history. */
export async function requireFravaer(
  tx: Tx | PrismaClient,
  aktoer: Aktoer,
  id: string,
  options: { slettet?: boolean } = {},
): Promise<{ row: FravaerRow; borger: BorgerRow }> {
  const row = await fravaerRepository(tx).find(id);
  if (!row || (row.slettet && !options.slettet))
    throw new AppError('IKKE_FUNDET', { detail: 'Fraværet findes ikke' });
  const borger = await requireBorger(tx, aktoer, row.borgerId);
  return { row, borger };
}

/** R8, R10 and the matrix: throws the contract's code, with the domain's Danish, when the reason is refused. */
export async function assertAarsag(tx: Tx, fravaersaarsag: number, kontaktgruppe: number): Promise<void> {
  const afvisning = afvisFravaersaarsag(fravaersaarsag, kontaktgruppe, await fravaerRepository(tx).matrix());
  if (afvisning === 'UKENDT') {
    throw new AppError('VALIDERINGSFEJL', {
      errors: [{ path: 'fravaersaarsag', message: 'Ukendt fraværsårsag' }],
    });
  }
  if (afvisning) {
    const message = fravaersaarsagAfvisningTekst(afvisning, fravaersaarsag, kontaktgruppe);
    throw new AppError(afvisning, { detail: message, errors: [{ path: 'fravaersaarsag', message }] });
  }
}

/**
 * Issue 18: refuses a fravær of a reason the citizen already has at the same time when one of the two has no
 * end (VALIDERINGSFEJL on the date to change). `id` is the fravær being changed, absent for a new one.
 */
export async function assertIngenOverlap(
  tx: Tx,
  borgerId: string,
  fravaer: { id?: string } & Pick<FravaerFelter, 'fravaersaarsag' | 'startdato' | 'slutdato'>,
): Promise<void> {
  const eksisterende = (await fravaerRepository(tx).listForBorgere([borgerId])).map((row) => ({
    id: row.id,
    ...felterAf(row),
  }));
  const andet = findOverlappendeFravaer({ id: fravaer.id ?? '', ...fravaer }, eksisterende);
  if (!andet) return;
  const message = `Borgeren har allerede fravær med årsagen ${aarsagRef(andet.fravaersaarsag).navn} fra ${visDato(andet.startdato)}${andet.slutdato ? ` til ${visDato(andet.slutdato)}` : ' uden slutdato'}: ret eller afslut det i stedet`;
  const path = fravaer.slutdato === null && andet.slutdato !== null ? 'slutdato' : 'startdato';
  throw new AppError('VALIDERINGSFEJL', { detail: message, errors: [{ path, message }] });
}

export async function fravaerDto(deps: FravaerDeps, tx: Tx, row: FravaerRow): Promise<Fravaer> {
  const [jobcenter] = await fravaerRepository(tx).jobcentre([row.jobcenterNummer]);
  return toFravaerDto(
    row,
    jobcenter ?? { nummer: row.jobcenterNummer, navn: row.jobcenterNummer },
    idag(deps),
  );
}

/**
 * The version row, the history, the access log and (R9: kontaktgruppe 1 only) one webservicebesked for the
 * citizen's a-kasse and one for its jobcentre, all in the transaction of the change.
 */
export async function recordAendring(
  deps: FravaerDeps,
  tx: Tx,
  aktoer: BrugerAktoer,
  borger: BorgerRow,
  fravaer: { id: string; version: number } & FravaerFelter,
  aendringstype: Aendringstype,
  detaljer: { berigtigelseskommentar?: string; aendringer?: string[] },
): Promise<void> {
  const { clock, accessLog, historik } = deps;
  await fravaerRepository(tx).addVersion({
    fravaerId: fravaer.id,
    version: fravaer.version,
    aendringstype,
    tidspunkt: clock.now(),
    aktoer: aktoer.brugernavn,
    myndighedKode: aktoer.myndighed.kode,
    myndighedNavn: aktoer.myndighed.navn,
    fravaersaarsag: fravaer.fravaersaarsag,
    startdato: fromIsoDate(fravaer.startdato),
    slutdato: fravaer.slutdato ? fromIsoDate(fravaer.slutdato) : null,
    kommentar: fravaer.kommentar,
    berigtigelseskommentar: detaljer.berigtigelseskommentar ?? null,
  });
  const navn = aarsagRef(fravaer.fravaersaarsag).navn;
  const periode = `${visDato(fravaer.startdato)}${fravaer.slutdato ? `–${visDato(fravaer.slutdato)}` : ' og frem'}`;
  const beskrivelse =
    aendringstype === 1
      ? `Fravær registreret: ${navn} ${periode}`
      : aendringstype === 2
        ? `Fravær ændret: ${navn} ${periode}${detaljer.aendringer?.length ? ` (${detaljer.aendringer.join('; ')})` : ''}`
        : `Fravær slettet: ${navn} ${periode}. Berigtigelse: ${detaljer.berigtigelseskommentar}`;
  await historik.record(
    tx,
    aktoer,
    borger.id,
    ['', 'FRAVAER_OPRETTET', 'FRAVAER_AENDRET', 'FRAVAER_SLETTET'][aendringstype] as string,
    beskrivelse,
  );
  await accessLog.record(tx, aktoer, {
    entitet: 'borger',
    entitetId: borger.id,
    borgerId: borger.id,
    handling: (['', 'opret', 'aendr', 'slet'] as const)[aendringstype] as 'opret' | 'aendr' | 'slet',
    formaal: 'Sagsbehandling: registrering af fravær',
  });
  const modtagere = fravaerBeskedModtagere({
    kontaktgruppe: borger.kontaktgruppe,
    akasseKode: borger.akasse?.kode ?? null,
    jobcenterNummer: borger.jobcenter.nummer,
  });
  if (modtagere.length === 0) return;
  await appendBeskeder(
    tx,
    clock,
    {
      type: 'FRAVAER',
      aendringstype,
      cpr: borger.cpr,
      data: {
        fravaerId: fravaer.id,
        fravaersaarsag: fravaer.fravaersaarsag,
        startdato: fravaer.startdato,
        slutdato: fravaer.slutdato,
        jobcenter: borger.jobcenter.nummer,
        akasse: borger.akasse?.kode ?? null,
      },
    },
    modtagere,
  );
}
