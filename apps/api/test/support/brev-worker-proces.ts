// A letter worker in a process of its own, for the crash test: it delivers what is due over SMTP until killed.
import { openDatabase } from '@jobcenter/db/client';
import { systemClock } from '../../src/clock.js';
import { brevWorker } from '../../src/features/breve/brev-worker.js';
import { smtpKanal } from '../../src/features/breve/smtp-kanal.js';
import { createLogger } from '../../src/logger.js';

const db = await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL as string, poolSize: 2 });
const kanal = smtpKanal({
  url: process.env.SMTP_URL as string,
  til: 'digitalpost@gateway.test',
  fra: 'breve@jobcenter.test',
});
const worker = brevWorker({ prisma: db.prisma, kanal, clock: systemClock, logger: createLogger('silent') });
process.stdout.write('klar\n');
await worker.leverForfaldne(1000);
process.stdout.write('færdig\n');
