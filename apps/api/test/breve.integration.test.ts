import type { AddressInfo } from 'node:net';
import type { BrevData } from '@jobcenter/domain/brev/brev.rules';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tilIndhold } from '../src/features/breve/brev-indhold.js';
import { brevWorker, MAX_FORSOEG, ventetid } from '../src/features/breve/brev-worker.js';
import { breveRepository } from '../src/features/breve/breve.repository.js';
import { indlejretKanal } from '../src/features/breve/indlejret-kanal.js';
import { smtpKanal } from '../src/features/breve/smtp-kanal.js';
import { createLogger } from '../src/logger.js';
import { opretBorger, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Delivery of letters and reminders (issue 17, api.md "The citizen is told"): the worker, its channels, retries.
let t: TestApp;
let sb: Session;
beforeAll(async () => {
  t = await createTestApp();
  sb = await t.loginAs('sb22300');
});
afterAll(() => t.close());

const logger = createLogger('silent');

const data = (type: BrevData['type'] = 'INDKALDELSE'): BrevData => ({
  type,
  jobcenter: { navn: 'Jobcenter Hørsholm', adresse: 'Slotsmarken 1, 2970 Hørsholm', telefon: null },
  borger: { navn: 'Anna Hansen', kontaktgruppe: 1 },
  moede: {
    start: new Date('2027-01-12T08:30:00Z'),
    slut: new Date('2027-01-12T09:00:00Z'),
    samtaletype: 7,
    moedeform: 1,
    adresse: 'Slotsmarken 1, 2970 Hørsholm',
    lokationsuddybning: null,
    digitaltMoedelink: null,
    personligtFremmoedePaakraevet: false,
    aflysningsaarsag: null,
  },
  retTilValgAfMoedeform: false,
});

/** Letters for a fresh citizen; only this citizen's letters are due before `t.clock.now()` in each test. */
/** The CPR number of the citizen the last letters were written to. */
let brevetsCpr = '';
async function skrivBreve(planlagt: Date[], kanal: 'digital_post' | 'sms' = 'digital_post') {
  // The tests move the clock past the session's idle time: a fresh login for each citizen.
  sb = await t.loginAs('sb22300');
  const { id, cpr } = await opretBorger(sb);
  brevetsCpr = cpr;
  // Older letters of other tests are marked sent, so each test sees only its own.
  await t.db.prisma.brev.updateMany({ where: { status: 'planlagt' }, data: { status: 'annulleret' } });
  const ids: string[] = [];
  for (const planlagtTil of planlagt) {
    const brev = await breveRepository(t.db.prisma).create({
      borgerId: id,
      indkaldelseId: null,
      type: 'INDKALDELSE',
      kanal,
      planlagtTil,
      indhold: tilIndhold(data()),
      oprettet: t.clock.now(),
    });
    ids.push(brev.id);
  }
  return ids;
}
const status = async (id: string) => t.db.prisma.brev.findUniqueOrThrow({ where: { id } });

describe('the letter worker with the embedded channel (no SMTP_URL)', () => {
  it('delivers what is due with its PDF, once each, and leaves the later letter for its time', async () => {
    const nu = t.clock.now();
    const [a, b, senere] = await skrivBreve([
      new Date(nu.getTime() - 60_000),
      nu,
      new Date(nu.getTime() + 3_600_000),
    ]);
    const worker = brevWorker({
      prisma: t.db.prisma,
      kanal: indlejretKanal(t.db.prisma, t.clock),
      clock: t.clock,
      logger,
    });
    expect(await worker.leverForfaldne()).toEqual({ sendt: 2, fejl: 0 });
    const leveret = await t.db.prisma.leveretBrev.findMany({
      where: { brevId: { in: [a, b, senere] as string[] } },
    });
    expect(leveret.map((l) => l.brevId).sort()).toEqual([a, b].sort());
    expect(
      Buffer.from(leveret[0]?.pdf ?? [])
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(leveret[0]?.emne).toBe('Indkaldelse til samtale');
    expect((await status(a as string)).status).toBe('sendt');
    expect((await status(senere as string)).status).toBe('planlagt');
    expect(await worker.leverForfaldne()).toEqual({ sendt: 0, fejl: 0 });

    t.clock.advance(3_600_000);
    expect(await worker.leverForfaldne()).toEqual({ sendt: 1, fejl: 0 });
    expect(await t.db.prisma.leveretBrev.count({ where: { brevId: senere as string } })).toBe(1);
  });

  it('keeps a letter sent again with the same key once (a crash between sending and marking it sent)', async () => {
    const [id] = (await skrivBreve([t.clock.now()])) as [string];
    const kanal = indlejretKanal(t.db.prisma, t.clock);
    const forsendelse = {
      noegle: id,
      kanal: 'digital_post' as const,
      modtager: { borgerId: id, mobilnummer: null },
      emne: 'x',
      tekst: 'y',
      pdf: null,
    };
    await kanal.send(forsendelse);
    await kanal.send(forsendelse);
    expect(await t.db.prisma.leveretBrev.count({ where: { brevId: id } })).toBe(1);
  });

  it('two workers at once deliver each letter once', async () => {
    const ids = await skrivBreve(Array.from({ length: 6 }, () => t.clock.now()));
    const kanal = indlejretKanal(t.db.prisma, t.clock);
    let kald = 0;
    const taellende = {
      ...kanal,
      send: async (f: Parameters<typeof kanal.send>[0]) => {
        kald += 1;
        await kanal.send(f);
      },
    };
    const worker = () => brevWorker({ prisma: t.db.prisma, kanal: taellende, clock: t.clock, logger });
    const [x, y] = await Promise.all([worker().leverForfaldne(), worker().leverForfaldne()]);
    expect(x.sendt + y.sendt).toBe(6);
    expect(kald).toBe(6);
    expect(await t.db.prisma.brev.count({ where: { id: { in: ids }, status: 'sendt' } })).toBe(6);
  });
});

interface Modtaget {
  messageId: string;
  raw: string;
}

/** A real SMTP server (smtp-server), which refuses the first `afvis` messages with a temporary error. */
async function startSmtp(afvis = 0) {
  const modtaget: Modtaget[] = [];
  let afvist = 0;
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
        if (afvist < afvis) {
          afvist += 1;
          const error = Object.assign(new Error('Prøv igen senere'), { responseCode: 451 });
          callback(error);
          return;
        }
        modtaget.push({ messageId: /^Message-ID: (.+)$/im.exec(raw)?.[1]?.trim() ?? '', raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    modtaget,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the letter worker over SMTP (SMTP_URL)', () => {
  it('sends the letter with its id as Message-ID, the title as subject and the PDF attached', async () => {
    const smtp = await startSmtp();
    const [id] = (await skrivBreve([t.clock.now()])) as [string];
    const kanal = smtpKanal({ url: smtp.url, til: 'digitalpost@gateway.test', fra: 'breve@jobcenter.test' });
    const worker = brevWorker({ prisma: t.db.prisma, kanal, clock: t.clock, logger });
    expect(await worker.leverForfaldne()).toEqual({ sendt: 1, fejl: 0 });
    await kanal.close?.();
    await smtp.close();
    expect(smtp.modtaget).toHaveLength(1);
    const [brev] = smtp.modtaget as [Modtaget];
    expect(brev.messageId).toBe(`<${id}@breve.jobcenter>`);
    expect(brev.raw).toMatch(/^Subject: Indkaldelse til samtale/m);
    expect(brev.raw).toMatch(/Content-Type: application\/pdf; name=brev\.pdf/);
    // The citizen's CPR number is in neither the headers nor the text (not "any ten digits": the PDF's base64
    // and the ids may hold ten digits in a row by chance).
    expect(brev.raw).not.toContain(brevetsCpr);
    expect(brev.raw).not.toContain(`${brevetsCpr.slice(0, 6)}-${brevetsCpr.slice(6)}`);
  });

  it('retries with a growing wait, marks the letter fejlet after the last try, and delivers it when tried again', async () => {
    const smtp = await startSmtp(MAX_FORSOEG);
    const [id] = (await skrivBreve([t.clock.now()])) as [string];
    const kanal = smtpKanal({ url: smtp.url, til: 'digitalpost@gateway.test', fra: 'breve@jobcenter.test' });
    const worker = brevWorker({ prisma: t.db.prisma, kanal, clock: t.clock, logger });
    for (let forsoeg = 1; forsoeg <= MAX_FORSOEG; forsoeg++) {
      expect(await worker.leverForfaldne()).toEqual({ sendt: 0, fejl: 1 });
      const brev = await status(id);
      expect(brev.forsoeg).toBe(forsoeg);
      expect(brev.status).toBe(forsoeg < MAX_FORSOEG ? 'planlagt' : 'fejlet');
      expect(brev.fejl).toMatch(/451/);
      // Not before its wait is over.
      expect(await worker.leverForfaldne()).toEqual({ sendt: 0, fejl: 0 });
      t.clock.advance(ventetid(forsoeg));
    }
    expect(ventetid(1)).toBeLessThan(ventetid(2));
    expect(await worker.leverForfaldne()).toEqual({ sendt: 0, fejl: 0 });

    expect(await breveRepository(t.db.prisma).proevIgen(id, t.clock.now())).toBe(true);
    expect(await worker.leverForfaldne()).toEqual({ sendt: 1, fejl: 0 });
    expect((await status(id)).status).toBe('sendt');
    expect(smtp.modtaget.map((m) => m.messageId)).toEqual([`<${id}@breve.jobcenter>`]);
    await kanal.close?.();
    await smtp.close();
  });
});
