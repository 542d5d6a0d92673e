// CV-søgning at national scale: `npm run bench:cv` seeds N synthetic CVs (10k, 100k, 1M; `--n 100000` for
// one size) into PostgreSQL (BENCH_DATABASE_URL, default the machine's) and prints, for a fixed mix of 200
// queries, the p50/p95 latency of the product's search (the service, as the API calls it) and the p95 of a naive
// ILIKE scan over the same data, one JSON line per N. Data already seeded for an N is reused.
// Not part of `npm test`.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '@jobcenter/db/client';
import { migrationsDir } from '@jobcenter/db/migrate';
import { seedDemo } from '@jobcenter/db/seed/demo';
import { fravaersaarsager } from '@jobcenter/domain/fravaer/fravaer.codelists';
import pg from 'pg';
import { createAccessLog } from '../src/access-log/access-log.js';
import type { BrugerAktoer } from '../src/auth/aktoer.js';
import { systemClock } from '../src/clock.js';
import { hotReads } from '../src/db/hot-reads.js';
import { type CvSoegKriterier, cvService } from '../src/features/cv/cv.service.js';
import { klyngCvTabel } from '../src/features/cv/cv-vedligehold.js';
import { createBorgerHistorik } from '../src/historik/borger-historik.js';

const { values } = parseArgs({ options: { n: { type: 'string' } } });
const sizes = values.n ? [Number(values.n)] : [10_000, 100_000, 1_000_000];
const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

// 98 kommuner; the largest have the most unemployed (København about 11 %, Aarhus 6 %, …).
const kommuner = Array.from({ length: 98 }, (_, i) => String(101 + i * 8).padStart(3, '0'));
const vaegt = (i: number) => (i === 0 ? 11 : i === 1 ? 6 : i < 4 ? 4 : i < 10 ? 2 : 0.75);

const FAG = [
  'tømrer',
  'murer',
  'elektriker',
  'maler',
  'snedker',
  'pædagog',
  'sosu-assistent',
  'lagerarbejder',
  'chauffør',
  'kok',
  'tjener',
  'rengøringsassistent',
  'butiksassistent',
  'kontorassistent',
  'bogholder',
  'sygeplejerske',
  'lærer',
  'it-supporter',
  'udvikler',
  'mekaniker',
  'smed',
  'svejser',
  'gartner',
  'landmand',
  'frisør',
  'kassemedarbejder',
  'pakkeriarbejder',
  'truckfører',
  'buschauffør',
  'tandklinikassistent',
  'ejendomsservicetekniker',
  'portør',
  'receptionist',
  'sælger',
  'projektleder',
  'ingeniør',
  'laborant',
  'bager',
  'slagter',
  'vvs-montør',
];
const KOMPETENCER = [
  'Kørekort B',
  'Kørekort C',
  'Truckcertifikat',
  'Excel',
  'Regnskab',
  'Kundeservice',
  'Førstehjælp',
  'Hygiejnebevis',
  'Svejsecertifikat',
  'Engelsk',
  'Tysk',
  'Salg',
  'Ledelse',
  'Planlægning',
  'Tagarbejde',
  'Flisearbejde',
  'Børnepasning',
  'Medicinhåndtering',
  'Lagerstyring',
  'Kassesystemer',
];
const TILLAEG = ['erfaren', 'nyuddannet', 'fleksibel', 'engageret', 'mødestabil', 'selvstændig', 'udadvendt'];

