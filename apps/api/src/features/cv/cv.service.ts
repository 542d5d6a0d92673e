import type { Cv, CvSoegSvar, GemCv } from '@jobcenter/domain/cv/cv.contract';
import {
  cvOrd,
  decodeCursor,
  encodeCursor,
  soegeord,
  tsqueryTekst,
} from '@jobcenter/domain/cv/cv-soegning.rules';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import type { AccessLog } from '../../access-log/access-log.js';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { requireBorger } from '../../borger-adgang/borger-adgang.js';
import type { Clock } from '../../clock.js';
import type { PrismaClient } from '../../db/prisma-types.js';
import type { BorgerHistorikLog } from '../../historik/borger-historik.js';
import { AppError } from '../../http/app-error.js';
import { cvRepository } from './cv.repository.js';

const SIDE = 20;

type Periode = Cv['erfaring'][number];

export interface CvSoegKriterier {
  q?: string | undefined;
  kompetence?: string | undefined;
  postnummer?: string | undefined;
  kontaktgruppe?: number | undefined;
  mindreIntensivIndsats?: boolean | undefined;
  cursor?: string | undefined;
}

export function cvService(deps: {
  prisma: PrismaClient;
  clock: Clock;
  accessLog: AccessLog;
  historik: BorgerHistorikLog;
}) {
  const { prisma, clock, accessLog, historik } = deps;

  return {
    /**
     * The citizen's CV for a caseworker of its myndighed; for a virksomhedskonsulent of that myndighed only a
     * searchable one (api.md: a CV that is not searchable is 404 for it, as if there were none). Access-logged.
     */
    get(aktoer: BrugerAktoer, borgerId: string): Promise<Cv> {
      return prisma.$transaction(async (tx) => {
        await requireBorger(tx, aktoer, borgerId);
        const row = await cvRepository(tx).find(borgerId);
        const konsulent = aktoer.rolle === 'virksomhedskonsulent';
        if (konsulent && !row?.soegbart) {
          throw new AppError('IKKE_FUNDET', { detail: 'Borgeren har ikke noget søgbart CV' });
        }
        await accessLog.record(tx, aktoer, {
          entitet: 'cv',
          entitetId: borgerId,
          borgerId,
          handling: 'laes',
          formaal: konsulent ? 'Virksomhedsservice: borgerens søgbare CV' : 'Sagsbehandling: borgerens CV',
        });
        if (!row) throw new AppError('IKKE_FUNDET', { detail: 'Borgeren har ikke noget CV endnu' });
        return {
          ...row,
          erfaring: row.erfaring as Periode[],
          uddannelse: row.uddannelse as Periode[],
          opdateret: row.opdateret.toISOString(),
        };
      });
    },

    save(
      aktoer: BrugerAktoer,
      borgerId: string,
      cv: GemCv & { erfaring: Periode[]; uddannelse: Periode[] },
    ): Promise<Cv> {
      return prisma.$transaction(async (tx) => {
        const borger = await requireBorger(tx, aktoer, borgerId);
        const repository = cvRepository(tx);
        const ny = !(await repository.find(borgerId));
        const opdateret = clock.now();
        const data = {
          myndighedKode: borger.jobcenter.myndighed.kode,
          kontaktgruppe: borger.kontaktgruppe,
          overskrift: cv.overskrift,
          jobOensker: cv.jobOensker ?? [],
          kompetencer: cv.kompetencer ?? [],
          erfaring: cv.erfaring,
          uddannelse: cv.uddannelse,
          postnummer: cv.postnummer,
          soegbart: cv.soegbart,
          opdateret,
        };
        await repository.upsert(borgerId, data);
        await repository.addOrd(cvOrd(data));
        await historik.record(
          tx,
          aktoer,
          borgerId,
          ny ? 'CV_OPRETTET' : 'CV_AENDRET',
          `CV ${ny ? 'oprettet' : 'opdateret'}: ${cv.overskrift}${cv.soegbart ? '' : ' (ikke søgbart)'}`,
        );
        await accessLog.record(tx, aktoer, {
          entitet: 'cv',
          entitetId: borgerId,
          borgerId,
          handling: ny ? 'opret' : 'aendr',
          formaal: 'Sagsbehandling: borgerens CV',
        });
        const { myndighedKode: _m, kontaktgruppe: _k, ...visning } = data;
        return { borgerId, ...visning, opdateret: opdateret.toISOString() };
      });
    },

    /**
     * CV-søgning in the user's myndighed: Danish full text with typo tolerance, filters, facets within the
     * result, keyset pages. The criteria go to the access log, never to the operational log or a URL.
     */
    async search(aktoer: BrugerAktoer, kriterier: CvSoegKriterier): Promise<CvSoegSvar> {
      const efter = kriterier.cursor ? decodeCursor(kriterier.cursor) : null;
      if (kriterier.cursor && !efter) {
        throw new AppError('VALIDERINGSFEJL', {
          errors: [{ path: 'cursor', message: 'Ugyldig markør: start søgningen forfra' }],
        });
      }
      // Reads only: no transaction around them (its BEGIN and COMMIT were two round trips of every search).
      // The access-log entries are written before the answer leaves, as for the hot reads (ADR 0006, 0013).
      const repository = cvRepository(prisma);
      const ord = soegeord(kriterier.q);
      const varianter = await repository.varianter(ord);
      const tsquery = tsqueryTekst(ord.map((o) => ({ ord: o, varianter: varianter.get(o) ?? [] })));
      const resultat = await repository.search({
        myndighedKode: aktoer.myndighed.kode,
        idag: copenhagenDate(clock.now()),
        tsquery,
        kompetence: kriterier.kompetence,
        postnummer: kriterier.postnummer,
        kontaktgruppe: kriterier.kontaktgruppe,
        mindreIntensivIndsats: kriterier.mindreIntensivIndsats,
        efter,
        antal: SIDE + 1,
      });
      const side = resultat.items.slice(0, SIDE);
      const sidste = side[side.length - 1];
      // The search and each CV it showed, in one statement on the hot path (ADR 0013: through Prisma's createMany
      // the entry took 4-7 ms of a 20 ms search).
      await accessLog.recordDirect(aktoer, [
        {
          entitet: 'cv',
          handling: 'soeg',
          formaal: 'CV-søgning til formidling',
          soegekriterier: { ...kriterier, cursor: kriterier.cursor ? 'side' : undefined },
        },
        ...side.map((row) => ({
          entitet: 'cv' as const,
          entitetId: row.borgerId,
          borgerId: row.borgerId,
          handling: 'laes' as const,
          formaal: 'Vist i CV-søgning',
        })),
      ]);
      return {
        items: side.map((row) => ({
          borgerId: row.borgerId,
          navn: `${row.fornavn} ${row.efternavn}`,
          overskrift: row.overskrift,
          kompetencer: row.kompetencer,
          postnummer: row.postnummer,
          kontaktgruppe: row.kontaktgruppe,
          mindreIntensivIndsats: row.mindre,
        })),
        nextCursor:
          resultat.items.length > SIDE && sidste
            ? encodeCursor({ rank: sidste.rank, borgerId: sidste.borgerId })
            : null,
        total: Number(resultat.total),
        fremhaev: [...ord, ...ord.flatMap((o) => varianter.get(o) ?? [])],
        facetter: {
          kontaktgruppe: resultat.kontaktgruppe.map((f) => ({ vaerdi: f.vaerdi, antal: Number(f.antal) })),
          mindreIntensivIndsats: resultat.mindre.map((f) => ({ vaerdi: f.vaerdi, antal: Number(f.antal) })),
          postnummer: resultat.postnummer.map((f) => ({ vaerdi: f.vaerdi, antal: Number(f.antal) })),
          kompetence: resultat.kompetence.map((f) => ({ vaerdi: f.vaerdi, antal: Number(f.antal) })),
        },
      };
    },
  };
}

export type CvService = ReturnType<typeof cvService>;
