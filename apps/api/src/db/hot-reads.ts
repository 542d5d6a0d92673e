import type { Prisma, SqlRunner } from '@jobcenter/db/client';
import type { VirksomhedskontoSoegning } from '@jobcenter/domain/virksomhed/virksomhed.rules';
import { fromIsoDate } from './dates.js';

/**
 * The reads that every request or every screen pays for, as named statements beside Prisma (ADR 0013): the
 * session behind a cookie, the system client behind a token, the person overview, Virksomhedskonto, and the
 * access-log entry each of these writes. Prisma's query runtime costs more than PostgreSQL's work on them
 * (about 1 ms of CPU per request against 0.35 ms for the same statements sent by pg). Each returns exactly the
 * shape of the Prisma read it replaces, so the services' rules and mapping stay as they are; the parity test
 * (`test/hot-reads.integration.test.ts`) runs both on generated data. No other file of the API writes SQL.
 */

// Dates come back as text ('YYYY-MM-DD'), whatever the driver's date parser would make of them.
const dato = (kolonne: string, navn: string) => `to_char(${kolonne}, 'YYYY-MM-DD') AS "${navn}"`;
const datoJson = (kolonne: string) => `to_char(${kolonne}, 'YYYY-MM-DD')`;
const datoEllerNull = (value: string | null) => (value === null ? null : fromIsoDate(value));
const tidEllerNull = (value: string | Date | null) => (value === null ? null : new Date(value));

const SESSION = {
  name: 'hot_session',
  text: `SELECT s."id", s."csrfToken", s."createdAt", s."lastSeenAt",
      b."id" AS "brugerId", b."brugernavn", b."navn", b."rolle", b."aktiv", b."demo",
      j."nummer" AS "jobcenterNummer", j."navn" AS "jobcenterNavn", m."kode" AS "myndighedKode", m."navn" AS "myndighedNavn"
    FROM "Session" s
    JOIN "Bruger" b ON b."id" = s."brugerId"
    JOIN "Jobcenter" j ON j."nummer" = b."jobcenterNummer"
    JOIN "Myndighed" m ON m."id" = j."myndighedId"
    WHERE s."id" = $1`,
};

const SYSTEMKLIENT = {
  name: 'hot_systemklient',
  text: `SELECT k."id", k."navn", k."aktiv", k."demo", k."jobcenterNummer", k."akasseKode", k."tilladelser",
      m."type" AS "myndighedType", m."kode" AS "myndighedKode", m."navn" AS "myndighedNavn"
    FROM "SystemKlient" k JOIN "Myndighed" m ON m."id" = k."myndighedId"
    WHERE k."tokenHash" = $1`,
};

// The values of one access-log entry, after a statement's own parameters, from `first` on: each goes as text and
// is cast in the statement, as in ADGANGSLOG, so the entry has one form wherever it is written.
const LOG_KOLONNER = `"tidspunkt", "aktoerType", "aktoerId", "myndighedType", "myndighedKode", "entitet", "entitetId",
      "handling", "formaal", "borgerId", "soegekriterier"`;
const LOG_ANTAL_KOLONNER = 11;
const logVaerdier = (first: number) => {
  const $ = (i: number) => `$${first + i}`;
  return `${$(0)}::timestamptz, ${$(1)}::text, ${$(2)}::text, ${$(3)}::text::"MyndighedType", ${$(4)}::text,
      ${$(5)}::text, ${$(6)}::text, ${$(7)}::text, ${$(8)}::text, ${$(9)}::text::uuid, ${$(10)}::text::jsonb`;
};

