import { Prisma, type PrismaClient } from '@jobcenter/db/client';

type Tx = Prisma.TransactionClient | PrismaClient;

export interface CvSoegeKriterier {
  myndighedKode: string;
  idag: string;
  /** A `to_tsquery('danish', …)` text built by tsqueryTekst, or null without free text. */
  tsquery: string | null;
  kompetence?: string | undefined;
  postnummer?: string | undefined;
  kontaktgruppe?: number | undefined;
  mindreIntensivIndsats?: boolean | undefined;
  efter: { rank: number; borgerId: string } | null;
  antal: number;
}

export interface CvSoegeRaekke {
  borgerId: string;
  fornavn: string;
  efternavn: string;
  overskrift: string;
  kompetencer: string[];
  postnummer: string;
  kontaktgruppe: number;
  mindre: boolean;
  rank: number;
}

export interface CvSoegeResultat {
  total: number;
  items: CvSoegeRaekke[];
  kontaktgruppe: { vaerdi: number; antal: number }[];
  mindre: { vaerdi: boolean; antal: number }[];
  postnummer: { vaerdi: string; antal: number }[];
  kompetence: { vaerdi: string; antal: number }[];
}

const empty = Prisma.empty;

export function cvRepository(tx: Tx) {
  return {
    find(borgerId: string) {
      return tx.cv.findUnique({
        where: { borgerId },
        select: {
          borgerId: true,
          overskrift: true,
          jobOensker: true,
          kompetencer: true,
          erfaring: true,
          uddannelse: true,
          postnummer: true,
          soegbart: true,
          opdateret: true,
        },
      });
    },

    upsert(borgerId: string, data: Omit<Prisma.CvUncheckedCreateInput, 'borgerId'>) {
      return tx.cv.upsert({
        where: { borgerId },
        create: { borgerId, ...data },
        update: data,
        select: { borgerId: true },
      });
    },

    async addOrd(ord: readonly string[]): Promise<void> {
      if (ord.length > 0)
        await tx.cvOrd.createMany({ data: ord.map((o) => ({ ord: o })), skipDuplicates: true });
    },

    async moveMyndighed(borgerId: string, myndighedKode: string): Promise<void> {
      await tx.cv.updateMany({ where: { borgerId }, data: { myndighedKode } });
    },

    /** Up to three spelling neighbours of each query word from the CV word list (pg_trgm). */
    async varianter(ord: readonly string[]): Promise<Map<string, string[]>> {
      if (ord.length === 0) return new Map();
      const rows = await tx.$queryRaw<{ soeg: string; ord: string }[]>`
        SELECT q.ord AS soeg, o.ord
        FROM unnest(${[...ord]}::text[]) AS q(ord)
        CROSS JOIN LATERAL (
          SELECT w."ord" FROM "CvOrd" w
          WHERE w."ord" % q.ord AND w."ord" <> q.ord AND similarity(w."ord", q.ord) >= 0.4
          ORDER BY similarity(w."ord", q.ord) DESC, w."ord"
          LIMIT 3
        ) AS o`;
      const varianter = new Map<string, string[]>();
      for (const row of rows) varianter.set(row.soeg, [...(varianter.get(row.soeg) ?? []), row.ord]);
      return varianter;
    },

    /**
     * One round trip: the page (keyset on rank, borgerId), the total and the facet counts within the result.
     * It reads `CvSoegning`, the search's narrow copy of each searchable CV (decision 0008): only what a search
     * filters, ranks and counts on, kept by a trigger on "Cv" in the same transaction as every CV write, and
     * without a row while the CV is not searchable. A hit then costs a third fewer pages than a "Cv" row would.
     * R17: mindre intensiv indsats is derived here, from the periods of M-flagged fravær on the day of the
     * search (`mindrePerioder`, kept by triggers on the fravær).
     * Free text is looked up in `soegeord`, whose lexemes carry the myndighed: the index then finds this
     * myndighed's matches only, and the same vector ranks them. The result set is materialized once, with only
     * what the counts need; the page's headline and names are read from "Cv" and "Borger" for its rows alone.
     * The queries are computed once, in a materialized `q`: inlined, a prepared statement's generic plan parsed
     * them again for every hit. The competences are unnested in the select list, which costs half of a lateral
     * `unnest` per hit.
     */
    async search(k: CvSoegeKriterier): Promise<CvSoegeResultat> {
      // With free text the index already finds this myndighed's CVs only; the myndighed is then tested on each
      // hit, not by also reading the myndighed's whole btree range and intersecting (a BitmapAnd the planner
      // picks on its estimates, which cost more than the search itself for København).
      const myndighed = k.tsquery
        ? Prisma.sql`(c."myndighedKode" || '') = ${k.myndighedKode}`
        : Prisma.sql`c."myndighedKode" = ${k.myndighedKode}`;
      // The same for a competence: its GIN posting list spans every myndighed (150,000 CVs with "Excel" at a
      // million), so with free text it is tested on the hits, not intersected.
      const kompetence = k.tsquery
        ? Prisma.sql`AND (c."kompetencer" || '{}'::text[]) @> ARRAY[${k.kompetence}]::text[]`
        : Prisma.sql`AND c."kompetencer" @> ARRAY[${k.kompetence}]::text[]`;
      const rank = k.tsquery ? Prisma.sql`ts_rank_cd(c."soegeord", q.kq)::float8` : Prisma.sql`0::float8`;
      const [row] = await tx.$queryRaw<{ svar: CvSoegeResultat }[]>`
        WITH q AS MATERIALIZED (
          SELECT cv_soegeord_query(${k.myndighedKode}, to_tsquery('danish', ${k.tsquery ?? ''})) AS kq
        ),
        valgt AS MATERIALIZED (
          SELECT * FROM (
            SELECT c."borgerId", c."kompetencer", c."postnummer", c."kontaktgruppe",
                   c."mindrePerioder" @> ${k.idag}::date AS mindre,
                   ${rank} AS rank
            FROM "CvSoegning" c CROSS JOIN q
            WHERE ${myndighed}
              ${k.tsquery ? Prisma.sql`AND c."soegeord" @@ q.kq` : empty}
              ${k.kompetence ? kompetence : empty}
              ${k.postnummer ? Prisma.sql`AND c."postnummer" = ${k.postnummer}` : empty}
              ${k.kontaktgruppe ? Prisma.sql`AND c."kontaktgruppe" = ${k.kontaktgruppe}` : empty}
          ) AS base
          ${k.mindreIntensivIndsats === undefined ? empty : Prisma.sql`WHERE base.mindre = ${k.mindreIntensivIndsats}`}
        )
        SELECT json_build_object(
          'total', (SELECT count(*) FROM valgt),
          'items', (SELECT coalesce(json_agg(p ORDER BY p.rank DESC, p."borgerId"), '[]') FROM (
            SELECT v."borgerId", c."overskrift", v."kompetencer", v."postnummer", v."kontaktgruppe", v.mindre, v.rank,
                   b."fornavn", b."efternavn"
            FROM (
              SELECT * FROM valgt
              ${k.efter ? Prisma.sql`WHERE (valgt.rank < ${k.efter.rank}::float8 OR (valgt.rank = ${k.efter.rank}::float8 AND valgt."borgerId" > ${k.efter.borgerId}::uuid))` : empty}
              ORDER BY valgt.rank DESC, valgt."borgerId" LIMIT ${k.antal}
            ) v JOIN "Cv" c ON c."borgerId" = v."borgerId" JOIN "Borger" b ON b."id" = v."borgerId") p),
          'kontaktgruppe', (SELECT coalesce(json_agg(json_build_object('vaerdi', v, 'antal', n) ORDER BY v), '[]')
            FROM (SELECT "kontaktgruppe" AS v, count(*) AS n FROM valgt GROUP BY 1) f),
          'mindre', (SELECT coalesce(json_agg(json_build_object('vaerdi', v, 'antal', n) ORDER BY v DESC), '[]')
            FROM (SELECT mindre AS v, count(*) AS n FROM valgt GROUP BY 1) f),
          'postnummer', (SELECT coalesce(json_agg(json_build_object('vaerdi', v, 'antal', n) ORDER BY n DESC, v), '[]')
            FROM (SELECT "postnummer" AS v, count(*) AS n FROM valgt GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10) f),
          'kompetence', (SELECT coalesce(json_agg(json_build_object('vaerdi', v, 'antal', n) ORDER BY n DESC, v), '[]')
            FROM (SELECT v, count(*) AS n FROM (SELECT unnest(valgt."kompetencer") AS v FROM valgt) AS kt GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10) f)
        ) AS svar`;
      return (row as { svar: CvSoegeResultat }).svar;
    },
  };
}