async function ensureData(n: number): Promise<string> {
  // The name carries the migration count, so data seeded under an older schema is not reused.
  const database = `jobcenter_bench_cv_${n}_m${fs.readdirSync(migrationsDir).filter((d) => /^\d/.test(d)).length}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  if (exists.rowCount) {
    const check = new pg.Client({ connectionString: url.toString() });
    await check.connect();
    // The demo data has CVs of its own: the bench records how many it seeded once it is done.
    const { rows } = await check
      .query<{ n: string }>('SELECT n FROM bench_cv_seedet')
      .catch(() => ({ rows: [{ n: '0' }] }));
    await check.end();
    if (Number(rows[0]?.n) === n) {
      await admin.end();
      console.error(`reusing ${database}`);
      return url.toString();
    }
    await admin.query(`DROP DATABASE "${database}" WITH (FORCE)`);
  }
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
  await seedDemo(db.prisma);
  await db.close();
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const started = performance.now();
  await client.query(
    `
    INSERT INTO "Myndighed" ("id", "type", "kode", "navn")
    SELECT gen_random_uuid(), 'jobcenter', k, 'Kommune ' || k FROM unnest($1::text[]) AS k
    ON CONFLICT DO NOTHING`,
    [kommuner],
  );
  await client.query(
    `
    INSERT INTO "Jobcenter" ("nummer", "navn", "myndighedId")
    SELECT k || '00', 'Jobcenter ' || k, m."id" FROM unnest($1::text[]) AS k JOIN "Myndighed" m ON m."type" = 'jobcenter' AND m."kode" = k
    ON CONFLICT DO NOTHING`,
    [kommuner],
  );
  // Cumulative weights pick each citizen's kommune deterministically from its number.
  const total = kommuner.reduce((sum, _, i) => sum + vaegt(i), 0);
  let acc = 0;
  const graenser = kommuner.map((_, i) => {
    acc += vaegt(i) / total;
    return acc;
  });
  await client.query(
    `CREATE TEMP TABLE kg AS SELECT k, g, lag(g, 1, 0::float8) OVER (ORDER BY g) AS fra FROM unnest($1::text[], $2::float8[]) AS t(k, g)`,
    [kommuner, graenser],
  );
  const batch = 100_000;
  for (let start = 1; start <= n; start += batch) {
    const end = Math.min(n, start + batch - 1);
    await client.query(
      `
      WITH s AS (
        SELECT i, ((i * 2654435761::bigint) % 1000003)::float8 / 1000003 AS r, gen_random_uuid() AS id FROM generate_series($1::int, $2::int) AS i
      ), b AS (
        INSERT INTO "Borger" ("id", "cpr", "fornavn", "efternavn", "kontaktgruppe", "ledighedsdato", "jobcenterNummer")
        SELECT s.id, lpad(((i % 28) + 1)::text, 2, '0') || lpad((((i / 28) % 12) + 1)::text, 2, '0') || lpad(((i / 336) % 100)::text, 2, '0') || lpad((i % 10000)::text, 4, '0'),
               (ARRAY['Anna','Mads','Sofie','Mikkel','Ida','Frederik','Emma','Lucas','Freja','Oliver'])[1 + i % 10],
               (ARRAY['Jensen','Nielsen','Hansen','Pedersen','Andersen','Christensen','Larsen','Sørensen','Rasmussen','Jørgensen'])[1 + (i / 10) % 10],
               1 + (i % 7), DATE '2026-01-01' - (i % 400), kg.k || '00'
        FROM s JOIN kg ON s.r >= kg.fra AND s.r < kg.g
        ON CONFLICT ("cpr") DO NOTHING
        RETURNING "id", "jobcenterNummer", "kontaktgruppe"
      )
      INSERT INTO "Cv" ("borgerId", "myndighedKode", "kontaktgruppe", "overskrift", "jobOensker", "kompetencer", "erfaring", "uddannelse", "postnummer", "soegbart", "opdateret")
      SELECT b."id", left(b."jobcenterNummer", 3), b."kontaktgruppe",
             initcap(($3::text[])[1 + (h % 7)]) || ' ' || ($4::text[])[1 + (h / 7) % 40] || ' med erfaring i ' || lower(($5::text[])[1 + (h / 280) % 20]),
             ARRAY[($4::text[])[1 + (h / 7) % 40], ($4::text[])[1 + (h / 13) % 40]],
             ARRAY[($5::text[])[1 + (h / 280) % 20], ($5::text[])[1 + (h / 17) % 20], ($5::text[])[1 + (h / 31) % 20]],
             jsonb_build_array(jsonb_build_object('titel', ($4::text[])[1 + (h / 37) % 40], 'sted', 'Virksomhed ' || (h % 5000))),
             '[]'::jsonb,
             lpad((1000 + (h % 8000))::text, 4, '0'),
             (h % 10) <> 0,
             now()
      FROM (SELECT b.*, abs(hashtext(b."id"::text)) AS h FROM b) AS b`,
      [start, end, TILLAEG, FAG, KOMPETENCER],
    );
    console.error(`seeded ${end} of ${n}`);
  }
  // About 4 % have an active M-flagged fravær (R17), a few more an ended one.
  const mKoder = fravaersaarsager.filter((a) => a.mindreIntensivIndsats).map((a) => a.id);
  await client.query(
    `
    INSERT INTO "Fravaer" ("id", "borgerId", "jobcenterNummer", "fravaersaarsag", "startdato", "slutdato", "version")
    SELECT gen_random_uuid(), b."id", b."jobcenterNummer", ($1::int[])[1 + abs(hashtext(b."id"::text)) % cardinality($1::int[])],
           DATE '2026-11-01', CASE WHEN abs(hashtext(b."id"::text)) % 3 = 0 THEN DATE '2026-11-10' ELSE NULL END, 1
    FROM "Borger" b WHERE abs(hashtext(b."id"::text || 'f')) % 100 < 6`,
    [mKoder],
  );
  await client.query(`
    INSERT INTO "CvOrd" ("ord")
    SELECT DISTINCT w FROM "Cv", regexp_split_to_table(lower("overskrift" || ' ' || array_to_string("jobOensker", ' ') || ' ' || array_to_string("kompetencer", ' ')), '[^[:alnum:]æøå]+') AS w
    WHERE length(w) >= 3 ON CONFLICT DO NOTHING`);
  await client.query('VACUUM ANALYZE');
  await client.query('CREATE TABLE bench_cv_seedet (n int NOT NULL)');
  await client.query('INSERT INTO bench_cv_seedet VALUES ($1)', [n]);
  await client.end();
  console.error(`seeded ${n} CVs in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return url.toString();
}

