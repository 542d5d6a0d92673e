import { systemKlientSerBorger } from '@jobcenter/domain/auth/system-adgang.rules';
import { isFravaerAktivt, isSelvbookingFrataget } from '@jobcenter/domain/fravaer/fravaer.rules';
import type { Indkaldelse, Moedetilbud } from '@jobcenter/domain/moede/indkaldelse.contract';
import { findMoedeform } from '@jobcenter/domain/moede/moede.codelists';
import {
  findMoedetilbudRegelbrud,
  harRetTilValgAfMoedeform,
  moedestedFraTilbud,
  normalizeLokationsuddybning,
  valgbareMoedeformerForTilbud,
} from '@jobcenter/domain/moede/moede.rules';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import type { AccessLog } from '../../access-log/access-log.js';
import type { Aktoer, SystemAktoer } from '../../auth/aktoer.js';
import type { Clock } from '../../clock.js';
import { toIsoDate } from '../../db/dates.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { PrismaClient } from '../../db/prisma-types.js';
import { AppError } from '../../http/app-error.js';
import type { IndkaldelserService } from '../indkaldelser/indkaldelser.service.js';
import { type MoedetilbudRow, moedetilbudRepository } from './moedetilbud.repository.js';

function toDto(row: MoedetilbudRow): Moedetilbud {
  return {
    id: row.id,
    jobcenter: row.jobcenter,
    start: row.start.toISOString(),
    slut: row.slut.toISOString(),
    moedeformer: row.moedeformer.map((id) => ({ id, navn: findMoedeform(id)?.navn ?? `Mødeform ${id}` })),
    adresse: row.adresse,
    lokationsuddybning: row.lokationsuddybning,
    digitaltMoedelink: row.digitaltMoedelink,
    booket: row.indkaldelse !== null,
  };
}

type Borger = NonNullable<Awaited<ReturnType<ReturnType<typeof moedetilbudRepository>['findBorgerByCpr']>>>;

/** R3 on the offer's date: which of its forms the citizen may choose when booking. */
function valgbareFor(borger: Borger, tilbud: Pick<MoedetilbudRow, 'start' | 'moedeformer'>): number[] {
  const ret = harRetTilValgAfMoedeform({
    kontaktgruppe: borger.kontaktgruppe,
    ledighedsdato: toIsoDate(borger.ledighedsdato),
    maalgruppe: borger.jobcenter.maalgruppeValgAfMoedeform,
    moedeDato: copenhagenDate(tilbud.start),
    samtaletype: 7,
  });
  return valgbareMoedeformerForTilbud(tilbud.moedeformer, ret);
}

/** 57 on today's date: the citizen has no right to self-book (domain.md). */
function erSelvbookingFrataget(borger: Borger, idag: string): boolean {
  const fravaer = borger.fravaer.map((f) => ({
    id: f.id,
    fravaersaarsag: f.fravaersaarsag,
    startdato: toIsoDate(f.startdato),
    slutdato: f.slutdato ? toIsoDate(f.slutdato) : null,
  }));
  return isSelvbookingFrataget(fravaer.filter((f) => isFravaerAktivt(f, idag)));
}

export interface MoedetilbudDeps {
  prisma: PrismaClient;
  clock: Clock;
  accessLog: AccessLog;
  indkaldelser: IndkaldelserService;
}

