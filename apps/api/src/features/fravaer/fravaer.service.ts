import type { Prisma, PrismaClient } from '@jobcenter/db/client';
import { fravaersaarsager } from '@jobcenter/domain/fravaer/fravaer.codelists';
import type {
  Fravaer,
  FravaerDetalje,
  FravaerForhaandsvisningSvar,
  OpdaterFravaer,
} from '@jobcenter/domain/fravaer/fravaer.contract';
import {
  afvisFravaersaarsag,
  fravaerBeskedModtagere,
  fravaerKonsekvenser,
} from '@jobcenter/domain/fravaer/fravaer.rules';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import type { AccessLog } from '../../access-log/access-log.js';
import type { Aktoer, BrugerAktoer } from '../../auth/aktoer.js';
import { requireBorger } from '../../borger-adgang/borger-adgang.js';
import { loadFravaerOgIndsats } from '../../borger-adgang/borger-status.js';
import type { Clock } from '../../clock.js';
import { fromIsoDate, toIsoDate } from '../../db/dates.js';
import type { BorgerHistorikLog } from '../../historik/borger-historik.js';
import { AppError } from '../../http/app-error.js';
import { assertVersion } from '../../http/if-match.js';
import { type Aendringstype, appendBeskeder } from '../beskeder/outbox.js';
import type { BorgerRow } from '../borgere/borgere.repository.js';
import { type FravaerRow, fravaerRepository } from './fravaer.repository.js';
import { aarsagRef, toFravaerDto } from './fravaer-dto.js';

type Tx = Prisma.TransactionClient;

interface FravaerFelter {
  fravaersaarsag: number;
  startdato: string;
  slutdato: string | null;
  kommentar: string | null;
}

const visDato = (dato: string | null) =>
  dato ? `${dato.slice(8, 10)}.${dato.slice(5, 7)}.${dato.slice(0, 4)}` : 'ingen';

function aendringer(foer: FravaerFelter, efter: FravaerFelter): string[] {
  const lines: string[] = [];
  if (foer.fravaersaarsag !== efter.fravaersaarsag) {
    lines.push(`Årsag: ${aarsagRef(foer.fravaersaarsag).navn} → ${aarsagRef(efter.fravaersaarsag).navn}`);
  }
  if (foer.startdato !== efter.startdato)
    lines.push(`Startdato: ${visDato(foer.startdato)} → ${visDato(efter.startdato)}`);
  if (foer.slutdato !== efter.slutdato)
    lines.push(`Slutdato: ${visDato(foer.slutdato)} → ${visDato(efter.slutdato)}`);
  if (foer.kommentar !== efter.kommentar) lines.push('Kommentar ændret');
  return lines;
}

const felterAf = (
  row: Pick<FravaerRow, 'fravaersaarsag' | 'startdato' | 'slutdato' | 'kommentar'>,
): FravaerFelter => ({
  fravaersaarsag: row.fravaersaarsag,
  startdato: toIsoDate(row.startdato),
  slutdato: row.slutdato ? toIsoDate(row.slutdato) : null,
  kommentar: row.kommentar,
});

