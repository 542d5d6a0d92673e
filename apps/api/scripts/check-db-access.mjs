// Which code of apps/api may call the database (issue 15, item 6; docs/ARCHITECTURE.md, "The API's code").
// Repositories, and the infrastructure listed below, call Prisma's model methods and raw SQL; services, use
// cases, routers and the HTTP layer reach the database only through them (and open transactions with
// `prisma.$transaction`). Run by `npm run lint` at the root; exits 1 with each offending line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** Infrastructure that talks to the database itself, each for a reason of its own. */
const INFRASTRUKTUR = new Map([
  ['access-log/access-log.ts', 'the access log, written in the transaction of the read or change (ADR 0006)'],
  ['access-log/retention.ts', 'the access log’s retention job'],
  ['historik/borger-historik.ts', 'the citizen’s history, written in the transaction of the change'],
  [
    'features/beskeder/outbox.ts',
    'the outbox: written in the transaction of the change, read by the feed (ADR 0007)',
  ],
  [
    'features/breve/indlejret-kanal.ts',
    'the built-in letter channel keeps each delivered letter (no SMTP_URL)',
  ],
  [
    'features/cv/cv-vedligehold.ts',
    'the nightly CLUSTER of the CV table under an advisory lock (decision 0008)',
  ],
  ['http/idempotens.ts', 'Idempotency-Key, committed with its change (ADR 0012)'],
  ['health/health.router.ts', '/readyz asks the database itself'],
  ['db/hot-reads.ts', 'the hot reads beside Prisma (ADR 0013)'],
  ['db/ambient-transaction.ts', 'the transaction a request runs in'],
]);

const MODEL_CALL =
  /\b(?:prisma|tx|db|client)\s*\.\s*[a-z]\w*\s*\.\s*(?:find|create|update|delete|upsert|count|aggregate|groupBy)\w*\s*\(/;
const RAW_SQL = /\$(?:queryRaw|executeRaw)\w*/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) yield path;
  }
}

const fund = [];
for (const path of files(src)) {
  const rel = relative(src, path).split('\\').join('/');
  if (rel.endsWith('.repository.ts') || INFRASTRUKTUR.has(rel)) continue;
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (MODEL_CALL.test(line) || RAW_SQL.test(line))
        fund.push(`apps/api/src/${rel}:${index + 1}: ${line.trim()}`);
    });
}

if (fund.length > 0) {
  console.error(
    'The database is reached through repositories (*.repository.ts) and the infrastructure in ' +
      'apps/api/scripts/check-db-access.mjs; move these calls into a repository:',
  );
  for (const line of fund) console.error(`  ${line}`);
  process.exit(1);
}
