// API budgets (issue 8): the person overview and Virksomhedskonto under 50 concurrent connections for 30 s
// with autocannon, next to a bare Express + pg endpoint doing the same SQL in the same run. One JSON line per
// endpoint: {"bench","rps","baselineRps","ratio","p99Ms","errors"}. `npm run bench:api [-- --duration 30]`.
// PostgreSQL at BENCH_DATABASE_URL (default the machine's). Not part of `npm test`.
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { openDatabase } from '@jobcenter/db/client';
import { sha256 } from '@jobcenter/db/security/secrets';
import { seedDemo } from '@jobcenter/db/seed/demo';
import autocannon from 'autocannon';
import express from 'express';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { createLogger } from '../src/logger.js';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '30' } } });
const duration = Number(values.duration);
const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const database = 'jobcenter_bench_api';

const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${database}"`);
await admin.end();
const url = new URL(baseUrl);
url.pathname = `/${database}`;
const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 10 });
await seedDemo(db.prisma);

const app = createApp({
  prisma: db.prisma,
  config: { production: false, staticDir: '/nonexistent', trustProxy: 0 },
  logger: createLogger('silent'),
  clock: systemClock,
});
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// A citizen with a working day's data: meetings, fravær, an indsats, joblog entries.
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ brugernavn: 'sb22300', adgangskode: 'demo' }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
const { csrfToken } = (await login.json()) as { csrfToken: string };
const send = (path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.json() as Promise<{ id: string }>);
const borger = await send('/api/borgere', {
  cpr: '0103851234',
  fornavn: 'Karen',
  efternavn: 'Bench',
  kontaktgruppe: 1,
  ledighedsdato: '2026-01-05',
  akasse: 'AK01',
});
for (let i = 1; i <= 5; i++) {
  await send(`/api/borgere/${borger.id}/indkaldelser`, {
    samtaletype: 7,
    start: `2026-12-0${i}T08:00:00Z`,
    slut: `2026-12-0${i}T08:30:00Z`,
    moedeform: 2,
  });
}
await send(`/api/borgere/${borger.id}/fravaer`, {
  fravaersaarsag: 10,
  startdato: '2026-12-20',
  slutdato: '2026-12-31',
});
await send(`/api/borgere/${borger.id}/indsatser`, { type: 'MENTOR', startdato: '2026-11-01' });

