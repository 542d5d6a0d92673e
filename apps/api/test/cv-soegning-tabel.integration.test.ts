// CV-søgning reads `CvSoegning`, a narrow copy of each searchable CV kept by a trigger on "Cv" (decision 0008,
// issue 14). These tests hold it in step with every way a CV is written, and hold the search's answers equal
// to the same search computed from "Cv" itself: hits, ranking order, totals, facet counts and filters.
import { Prisma } from '@jobcenter/db/client';
import { soegeord, tsqueryTekst } from '@jobcenter/domain/cv/cv-soegning.rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cvRepository } from '../src/features/cv/cv.repository.js';
import { del, opretBorger, patch, post, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let sb22300: Session;
let sb10100: Session;
beforeAll(async () => {
  t = await createTestApp();
  [sb22300, sb10100] = await Promise.all([t.loginAs('sb22300'), t.loginAs('sb10100')]);
});
afterAll(() => t.close());

const cv = (overrides: Record<string, unknown> = {}) => ({
  overskrift: 'Erfaren tømrer',
  jobOensker: ['Tømrer'],
  kompetencer: ['Tagarbejde', 'Kørekort B'],
  erfaring: [{ titel: 'Tømrersvend', sted: 'Hørsholm Byg ApS', fra: '2015-08-01', til: '2026-03-01' }],
  uddannelse: [],
  postnummer: '2970',
  soegbart: true,
  ...overrides,
});

async function gemCv(session: Session, borgerId: string, overrides: Record<string, unknown> = {}) {
  const response = await session.agent
    .put(`/api/borgere/${borgerId}/cv`)
    .set('X-CSRF-Token', session.csrfToken)
    .send(cv(overrides));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

/** The rows of `CvSoegning` that differ from what "Cv" says they must be, in either direction. */
async function uden(): Promise<{ side: string; borgerId: string }[]> {
  return t.db.prisma.$queryRaw<{ side: string; borgerId: string }[]>`
    WITH skal AS (
      SELECT "borgerId", "myndighedKode", "kontaktgruppe", "postnummer", "kompetencer", "mindrePerioder",
             cv_soegeord("myndighedKode", "overskrift", "jobOensker", "kompetencer", "erfaring", "uddannelse") AS soegeord
      FROM "Cv" WHERE "soegbart"
    ), er AS (
      SELECT "borgerId", "myndighedKode", "kontaktgruppe", "postnummer", "kompetencer", "mindrePerioder", "soegeord"
      FROM "CvSoegning"
    )
    SELECT 'mangler' AS side, "borgerId"::text AS "borgerId" FROM (SELECT * FROM skal EXCEPT ALL SELECT * FROM er) a
    UNION ALL
    SELECT 'for meget', "borgerId"::text FROM (SELECT * FROM er EXCEPT ALL SELECT * FROM skal) b`;
}

async function raekke(borgerId: string) {
  const rows = await t.db.prisma.$queryRaw<
    { myndighedKode: string; kontaktgruppe: number; postnummer: string; mindre: boolean; ord: string }[]
  >`SELECT "myndighedKode", "kontaktgruppe", "postnummer", "mindrePerioder" @> DATE '2026-11-27' AS mindre,
           "soegeord"::text AS ord
    FROM "CvSoegning" WHERE "borgerId" = ${borgerId}::uuid`;
  return rows[0] ?? null;
}

describe('the search table follows every CV write (trigger on "Cv")', () => {
  it('create, change, searchable off and on, a move, kontaktgruppe, a fravær and a deletion', async () => {
    const borger = await opretBorger(sb22300, { kontaktgruppe: 2 });
    expect(await raekke(borger.id)).toBeNull();

    // Created searchable: a row with the myndighed's prefixed words.
    await gemCv(sb22300, borger.id, { overskrift: 'Trofast smørrebrødsjomfru', postnummer: '2970' });
    expect(await raekke(borger.id)).toMatchObject({
      myndighedKode: '223',
      kontaktgruppe: 2,
      postnummer: '2970',
    });
    expect((await raekke(borger.id))?.ord).toContain("'223smørrebrødsjomfru'");
    expect(await uden()).toEqual([]);

    // Changed: the new words and postnummer replace the old.
    await gemCv(sb22300, borger.id, { overskrift: 'Trofast kranfører', postnummer: '3000' });
    const aendret = await raekke(borger.id);
    expect(aendret?.ord).toContain("'223kranfør'");
    expect(aendret?.ord).not.toContain('smørrebrødsjomfru');
    expect(aendret?.postnummer).toBe('3000');
    expect(await uden()).toEqual([]);

    // Not searchable: no row; searchable again: back.
    await gemCv(sb22300, borger.id, { overskrift: 'Trofast kranfører', postnummer: '3000', soegbart: false });
    expect(await raekke(borger.id)).toBeNull();
    expect(await uden()).toEqual([]);
    await gemCv(sb22300, borger.id, { overskrift: 'Trofast kranfører', postnummer: '3000' });
    expect(await raekke(borger.id)).not.toBeNull();

    // An M-flagged fravær (R17) reaches the row through the fravær triggers, and its end too.
    const fravaer = await post(sb22300, `/api/borgere/${borger.id}/fravaer`).send({
      fravaersaarsag: 45,
      startdato: '2026-11-20',
    });
    expect(fravaer.status).toBe(201);
    expect((await raekke(borger.id))?.mindre).toBe(true);
    await patch(sb22300, `/api/fravaer/${fravaer.body.id}`, 1).send({ slutdato: '2026-11-26' });
    expect((await raekke(borger.id))?.mindre).toBe(false);
    expect(await uden()).toEqual([]);

    // The citizen moves to another jobcentre: the myndighed and the prefix of every word follow.
    const flyt = await post(sb22300, `/api/borgere/${borger.id}/flyt`).send({ jobcenter: '10100' });
    expect(flyt.status, JSON.stringify(flyt.body)).toBe(200);
    const flyttet = await raekke(borger.id);
    expect(flyttet?.myndighedKode).toBe('101');
    expect(flyttet?.ord).toContain("'101kranfør'");
    expect(flyttet?.ord).not.toContain("'223");
    expect(await uden()).toEqual([]);

    // Any write of the CV row is followed, whoever makes it: kontaktgruppe here (set on save from the citizen).
    await t.db.prisma.$executeRaw`UPDATE "Cv" SET "kontaktgruppe" = 5 WHERE "borgerId" = ${borger.id}::uuid`;
    expect((await raekke(borger.id))?.kontaktgruppe).toBe(5);
    const fundet = await post(sb10100, '/api/cv/soeg').send({ q: 'kranfører', kontaktgruppe: 5 });
    expect(fundet.body.items.map((i: { borgerId: string }) => i.borgerId)).toContain(borger.id);

    // A deleted CV takes its row along.
    await t.db.prisma.$executeRaw`DELETE FROM "Cv" WHERE "borgerId" = ${borger.id}::uuid`;
    expect(await raekke(borger.id)).toBeNull();
    expect(await uden()).toEqual([]);
  });

  it('a CV created not searchable has no row until it is made searchable', async () => {
    const borger = await opretBorger(sb22300);
    await gemCv(sb22300, borger.id, { overskrift: 'Hemmelig urmager', soegbart: false });
    expect(await raekke(borger.id)).toBeNull();
    expect((await post(sb22300, '/api/cv/soeg').send({ q: 'urmager' })).body.total).toBe(0);
    await gemCv(sb22300, borger.id, { overskrift: 'Hemmelig urmager' });
    expect((await post(sb22300, '/api/cv/soeg').send({ q: 'urmager' })).body.total).toBe(1);
    expect(await uden()).toEqual([]);
  });

  it('a fravær deleted with a berigtigelse takes mindre intensiv indsats off the row', async () => {
    const borger = await opretBorger(sb22300, { kontaktgruppe: 1 });
    await gemCv(sb22300, borger.id, { overskrift: 'Orlov-klar bådebygger' });
    const fravaer = await post(sb22300, `/api/borgere/${borger.id}/fravaer`).send({
      fravaersaarsag: 43,
      startdato: '2026-11-20',
      slutdato: '2026-11-30',
    });
    expect((await raekke(borger.id))?.mindre).toBe(true);
    await del(sb22300, `/api/fravaer/${fravaer.body.id}`, 1).send({
      berigtigelseskommentar: 'Registreret ved en fejl',
    });
    expect((await raekke(borger.id))?.mindre).toBe(false);
    expect(await uden()).toEqual([]);
  });
});

interface Svar {
  items: { borgerId: string; navn: string; overskrift: string; kompetencer: string[]; postnummer: string }[];
  total: number;
  nextCursor: string | null;
  facetter: Record<string, { vaerdi: unknown; antal: number }[]>;
}

/**
 * The same search computed from "Cv" and "Borger" directly: the vector from the CV's own columns, searchable
 * CVs of the myndighed, the same filters, rank and tie-break, the same facet rules. Plain SQL, no shortcuts.
 */
async function reference(
  kode: string,
  k: {
    q?: string;
    kompetence?: string;
    postnummer?: string;
    kontaktgruppe?: number;
    mindreIntensivIndsats?: boolean;
  },
) {
  const ord = soegeord(k.q);
  const varianter = await cvRepository(t.db.prisma).varianter(ord);
  const tsq = tsqueryTekst(ord.map((o) => ({ ord: o, varianter: varianter.get(o) ?? [] })));
  const vektor = Prisma.sql`cv_soegeord(c."myndighedKode", c."overskrift", c."jobOensker", c."kompetencer", c."erfaring", c."uddannelse")`;
  const q = Prisma.sql`cv_soegeord_query(${kode}, to_tsquery('danish', ${tsq ?? ''}))`;
  const [row] = await t.db.prisma.$queryRaw<
    {
      svar: {
        hits:
          | {
              borgerId: string;
              overskrift: string;
              navn: string;
              kompetencer: string[];
              postnummer: string;
            }[]
          | null;
        facetter: Record<string, { vaerdi: unknown; antal: number }[]>;
      };
    }[]
  >`
    WITH hits AS (
      SELECT c."borgerId", c."overskrift", b."fornavn" || ' ' || b."efternavn" AS navn, c."kompetencer", c."postnummer",
             c."kontaktgruppe", c."mindrePerioder" @> DATE '2026-11-27' AS mindre,
             ${tsq ? Prisma.sql`ts_rank_cd(${vektor}, ${q})::float8` : Prisma.sql`0::float8`} AS rank
      FROM "Cv" c JOIN "Borger" b ON b."id" = c."borgerId"
      WHERE c."myndighedKode" = ${kode} AND c."soegbart"
        ${tsq ? Prisma.sql`AND ${vektor} @@ ${q}` : Prisma.empty}
        ${k.kompetence ? Prisma.sql`AND ${k.kompetence} = ANY(c."kompetencer")` : Prisma.empty}
        ${k.postnummer ? Prisma.sql`AND c."postnummer" = ${k.postnummer}` : Prisma.empty}
        ${k.kontaktgruppe ? Prisma.sql`AND c."kontaktgruppe" = ${k.kontaktgruppe}` : Prisma.empty}
    ), valgt AS (
      SELECT * FROM hits ${k.mindreIntensivIndsats === undefined ? Prisma.empty : Prisma.sql`WHERE mindre = ${k.mindreIntensivIndsats}`}
    )
    SELECT json_build_object(
      'hits', (SELECT json_agg(json_build_object('borgerId', "borgerId", 'overskrift', "overskrift", 'navn', navn,
                 'kompetencer', "kompetencer", 'postnummer', "postnummer") ORDER BY rank DESC, "borgerId") FROM valgt),
      'facetter', json_build_object(
        'kontaktgruppe', (SELECT coalesce(json_agg(json_build_object('vaerdi', v, 'antal', n) ORDER BY v), '[]')
          FROM (SELECT "kontaktgruppe" AS v, count(*) AS n FROM valgt GROUP BY 1) f),
        'mindreIntensivIndsats', (SELECT coalesce(json_agg(json_build_object('vaerdi', v, 'antal', n) ORDER BY v DESC), '[]')
          FROM (SELECT mindre AS v, count(*) AS n FROM valgt GROUP BY 1) f),
        'postnummer', (SELECT coalesce(json_agg(json_build_object('vaerdi', v, 'antal', n) ORDER BY n DESC, v), '[]')
          FROM (SELECT "postnummer" AS v, count(*) AS n FROM valgt GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10) f),
        'kompetence', (SELECT coalesce(json_agg(json_build_object('vaerdi', v, 'antal', n) ORDER BY n DESC, v), '[]')
          FROM (SELECT v, count(*) AS n FROM valgt, unnest("kompetencer") AS v GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10) f)
      )
    ) AS svar`;
  return { hits: row?.svar.hits ?? [], facetter: row?.svar.facetter };
}

describe('CV-søgning answers as the same search over the CV table itself', () => {
  it('hits, order, pages, totals, facets and filters, in two myndigheder, over generated CVs', async () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
    const FAG = ['Stenhugger', 'Glarmester', 'Stenhugger og glarmester', 'Bødker', 'Hjulmager'];
    const KOMPETENCER = ['Trykluft', 'Kørekort B', 'Stilladsbevis', 'Førstehjælp', 'Øjenværn'];
    const ERFARING = ['Stenhugger', 'Bødker', 'Kranfører'];

    for (let i = 0; i < 36; i++) {
      const session = i % 4 === 3 ? sb10100 : sb22300;
      const borger = await opretBorger(session, { kontaktgruppe: 1 + Math.floor(rnd() * 3) });
      const fag = pick(FAG);
      await gemCv(session, borger.id, {
        overskrift: `${i % 2 ? 'Erfaren' : 'Ny'} ${fag.toLowerCase()}`,
        jobOensker: rnd() < 0.5 ? [pick(FAG)] : [],
        kompetencer: [...new Set([pick(KOMPETENCER), pick(KOMPETENCER)])],
        erfaring:
          rnd() < 0.6
            ? [{ titel: pick(ERFARING), sted: 'Værksted', fra: '2015-01-01', til: '2020-01-01' }]
            : [],
        postnummer: pick(['2970', '3000', '3050', '2200']),
        soegbart: rnd() < 0.85,
      });
      if (rnd() < 0.3) {
        await post(session, `/api/borgere/${borger.id}/fravaer`).send({
          fravaersaarsag: 45,
          startdato: '2026-11-20',
        });
      }
      if (i % 9 === 0) {
        const flyt = await post(session, `/api/borgere/${borger.id}/flyt`).send({
          jobcenter: session === sb22300 ? '10100' : '22300',
        });
        expect(flyt.status).toBe(200);
      }
    }
    expect(await uden()).toEqual([]);

    const kriterier = [
      { q: 'stenhugger' },
      { q: 'glarmester stenhugger' },
      { q: 'stenhuger' },
      { q: 'bødker', mindreIntensivIndsats: true },
      { q: 'bødker', mindreIntensivIndsats: false },
      { q: 'erfaren', kontaktgruppe: 2 },
      { q: 'erfaren', kompetence: 'Kørekort B' },
      { q: 'kranfører', postnummer: '3000' },
      { kompetence: 'Stilladsbevis' },
      { postnummer: '2970' },
      { kontaktgruppe: 1, mindreIntensivIndsats: false },
      {},
    ];
    let sammenlignet = 0;
    for (const [session, kode] of [
      [sb22300, '223'],
      [sb10100, '101'],
    ] as const) {
      for (const k of kriterier) {
        const forventet = await reference(kode, k);
        const sider: Svar['items'] = [];
        let cursor: string | undefined;
        let svar: Svar;
        do {
          const response = await post(session, '/api/cv/soeg').send({ ...k, ...(cursor ? { cursor } : {}) });
          expect(response.status, JSON.stringify(response.body)).toBe(200);
          svar = response.body;
          expect(svar.total, JSON.stringify(k)).toBe(forventet.hits.length);
          expect(svar.facetter, JSON.stringify(k)).toEqual(forventet.facetter);
          sider.push(...svar.items);
          cursor = svar.nextCursor ?? undefined;
        } while (cursor);
        expect(
          sider.map(({ borgerId, navn, overskrift, kompetencer, postnummer }) => ({
            borgerId,
            navn,
            overskrift,
            kompetencer,
            postnummer,
          })),
          `${kode} ${JSON.stringify(k)}`,
        ).toEqual(forventet.hits);
        sammenlignet += forventet.hits.length;
      }
    }
    // The comparison covered real results, not only empty ones.
    expect(sammenlignet).toBeGreaterThan(60);
  });
});