export function fravaerService(deps: {
  prisma: PrismaClient;
  clock: Clock;
  accessLog: AccessLog;
  historik: BorgerHistorikLog;
}) {
  const { prisma, clock, accessLog, historik } = deps;
  const idag = () => copenhagenDate(clock.now());

  /** The fravær, when its citizen is visible; a deleted one only for reading its history. */
  async function requireFravaer(tx: Tx, aktoer: Aktoer, id: string, options: { slettet?: boolean } = {}) {
    const row = await fravaerRepository(tx).find(id);
    if (!row || (row.slettet && !options.slettet))
      throw new AppError('IKKE_FUNDET', { detail: 'Fraværet findes ikke' });
    const borger = await requireBorger(tx, aktoer, row.borgerId);
    return { row, borger };
  }

  /** R8, R10 and the matrix: throws the contract's code when the reason cannot be registered. */
  async function assertAarsag(tx: Tx, fravaersaarsag: number, kontaktgruppe: number): Promise<void> {
    const afvisning = afvisFravaersaarsag(
      fravaersaarsag,
      kontaktgruppe,
      await fravaerRepository(tx).matrix(),
    );
    if (afvisning === 'UKENDT') {
      throw new AppError('VALIDERINGSFEJL', {
        errors: [{ path: 'fravaersaarsag', message: 'Ukendt fraværsårsag' }],
      });
    }
    if (afvisning === 'FRAVAERSAARSAG_KAN_IKKE_OPRETTES') {
      const message = 'Fravær 78 kan ikke længere oprettes: ordningen ophørte 31. marts 2022';
      throw new AppError(afvisning, { detail: message, errors: [{ path: 'fravaersaarsag', message }] });
    }
    if (afvisning === 'FRAVAERSAARSAG_IKKE_TILLADT') {
      const message = `${aarsagRef(fravaersaarsag).navn} er ikke tilladt for borgerens kontaktgruppe ${kontaktgruppe}`;
      throw new AppError(afvisning, { detail: message, errors: [{ path: 'fravaersaarsag', message }] });
    }
  }

  /**
   * The version row, the history, the access log and (R9: kontaktgruppe 1 only) one webservicebesked for the
   * citizen's a-kasse and one for its jobcentre, all in the transaction of the change.
   */
  async function registrerAendring(
    tx: Tx,
    aktoer: BrugerAktoer,
    borger: BorgerRow,
    fravaer: { id: string; version: number } & FravaerFelter,
    aendringstype: Aendringstype,
    detaljer: { berigtigelseskommentar?: string; aendringer?: string[] },
  ): Promise<void> {
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

  async function dto(tx: Tx, row: FravaerRow): Promise<Fravaer> {
    const [jobcenter] = await fravaerRepository(tx).jobcentre([row.jobcenterNummer]);
    return toFravaerDto(row, jobcenter ?? { nummer: row.jobcenterNummer, navn: row.jobcenterNummer }, idag());
  }

  const logRead = (tx: Tx, aktoer: Aktoer, borgerId: string, formaal: string) =>
    accessLog.record(tx, aktoer, {
      entitet: 'borger',
      entitetId: borgerId,
      borgerId,
      handling: 'laes',
      formaal,
    });

  return {
    list(aktoer: BrugerAktoer, borgerId: string) {
      return prisma.$transaction(async (tx) => {
        await requireBorger(tx, aktoer, borgerId);
        const rows = await fravaerRepository(tx).listForBorgere([borgerId]);
        const jobcentre = new Map(
          (await fravaerRepository(tx).jobcentre([...new Set(rows.map((r) => r.jobcenterNummer))])).map(
            (j) => [j.nummer, j],
          ),
        );
        await logRead(tx, aktoer, borgerId, 'Sagsbehandling: borgerens fravær');
        return {
          items: rows.map((row) =>
            toFravaerDto(
              row,
              jobcentre.get(row.jobcenterNummer) ?? { nummer: row.jobcenterNummer, navn: '' },
              idag(),
            ),
          ),
        };
      });
    },

    get(aktoer: BrugerAktoer, id: string): Promise<FravaerDetalje> {
      return prisma.$transaction(async (tx) => {
        const { row } = await requireFravaer(tx, aktoer, id, { slettet: true });
        const versioner = await fravaerRepository(tx).versioner(id);
        await logRead(tx, aktoer, row.borgerId, 'Sagsbehandling: et fravær og dets historik');
        return {
          ...(await dto(tx, row)),
          slettet: row.slettet,
          versioner: versioner.map((version, index) => {
            const felter = felterAf(version);
            const forrige = index > 0 ? felterAf(versioner[index - 1] as typeof version) : null;
            return {
              version: version.version,
              aendringstype: version.aendringstype as 1 | 2 | 3,
              tidspunkt: version.tidspunkt.toISOString(),
              bruger: version.aktoer,
              myndighed: { kode: version.myndighedKode, navn: version.myndighedNavn },
              fravaersaarsag: aarsagRef(version.fravaersaarsag),
              startdato: felter.startdato,
              slutdato: felter.slutdato,
              kommentar: version.kommentar,
              berigtigelseskommentar: version.berigtigelseskommentar,
              aendringer: forrige ? aendringer(forrige, felter) : [],
            };
          }),
        };
      });
    },

    create(
      aktoer: BrugerAktoer,
      borgerId: string,
      input: {
        fravaersaarsag: number;
        startdato: string;
        slutdato?: string | null | undefined;
        kommentar?: string | null | undefined;
      },
    ): Promise<Fravaer> {
      return prisma.$transaction(async (tx) => {
        const borger = await requireBorger(tx, aktoer, borgerId);
        await assertAarsag(tx, input.fravaersaarsag, borger.kontaktgruppe);
        const felter: FravaerFelter = {
          fravaersaarsag: input.fravaersaarsag,
          startdato: input.startdato,
          slutdato: input.slutdato ?? null,
          kommentar: input.kommentar?.trim() || null,
        };
        const row = await fravaerRepository(tx).create({
          borgerId,
          jobcenterNummer: aktoer.jobcenter.nummer,
          fravaersaarsag: felter.fravaersaarsag,
          startdato: fromIsoDate(felter.startdato),
          slutdato: felter.slutdato ? fromIsoDate(felter.slutdato) : null,
          kommentar: felter.kommentar,
        });
        await registrerAendring(tx, aktoer, borger, { id: row.id, version: row.version, ...felter }, 1, {});
        return dto(tx, row);
      });
    },

    update(
      aktoer: BrugerAktoer,
      id: string,
      ifMatch: () => number,
      parseBody: () => OpdaterFravaer,
    ): Promise<Fravaer> {
      return prisma.$transaction(async (tx) => {
        const { row, borger } = await requireFravaer(tx, aktoer, id);
        const version = ifMatch();
        assertVersion(row.version, version, 'fraværet');
        const body = parseBody();
        const foer = felterAf(row);
        const efter: FravaerFelter = {
          fravaersaarsag: body.fravaersaarsag ?? foer.fravaersaarsag,
          startdato: body.startdato ?? foer.startdato,
          slutdato: body.slutdato !== undefined ? body.slutdato : foer.slutdato,
          kommentar: body.kommentar !== undefined ? body.kommentar?.trim() || null : foer.kommentar,
        };
        if (efter.slutdato && efter.slutdato < efter.startdato) {
          throw new AppError('VALIDERINGSFEJL', {
            errors: [{ path: 'slutdato', message: 'Slutdatoen må ikke ligge før startdatoen' }],
          });
        }
        if (efter.fravaersaarsag !== foer.fravaersaarsag)
          await assertAarsag(tx, efter.fravaersaarsag, borger.kontaktgruppe);
        const repository = fravaerRepository(tx);
        const changed = await repository.updateIfVersion(id, version, {
          fravaersaarsag: efter.fravaersaarsag,
          startdato: fromIsoDate(efter.startdato),
          slutdato: efter.slutdato ? fromIsoDate(efter.slutdato) : null,
          kommentar: efter.kommentar,
        });
        if (!changed)
          throw new AppError('VERSION_KONFLIKT', {
            detail: 'Nogen har ændret fraværet, siden du åbnede det.',
          });
        await registrerAendring(tx, aktoer, borger, { id, version: version + 1, ...efter }, 2, {
          aendringer: aendringer(foer, efter),
        });
        return dto(tx, (await repository.find(id)) as FravaerRow);
      });
    },

    /** R12: deleting needs a berigtigelseskommentar; the registration stays in the history. */
    remove(
      aktoer: BrugerAktoer,
      id: string,
      ifMatch: () => number,
      parseBody: () => { berigtigelseskommentar: string },
    ) {
      return prisma.$transaction(async (tx) => {
        const { row, borger } = await requireFravaer(tx, aktoer, id);
        const version = ifMatch();
        assertVersion(row.version, version, 'fraværet');
        const { berigtigelseskommentar } = parseBody();
        const changed = await fravaerRepository(tx).updateIfVersion(id, version, { slettet: true });
        if (!changed)
          throw new AppError('VERSION_KONFLIKT', {
            detail: 'Nogen har ændret fraværet, siden du åbnede det.',
          });
        await registrerAendring(tx, aktoer, borger, { id, version: version + 1, ...felterAf(row) }, 3, {
          berigtigelseskommentar,
        });
      });
    },

    /** What saving the draft would change, by the same rule functions as the status (no anchor system has this). */
    forhaandsvis(
      aktoer: BrugerAktoer,
      borgerId: string,
      udkast: {
        fravaersaarsag: number;
        startdato: string;
        slutdato?: string | null | undefined;
        fravaerId?: string | undefined;
      },
    ): Promise<FravaerForhaandsvisningSvar> {
      return prisma.$transaction(async (tx) => {
        const borger = await requireBorger(tx, aktoer, borgerId);
        const sager = await loadFravaerOgIndsats(tx, [borgerId], idag());
        const moeder = await tx.indkaldelse.findMany({
          where: { borgerId, aflyst: false },
          select: { id: true, start: true },
        });
        let afvisning: string | null = null;
        try {
          await assertAarsag(tx, udkast.fravaersaarsag, borger.kontaktgruppe);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          afvisning = error.detail;
        }
        await logRead(tx, aktoer, borgerId, 'Sagsbehandling: konsekvenser af fravær før registrering');
        return {
          afvisning,
          konsekvenser: afvisning
            ? []
            : fravaerKonsekvenser({
                kontaktgruppe: borger.kontaktgruppe,
                fravaer: sager.fravaer(borgerId),
                nyt: {
                  id: udkast.fravaerId ?? 'nyt',
                  fravaersaarsag: udkast.fravaersaarsag,
                  startdato: udkast.startdato,
                  slutdato: udkast.slutdato ?? null,
                },
                iAktivIndsats: sager.iAktivIndsats(borgerId),
                idag: idag(),
                moeder: moeder.map((m) => ({ id: m.id, dato: copenhagenDate(m.start) })),
              }),
        };
      });
    },

    /** The codelist with the matrix cell for a kontaktgruppe (R8, R10). */
    async aarsager(kontaktgruppe: number | undefined) {
      const tilladt = await fravaerRepository(prisma).matrix();
      return {
        items: fravaersaarsager.map((aarsag) => ({
          id: aarsag.id,
          navn: aarsag.navn,
          beskrivelse: aarsag.beskrivelse,
          kanOprettes: aarsag.kanOprettes,
          tilladt: kontaktgruppe === undefined ? true : tilladt(aarsag.id, kontaktgruppe),
          fritagerForSelvbooking: aarsag.selvbooking,
          mindreIntensivIndsats: aarsag.mindreIntensivIndsats,
        })),
      };
    },

    /** The active fravær of a citizen today, for the a-kasse's and jobcentre's person status. */
    async aktive(tx: Tx, borgerId: string): Promise<Fravaer[]> {
      const rows = await fravaerRepository(tx).listForBorgere([borgerId]);
      const dtos = await Promise.all(rows.map((row) => dto(tx, row)));
      return dtos.filter((fravaer) => fravaer.aktiv);
    },
  };
}

export type FravaerService = ReturnType<typeof fravaerService>;
