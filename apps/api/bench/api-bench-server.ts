// The servers the API bench measures, in a process of their own so that autocannon (in the parent) never
// shares their event loop: the product (createApp) and the baseline, a bare Express + pg endpoint per read
// doing the statements the product does. Prints one JSON line with both addresses, then serves until killed.
import type { AddressInfo } from 'node:net';
import { openDatabase } from '@jobcenter/db/client';
import { preparedStatementNames } from '@jobcenter/db/prepared-statements';
import { sha256 } from '@jobcenter/db/security/secrets';
import express from 'express';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { createLogger } from '../src/logger.js';

const url = process.env.BENCH_URL as string;
const db = await openDatabase({ kind: 'postgres', url, poolSize: Number(process.env.BENCH_POOL_SIZE ?? 10) });
// BENCH_SQL=prisma: the hot reads' SQL through Prisma's own raw path, to measure that path (ADR 0013).
const prismaRaw = {
  query: <T>(statement: { text: string }, values: readonly unknown[]) =>
    db.prisma.$queryRawUnsafe<T[]>(statement.text, ...values),
};
const app = createApp({
  prisma: db.prisma,
  sql: process.env.BENCH_SQL === 'prisma' ? prismaRaw : db.sql,
  config: { production: false, staticDir: '/nonexistent', trustProxy: 0 },
  logger: createLogger('silent'),
  clock: systemClock,
});

// The baseline: the same statements as the product, in the same order and with the same parallelism, and
// prepared once per connection by the same rule as the product's (ADR 0011).
const pool = new pg.Pool({ connectionString: url, max: 10 });
const statementName = preparedStatementNames();
const query = (text: string, values: unknown[] = []) =>
  pool.query({ name: statementName({ sql: text }), text, values });
const bare = express();
bare.get('/person/:id', async (req, res) => {
  const id = req.params.id;
  await query(
    'SELECT s."id", s."csrfToken", s."createdAt", s."lastSeenAt", b."brugernavn", b."aktiv", j."nummer", m."kode" FROM "Session" s JOIN "Bruger" b ON b."id" = s."brugerId" JOIN "Jobcenter" j ON j."nummer" = b."jobcenterNummer" JOIN "Myndighed" m ON m."id" = j."myndighedId" WHERE s."id" = $1',
    [sha256(String(req.query.session))],
  );
  // The citizen with its fravær, indsatser and the month's joblog count, and its access-log entry written when
  // the myndighed sees it, in one statement, as the product.
  const { rows } = await query(
    `WITH o AS (SELECT b.*, j."navn" AS "jobcenterNavn", j."maalgruppeValgAfMoedeform", m."type", m."kode", a."navn" AS akasse,
      (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', f."id", 'fravaersaarsag', f."fravaersaarsag", 'startdato', f."startdato", 'slutdato', f."slutdato") ORDER BY f."startdato" DESC, f."createdAt" DESC), '[]')
         FROM "Fravaer" f WHERE f."borgerId" = b."id" AND NOT f."slettet") AS fravaer,
      (SELECT COALESCE(jsonb_agg(jsonb_build_object('startdato', i."startdato", 'slutdato', i."slutdato", 'ophoerDato', i."ophoerDato")), '[]')
         FROM "Indsats" i WHERE i."borgerId" = b."id") AS indsatser,
      (SELECT count(*) FROM "JoblogPost" p WHERE p."borgerId" = b."id" AND p."submissionDate" >= $2 AND p."submissionDate" < $3) AS joblog
     FROM "Borger" b JOIN "Jobcenter" j ON j."nummer" = b."jobcenterNummer" JOIN "Myndighed" m ON m."id" = j."myndighedId"
     LEFT JOIN "Akasse" a ON a."kode" = b."akasseKode" WHERE b."id" = $1),
    logget AS (INSERT INTO "Adgangslog" ("tidspunkt", "aktoerType", "aktoerId", "myndighedType", "myndighedKode", "entitet", "entitetId", "handling", "formaal", "borgerId")
      SELECT now(), 'bruger', 'sb22300', 'jobcenter', '223', 'borger', o."id"::text, 'laes', 'bench', o."id" FROM o WHERE o."type" = 'jobcenter' AND o."kode" = '223' RETURNING 1)
    SELECT o.* FROM o, logget`,
    [id, '2026-11-01', '2026-12-01'],
  );
  if (!rows[0]) {
    res.status(404).end();
    return;
  }
  res.json(rows[0]);
});

bare.get('/konto', async (_req, res) => {
  await query(
    'SELECT k.*, m."type", m."kode", m."navn" FROM "SystemKlient" k JOIN "Myndighed" m ON m."id" = k."myndighedId" WHERE k."tokenHash" = $1',
    [sha256('demo-jobcenter-22300')],
  );
  // The P-units with their JobAG users and the company's konflikt notices, and the search's access-log entry,
  // in one statement, as the product.
  const { rows } = await query(
    `WITH logget AS (INSERT INTO "Adgangslog" ("tidspunkt", "aktoerType", "aktoerId", "myndighedType", "myndighedKode", "entitet", "handling", "formaal") VALUES (now(), 'system', 'x', 'jobcenter', '223', 'virksomhed', 'soeg', 'bench'))
     SELECT p.*, v."navn",
        (SELECT COALESCE(jsonb_agg(jsonb_build_object('aktiv', u."aktiv", 'senesteLogin', u."senesteLogin")), '[]') FROM "JobagBruger" u WHERE u."pNummer" = p."pNummer") AS brugere,
        (SELECT COALESCE(jsonb_agg(to_jsonb(k) ORDER BY k."fraDato" DESC), '[]') FROM "Konfliktvarsel" k WHERE k."cvrNummer" = v."cvrNummer") AS varsler
       FROM "Produktionsenhed" p JOIN "Virksomhed" v ON v."cvrNummer" = p."cvrNummer"
       WHERE p."jobagProfil" AND p."cvrNummer" = $1 ORDER BY p."cvrNummer", p."pNummer"`,
    ['31501202'],
  );
  res.json({ items: rows });
});

const listen = async (handler: express.Express) => {
  const server = handler.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
const product = await listen(app);
const baseline = await listen(bare);
process.stdout.write(`${JSON.stringify({ product, baseline })}\n`);
// SIGTERM from the parent ends the process normally, so that --cpu-prof writes its profile.
process.on('SIGTERM', () => process.exit(0));