export function moedetilbudService({ prisma, clock, accessLog, indkaldelser }: MoedetilbudDeps) {
  function jobcenterOf(aktoer: Aktoer): string {
    const nummer = aktoer.type === 'bruger' ? aktoer.jobcenter.nummer : aktoer.jobcenterNummer;
    if (!nummer) throw new AppError('IKKE_ADGANG', { detail: 'Klienten hører ikke til et jobcenter' });
    return nummer;
  }

  /**
   * The citizen of the CPR header. Jobnet acts for whoever it names; a jobcentre's case system (the legacy
   * BookingService is open to it, RN 1.1) only for its myndighed's citizens, else 404 as if unknown.
   */
  async function requireBorgerByCpr(
    tx: Parameters<Parameters<PrismaClient['$transaction']>[0]>[0],
    klient: SystemAktoer,
    cpr: string,
  ) {
    const borger = await moedetilbudRepository(tx).findBorgerByCpr(cpr);
    const synlig =
      borger &&
      (klient.jobcenterNummer === null ||
        systemKlientSerBorger(klient, { akasseKode: null, jobcenterNummer: borger.jobcenterNummer }));
    if (!borger || !synlig) throw new AppError('IKKE_FUNDET', { detail: 'Borgeren findes ikke' });
    return borger;
  }

  return {
    create(
      aktoer: Aktoer,
      input: {
        start: string;
        slut: string;
        moedeformer: number[];
        adresse?: string | null | undefined;
        lokationsuddybning?: string | null | undefined;
        digitaltMoedelink?: string | null | undefined;
      },
    ): Promise<Moedetilbud> {
      const link = input.digitaltMoedelink?.trim() || null;
      const adresse = input.adresse?.trim() || null;
      const brud = findMoedetilbudRegelbrud({
        moedeformer: input.moedeformer,
        adresse,
        digitaltMoedelink: link,
      });
      if (brud) {
        throw new AppError(brud.code, {
          detail: brud.message,
          errors: [{ path: brud.path, message: brud.message }],
        });
      }
      return prisma.$transaction(async (tx) => {
        const row = await moedetilbudRepository(tx).create({
          jobcenterNummer: jobcenterOf(aktoer),
          start: new Date(input.start),
          slut: new Date(input.slut),
          moedeformer: input.moedeformer,
          adresse,
          lokationsuddybning: normalizeLokationsuddybning(input.lokationsuddybning),
          digitaltMoedelink: link,
          oprettetAf: aktoer.type === 'bruger' ? aktoer.brugernavn : aktoer.navn,
        });
        return toDto(row);
      });
    },

    async list(aktoer: Aktoer) {
      const rows = await moedetilbudRepository(prisma).upcoming(jobcenterOf(aktoer), clock.now(), false);
      return { items: rows.map(toDto) };
    },

    /** BorgerBookingService: the free offers of the citizen's jobcentre, with the forms the citizen may choose. */
    listBorgerensTilbud(jobnet: SystemAktoer, cpr: string) {
      return prisma.$transaction(async (tx) => {
        const borger = await requireBorgerByCpr(tx, jobnet, cpr);
        const frataget = erSelvbookingFrataget(borger, copenhagenDate(clock.now()));
        const rows = frataget
          ? []
          : await moedetilbudRepository(tx).upcoming(borger.jobcenterNummer, clock.now(), true);
        await accessLog.record(tx, jobnet, {
          entitet: 'borger',
          entitetId: borger.id,
          borgerId: borger.id,
          handling: 'laes',
          formaal: 'Selvbooking: borgerens mødetilbud på Jobnet',
        });
        return {
          items: rows.map((row) => ({
            id: row.id,
            start: row.start.toISOString(),
            slut: row.slut.toISOString(),
            valgbareMoedeformer: valgbareFor(borger, row),
          })),
        };
      });
    },

    /**
     * BorgerBookingService: the citizen books an offer with a form it may choose (R3). Two bookings of one offer
     * at the same moment: the unique constraint on the offer lets exactly one through.
     */
    async book(
      jobnet: SystemAktoer,
      cpr: string,
      input: { moedetilbudId: string; moedeform?: number },
    ): Promise<Indkaldelse> {
      try {
        return await prisma.$transaction(async (tx) => {
          const borger = await requireBorgerByCpr(tx, jobnet, cpr);
          if (erSelvbookingFrataget(borger, copenhagenDate(clock.now()))) {
            throw new AppError('SELVBOOKING_FRATAGET', {
              detail: 'Borgeren har fravær 57 og kan ikke booke samtaler selv: kontakt jobcentret',
            });
          }
          const tilbud = await moedetilbudRepository(tx).find(input.moedetilbudId);
          if (!tilbud || tilbud.jobcenter.nummer !== borger.jobcenterNummer || tilbud.start <= clock.now()) {
            throw new AppError('IKKE_FUNDET', {
              detail: 'Mødetilbuddet findes ikke eller kan ikke længere bookes',
            });
          }
          // When the offer is taken and the form not allowed, the offer being taken is the answer.
          if (tilbud.indkaldelse) throw new AppError('MOEDETILBUD_OPTAGET');
          const moedeform = input.moedeform ?? (tilbud.moedeformer[0] as number);
          if (!valgbareFor(borger, tilbud).includes(moedeform)) {
            throw new AppError('VALG_AF_MOEDEFORM_IKKE_TILLADT', {
              detail: 'Borgeren kan ikke vælge den mødeform til dette mødetilbud',
            });
          }
          return indkaldelser.createInTx(tx, jobnet, borger, tilbud.jobcenter.nummer, {
            samtaletype: 7,
            start: tilbud.start.toISOString(),
            slut: tilbud.slut.toISOString(),
            moedeform,
            // In person at the offer's address, never by its link (issue 18); digital by its link.
            ...moedestedFraTilbud(tilbud, moedeform),
            moedetilbudId: tilbud.id,
            selvbooket: true,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('MOEDETILBUD_OPTAGET');
        throw error;
      }
    },
  };
}

export type MoedetilbudService = ReturnType<typeof moedetilbudService>;
