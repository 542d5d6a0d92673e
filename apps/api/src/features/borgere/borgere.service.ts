import type { Borger, Historik } from '@jobcenter/domain/borger/borger.contract';
import {
  isLedighedsdatoIFremtiden,
  ledighedsdatoIFremtidenTekst,
} from '@jobcenter/domain/borger/borger.rules';
import { kontaktgruppeNavn } from '@jobcenter/domain/borger/kontaktgruppe.codelists';
import { myndighedskodeOf } from '@jobcenter/domain/identifiers/jobcenter.rules';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import type { AccessLog } from '../../access-log/access-log.js';
import { adgangslogRepository } from '../../access-log/adgangslog.repository.js';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { requireBorger, requireIMyndighed } from '../../borger-adgang/borger-adgang.js';
import {
  type BorgerStatus,
  joblogMaaned,
  loadBorgerStatus,
  statusAf,
} from '../../borger-adgang/borger-status.js';
import type { Clock } from '../../clock.js';
import { fromIsoDate } from '../../db/dates.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { HotReads } from '../../db/hot-reads.js';
import type { Prisma, PrismaClient } from '../../db/prisma-types.js';
import type { BorgerHistorikLog } from '../../historik/borger-historik.js';
import { AppError } from '../../http/app-error.js';
import { ansvarligTekst, findNyAnsvarlig } from '../brugere/ansvarlig.js';
import { cvRepository } from '../cv/cv.repository.js';
import { toBorgerDto } from './borger-dto.js';
import { type BorgerRow, borgereRepository } from './borgere.repository.js';

const SOEG_MAX = 50;
/** "Mine borgere": a caseworker's caseload, by name; more than this is a case for the search. */
const MINE_MAX = 200;
/** "Senest åbnede": the citizens whose person page the user opened last, within the last 90 days. */
const SENEST_AABNEDE_ANTAL = 10;
const SENEST_AABNEDE_DAGE = 90;
/** The access log's purpose of opening the person page: what "senest åbnede" is read from (ADR 0018). */
const OVERBLIK_FORMAAL = 'Sagsbehandling: borgerens overblik';

export interface BorgereDeps {
  prisma: PrismaClient;
  hot: Pick<HotReads, 'borgerOverblik'>;
  clock: Clock;
  accessLog: AccessLog;
  historik: BorgerHistorikLog;
}

