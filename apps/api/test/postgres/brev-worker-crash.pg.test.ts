import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tilIndhold } from '../../src/features/breve/brev-indhold.js';
import { brevWorker, LEASE_MS } from '../../src/features/breve/brev-worker.js';
import { breveRepository } from '../../src/features/breve/breve.repository.js';
import { smtpKanal } from '../../src/features/breve/smtp-kanal.js';
import { createLogger } from '../../src/logger.js';
import { opretBorger } from '../support/fixtures.js';
import { withDatabase } from '../support/global-setup.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// PostgreSQL only: a letter worker killed in the middle of a batch (issue 17, exactly-once delivery).
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  if (t.db.kind !== 'postgres') throw new Error('this file runs on PostgreSQL (DATABASE_URL)');
});
afterAll(() => t.close());

describe('a letter worker killed mid-batch', () => {
  it('leaves no letter lost and none delivered twice: the one in flight is sent again with the same Message-ID', async () => {
    const sb = await t.loginAs('sb22300');
    const { id: borgerId } = await opretBorger(sb);
    await t.db.prisma.brev.updateMany({ where: { status: 'planlagt' }, data: { status: 'annulleret' } });
    const nu = new Date();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const brev = await breveRepository(t.db.prisma).create({
        borgerId,
        indkaldelseId: null,
        type: 'INDKALDELSE',
        kanal: 'sms',
        planlagtTil: new Date(nu.getTime() - 60_000 + i),
        indhold: tilIndhold({
          type: 'INDKALDELSE',
          jobcenter: { navn: 'Jobcenter Hørsholm', adresse: null, telefon: null },
          borger: { navn: 'Anna Hansen', kontaktgruppe: 2 },
          moede: {
            start: new Date('2027-02-01T08:00:00Z'),
            slut: new Date('2027-02-01T08:30:00Z'),
            samtaletype: 7,
            moedeform: 2,
            adresse: null,
            lokationsuddybning: null,
            digitaltMoedelink: null,
            personligtFremmoedePaakraevet: false,
            aflysningsaarsag: null,
          },
          retTilValgAfMoedeform: false,
        }),
        oprettet: nu,
      });
      ids.push(brev.id);
    }

    // The gateway accepts two letters, and holds the third without answering: the worker dies there.
    const modtaget: string[] = [];
    let holdt: () => void = () => {};
    const tredje = new Promise<void>((resolve) => {
      holdt = resolve;
    });
    const server = new SMTPServer({
      authOptional: true,
      disableReverseLookup: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => {
          raw += chunk.toString('utf8');
        });
        stream.on('end', () => {
          const messageId = /^Message-ID: (.+)$/im.exec(raw)?.[1]?.trim() ?? '';
          modtaget.push(messageId);
          if (modtaget.length === 3) {
            holdt();
            return; // never answered: the sender cannot know it arrived
          }
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;

    const [db] = await t.db.prisma.$queryRaw<{ navn: string }[]>`SELECT current_database() AS navn`;
    const script = fileURLToPath(new URL('../support/brev-worker-proces.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: {
        ...process.env,
        SMTP_URL: url,
        DATABASE_URL: withDatabase(process.env.DATABASE_URL as string, (db as { navn: string }).navn),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((_, reject) =>
      child.once('exit', (code) => reject(new Error(`the worker ended by itself (${code})`))),
    );
    await Promise.race([tredje, exited]);
    child.kill('SIGKILL');
    await new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve),
    );
    exited.catch(() => {});

    const efterDrab = await t.db.prisma.brev.findMany({
      where: { id: { in: ids } },
      select: { id: true, status: true },
    });
    expect(efterDrab.filter((b) => b.status === 'sendt')).toHaveLength(2);

    // After the lease, a new worker finishes the batch.
    const senere = { now: () => new Date(Date.now() + LEASE_MS + 1000) };
    const kanal = smtpKanal({ url, til: 'digitalpost@gateway.test', fra: 'breve@jobcenter.test' });
    const worker = brevWorker({ prisma: t.db.prisma, kanal, clock: senere, logger: createLogger('silent') });
    expect(await worker.leverForfaldne()).toEqual({ sendt: 4, fejl: 0 });
    await kanal.close?.();
    server.close();

    expect(await t.db.prisma.brev.count({ where: { id: { in: ids }, status: 'sendt' } })).toBe(6);
    // Seven arrivals for six letters: the one in flight twice, both times under its own Message-ID.
    expect(modtaget).toHaveLength(7);
    expect(new Set(modtaget)).toEqual(new Set(ids.map((id) => `<${id}@breve.jobcenter>`)));
    const dubletter = modtaget.filter((m, i) => modtaget.indexOf(m) !== i);
    expect(dubletter).toEqual([modtaget[2]]);
  }, 60_000);
});
