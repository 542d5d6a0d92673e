import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opretBorger, post, type Session } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// PostgreSQL only: overlapping transactions.
let t: TestApp;
let vk: Session;
let sb: Session;
beforeAll(async () => {
  t = await createTestApp();
  if (t.db.kind !== 'postgres') throw new Error('this file runs on PostgreSQL (DATABASE_URL)');
  [vk, sb] = await Promise.all([t.loginAs('vk22300'), t.loginAs('sb22300')]);
});
afterAll(() => t.close());

describe('a jobordre closing while a citizen is proposed (R18)', () => {
  it('no formidling is created after the jobordre is closed', async () => {
    const jobordre = (
      await post(vk, '/api/jobordrer').send({
        titel: 'Lukkes snart',
        cvrNummer: '31501202',
        antalStillinger: 1,
        ansvarligtJobcenter: '22300',
      })
    ).body;
    const { id: borgerId } = await opretBorger(sb);
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    // The closing transaction holds the jobordre row while the formidling arrives.
    const closing = t.db.prisma.$transaction(
      async (tx) => {
        await tx.jobordre.update({
          where: { id: jobordre.id },
          data: { status: 3, version: { increment: 1 } },
        });
        locked();
        await released;
      },
      { timeout: 20_000 },
    );
    await isLocked;
    const proposing = post(vk, `/api/jobordrer/${jobordre.id}/formidlinger`)
      .send({ borgerId, formidlingsstatus: 1 })
      .then((r) => r);
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await closing;
    const response = await proposing;
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('JOBORDRE_IKKE_AABEN');
    expect(await t.db.prisma.formidling.count({ where: { jobordreId: jobordre.id } })).toBe(0);
  });

  it('many proposals racing one closing: every formidling that exists committed before the close', async () => {
    const jobordre = (
      await post(vk, '/api/jobordrer').send({
        titel: 'Kapløb',
        cvrNummer: '31501202',
        antalStillinger: 1,
        ansvarligtJobcenter: '22300',
      })
    ).body;
    const borgere = await Promise.all(Array.from({ length: 8 }, () => opretBorger(sb)));
    const proposals = borgere.map((b) =>
      post(vk, `/api/jobordrer/${jobordre.id}/formidlinger`).send({ borgerId: b.id, formidlingsstatus: 1 }),
    );
    const close = vk.agent
      .patch(`/api/jobordrer/${jobordre.id}`)
      .set('X-CSRF-Token', vk.csrfToken)
      .set('If-Match', '"1"')
      .send({ status: 3 });
    const [closed, ...results] = await Promise.all([close, ...proposals]);
    expect(closed.status).toBe(200);
    const created = results.filter((r) => r.status === 201).length;
    expect(results.every((r) => r.status === 201 || r.body.code === 'JOBORDRE_IKKE_AABEN')).toBe(true);
    expect(await t.db.prisma.formidling.count({ where: { jobordreId: jobordre.id } })).toBe(created);
    const after = await post(vk, `/api/jobordrer/${jobordre.id}/formidlinger`).send({
      borgerId: (await opretBorger(sb)).id,
      formidlingsstatus: 1,
    });
    expect(after.body.code).toBe('JOBORDRE_IKKE_AABEN');
  });
});
