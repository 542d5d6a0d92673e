import { openDatabase } from '@jobcenter/db/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opretBorger, type Session } from '../support/fixtures.js';
import { withDatabase } from '../support/global-setup.js';
import { type Fejl, startTcpProxy } from '../support/tcp-proxy.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// PostgreSQL only: the connection of a keyed request dropped at each step of its transaction (P4, L6). A system
// client that retries on 503 with its Idempotency-Key must end with exactly one change and one set of messages.
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let t: TestApp;
let sb: Session;
let close: () => Promise<void>;

beforeAll(async () => {
  const direct = await createTestApp();
  if (direct.db.kind !== 'postgres') throw new Error('this file runs on PostgreSQL (DATABASE_URL)');
  const [row] = await direct.db.prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
  const url = new URL(process.env.DATABASE_URL as string);
  proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  const viaProxy = new URL(withDatabase(url.toString(), (row as { db: string }).db));
  viaProxy.port = String(proxy.port);
  const db = await openDatabase({ kind: 'postgres', url: viaProxy.toString(), poolSize: 3 });
  t = await createTestApp({ db });
  sb = await t.loginAs('sb22300');
  close = async () => {
    await proxy.close();
    await db.close();
    await direct.close();
  };
});
afterAll(() => close());

const vent = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Each step of the request's transaction, and where the connection is dropped.
const TRIN: {
  navn: string;
  fejl: (noegle: string, kommentar: string) => Fejl | null;
  genspilles: boolean;
}[] = [
  { navn: 'no fault', fejl: () => null, genspilles: false },
  {
    navn: 'before the change is written',
    fejl: (noegle, kommentar) => ({ efter: noegle, tekst: kommentar, hvornaar: 'foer' }),
    genspilles: false,
  },
  {
    navn: 'after the change is written, before COMMIT',
    fejl: (noegle, kommentar) => ({ efter: noegle, tekst: kommentar, hvornaar: 'efter' }),
    genspilles: false,
  },
  {
    navn: 'at COMMIT, before PostgreSQL sees it',
    fejl: (noegle) => ({ efter: noegle, sql: 'COMMIT', hvornaar: 'foer' }),
    genspilles: false,
  },
  {
    navn: 'after COMMIT, before the app hears of it',
    fejl: (noegle) => ({ efter: noegle, sql: 'COMMIT', hvornaar: 'efter' }),
    genspilles: true,
  },
];

describe('Idempotency-Key when the connection dies mid-request (P4)', () => {
  it('100 keyed fravær registrations with retries end with exactly one fravær, key and message pair each', async () => {
    const { id, cpr } = await opretBorger(sb, { kontaktgruppe: 1, akasse: 'AK01' });
    const koersel = `fejl${Date.now()}`;
    const forloeb: {
      noegle: string;
      kommentar: string;
      trin: number;
      statusser: number[];
      genspillet: boolean;
    }[] = [];
    for (let i = 0; i < 100; i++) {
      const noegle = `${koersel}-${i}`;
      const kommentar = `kommentar ${koersel} nr ${i}`;
      const trin = i % TRIN.length;
      const fejl = TRIN[trin]?.fejl(noegle, kommentar) ?? null;
      const ramt = fejl ? proxy.fejlVed(fejl) : Promise.resolve();
      const dato = new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10);
      const statusser: number[] = [];
      let genspillet = false;
      for (let forsoeg = 0; forsoeg < 20; forsoeg++) {
        const response = await sb.agent
          .post(`/api/borgere/${id}/fravaer`)
          .set('X-CSRF-Token', sb.csrfToken)
          .set('Idempotency-Key', noegle)
          .send({ fravaersaarsag: 10, startdato: dato, slutdato: dato, kommentar });
        statusser.push(response.status);
        if (response.status === 503) expect(response.headers['retry-after']).toBeDefined();
        if (response.status !== 503 && response.status !== 409) {
          genspillet = response.headers['idempotent-replayed'] === 'true';
          break;
        }
        await vent(50);
      }
      proxy.afvaebn();
      await ramt;
      forloeb.push({ noegle, kommentar, trin, statusser, genspillet });
    }

    for (const { trin, statusser, genspillet, noegle } of forloeb) {
      const { navn, fejl } = TRIN[trin] as (typeof TRIN)[number];
      expect(statusser.at(-1), `${navn} ${noegle}: ${statusser.join(',')}`).toBe(201);
      // The dropped connection is answered 503 (never 500), then the retry goes through.
      if (fejl('x', 'y')) expect(statusser[0], `${navn}: ${statusser.join(',')}`).toBe(503);
      else expect(statusser).toEqual([201]);
      expect(genspillet, `${navn}: replayed`).toBe(TRIN[trin]?.genspilles);
    }

    const fravaer = await t.db.prisma.fravaer.findMany({
      where: { borgerId: id },
      select: { id: true, kommentar: true },
    });
    const beskeder = await t.db.prisma.webservicebesked.findMany({
      where: { cpr },
      select: { data: true, modtagerType: true },
    });
    const noegler = await t.db.prisma.idempotensNoegle.findMany({
      where: { noegle: { startsWith: koersel } },
      select: { noegle: true, status: true },
    });
    for (const { kommentar, noegle } of forloeb) {
      const egne = fravaer.filter((f) => f.kommentar === kommentar);
      expect(egne, kommentar).toHaveLength(1);
      const fravaerId = egne[0]?.id;
      const egneBeskeder = beskeder.filter((b) => (b.data as { fravaerId?: string }).fravaerId === fravaerId);
      expect(egneBeskeder.map((b) => b.modtagerType).sort(), kommentar).toEqual(['akasse', 'jobcenter']);
      expect(noegler.filter((n) => n.noegle === noegle).map((n) => n.status)).toEqual([201]);
    }
    expect(fravaer).toHaveLength(100);
  }, 120_000);
});