// The citizen with what its status needs: undeleted fravær newest first, indsatser, and the month's joblog. The
// read writes its own access-log entry (ADR 0006) in the same statement, and only when the entry's myndighed
// sees the citizen: no row comes back unless its entry is written, and the entry costs no round trip of its own.
const OVERBLIK = {
  name: 'hot_borger_overblik',
  text: `WITH o AS (SELECT b."id", b."cpr", b."fornavn", b."efternavn", b."kontaktgruppe",
      ${dato('b."ledighedsdato"', 'ledighedsdato')}, ${dato('b."dagpengeretFra"', 'dagpengeretFra')}, b."mobilnummer",
      j."nummer" AS "jobcenterNummer", j."navn" AS "jobcenterNavn", j."maalgruppeValgAfMoedeform",
      m."type" AS "myndighedType", m."kode" AS "myndighedKode", a."kode" AS "akasseKode", a."navn" AS "akasseNavn",
      u."id" AS "ansvarligId", u."brugernavn" AS "ansvarligBrugernavn", u."navn" AS "ansvarligNavn",
      u."rolle" AS "ansvarligRolle", u."jobcenterNummer" AS "ansvarligJobcenterNummer", u."aktiv" AS "ansvarligAktiv",
      (SELECT COALESCE(json_agg(json_build_object('id', f."id", 'fravaersaarsag', f."fravaersaarsag",
          'startdato', ${datoJson('f."startdato"')}, 'slutdato', ${datoJson('f."slutdato"')})
          ORDER BY f."startdato" DESC, f."createdAt" DESC), '[]')
        FROM "Fravaer" f WHERE f."borgerId" = b."id" AND NOT f."slettet") AS "fravaer",
      (SELECT COALESCE(json_agg(json_build_object('startdato', ${datoJson('i."startdato"')},
          'slutdato', ${datoJson('i."slutdato"')}, 'ophoerDato', ${datoJson('i."ophoerDato"')})), '[]')
        FROM "Indsats" i WHERE i."borgerId" = b."id") AS "indsatser",
      (SELECT count(*)::int FROM "JoblogPost" p
        WHERE p."borgerId" = b."id" AND p."submissionDate" >= $2::date AND p."submissionDate" < $3::date) AS "joblog"
    FROM "Borger" b
    JOIN "Jobcenter" j ON j."nummer" = b."jobcenterNummer"
    JOIN "Myndighed" m ON m."id" = j."myndighedId"
    LEFT JOIN "Akasse" a ON a."kode" = b."akasseKode"
    LEFT JOIN "Bruger" u ON u."id" = b."ansvarligId"
    WHERE b."id" = $1::uuid),
  logget AS (INSERT INTO "Adgangslog" (${LOG_KOLONNER})
    SELECT ${logVaerdier(4)} FROM o WHERE o."myndighedType" = 'jobcenter' AND o."myndighedKode" = $8::text
    RETURNING 1)
  SELECT o.* FROM o, logget`,
};

// The P-units with a JobAG profile, their users and their company's konflikt notices, in one statement that
// also writes the search's access-log entry (ADR 0006): PostgreSQL runs a data-modifying WITH to its end whether
// or not the rest reads it, and a failed entry fails the statement. One statement per kind of search, so each
// keeps a plan of its own.
const kontoSql = (where: string, first: number) => `WITH logget AS (INSERT INTO "Adgangslog" (${LOG_KOLONNER})
      VALUES (${logVaerdier(first)}))
    SELECT p."pNummer", p."cvrNummer", p."navn", p."vejOgNummer", p."postnummer",
      p."by", p."jobagProfil", v."navn" AS "virksomhedNavn",
      (SELECT COALESCE(json_agg(json_build_object('aktiv', u."aktiv", 'senesteLogin', u."senesteLogin")), '[]')
        FROM "JobagBruger" u WHERE u."pNummer" = p."pNummer") AS "jobagBrugere",
      (SELECT COALESCE(json_agg(json_build_object('id', k."id", 'cvrNummer', k."cvrNummer", 'pNummer', k."pNummer",
          'fraDato', ${datoJson('k."fraDato"')}, 'tilDato', ${datoJson('k."tilDato"')}, 'tekst', k."tekst",
          'oprettetAfMyndighed', k."oprettetAfMyndighed") ORDER BY k."fraDato" DESC), '[]')
        FROM "Konfliktvarsel" k WHERE k."cvrNummer" = v."cvrNummer") AS "konfliktvarsler"
    FROM "Produktionsenhed" p JOIN "Virksomhed" v ON v."cvrNummer" = p."cvrNummer"
    WHERE p."jobagProfil"${where}
    ORDER BY p."cvrNummer", p."pNummer"`;
const KONTI = {
  alle: { name: 'hot_konti_alle', text: kontoSql('', 1) },
  virksomhed: { name: 'hot_konti_virksomhed', text: kontoSql(' AND p."cvrNummer" = $1', 2) },
  enhed: { name: 'hot_konti_enhed', text: kontoSql(' AND p."cvrNummer" = $1 AND p."pNummer" = $2', 3) },
};

// One statement for one entry or many: each column travels as an array, so its text and plan never change. The
// arrays are text and cast per element: PGlite serializes an array parameter only for the array types it knew when
// it opened, which on a new embedded database is before the migrations create "MyndighedType".
const ADGANGSLOG = {
  name: 'hot_adgangslog',
  text: `INSERT INTO "Adgangslog" (${LOG_KOLONNER})
    SELECT r.tidspunkt::timestamptz, r.aktoertype, r.aktoerid, r.myndighedtype::"MyndighedType", r.myndighedkode,
      r.entitet, r.entitetid, r.handling, r.formaal, r.borgerid::uuid, r.soegekriterier::jsonb
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
      $9::text[], $10::text[], $11::text[])
      AS r(tidspunkt, aktoertype, aktoerid, myndighedtype, myndighedkode, entitet, entitetid, handling, formaal,
        borgerid, soegekriterier)`,
};

