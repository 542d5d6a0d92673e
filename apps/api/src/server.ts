import fs from 'node:fs';
import { openDatabase } from '@jobcenter/db/client';
import { seedDemo } from '@jobcenter/db/seed/demo';
import { seedDemoSager } from '@jobcenter/db/seed/sager';
import { sletGammelAdgangslog } from './access-log/retention.js';
import { createApp } from './app.js';
import { authRepository } from './auth/auth.repository.js';
import { SESSION_IDLE_MS } from './auth/auth.service.js';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { brevWorker } from './features/breve/brev-worker.js';
import { indlejretKanal } from './features/breve/indlejret-kanal.js';
import { smtpKanal } from './features/breve/smtp-kanal.js';
import { klyngCvTabel, tilNaesteNat } from './features/cv/cv-vedligehold.js';
import { answerClientErrors } from './http/client-error.js';
import { sletGamleIdempotensNoegler } from './http/idempotens.js';
import { createLogger } from './logger.js';

const started = performance.now();
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.logLevel);
if (config.database.kind === 'pglite' && !config.database.dataDir.startsWith('memory://')) {
  fs.mkdirSync(config.database.dataDir, { recursive: true });
}
const db = await openDatabase(config.database, {
  onIdleConnectionError: (error) =>
    logger.warn({ err: { message: error.message } }, 'idle database connection lost'),
});
logger.info({ database: db.kind, migrationsApplied: db.applied }, 'database ready');
if (config.seedDemo) {
  await seedDemo(db.prisma);
  await seedDemoSager(db.prisma);
  logger.info('demo data present (not in production)');
}

const app = createApp({ prisma: db.prisma, sql: db.sql, config, logger, clock: systemClock });
const server = app.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info(
    { port, node: process.version, startupMs: Math.round(performance.now() - started) },
    `ready on http://localhost:${port}`,
  );
});
answerClientErrors(server);

// The access log is kept 6 months and Idempotency-Keys a day: delete older ones at start and every night.
const retention = () =>
  Promise.all([
    sletGammelAdgangslog(db.prisma, systemClock).then((count) =>
      logger.info({ deleted: count }, 'access log retention'),
    ),
    sletGamleIdempotensNoegler(db.prisma, systemClock).then((count) =>
      logger.info({ deleted: count }, 'idempotency key retention'),
    ),
  ]).catch((error: unknown) => logger.warn({ err: error }, 'retention failed'));
void retention();
setInterval(retention, 24 * 60 * 60 * 1000).unref();

// The CV table is reordered by myndighed every night on PostgreSQL (decision 0008).
if (db.kind === 'postgres') {
  const nat = () =>
    klyngCvTabel(db.prisma)
      .then((ran) => logger.info({ ran }, 'cv table clustered'))
      .catch((error: unknown) => logger.warn({ err: error }, 'cv table clustering failed'))
      .finally(() => setTimeout(nat, tilNaesteNat(systemClock.now())).unref());
  setTimeout(nat, tilNaesteNat(systemClock.now())).unref();
}

// Letters and reminders leave through the outbox: the worker looks for due ones every 10 seconds.
const brevKanal =
  config.breve.kind === 'smtp' ? smtpKanal(config.breve) : indlejretKanal(db.prisma, systemClock);
const breve = brevWorker({ prisma: db.prisma, kanal: brevKanal, clock: systemClock, logger });
let leverer = false;
const brevTimer = setInterval(() => {
  if (leverer) return;
  leverer = true;
  breve
    .leverForfaldne()
    .then((resultat) => {
      if (resultat.sendt + resultat.fejl > 0)
        logger.info({ ...resultat, kanal: brevKanal.navn }, 'letters delivered');
    })
    .catch((error: unknown) => logger.warn({ err: error }, 'letter delivery failed'))
    .finally(() => {
      leverer = false;
    });
}, 10_000);
brevTimer.unref();
logger.info({ kanal: brevKanal.navn }, 'letter channel');

// Expired sessions are refused when used; this only keeps the table small.
const cleanup = setInterval(
  () => {
    const before = new Date(systemClock.now().getTime() - SESSION_IDLE_MS);
    authRepository(db.prisma)
      .deleteSessionsIdleSince(before)
      .catch((error: unknown) => {
        logger.warn({ err: error }, 'session cleanup failed');
      });
  },
  10 * 60 * 1000,
);
cleanup.unref();

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  clearInterval(brevTimer);
  server.close(() => {
    Promise.resolve(brevKanal.close?.())
      .then(() => db.close())
      .finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
