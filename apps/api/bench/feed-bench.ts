// Feed throughput: how many webservicebeskeder one consumer reads per second through GET /v1/beskeder.
// `npm run bench:feed [-- --n 20000]`: PostgreSQL at BENCH_DATABASE_URL (default the machine's), else PGlite
// with `--pglite`. Prints one JSON line. Not part of `npm test`.
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { openDatabase } from '@jobcenter/db/client';
import { seedDemo } from '@jobcenter/db/seed/demo';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { createLogger } from '../src/logger.js';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '20000' }, pglite: { type: 'boolean', default: false } },
});
const n = Number(values.n);
const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const database = 'jobcenter_bench_feed';

async function open() {
  if (values.pglite) return openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 10 });
}

const db = await open();
await seedDemo(db.prisma);
// n messages for AK01 and as many for another recipient, interleaved, as the outbox would hold them.
await db.prisma.$executeRawUnsafe(`
  INSERT INTO "Webservicebesked" ("id", "sekvens", "modtagerType", "modtagerKode", "type", "aendringstype", "cpr", "data", "oprettet")
  SELECT gen_random_uuid(), s, CASE WHEN s % 2 = 0 THEN 'akasse'::"MyndighedType" ELSE 'jobcenter'::"MyndighedType" END,
         CASE WHEN s % 2 = 0 THEN 'AK01' ELSE '22300' END, 'FRAVAER', 1, '0101901234',
         jsonb_build_object('fravaerId', gen_random_uuid(), 'fravaersaarsag', 10, 'startdato', '2026-12-01',
                            'slutdato', null, 'jobcenter', '22300', 'akasse', 'AK01'), now()
  FROM generate_series(1, ${2 * n}) AS s`);

const app = createApp({
  prisma: db.prisma,
  sql: db.sql,
  config: { production: false, staticDir: '/nonexistent', trustProxy: 0 },
  logger: createLogger('silent'),
  clock: systemClock,
});
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;

const started = performance.now();
let efter = 0;
let read = 0;
for (;;) {
  const response = await fetch(`http://127.0.0.1:${port}/v1/beskeder?efter=${efter}&antal=500`, {
    headers: { Authorization: 'Bearer demo-akasse-ak01' },
  });
  const page = (await response.json()) as { items: unknown[]; naesteEfter: number };
  if (page.items.length === 0) break;
  read += page.items.length;
  efter = page.naesteEfter;
}
const seconds = (performance.now() - started) / 1000;
console.error(`read ${read} messages`);
process.stdout.write(
  `${JSON.stringify({
    bench: 'feed',
    database: db.kind,
    messages: read,
    pageSize: 500,
    seconds: Number(seconds.toFixed(3)),
    messagesPerSecond: Math.round(read / seconds),
  })}\n`,
);
server.close();
await db.close();
process.exit(read === n ? 0 : 1);
