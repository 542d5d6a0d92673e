import { formidlingsstatusNavn, jobordrestatusNavn } from '@jobcenter/domain/jobordre/jobordre.codelists';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import type {
  Konfliktvarsel,
  PEnhed,
  Virksomhed,
  VirksomhedSoegSvar,
  VirksomhedskontoSvar,
} from '@jobcenter/domain/virksomhed/virksomhed.contract';
import {
  classifyVirksomhedskontoSoegning,
  inaktivAarsagTekst,
  isKonfliktramt,
  isKonfliktvarselAktivt,
  jobagKontoStatus,
  type KonfliktvarselPeriode,
} from '@jobcenter/domain/virksomhed/virksomhed.rules';
import type { AccessLog } from '../../access-log/access-log.js';
import type { Aktoer, BrugerAktoer } from '../../auth/aktoer.js';
import type { Clock } from '../../clock.js';
import { fromIsoDate, toIsoDate } from '../../db/dates.js';
import type { HotReads } from '../../db/hot-reads.js';
import type { PrismaClient } from '../../db/prisma-types.js';
import { AppError } from '../../http/app-error.js';
import { type EnhedRow, type VarselRow, virksomhederRepository } from './virksomheder.repository.js';

const SOEG_MAX = 50;

function toPeriode(varsel: VarselRow): KonfliktvarselPeriode {
  return {
    cvrNummer: varsel.cvrNummer,
    pNummer: varsel.pNummer,
    fraDato: toIsoDate(varsel.fraDato),
    tilDato: varsel.tilDato ? toIsoDate(varsel.tilDato) : null,
  };
}

function toPEnhed(enhed: EnhedRow, perioder: KonfliktvarselPeriode[], idag: string): PEnhed {
  const status = jobagKontoStatus(enhed.jobagProfil, enhed.jobagBrugere);
  return {
    pNummer: enhed.pNummer,
    navn: enhed.navn,
    adresse: { vejOgNummer: enhed.vejOgNummer, postnummer: enhed.postnummer, by: enhed.by },
    jobagProfil: enhed.jobagProfil,
    aktiv: status.aktiv,
    inaktivAarsag: status.inaktivAarsag ? inaktivAarsagTekst[status.inaktivAarsag] : null,
    senesteLogintidspunkt: status.senesteLogintidspunkt?.toISOString() ?? null,
    konfliktramt: isKonfliktramt(perioder, { cvrNummer: enhed.cvrNummer, pNummer: enhed.pNummer }, idag),
  };
}