/** A fixed mix: common and rare words, two words, typos, with and without filters, users from every kommune by size. */
function queryMix(): { kode: string; kriterier: CvSoegKriterier }[] {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const total = kommuner.reduce((sum, _, i) => sum + vaegt(i), 0);
  const kommune = () => {
    let r = rnd() * total;
    for (const [i, k] of kommuner.entries()) {
      r -= vaegt(i);
      if (r <= 0) return k;
    }
    return kommuner[0] as string;
  };
  const typo = (word: string) => word.slice(0, 2) + word.slice(3);
  return Array.from({ length: 200 }, (_, i) => {
    const fag = pick(FAG);
    const kind = i % 8;
    const kriterier: CvSoegKriterier =
      kind === 0
        ? { q: fag }
        : kind === 1
          ? { q: `${fag} ${pick(KOMPETENCER).split(' ')[0]}` }
          : kind === 2
            ? { q: typo(fag) }
            : kind === 3
              ? { q: fag, mindreIntensivIndsats: rnd() < 0.5 }
              : kind === 4
                ? { q: fag, kontaktgruppe: 1 + Math.floor(rnd() * 7) }
                : kind === 5
                  ? { kompetence: pick(KOMPETENCER), q: pick(TILLAEG) }
                  : kind === 6
                    ? { q: `${pick(TILLAEG)} ${fag}` }
                    : { q: fag, mindreIntensivIndsats: true, kontaktgruppe: 1 };
    return { kode: kommune(), kriterier };
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;

for (const n of sizes) {
  const url = await ensureData(n);
  const db = await openDatabase({ kind: 'postgres', url, poolSize: 4 });
  const service = cvService({
    prisma: db.prisma,
    clock: systemClock,
    accessLog: createAccessLog(systemClock, hotReads(db.sql)),
    historik: createBorgerHistorik(systemClock),
  });
  const naive = new pg.Client({ connectionString: url });
  await naive.connect();
  const aktoer = (kode: string): BrugerAktoer => ({
    type: 'bruger',
    brugerId: '00000000-0000-4000-8000-000000000000',
    brugernavn: 'bench',
    navn: 'Bench',
    rolle: 'virksomhedskonsulent',
    jobcenter: { nummer: `${kode}00`, navn: `Jobcenter ${kode}` },
    myndighed: { type: 'jobcenter', kode, navn: `Kommune ${kode}` },
    session: { id: 'bench', csrfToken: 'bench' },
  });
  const mKoder = fravaersaarsager.filter((a) => a.mindreIntensivIndsats).map((a) => a.id);
  const mix = queryMix();
  const maal = async () => {
    for (const { kode, kriterier } of mix.slice(0, 10)) await service.search(aktoer(kode), kriterier); // warm-up
    const tider: number[] = [];
    const maalt: { ms: number; kode: string; kriterier: CvSoegKriterier; total: number }[] = [];
    for (const { kode, kriterier } of mix) {
      const t0 = performance.now();
      const { total } = await service.search(aktoer(kode), kriterier);
      tider.push(performance.now() - t0);
      maalt.push({ ms: performance.now() - t0, kode, kriterier, total });
    }
    // BENCH_CV_SLOWEST=10 names the slowest searches (where the time goes), on stderr.
    const slowest = Number(process.env.BENCH_CV_SLOWEST ?? 0);
    for (const m of maalt.sort((a, b) => b.ms - a.ms).slice(0, slowest)) {
      console.error(`${m.ms.toFixed(1)} ms  ${m.kode}  ${m.total} hits  ${JSON.stringify(m.kriterier)}`);
    }
    return tider.sort((a, b) => a - b);
  };
  // As seeded, rows lie in random order; the server's nightly job orders them by myndighed.
  const uklynget = await maal();
  await klyngCvTabel(db.prisma);
  const product = await maal();
  const naiveTimes: number[] = [];
  let hits = 0;
  for (const { kode, kriterier } of mix) {
    let t0 = performance.now();
    hits += (await service.search(aktoer(kode), kriterier)).total;
    // The naive way: substring match over the CV text, the same scope, filters, count and page.
    const ord = (kriterier.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    t0 = performance.now();
    await naive.query(
      `SELECT c."borgerId", count(*) OVER () AS total FROM "Cv" c JOIN "Borger" b ON b."id" = c."borgerId"
       WHERE c."myndighedKode" = $1 AND c."soegbart"
         AND ($2::text[] = '{}' OR (SELECT bool_and(lower(c."overskrift" || ' ' || array_to_string(c."jobOensker", ' ') || ' ' || array_to_string(c."kompetencer", ' ')) LIKE '%' || w || '%') FROM unnest($2::text[]) AS w))
         AND ($3::text IS NULL OR $3 = ANY(c."kompetencer"))
         AND ($4::int IS NULL OR b."kontaktgruppe" = $4)
         AND ($5::boolean IS NULL OR $5 = EXISTS (SELECT 1 FROM "Fravaer" f WHERE f."borgerId" = c."borgerId" AND NOT f."slettet" AND f."fravaersaarsag" = ANY($6::int[]) AND f."startdato" <= CURRENT_DATE AND (f."slutdato" IS NULL OR f."slutdato" >= CURRENT_DATE)))
       ORDER BY c."borgerId" LIMIT 20`,
      [
        kode,
        ord,
        kriterier.kompetence ?? null,
        kriterier.kontaktgruppe ?? null,
        kriterier.mindreIntensivIndsats ?? null,
        mKoder,
      ],
    );
    naiveTimes.push(performance.now() - t0);
  }
  naiveTimes.sort((a, b) => a - b);
  const p95 = percentile(product, 95);
  const naiveP95 = percentile(naiveTimes, 95);
  console.error(`n=${n}: ${mix.length} queries, ${hits} hits in all`);
  process.stdout.write(
    `${JSON.stringify({ n, p50Ms: Number(percentile(product, 50).toFixed(1)), p95Ms: Number(p95.toFixed(1)), naiveP95Ms: Number(naiveP95.toFixed(1)), ratio: Number((naiveP95 / p95).toFixed(1)), p95UklyngetMs: Number(percentile(uklynget, 95).toFixed(1)) })}\n`,
  );
  await naive.end();
  await db.close();
}