export function borgereService({ prisma, hot, clock, accessLog, historik }: BorgereDeps) {
  const idag = () => copenhagenDate(clock.now());

  async function toDtos(tx: Prisma.TransactionClient, rows: BorgerRow[]): Promise<Borger[]> {
    const status = await loadBorgerStatus(tx, rows, clock.now());
    return rows.map((row, index) => toBorgerDto(row, status[index] as BorgerStatus, idag()));
  }
  const toDto = async (tx: Prisma.TransactionClient, row: BorgerRow) =>
    (await toDtos(tx, [row]))[0] as Borger;
  /** Each citizen a list shows is a use of that citizen's data (L1). */
  const logVist = (tx: Prisma.TransactionClient, aktoer: BrugerAktoer, rows: BorgerRow[], formaal: string) =>
    accessLog.recordMany(
      tx,
      aktoer,
      rows.map((row) => ({
        entitet: 'borger' as const,
        entitetId: row.id,
        borgerId: row.id,
        handling: 'laes' as const,
        formaal,
      })),
    );

  return {
    async create(
      aktoer: BrugerAktoer,
      input: {
        cpr: string;
        fornavn: string;
        efternavn: string;
        kontaktgruppe: number;
        ledighedsdato: string;
        akasse?: string | null | undefined;
        mobilnummer?: string | null | undefined;
      },
    ): Promise<Borger> {
      try {
        // Validation before the rules (BORGER_FINDES): unemployment cannot have begun after today (issue 18).
        if (isLedighedsdatoIFremtiden(input.ledighedsdato, idag())) {
          throw new AppError('VALIDERINGSFEJL', {
            detail: ledighedsdatoIFremtidenTekst,
            errors: [{ path: 'ledighedsdato', message: ledighedsdatoIFremtidenTekst }],
          });
        }
        return await prisma.$transaction(async (tx) => {
          const repository = borgereRepository(tx);
          if (await repository.findByCpr(input.cpr)) throw new AppError('BORGER_FINDES');
          if (input.akasse && !(await repository.akasseExists(input.akasse))) {
            throw new AppError('VALIDERINGSFEJL', {
              errors: [{ path: 'akasse', message: 'Ukendt a-kasse' }],
            });
          }
          const row = await repository.create({
            cpr: input.cpr,
            fornavn: input.fornavn,
            efternavn: input.efternavn,
            kontaktgruppe: input.kontaktgruppe,
            ledighedsdato: fromIsoDate(input.ledighedsdato),
            jobcenterNummer: aktoer.jobcenter.nummer,
            akasseKode: input.akasse ?? null,
            mobilnummer: input.mobilnummer ?? null,
            // Whoever creates the citizen in the jobcentre is responsible for it until someone else is made so.
            ansvarligId: aktoer.brugerId,
          });
          await historik.record(
            tx,
            aktoer,
            row.id,
            'BORGER_OPRETTET',
            `Oprettet i ${aktoer.jobcenter.navn} i kontaktgruppe ${input.kontaktgruppe} (${kontaktgruppeNavn(input.kontaktgruppe)}), ledig fra ${input.ledighedsdato}`,
          );
          await accessLog.record(tx, aktoer, {
            entitet: 'borger',
            entitetId: row.id,
            borgerId: row.id,
            handling: 'opret',
            formaal: 'Oprettelse af borger i jobcentret',
          });
          return toDto(tx, row);
        });
      } catch (error) {
        // Two creations of the same CPR at the same moment: the unique constraint decides.
        if (isUniqueViolation(error)) throw new AppError('BORGER_FINDES');
        throw error;
      }
    },

    search(aktoer: BrugerAktoer, criteria: { cpr?: string | undefined; navn?: string | undefined }) {
      return prisma.$transaction(async (tx) => {
        const rows = await borgereRepository(tx).search(aktoer.myndighed.kode, criteria, SOEG_MAX);
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          handling: 'soeg',
          formaal: 'Søgning efter borger',
          soegekriterier: { cpr: criteria.cpr ?? null, navn: criteria.navn ?? null },
        });
        await logVist(tx, aktoer, rows, 'Vist i søgeresultat');
        return { items: await toDtos(tx, rows) };
      });
    },

    /**
     * The most frequent read: one statement for the citizen and its status, then the log entry, and no
     * transaction (at READ COMMITTED it would give no common snapshot anyway). Nothing is answered unless
     * the entry is written (ADR 0006).
     */
    async get(aktoer: BrugerAktoer, id: string): Promise<Borger> {
      const now = clock.now();
      // The read writes its access-log entry itself, and answers no citizen without it (ADR 0006, 0013).
      const log = accessLog.entry(aktoer, {
        entitet: 'borger',
        entitetId: id,
        borgerId: id,
        handling: 'laes',
        formaal: OVERBLIK_FORMAAL,
      });
      const row = await requireIMyndighed(aktoer, () => hot.borgerOverblik(id, joblogMaaned(now), log));
      return toBorgerDto(row, statusAf(row, now), copenhagenDate(now));
    },

    /** "Mine borgere": the citizens the user is ansvarlig for; each shown is a use of its data (L1). */
    listMine(aktoer: BrugerAktoer): Promise<{ items: Borger[] }> {
      return prisma.$transaction(async (tx) => {
        const rows = await borgereRepository(tx).listForAnsvarlig(
          aktoer.brugerId,
          aktoer.myndighed.kode,
          MINE_MAX,
        );
        await logVist(tx, aktoer, rows, 'Mine borgere: borgere jeg er ansvarlig for');
        return { items: await toDtos(tx, rows) };
      });
    },

    /**
     * "Senest åbnede": the citizens whose person page this user opened last, newest first, read from the access
     * log, which holds every opening by user already. Only those the user's myndighed sees now: a citizen who
     * moved to another myndighed is gone from the list as from everywhere else.
     */
    listSenestAabnede(aktoer: BrugerAktoer): Promise<{ items: Borger[] }> {
      return prisma.$transaction(async (tx) => {
        const siden = new Date(clock.now().getTime() - SENEST_AABNEDE_DAGE * 86_400_000);
        // A few more than shown, for those no longer visible.
        const ids = await adgangslogRepository(tx).listSenestLaesteBorgere(
          { aktoerId: aktoer.brugernavn, myndighedKode: aktoer.myndighed.kode, formaal: OVERBLIK_FORMAAL },
          siden,
          SENEST_AABNEDE_ANTAL * 3,
        );
        const synlige = new Map(
          (await borgereRepository(tx).listInMyndighed(ids, aktoer.myndighed.kode)).map((row) => [
            row.id,
            row,
          ]),
        );
        const rows = ids.flatMap((id) => synlige.get(id) ?? []).slice(0, SENEST_AABNEDE_ANTAL);
        await logVist(tx, aktoer, rows, 'Senest åbnede borgere');
        return { items: await toDtos(tx, rows) };
      });
    },

    /**
     * `PUT /api/borgere/:id/ansvarlig`: a sagsbehandler of the caller's jobcentre, or nobody; with the citizen's
     * history and the access log in the change's transaction.
     */
    setAnsvarlig(aktoer: BrugerAktoer, id: string, brugernavn: string | null): Promise<Borger> {
      return prisma.$transaction(async (tx) => {
        const foer = await requireBorger(tx, aktoer, id);
        const ny = await findNyAnsvarlig(tx, aktoer, brugernavn, 'brugernavn');
        if ((foer.ansvarlig?.id ?? null) === (ny?.id ?? null)) return toDto(tx, foer);
        const row = await borgereRepository(tx).setAnsvarlig(id, ny?.id ?? null);
        await historik.record(tx, aktoer, id, 'ANSVARLIG_AENDRET', ansvarligTekst(ny));
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: id,
          borgerId: id,
          handling: 'aendr',
          formaal: 'Ændring af borgerens ansvarlige sagsbehandler',
        });
        return toDto(tx, row);
      });
    },

    /** The full CPR number, on an explicit action that is itself logged (D1). */
    revealCpr(aktoer: BrugerAktoer, id: string): Promise<{ cpr: string }> {
      return prisma.$transaction(async (tx) => {
        const row = await requireBorger(tx, aktoer, id);
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: id,
          borgerId: id,
          handling: 'vis-cpr',
          formaal: 'Visning af det fulde CPR-nummer',
        });
        return { cpr: `${row.cpr.slice(0, 6)}-${row.cpr.slice(6)}` };
      });
    },

    historik(aktoer: BrugerAktoer, id: string): Promise<Historik> {
      return prisma.$transaction(async (tx) => {
        await requireBorger(tx, aktoer, id);
        const rows = await borgereRepository(tx).historik(id);
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: id,
          borgerId: id,
          handling: 'laes',
          formaal: 'Sagsbehandling: borgerens historik',
        });
        return {
          items: rows.map((row) => ({
            tidspunkt: row.tidspunkt.toISOString(),
            type: row.type,
            beskrivelse: row.beskrivelse,
            myndighed: { kode: row.myndighedKode, navn: row.myndighedNavn, type: row.myndighedType },
            bruger: row.aktoer,
          })),
        };
      });
    },

    /** UpdatePersonJobcenter: from now on the new jobcentre's myndighed sees the citizen. */
    move(aktoer: BrugerAktoer, id: string, jobcenterNummer: string): Promise<Borger> {
      return prisma.$transaction(async (tx) => {
        const repository = borgereRepository(tx);
        const borger = await requireBorger(tx, aktoer, id);
        const til = await repository.findJobcenter(jobcenterNummer);
        if (!til) {
          throw new AppError('VALIDERINGSFEJL', {
            errors: [{ path: 'jobcenter', message: 'Ukendt jobcenter' }],
          });
        }
        const row = await repository.moveTo(id, til.nummer);
        // The CV follows the citizen into the new myndighed's search.
        await cvRepository(tx).moveMyndighed(id, myndighedskodeOf(til.nummer));
        await historik.record(
          tx,
          aktoer,
          id,
          'FLYTTET',
          `Flyttet fra ${borger.jobcenter.navn} (${borger.jobcenter.nummer}) til ${til.navn} (${til.nummer})${borger.ansvarlig ? `; ${borger.ansvarlig.navn} er ikke længere ansvarlig sagsbehandler` : ''}`,
        );
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: id,
          borgerId: id,
          handling: 'aendr',
          formaal: 'Flytning af borger til et andet jobcenter',
        });
        return toDto(tx, row);
      });
    },
  };
}

export type BorgereService = ReturnType<typeof borgereService>;
