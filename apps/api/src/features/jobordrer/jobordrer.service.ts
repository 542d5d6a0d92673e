import { formidlingsstatusNavn, jobordrestatusNavn } from '@jobcenter/domain/jobordre/jobordre.codelists';
import type {
  Formidling,
  Jobordre,
  JobordreDetalje,
  OpdaterJobordre,
  OpretJobordre,
} from '@jobcenter/domain/jobordre/jobordre.contract';
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
import { fromIsoDate, toIsoDate } from '../../db/dates.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { Prisma, PrismaClient } from '../../db/prisma-types.js';
import type { BorgerHistorikLog } from '../../historik/borger-historik.js';
import { AppError } from '../../http/app-error.js';
import { assertVersion } from '../../http/if-match.js';
import { type FormidlingRow, type JobordreRow, jobordrerRepository } from './jobordrer.repository.js';

type Tx = Prisma.TransactionClient;

export function jobordrerService(deps: {
  prisma: PrismaClient;
  clock: Clock;
  accessLog: AccessLog;
  historik: BorgerHistorikLog;
}) {
  const { prisma, clock, accessLog, historik } = deps;
  const idag = () => copenhagenDate(clock.now());

  async function konfliktramte(tx: Tx, rows: readonly Pick<JobordreRow, 'cvrNummer' | 'pNummer'>[]) {
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
      isKonfliktramt(varsler, { cvrNummer: row.cvrNummer, pNummer: row.pNummer ?? undefined }, idag());
  }

  function toDto(row: JobordreRow, aktoer: BrugerAktoer, konfliktramt: boolean): Jobordre {
    const spaerret = afvisFormidling({
      ny: true,
      formidlingsstatus: 1,
      jobordrestatus: row.status,
      konfliktramt,
    });
    return {
      id: row.id,
      titel: row.titel,
      beskrivelse: row.beskrivelse,
      virksomhed: { cvrNummer: row.cvrNummer, navn: row.virksomhed.navn, pNummer: row.pNummer },
      antalStillinger: row.antalStillinger,
      ansoegningsfrist: row.ansoegningsfrist ? toIsoDate(row.ansoegningsfrist) : null,
      ansvarligtJobcenter: row.jobcenter,
      status: { id: row.status, navn: jobordrestatusNavn(row.status) },
      konfliktramt,
      antalKandidater: row._count.formidlinger,
      kanAendres: kanAendreJobordre(aktoer.jobcenter.nummer, row.jobcenter.nummer),
      kanFormidles: spaerret === null,
      formidlingSpaerret: spaerret ? formidlingAfvisningTekst[spaerret] : null,
      version: row.version,
    };
  }

  /** Only the own myndighed's citizens are named; another myndighed's candidate is shown by its myndighed. */
  function toFormidlingDto(row: FormidlingRow, aktoer: BrugerAktoer): Formidling {
    const egen = row.borger.jobcenter.myndighed.kode === aktoer.myndighed.kode;
    return {
      id: row.id,
      jobordreId: row.jobordreId,
      borger: egen
        ? { id: row.borger.id, navn: `${row.borger.fornavn} ${row.borger.efternavn}` }
        : { id: null, navn: `Borger i ${row.borger.jobcenter.myndighed.navn}` },
      formidlingsstatus: { id: row.formidlingsstatus, navn: formidlingsstatusNavn(row.formidlingsstatus) },
      historik: row.historik.map((h) => ({
        formidlingsstatus: { id: h.formidlingsstatus, navn: formidlingsstatusNavn(h.formidlingsstatus) },
        tidspunkt: h.tidspunkt.toISOString(),
        bruger: egen || h.myndighedKode === aktoer.myndighed.kode ? h.aktoer : h.myndighedNavn,
        myndighed: { kode: h.myndighedKode, navn: h.myndighedNavn },
      })),
      version: row.version,
    };
  }

  async function requireJobordre(tx: Tx | PrismaClient, id: string): Promise<JobordreRow> {
    const row = await jobordrerRepository(tx).find(id);
    if (!row) throw new AppError('IKKE_FUNDET', { detail: 'Jobordren findes ikke' });
    return row;
  }

  /** R19: the jobordre, when the caller's jobcentre shares the myndighed of the responsible one (else 403). */
  async function requireAendreligJobordre(tx: Tx | PrismaClient, aktoer: BrugerAktoer, id: string) {
    const row = await requireJobordre(tx, id);
    if (!kanAendreJobordre(aktoer.jobcenter.nummer, row.jobcenter.nummer)) {
      throw new AppError('JOBORDRE_ANDEN_MYNDIGHED', {
        detail: `Jobordren hører til ${row.jobcenter.navn}: kun jobcentre i samme kommune kan ændre den`,
      });
    }
    return row;
  }

  /** The formidling, when its citizen is visible to the caller (404 otherwise). */
  async function requireFormidling(tx: Tx | PrismaClient, aktoer: BrugerAktoer, id: string) {
    const row = await jobordrerRepository(tx).findFormidling(id);
    if (!row) throw new AppError('IKKE_FUNDET', { detail: 'Formidlingen findes ikke' });
    await requireBorger(tx, aktoer, row.borger.id);
    return row;
  }

  const logJobordre = (
    tx: Tx,
    aktoer: BrugerAktoer,
    entitetId: string | null,
    handling: 'laes' | 'soeg' | 'opret' | 'aendr',
    formaal: string,
    soegekriterier?: Record<string, unknown>,
  ) =>
    accessLog.record(tx, aktoer, {
      entitet: 'jobordre',
      entitetId,
      handling,
      formaal,
      soegekriterier: soegekriterier ?? null,
    });

  function assertFormidling(input: Parameters<typeof afvisFormidling>[0]): void {
    const afvisning = afvisFormidling(input);
    if (afvisning === 'UKENDT_STATUS') {
      throw new AppError('VALIDERINGSFEJL', {
        errors: [{ path: 'formidlingsstatus', message: 'Ukendt formidlingsstatus' }],
      });
    }
    if (afvisning) throw new AppError(afvisning, { detail: formidlingAfvisningTekst[afvisning] });
  }

  async function detalje(tx: Tx, aktoer: BrugerAktoer, row: JobordreRow): Promise<JobordreDetalje> {
    const konflikt = await konfliktramte(tx, [row]);
    const formidlinger = await jobordrerRepository(tx).formidlinger(row.id);
    return {
      ...toDto(row, aktoer, konflikt(row)),
      formidlinger: formidlinger.map((f) => toFormidlingDto(f, aktoer)),
    };
  }

  /** Issue 18: an Åben jobordre with a passed ansøgningsfrist cannot be true (VALIDERINGSFEJL). */
  function assertFristIkkePasseret(
    jobordre: { status: number; ansoegningsfrist: string | null },
    path: 'ansoegningsfrist' | 'status',
  ): void {
    if (!isAabenMedPasseretFrist(jobordre, idag())) return;
    throw new AppError('VALIDERINGSFEJL', {
      detail: aabenMedPasseretFristTekst,
      errors: [{ path, message: aabenMedPasseretFristTekst }],
    });
  }

  return {
    create(aktoer: BrugerAktoer, input: OpretJobordre & { beskrivelse?: string }): Promise<Jobordre> {
      return prisma.$transaction(async (tx) => {
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
        await logJobordre(tx, aktoer, row.id, 'opret', 'Oprettelse af jobordre');
        return toDto(row, aktoer, (await konfliktramte(tx, [row]))(row));
      });
    },

    list(
      aktoer: BrugerAktoer,
      filter: { status?: number | undefined; q?: string | undefined; cvrNummer?: string | undefined },
    ) {
      return prisma.$transaction(async (tx) => {
        const rows = await jobordrerRepository(tx).search(filter);
        const konflikt = await konfliktramte(tx, rows);
        await logJobordre(tx, aktoer, null, 'soeg', 'Søgning i jobordrer', { ...filter });
        return { items: rows.map((row) => toDto(row, aktoer, konflikt(row))) };
      });
    },

    get(aktoer: BrugerAktoer, id: string): Promise<JobordreDetalje> {
      return prisma.$transaction(async (tx) => {
        const row = await requireJobordre(tx, id);
        await logJobordre(tx, aktoer, id, 'laes', 'Jobordre og kandidater');
        return detalje(tx, aktoer, row);
      });
    },

    /** For the route's If-Match: the jobordre's version, when the caller may change it (R19). */
    async aktuelVersion(aktoer: BrugerAktoer, id: string): Promise<number> {
      return (await requireAendreligJobordre(prisma, aktoer, id)).version;
    },

    /** For the route's If-Match: the formidling's version, when its citizen is visible. */
    async aktuelFormidlingVersion(aktoer: BrugerAktoer, id: string): Promise<number> {
      return (await requireFormidling(prisma, aktoer, id)).version;
    },

    /** R19: only a user whose jobcentre shares the myndighed of the responsible one; status changes included. */
    update(
      aktoer: BrugerAktoer,
      id: string,
      version: number,
      body: OpdaterJobordre,
    ): Promise<JobordreDetalje> {
      return prisma.$transaction(async (tx) => {
        const row = await requireAendreligJobordre(tx, aktoer, id);
        assertVersion(row.version, version, 'jobordren');
        if (body.status !== undefined || body.ansoegningsfrist !== undefined) {
          assertFristIkkePasseret(
            {
              status: body.status ?? row.status,
              ansoegningsfrist:
                body.ansoegningsfrist !== undefined
                  ? body.ansoegningsfrist
                  : row.ansoegningsfrist
                    ? toIsoDate(row.ansoegningsfrist)
                    : null,
            },
            body.ansoegningsfrist !== undefined ? 'ansoegningsfrist' : 'status',
          );
        }
        const repository = jobordrerRepository(tx);
        const changed = await repository.updateIfVersion(id, version, {
          ...(body.titel !== undefined ? { titel: body.titel } : {}),
          ...(body.beskrivelse !== undefined ? { beskrivelse: body.beskrivelse } : {}),
          ...(body.antalStillinger !== undefined ? { antalStillinger: body.antalStillinger } : {}),
          ...(body.ansoegningsfrist !== undefined
            ? { ansoegningsfrist: body.ansoegningsfrist ? fromIsoDate(body.ansoegningsfrist) : null }
            : {}),
          ...(body.status !== undefined ? { status: body.status } : {}),
        });
        if (!changed)
          throw new AppError('VERSION_KONFLIKT', {
            detail: 'Nogen har ændret jobordren, siden du åbnede den.',
          });
        await logJobordre(
          tx,
          aktoer,
          id,
          'aendr',
          body.status !== undefined ? 'Statusændring af jobordre' : 'Ændring af jobordre',
        );
        return detalje(tx, aktoer, await requireJobordre(tx, id));
      });
    },

    /** R18, R21: propose a citizen of the own myndighed to an open jobordre of a company not in conflict. */
    async createFormidling(
      aktoer: BrugerAktoer,
      jobordreId: string,
      input: { borgerId: string; formidlingsstatus: number },
    ) {
      try {
        return await prisma.$transaction(async (tx) => {
          const repository = jobordrerRepository(tx);
          const status = await repository.lockStatus(jobordreId);
          if (status === null) throw new AppError('IKKE_FUNDET', { detail: 'Jobordren findes ikke' });
          const row = await requireJobordre(tx, jobordreId);
          const borger = await requireBorger(tx, aktoer, input.borgerId);
          assertFormidling({
            ny: true,
            formidlingsstatus: input.formidlingsstatus,
            jobordrestatus: status,
            konfliktramt: (await konfliktramte(tx, [row]))(row),
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
    },

    getFormidling(aktoer: BrugerAktoer, id: string): Promise<Formidling> {
      return prisma.$transaction(async (tx) => {
        const row = await jobordrerRepository(tx).findFormidling(id);
        if (!row) throw new AppError('IKKE_FUNDET', { detail: 'Formidlingen findes ikke' });
        await requireBorger(tx, aktoer, row.borger.id);
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: row.borger.id,
          borgerId: row.borger.id,
          handling: 'laes',
          formaal: 'Formidling til jobordre',
        });
        return toFormidlingDto(row, aktoer);
      });
    },

    /** R18: status 2 only while Åben (and R21); the outcomes Ansat and Ikke ansat at any time. */
    updateFormidling(
      aktoer: BrugerAktoer,
      id: string,
      version: number,
      { formidlingsstatus }: { formidlingsstatus: number },
    ) {
      return prisma.$transaction(async (tx) => {
        const repository = jobordrerRepository(tx);
        const row = await requireFormidling(tx, aktoer, id);
        assertVersion(row.version, version, 'formidlingen');
        const status = (await repository.lockStatus(row.jobordreId)) as number;
        const jobordre = await requireJobordre(tx, row.jobordreId);
        assertFormidling({
          ny: false,
          formidlingsstatus,
          jobordrestatus: status,
          konfliktramt: (await konfliktramte(tx, [jobordre]))(jobordre),
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
    },
  };
}

export type JobordrerService = ReturnType<typeof jobordrerService>;
