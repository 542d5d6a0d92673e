import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '@jobcenter/db/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opretBorger, type Session } from '../support/fixtures.js';
import { withDatabase } from '../support/global-setup.js';
import { startTcpProxy } from '../support/tcp-proxy.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// PostgreSQL only: connections killed and a database taken away (L6, P1, P2).
let t: TestApp;
let sb: Session;
beforeAll(async () => {
  t = await createTestApp();
  if (t.db.kind !== 'postgres') throw new Error('this file runs on PostgreSQL (DATABASE_URL)');
  sb = await t.loginAs('sb22300');
});
afterAll(() => t.close());

async function databaseName(): Promise<string> {
  const [row] = await t.db.prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
  return (row as { db: string }).db;
}

describe('crash safety (L6, P1)', () => {
  it('with connections killed during 100 fravær changes, every committed change has exactly its messages', async () => {
    const { id, cpr } = await opretBorger(sb, { kontaktgruppe: 1, akasse: 'AK01' });
    const db = await databaseName();
    const killer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await killer.connect();
    let stop = false;
    let kills = 0;
    const killing = (async () => {
      while (!stop) {
        await new Promise((resolve) => setTimeout(resolve, 15));
        const { rowCount } = await killer.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = $2',
          [db, 'client backend'],
        );
        kills += rowCount ?? 0;
      }
    })();
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const response = await sb.agent
        .post(`/api/borgere/${id}/fravaer`)
        .set('X-CSRF-Token', sb.csrfToken)
        .send({ fravaersaarsag: 10, startdato: `2027-01-${day}`, slutdato: `2027-01-${day}` });
      statuses.push(response.status);
    }
    stop = true;
    await killing;
    await killer.end();
    expect(kills).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);
    const fravaer = await t.db.prisma.fravaer.findMany({ where: { borgerId: id }, select: { id: true } });
    const beskeder = await t.db.prisma.webservicebesked.findMany({
      where: { cpr },
      select: { data: true, modtagerType: true },
    });
    const perFravaer = new Map<string, string[]>();
    for (const besked of beskeder) {
      const fravaerId = (besked.data as { fravaerId: string }).fravaerId;
      perFravaer.set(fravaerId, [...(perFravaer.get(fravaerId) ?? []), besked.modtagerType]);
    }
    // every committed fravær has one message per recipient, and no message exists without its fravær
    for (const { id: fravaerId } of fravaer)
      expect(perFravaer.get(fravaerId)?.sort()).toEqual(['akasse', 'jobcenter']);
    expect([...perFravaer.keys()].sort()).toEqual(fravaer.map((f) => f.id).sort());
    // Every 201 was saved. A 503 may come after a COMMIT whose answer the kill took: saved all the same, which
    // a client cannot tell from a 503 before it (idempotens-fejl.pg.test.ts shows the Idempotency-Key's remedy).
    const ok = statuses.filter((s) => s === 201).length;
    expect(fravaer.length).toBeGreaterThanOrEqual(ok);
    expect(fravaer.length).toBeLessThanOrEqual(statuses.length);
  });

  it('an idle connection the server ends neither ends the process nor fails a later request', async () => {
    // The hot reads and Prisma share one pool (ADR 0013): warm several of its connections, then end them all.
    await Promise.all(Array.from({ length: 5 }, () => sb.agent.get('/api/jobcentre')));
    const db = await databaseName();
    const killer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await killer.connect();
    const { rowCount } = await killer.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND state = $2',
      [db, 'idle'],
    );
    await killer.end();
    expect(rowCount).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The pool heard the ended connections ('error' on an idle client) and dropped them.
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await sb.agent.get('/api/jobcentre')).status);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(statuses.at(-1)).toBe(200);
  });

  it('answers 503 while the database is away, and recovers by itself', async () => {
    const url = new URL(process.env.DATABASE_URL as string);
    const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    const [row] = await t.db.prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
    const viaProxy = new URL(withDatabase(process.env.DATABASE_URL as string, (row as { db: string }).db));
    viaProxy.port = String(proxy.port);
    const db = await openDatabase({ kind: 'postgres', url: viaProxy.toString(), poolSize: 2 });
    const app = await createTestApp({ db });
    try {
      expect((await app.request.get('/readyz')).status).toBe(200);
      const session = await app.loginAs('sb22300');
      await proxy.cut();
      const away = await session.agent.get('/api/jobcentre');
      expect(away.status).toBe(503);
      expect(away.body.code).toBe('DATABASE_UTILGAENGELIG');
      expect(away.headers['retry-after']).toBeDefined();
      expect((await app.request.get('/readyz')).status).toBe(503);
      expect((await app.request.get('/healthz')).status).toBe(200);
      await proxy.restore();
      let back = 0;
      for (let i = 0; i < 20 && back !== 200; i++) {
        back = (await session.agent.get('/api/jobcentre')).status;
        if (back !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(back).toBe(200);
    } finally {
      await proxy.close();
      await db.close();
    }
  });
});