interface SessionRaekke {
  id: string;
  csrfToken: string;
  createdAt: Date | string;
  lastSeenAt: Date | string;
  brugerId: string;
  brugernavn: string;
  navn: string;
  rolle: 'sagsbehandler' | 'virksomhedskonsulent';
  aktiv: boolean;
  demo: boolean;
  jobcenterNummer: string;
  jobcenterNavn: string;
  myndighedKode: string;
  myndighedNavn: string;
}

interface OverblikRaekke {
  id: string;
  cpr: string;
  fornavn: string;
  efternavn: string;
  kontaktgruppe: number;
  ledighedsdato: string;
  dagpengeretFra: string | null;
  mobilnummer: string | null;
  jobcenterNummer: string;
  jobcenterNavn: string;
  maalgruppeValgAfMoedeform: number[];
  myndighedType: 'jobcenter' | 'akasse' | 'system';
  myndighedKode: string;
  akasseKode: string | null;
  akasseNavn: string | null;
  ansvarligId: string | null;
  ansvarligBrugernavn: string | null;
  ansvarligNavn: string | null;
  ansvarligRolle: string | null;
  ansvarligJobcenterNummer: string | null;
  ansvarligAktiv: boolean | null;
  fravaer: { id: string; fravaersaarsag: number; startdato: string; slutdato: string | null }[];
  indsatser: { startdato: string; slutdato: string | null; ophoerDato: string | null }[];
  joblog: number;
}

interface KontoRaekke {
  pNummer: string;
  cvrNummer: string;
  navn: string;
  vejOgNummer: string;
  postnummer: string;
  by: string;
  jobagProfil: boolean;
  virksomhedNavn: string;
  jobagBrugere: { aktiv: boolean; senesteLogin: string | null }[];
  konfliktvarsler: {
    id: string;
    cvrNummer: string;
    pNummer: string | null;
    fraDato: string;
    tilDato: string | null;
    tekst: string;
    oprettetAfMyndighed: string;
  }[];
}

/** One access-log entry, as `createAccessLog` builds it. */
export interface AdgangslogRaekke {
  tidspunkt: Date;
  aktoerType: string;
  aktoerId: string;
  myndighedType: 'jobcenter' | 'akasse' | 'system';
  myndighedKode: string;
  entitet: string;
  entitetId: string | null;
  handling: string;
  formaal: string;
  borgerId: string | null;
  soegekriterier?: Prisma.InputJsonValue | undefined;
}

/** One entry's values in LOG_KOLONNER's order. */
function logParametre(row: AdgangslogRaekke): unknown[] {
  return [
    row.tidspunkt.toISOString(),
    row.aktoerType,
    row.aktoerId,
    row.myndighedType,
    row.myndighedKode,
    row.entitet,
    row.entitetId,
    row.handling,
    row.formaal,
    row.borgerId,
    row.soegekriterier === undefined || row.soegekriterier === null
      ? null
      : JSON.stringify(row.soegekriterier),
  ];
}