export function virksomhederService(deps: {
  prisma: PrismaClient;
  hot: Pick<HotReads, 'virksomhedskonti'>;
  clock: Clock;
  accessLog: AccessLog;
}) {
  const { prisma, hot, clock, accessLog } = deps;

  const service = {
    /** GetVirksomhedskonto (R20, R21): one item per P-unit with a JobAG profile. */
    async getVirksomhedskonto(
      aktoer: Aktoer,
      query: { cvrNummer?: string; pNummer?: string },
    ): Promise<VirksomhedskontoSvar> {
      const soegning = classifyVirksomhedskontoSoegning(query);
      const idag = copenhagenDate(clock.now());
      // A system-to-system read with no transaction (ADR 0006): the lookup writes the log entry of its criteria
      // in its own statement, and nothing is answered unless it is written.
      const enheder = await hot.virksomhedskonti(
        soegning,
        accessLog.entry(aktoer, {
          entitet: 'virksomhed',
          handling: 'soeg',
          formaal: 'Opslag på virksomhedskonto (profil på JobAG)',
          soegekriterier: { cvrNummer: query.cvrNummer ?? null, pNummer: query.pNummer ?? null },
        }),
      );
      return {
        items: enheder.map((enhed) => {
          const status = jobagKontoStatus(enhed.jobagProfil, enhed.jobagBrugere);
          return {
            cvrNummer: enhed.cvrNummer,
            pNummer: enhed.pNummer,
            navn: enhed.virksomhed.navn,
            kontoStatusAktiv: status.aktiv,
            senesteLogintidspunkt: status.senesteLogintidspunkt?.toISOString() ?? null,
            konfliktramt: isKonfliktramt(enhed.virksomhed.konfliktvarsler.map(toPeriode), enhed, idag),
          };
        }),
      };
    },

    search(aktoer: Aktoer, q: string): Promise<VirksomhedSoegSvar> {
      const idag = copenhagenDate(clock.now());
      return prisma.$transaction(async (tx) => {
        const repository = virksomhederRepository(tx);
        const virksomheder = await repository.search(q, SOEG_MAX);
        const perioder = (await repository.findKonfliktvarsler(virksomheder.map((v) => v.cvrNummer))).map(
          toPeriode,
        );
        await accessLog.record(tx, aktoer, {
          entitet: 'virksomhed',
          handling: 'soeg',
          formaal: 'Søgning efter virksomhed til virksomhedskontakt',
          soegekriterier: { q },
        });
        return {
          items: virksomheder.map((virksomhed) => ({
            cvrNummer: virksomhed.cvrNummer,
            navn: virksomhed.navn,
            antalPEnheder: virksomhed.pEnheder.length,
            jobagProfil: virksomhed.pEnheder.some((enhed) => enhed.jobagProfil),
            aktiv: virksomhed.pEnheder.some(
              (enhed) => jobagKontoStatus(enhed.jobagProfil, enhed.jobagBrugere).aktiv,
            ),
            konfliktramt: isKonfliktramt(perioder, { cvrNummer: virksomhed.cvrNummer }, idag),
          })),
        };
      });
    },

    /** The visit-preparation view of one company. */
    get(aktoer: Aktoer, cvrNummer: string): Promise<Virksomhed> {
      const idag = copenhagenDate(clock.now());
      return prisma.$transaction(async (tx) => {
        const repository = virksomhederRepository(tx);
        const virksomhed = await repository.findVirksomhed(cvrNummer);
        if (!virksomhed) throw new AppError('IKKE_FUNDET', { detail: 'Virksomheden findes ikke' });
        const varsler = await repository.findKonfliktvarsler([cvrNummer]);
        const navne = await repository.myndighedsnavne([
          ...new Set(varsler.map((v) => v.oprettetAfMyndighed)),
        ]);
        const perioder = varsler.map(toPeriode);
        await accessLog.record(tx, aktoer, {
          entitet: 'virksomhed',
          entitetId: cvrNummer,
          handling: 'laes',
          formaal: 'Forberedelse af virksomhedsbesøg',
        });
        const konfliktvarsler: Konfliktvarsel[] = varsler.map((varsel, index) => ({
          id: varsel.id,
          pNummer: varsel.pNummer,
          fraDato: (perioder[index] as KonfliktvarselPeriode).fraDato,
          tilDato: (perioder[index] as KonfliktvarselPeriode).tilDato,
          tekst: varsel.tekst,
          aktiv: isKonfliktvarselAktivt(perioder[index] as KonfliktvarselPeriode, idag),
          myndighed: {
            kode: varsel.oprettetAfMyndighed,
            navn: navne.get(varsel.oprettetAfMyndighed) ?? varsel.oprettetAfMyndighed,
          },
        }));
        const jobordrer = await repository.jobordrer(cvrNummer);
        const formidlinger = await repository.senesteFormidlinger(cvrNummer, 10);
        return {
          cvrNummer: virksomhed.cvrNummer,
          navn: virksomhed.navn,
          konfliktramt: isKonfliktramt(perioder, { cvrNummer }, idag),
          konfliktvarsler,
          pEnheder: virksomhed.pEnheder.map((enhed) => toPEnhed(enhed, perioder, idag)),
          jobordrer: jobordrer.map((jobordre) => ({
            id: jobordre.id,
            titel: jobordre.titel,
            status: { id: jobordre.status, navn: jobordrestatusNavn(jobordre.status) },
            antalStillinger: jobordre.antalStillinger,
            antalKandidater: jobordre._count.formidlinger,
            ansoegningsfrist: jobordre.ansoegningsfrist ? toIsoDate(jobordre.ansoegningsfrist) : null,
            ansvarligtJobcenter: jobordre.jobcenter,
          })),
          senesteFormidlinger: formidlinger.map((f) => ({
            jobordreId: f.formidling.jobordre.id,
            jobordreTitel: f.formidling.jobordre.titel,
            formidlingsstatus: { id: f.formidlingsstatus, navn: formidlingsstatusNavn(f.formidlingsstatus) },
            tidspunkt: f.tidspunkt.toISOString(),
          })),
        };
      });
    },

    /** R21: a virksomhedskonsulent registers that a company (or one P-unit) is hit by a labour conflict. */
    createKonfliktvarsel(
      aktoer: BrugerAktoer,
      cvrNummer: string,
      input: {
        pNummer?: string | null | undefined;
        fraDato: string;
        tilDato?: string | null | undefined;
        tekst: string;
      },
    ) {
      return prisma
        .$transaction(async (tx) => {
          const repository = virksomhederRepository(tx);
          const virksomhed = await repository.findVirksomhed(cvrNummer);
          if (!virksomhed) throw new AppError('IKKE_FUNDET', { detail: 'Virksomheden findes ikke' });
          if (input.pNummer && !virksomhed.pEnheder.some((enhed) => enhed.pNummer === input.pNummer)) {
            throw new AppError('VALIDERINGSFEJL', {
              errors: [{ path: 'pNummer', message: 'P-enheden hører ikke til virksomheden' }],
            });
          }
          await repository.createKonfliktvarsel({
            cvrNummer,
            pNummer: input.pNummer ?? null,
            fraDato: fromIsoDate(input.fraDato),
            tilDato: input.tilDato ? fromIsoDate(input.tilDato) : null,
            tekst: input.tekst,
            oprettetAfMyndighed: aktoer.myndighed.kode,
            oprettetAf: aktoer.brugernavn,
          });
          await accessLog.record(tx, aktoer, {
            entitet: 'virksomhed',
            entitetId: cvrNummer,
            handling: 'opret',
            formaal: 'Registrering af konfliktvarsel',
          });
        })
        .then(() => service.get(aktoer, cvrNummer));
    },

    /** Ends a notice from a date: formidling is possible again the day after. */
    endKonfliktvarsel(aktoer: BrugerAktoer, id: string, tilDato: string) {
      return prisma
        .$transaction(async (tx) => {
          const repository = virksomhederRepository(tx);
          const varsel = await repository.findKonfliktvarsel(id);
          if (!varsel) throw new AppError('IKKE_FUNDET', { detail: 'Konfliktvarslet findes ikke' });
          if (tilDato < toIsoDate(varsel.fraDato)) {
            throw new AppError('VALIDERINGSFEJL', {
              errors: [{ path: 'tilDato', message: 'Slutdatoen må ikke ligge før startdatoen' }],
            });
          }
          await repository.endKonfliktvarsel(id, fromIsoDate(tilDato));
          await accessLog.record(tx, aktoer, {
            entitet: 'virksomhed',
            entitetId: varsel.cvrNummer,
            handling: 'aendr',
            formaal: 'Afslutning af konfliktvarsel',
          });
          return varsel.cvrNummer;
        })
        .then((cvrNummer) => service.get(aktoer, cvrNummer));
    },
  };
  return service;
}

export type VirksomhederService = ReturnType<typeof virksomhederService>;
