import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// PostgreSQL only: two requests truly at the same time.
let t: TestApp;
let sb: Session;
beforeAll(async () => {
  t = await createTestApp();
  if (t.db.kind !== 'postgres') throw new Error('this file runs on PostgreSQL (DATABASE_URL)');
  sb = await t.loginAs('sb22300');
});
afterAll(() => t.close());

describe('Idempotency-Key under concurrency (P4)', () => {
  it('a duplicate that arrives while the first is running is 409, and only one jobordre exists', async () => {
    const noegle = `samtidig-${Date.now()}`;
    // Hold the jobordre table so the first request is still running when the second arrives.
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = t.db.prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('LOCK TABLE "Jobordre" IN SHARE ROW EXCLUSIVE MODE');
        locked();
        await released;
      },
      { timeout: 20_000 },
    );
    await isLocked;
    const create = () =>
      sb.agent
        .post('/api/jobordrer')
        .set('X-CSRF-Token', sb.csrfToken)
        .set('Idempotency-Key', noegle)
        .send({ titel: noegle, cvrNummer: '31501202', antalStillinger: 1, ansvarligtJobcenter: '22300' });
    const first = create().then((r) => r);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = await create();
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('IDEMPOTENS_I_GANG');
    release();
    await holder;
    expect((await first).status).toBe(201);
    expect(await t.db.prisma.jobordre.count({ where: { titel: noegle } })).toBe(1);
    const retry = await create();
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
  });
});