export function hotReads(sql: SqlRunner) {
  return {
    /** As `authRepository.findSession`. */
    async session(id: string) {
      const [row] = await sql.query<SessionRaekke>(SESSION, [id]);
      if (!row) return null;
      return {
        id: row.id,
        csrfToken: row.csrfToken,
        createdAt: new Date(row.createdAt),
        lastSeenAt: new Date(row.lastSeenAt),
        bruger: {
          id: row.brugerId,
          brugernavn: row.brugernavn,
          navn: row.navn,
          rolle: row.rolle,
          aktiv: row.aktiv,
          demo: row.demo,
          jobcenter: {
            nummer: row.jobcenterNummer,
            navn: row.jobcenterNavn,
            myndighed: { kode: row.myndighedKode, navn: row.myndighedNavn },
          },
        },
      };
    },

    /** As `authRepository.findSystemKlient`. */
    async systemKlient(tokenHash: string) {
      const [row] = await sql.query<{
        id: string;
        navn: string;
        aktiv: boolean;
        demo: boolean;
        jobcenterNummer: string | null;
        akasseKode: string | null;
        tilladelser: string[];
        myndighedType: 'jobcenter' | 'akasse' | 'system';
        myndighedKode: string;
        myndighedNavn: string;
      }>(SYSTEMKLIENT, [tokenHash]);
      if (!row) return null;
      return {
        id: row.id,
        navn: row.navn,
        aktiv: row.aktiv,
        demo: row.demo,
        jobcenterNummer: row.jobcenterNummer,
        akasseKode: row.akasseKode,
        tilladelser: row.tilladelser,
        myndighed: { type: row.myndighedType, kode: row.myndighedKode, navn: row.myndighedNavn },
      };
    },

    /**
     * As `borgereRepository.findOverblikInMyndighed(id, log.myndighedKode)`: the citizen with `statusSelect`'s
     * relations, the joblog counted in [fra, til), when the log entry's myndighed sees it. The entry is written in
     * the same statement, and only then: null, and nothing written, for a citizen it does not see.
     */
    async borgerOverblik(id: string, maaned: { fra: string; til: string }, log: AdgangslogRaekke) {
      const [row] = await sql.query<OverblikRaekke>(OVERBLIK, [
        id,
        maaned.fra,
        maaned.til,
        ...logParametre(log),
      ]);
      if (!row) return null;
      return {
        id: row.id,
        cpr: row.cpr,
        fornavn: row.fornavn,
        efternavn: row.efternavn,
        kontaktgruppe: row.kontaktgruppe,
        ledighedsdato: fromIsoDate(row.ledighedsdato),
        dagpengeretFra: datoEllerNull(row.dagpengeretFra),
        mobilnummer: row.mobilnummer,
        jobcenter: {
          nummer: row.jobcenterNummer,
          navn: row.jobcenterNavn,
          maalgruppeValgAfMoedeform: row.maalgruppeValgAfMoedeform,
          myndighed: { type: row.myndighedType, kode: row.myndighedKode },
        },
        akasse: row.akasseKode === null ? null : { kode: row.akasseKode, navn: row.akasseNavn as string },
        ansvarlig:
          row.ansvarligId === null
            ? null
            : {
                id: row.ansvarligId,
                brugernavn: row.ansvarligBrugernavn as string,
                navn: row.ansvarligNavn as string,
                rolle: row.ansvarligRolle as 'sagsbehandler' | 'virksomhedskonsulent',
                jobcenterNummer: row.ansvarligJobcenterNummer as string,
                aktiv: row.ansvarligAktiv as boolean,
              },
        fravaer: row.fravaer.map((f) => ({
          id: f.id,
          fravaersaarsag: f.fravaersaarsag,
          startdato: fromIsoDate(f.startdato),
          slutdato: datoEllerNull(f.slutdato),
        })),
        indsatser: row.indsatser.map((i) => ({
          startdato: fromIsoDate(i.startdato),
          slutdato: datoEllerNull(i.slutdato),
          ophoerDato: datoEllerNull(i.ophoerDato),
        })),
        _count: { joblog: row.joblog },
      };
    },

    /** As `virksomhederRepository.findKonti`, with the search's log entry written in the same statement. */
    async virksomhedskonti(soegning: VirksomhedskontoSoegning, log: AdgangslogRaekke) {
      const entry = logParametre(log);
      if (soegning.type === 'tom') {
        await sql.query(
          ADGANGSLOG,
          entry.map((value) => [value]),
        );
        return [];
      }
      const rows =
        soegning.type === 'alle'
          ? await sql.query<KontoRaekke>(KONTI.alle, entry)
          : soegning.type === 'virksomhed'
            ? await sql.query<KontoRaekke>(KONTI.virksomhed, [soegning.cvrNummer, ...entry])
            : await sql.query<KontoRaekke>(KONTI.enhed, [soegning.cvrNummer, soegning.pNummer, ...entry]);
      return rows.map((row) => ({
        pNummer: row.pNummer,
        cvrNummer: row.cvrNummer,
        navn: row.navn,
        vejOgNummer: row.vejOgNummer,
        postnummer: row.postnummer,
        by: row.by,
        jobagProfil: row.jobagProfil,
        jobagBrugere: row.jobagBrugere.map((u) => ({
          aktiv: u.aktiv,
          senesteLogin: tidEllerNull(u.senesteLogin),
        })),
        virksomhed: {
          navn: row.virksomhedNavn,
          konfliktvarsler: row.konfliktvarsler.map((k) => ({
            ...k,
            fraDato: fromIsoDate(k.fraDato),
            tilDato: datoEllerNull(k.tilDato),
          })),
        },
      }));
    },

    /** As `createAccessLog().recordMany` outside a transaction: every entry in one statement. */
    async adgangslog(rows: readonly AdgangslogRaekke[]): Promise<void> {
      const entries = rows.map(logParametre);
      // One array per column.
      await sql.query(
        ADGANGSLOG,
        Array.from({ length: LOG_ANTAL_KOLONNER }, (_, i) => entries.map((entry) => entry[i])),
      );
    },
  };
}

export type HotReads = ReturnType<typeof hotReads>;