describe('the message feed under eight concurrent writers and one reader (P2)', () => {
  it('delivers every message exactly once, in order, none skipped', async () => {
    const borgere = await Promise.all(
      Array.from({ length: 8 }, () => opretBorger(sb, { kontaktgruppe: 1, akasse: 'AK01' })),
    );
    const start = (
      await t.request
        .get('/v1/beskeder')
        .query({ efter: 0, antal: 500 })
        .set({ Authorization: 'Bearer demo-akasse-ak01' })
    ).body;
    let efter = start.items.length ? start.naesteEfter : 0;
    // skip what existed before this test
    for (;;) {
      const page = (
        await t.request
          .get('/v1/beskeder')
          .query({ efter, antal: 500 })
          .set({ Authorization: 'Bearer demo-akasse-ak01' })
      ).body;
      if (page.items.length === 0) break;
      efter = page.naesteEfter;
    }
    const seen: { sekvens: number; fravaerId: string }[] = [];
    let writing = true;
    const reader = (async () => {
      for (;;) {
        const page = (
          await t.request
            .get('/v1/beskeder')
            .query({ efter, antal: 50 })
            .set({ Authorization: 'Bearer demo-akasse-ak01' })
        ).body;
        for (const item of page.items) seen.push({ sekvens: item.sekvens, fravaerId: item.data.fravaerId });
        efter = page.naesteEfter;
        if (page.items.length === 0) {
          if (!writing) break;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    })();
    const created: string[] = [];
    await Promise.all(
      borgere.map(async (borger) => {
        for (let i = 0; i < 12; i++) {
          const response = await sb.agent
            .post(`/api/borgere/${borger.id}/fravaer`)
            .set('X-CSRF-Token', sb.csrfToken)
            .send({
              fravaersaarsag: 10,
              // One day each: open-ended fravær of one kind may not overlap (issue 18).
              startdato: `2027-02-${String(i + 1).padStart(2, '0')}`,
              slutdato: `2027-02-${String(i + 1).padStart(2, '0')}`,
            });
          expect(response.status).toBe(201);
          created.push(response.body.id);
        }
      }),
    );
    writing = false;
    await reader;
    expect(seen.map((s) => s.fravaerId).sort()).toEqual([...created].sort());
    const sekvenser = seen.map((s) => s.sekvens);
    expect(sekvenser).toEqual([...sekvenser].sort((a, b) => a - b));
    expect(new Set(sekvenser).size).toBe(sekvenser.length);
  });
});

describe('two BFF instances on one PostgreSQL', () => {
  it('a session made on one works on the other, and the feed stays exactly-once through both', async () => {
    const second = await openTestDatabaseOnSame();
    const a = t;
    const b = await createTestApp({ db: second });
    try {
      const apps = [a.app, b.app];
      let next = 0;
      // A tiny round-robin proxy in front of the two instances.
      const servers = await Promise.all(
        apps.map(
          (app) =>
            new Promise<AddressInfo>((resolve) => {
              const server = http
                .createServer(app)
                .listen(0, '127.0.0.1', () => resolve(server.address() as AddressInfo));
            }),
        ),
      );
      const proxy = http.createServer((req, res) => {
        const target = servers[next % servers.length] as AddressInfo;
        next += 1;
        const upstream = http.request(
          { host: '127.0.0.1', port: target.port, path: req.url, method: req.method, headers: req.headers },
          (r) => {
            res.writeHead(r.statusCode ?? 502, r.headers);
            r.pipe(res);
          },
        );
        req.pipe(upstream);
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()));
      const base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ brugernavn: 'sb22300', adgangskode: 'demo' }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      for (let i = 0; i < 4; i++) {
        expect((await fetch(`${base}/api/auth/me`, { headers: { cookie } })).status).toBe(200);
      }
      const borger = (await (
        await fetch(`${base}/api/borgere`, {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
          body: JSON.stringify({
            cpr: '0207851234',
            fornavn: 'To',
            efternavn: 'Instanser',
            kontaktgruppe: 1,
            ledighedsdato: '2026-01-01',
            akasse: 'AK01',
          }),
        })
      ).json()) as { id: string };
      const created: string[] = [];
      for (let i = 0; i < 10; i++) {
        const response = await fetch(`${base}/api/borgere/${borger.id}/fravaer`, {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
          body: JSON.stringify({
            fravaersaarsag: 10,
            startdato: `2027-03-${String(i + 1).padStart(2, '0')}`,
            slutdato: `2027-03-${String(i + 1).padStart(2, '0')}`,
          }),
        });
        expect(response.status).toBe(201);
        created.push(((await response.json()) as { id: string }).id);
      }
      const seen: string[] = [];
      let efter = 0;
      for (;;) {
        const page = (await (
          await fetch(`${base}/v1/beskeder?efter=${efter}&antal=7`, {
            headers: { authorization: 'Bearer demo-akasse-ak01' },
          })
        ).json()) as { items: { cpr: string; data: { fravaerId: string } }[]; naesteEfter: number };
        if (page.items.length === 0) break;
        seen.push(
          ...page.items.filter((item) => item.cpr === '0207851234').map((item) => item.data.fravaerId),
        );
        efter = page.naesteEfter;
      }
      expect(seen.sort()).toEqual(created.sort());
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    } finally {
      await second.close();
    }
  });
});

/** A second connection pool to the test file's own database: a second BFF process would have its own. */
async function openTestDatabaseOnSame() {
  const [row] = await t.db.prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
  return openDatabase({
    kind: 'postgres',
    url: withDatabase(process.env.DATABASE_URL as string, (row as { db: string }).db),
    poolSize: 4,
  });
}
