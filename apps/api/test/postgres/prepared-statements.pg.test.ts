// The API on PostgreSQL prepares its frequent queries once per connection (ADR 0011, 0013): the hot reads
// (session, person overview, its access-log entry) under their own names, Prisma's frequent queries under
// prisma_n, and answers stay current after the plan is cached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opretBorger, post, type Session } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let sb: Session;
beforeAll(async () => {
  t = await createTestApp();
  sb = await t.loginAs('sb22300');
});
afterAll(() => t.close());

describe('prepared statements on PostgreSQL', () => {
  it('prepares the overview’s read, which writes its own access-log entry, and the overview still shows a new fravær (R13)', async () => {
    const { id } = await opretBorger(sb, { kontaktgruppe: 1 });
    for (let i = 0; i < 5; i++) expect((await sb.agent.get(`/api/borgere/${id}`)).status).toBe(200);

    // A session sees only its own prepared statements: ask on every connection of the pool (5) at once.
    const perConnection = await Promise.all(
      Array.from(
        { length: 5 },
        () => t.db.prisma.$queryRaw<{ name: string; statement: string }[]>`
          SELECT name, statement FROM pg_prepared_statements, (SELECT pg_sleep(0.05)) AS held
          WHERE name LIKE 'prisma\_%' OR name LIKE 'hot\_%'`,
      ),
    );
    const prepared = perConnection.flat();
    const names = new Set(prepared.map((s) => s.name));
    expect([...names].filter((name) => name.startsWith('hot_')).sort()).toEqual(
      expect.arrayContaining(['hot_borger_overblik', 'hot_session']),
    );
    // The entry is written by the read's own statement (ADR 0013), not by a second one.
    const overblik = prepared.find((s) => s.name === 'hot_borger_overblik');
    expect(overblik?.statement).toContain('INSERT INTO "Adgangslog"');
    // The registration itself goes through Prisma, whose frequent statements are prepared too.
    expect([...names].some((name) => name.startsWith('prisma_'))).toBe(true);

    const registered = await post(sb, `/api/borgere/${id}/fravaer`).send({
      fravaersaarsag: 79,
      startdato: '2026-11-27',
      slutdato: '2026-12-11',
    });
    expect(registered.status).toBe(201);
    const overview = await sb.agent.get(`/api/borgere/${id}`);
    expect(overview.body.selvbooking).toMatchObject({ pligt: false, fritagetAf: [registered.body.id] });
  });
});
