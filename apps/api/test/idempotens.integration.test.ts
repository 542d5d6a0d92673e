import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sletGamleIdempotensNoegler } from '../src/http/idempotens.js';
import { nextCpr, opretBorger, type Session } from './support/fixtures.js';
import { createTestApp, HOUR, type TestApp } from './support/test-app.js';

let t: TestApp;
let sb22300: Session;
beforeAll(async () => {
  t = await createTestApp();
  sb22300 = await t.loginAs('sb22300');
});
afterAll(() => t.close());

let n = 0;
const key = () => {
  n += 1;
  return `test-noegle-${Date.now()}-${n}`;
};
const fravaer = (borgerId: string, noegle: string, body: Record<string, unknown>) =>
  sb22300.agent
    .post(`/api/borgere/${borgerId}/fravaer`)
    .set('X-CSRF-Token', sb22300.csrfToken)
    .set('Idempotency-Key', noegle)
    .send(body);

describe('Idempotency-Key (P4)', () => {
  it('a retry with the same key and body gets the stored answer and creates nothing more', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    const noegle = key();
    const first = await fravaer(id, noegle, { fravaersaarsag: 10, startdato: '2026-12-01' });
    const retry = await fravaer(id, noegle, { fravaersaarsag: 10, startdato: '2026-12-01' });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await t.db.prisma.fravaer.count({ where: { borgerId: id } })).toBe(1);
    // and no second pair of webservicebeskeder (R9)
    const cpr = (await t.db.prisma.borger.findUniqueOrThrow({ where: { id } })).cpr;
    expect(await t.db.prisma.webservicebesked.count({ where: { cpr } })).toBe(2);
  });

  it('the same key with another body is 422 and changes nothing', async () => {
    const { id } = await opretBorger(sb22300);
    const noegle = key();
    await fravaer(id, noegle, { fravaersaarsag: 10, startdato: '2026-12-01' });
    const other = await fravaer(id, noegle, { fravaersaarsag: 10, startdato: '2026-12-02' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENS_NOEGLE_GENBRUGT');
    expect(await t.db.prisma.fravaer.count({ where: { borgerId: id } })).toBe(1);
  });

  it('keys are the caller’s own: another user with the same key is another request', async () => {
    const { id } = await opretBorger(sb22300);
    const noegle = key();
    // Closed periods: two open-ended fravær of one reason cannot both be registered (issue 18).
    const body = { fravaersaarsag: 10, startdato: '2026-12-01', slutdato: '2026-12-05' };
    expect((await fravaer(id, noegle, body)).status).toBe(201);
    const other = await t.loginAs('sb22301');
    const response = await other.agent
      .post(`/api/borgere/${id}/fravaer`)
      .set('X-CSRF-Token', other.csrfToken)
      .set('Idempotency-Key', noegle)
      .send(body);
    expect(response.status).toBe(201);
    expect(await t.db.prisma.fravaer.count({ where: { borgerId: id } })).toBe(2);
  });

  it('a refused request releases the key, so the corrected retry goes through', async () => {
    const { id } = await opretBorger(sb22300);
    const noegle = key();
    expect((await fravaer(id, noegle, { fravaersaarsag: 78, startdato: '2026-12-01' })).status).toBe(400);
    expect((await fravaer(id, noegle, { fravaersaarsag: 10, startdato: '2026-12-01' })).status).toBe(201);
  });

  it('works for system clients on /v1 and refuses a malformed key', async () => {
    const { cpr } = await opretBorger(sb22300);
    const noegle = key();
    const post = (body: Record<string, unknown>, k = noegle) =>
      t.request
        .post('/v1/joblog')
        .set({ Authorization: 'Bearer demo-jobnet' })
        .set('x-civilregistrationIdentifier', cpr)
        .set('Idempotency-Key', k)
        .send(body);
    const body = { stillingsbetegnelse: 'Kok', virksomhed: 'Kystens Café', submissionDate: '2026-11-20' };
    const first = await post(body);
    expect((await post(body)).body).toEqual(first.body);
    expect((await post(body, 'kort')).status).toBe(400);
    // the same key for another citizen is another request
    const other = await opretBorger(sb22300);
    const forOther = await t.request
      .post('/v1/joblog')
      .set({ Authorization: 'Bearer demo-jobnet' })
      .set('x-civilregistrationIdentifier', other.cpr)
      .set('Idempotency-Key', noegle)
      .send(body);
    expect(forOther.status).toBe(422);
  });

  it('a concurrent duplicate is answered 409 or with the stored answer, and only one is created', async () => {
    const cpr = nextCpr();
    const noegle = key();
    const create = () =>
      sb22300.agent
        .post('/api/jobordrer')
        .set('X-CSRF-Token', sb22300.csrfToken)
        .set('Idempotency-Key', noegle)
        .send({
          titel: `Samtidig ${cpr}`,
          cvrNummer: '31501202',
          antalStillinger: 1,
          ansvarligtJobcenter: '22300',
        });
    const [a, b] = await Promise.all([create(), create()]);
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(201);
    expect([201, 409]).toContain(statuses[1]);
    expect(await t.db.prisma.jobordre.count({ where: { titel: `Samtidig ${cpr}` } })).toBe(1);
  });

  it('remembers a key for a day: after that the nightly retention forgets it and the same key is new', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 3 });
    const noegle = key();
    const send = (session: Session, startdato: string) =>
      session.agent
        .post(`/api/borgere/${id}/fravaer`)
        .set('X-CSRF-Token', session.csrfToken)
        .set('Idempotency-Key', noegle)
        // One day each: two open-ended fravær of one reason cannot both be registered (issue 18).
        .send({ fravaersaarsag: 10, startdato, slutdato: startdato });
    expect((await send(sb22300, '2026-12-05')).status).toBe(201);
    // The key is the user's, not the session's: a new day's login finds it.
    t.clock.advance(23 * HOUR);
    expect(await sletGamleIdempotensNoegler(t.db.prisma, t.clock)).toBe(0);
    const igen = await send(await t.loginAs('sb22300'), '2026-12-05');
    expect(igen.headers['idempotent-replayed']).toBe('true');
    t.clock.advance(2 * HOUR);
    expect(await sletGamleIdempotensNoegler(t.db.prisma, t.clock)).toBeGreaterThanOrEqual(1);
    expect(await t.db.prisma.idempotensNoegle.count({ where: { noegle } })).toBe(0);
    const ny = await send(await t.loginAs('sb22300'), '2026-12-06');
    expect(ny.status).toBe(201);
    expect(ny.headers['idempotent-replayed']).toBeUndefined();
  });
});