// The baseline: bare Express + pg issuing the same statements the product does for these two reads
// (session or token, the reads, the access-log insert, in one transaction).
const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
const bare = express();
const sessionId = sha256(decodeURIComponent(cookie.split('=')[1] as string));
bare.get('/person/:id', async (req, res) => {
  const client = await pool.connect();
  try {
    await client.query(
      'SELECT s."id", s."csrfToken", s."createdAt", s."lastSeenAt", b."brugernavn", b."aktiv", j."nummer", m."kode" FROM "Session" s JOIN "Bruger" b ON b."id" = s."brugerId" JOIN "Jobcenter" j ON j."nummer" = b."jobcenterNummer" JOIN "Myndighed" m ON m."id" = j."myndighedId" WHERE s."id" = $1',
      [sessionId],
    );
    await client.query('BEGIN');
    const { rows } = await client.query(
      'SELECT b.*, j."navn", j."maalgruppeValgAfMoedeform", m."kode", a."navn" AS akasse FROM "Borger" b JOIN "Jobcenter" j ON j."nummer" = b."jobcenterNummer" JOIN "Myndighed" m ON m."id" = j."myndighedId" LEFT JOIN "Akasse" a ON a."kode" = b."akasseKode" WHERE b."id" = $1 AND m."type" = \'jobcenter\' AND m."kode" = $2',
      [req.params.id, '223'],
    );
    await client.query(
      'SELECT "borgerId", count(*) FROM "JoblogPost" WHERE "borgerId" = ANY($1::uuid[]) AND "submissionDate" >= $2 AND "submissionDate" < $3 GROUP BY 1',
      [[req.params.id], '2026-11-01', '2026-12-01'],
    );
    await client.query(
      'SELECT * FROM "Fravaer" WHERE "borgerId" = ANY($1::uuid[]) AND NOT "slettet" ORDER BY "startdato" DESC',
      [[req.params.id]],
    );
    await client.query(
      'SELECT "borgerId", "startdato", "slutdato", "ophoerDato" FROM "Indsats" WHERE "borgerId" = ANY($1::uuid[])',
      [[req.params.id]],
    );
    await client.query(
      'INSERT INTO "Adgangslog" ("tidspunkt", "aktoerType", "aktoerId", "myndighedType", "myndighedKode", "entitet", "entitetId", "handling", "formaal", "borgerId") VALUES (now(), \'bruger\', \'sb22300\', \'jobcenter\', \'223\', \'borger\', $1::text, \'laes\', \'bench\', $1::uuid)',
      [req.params.id],
    );
    await client.query('COMMIT');
    res.json(rows[0]);
  } finally {
    client.release();
  }
});
bare.get('/konto', async (_req, res) => {
  const client = await pool.connect();
  try {
    await client.query(
      'SELECT k.*, m."type", m."kode", m."navn" FROM "SystemKlient" k JOIN "Myndighed" m ON m."id" = k."myndighedId" WHERE k."tokenHash" = $1',
      [sha256('demo-jobcenter-22300')],
    );
    await client.query('BEGIN');
    const { rows } = await client.query(
      'SELECT p.*, v."navn", (SELECT json_agg(u) FROM "JobagBruger" u WHERE u."pNummer" = p."pNummer") AS brugere FROM "Produktionsenhed" p JOIN "Virksomhed" v ON v."cvrNummer" = p."cvrNummer" WHERE p."jobagProfil" AND p."cvrNummer" = $1 ORDER BY p."cvrNummer", p."pNummer"',
      ['31501202'],
    );
    await client.query(
      'SELECT * FROM "Konfliktvarsel" WHERE "cvrNummer" = ANY($1::text[]) ORDER BY "fraDato" DESC',
      [['31501202']],
    );
    await client.query(
      'INSERT INTO "Adgangslog" ("tidspunkt", "aktoerType", "aktoerId", "myndighedType", "myndighedKode", "entitet", "handling", "formaal") VALUES (now(), \'system\', \'x\', \'jobcenter\', \'223\', \'virksomhed\', \'soeg\', \'bench\')',
    );
    await client.query('COMMIT');
    res.json({ items: rows });
  } finally {
    client.release();
  }
});
const bareServer = bare.listen(0, '127.0.0.1');
await new Promise((resolve) => bareServer.once('listening', resolve));
const bareBase = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}`;

async function run(
  name: string,
  product: { url: string; headers: Record<string, string> },
  baseline: string,
) {
  const a = await autocannon({ url: product.url, headers: product.headers, connections: 50, duration });
  const b = await autocannon({ url: baseline, connections: 50, duration });
  const errors = a.errors + a.timeouts + a.non2xx;
  process.stdout.write(
    `${JSON.stringify({
      bench: name,
      rps: Math.round(a.requests.average),
      baselineRps: Math.round(b.requests.average),
      ratio: Number((a.requests.average / b.requests.average).toFixed(2)),
      p99Ms: a.latency.p99,
      errors,
    })}\n`,
  );
}

await run(
  'person',
  { url: `${base}/api/borgere/${borger.id}`, headers: { cookie } },
  `${bareBase}/person/${borger.id}`,
);
await run(
  'virksomhedskonto',
  {
    url: `${base}/v1/virksomhedskonto?cvrNummer=31501202`,
    headers: { authorization: 'Bearer demo-jobcenter-22300' },
  },
  `${bareBase}/konto`,
);
server.close();
bareServer.close();
await pool.end();
await db.close();
process.exit(0);
