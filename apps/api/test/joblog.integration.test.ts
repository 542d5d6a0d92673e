import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opretBorger, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let sb22300: Session;
beforeAll(async () => {
  t = await createTestApp();
  sb22300 = await t.loginAs('sb22300');
});
afterAll(() => t.close());

const JOBNET = { Authorization: 'Bearer demo-jobnet' };
const joblog = (cpr: string, body: Record<string, unknown>) =>
  t.request.post('/v1/joblog').set(JOBNET).set('x-civilregistrationIdentifier', cpr).send(body);
const post = (overrides: Record<string, unknown> = {}) => ({
  stillingsbetegnelse: 'Tømrer',
  virksomhed: 'Hørsholm Byg ApS',
  submissionDate: '2026-11-20',
  ...overrides,
});

describe('CitizenJoblogService POST /v1/joblog (R15)', () => {
  it('registers an application for the citizen in the CPR header', async () => {
    const { id, cpr } = await opretBorger(sb22300);
    const response = await joblog(cpr, post({ submissionDeadlineDate: '2026-12-01' }));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      stillingsbetegnelse: 'Tømrer',
      submissionDate: '2026-11-20',
      submissionDeadlineDate: '2026-12-01',
    });
    expect(await t.db.prisma.joblogPost.count({ where: { borgerId: id } })).toBe(1);
  });

  it('accepts 2015-01-01 and refuses 2014-12-31 with DATO_FOER_2015, storing nothing', async () => {
    const { id, cpr } = await opretBorger(sb22300);
    expect((await joblog(cpr, post({ submissionDate: '2015-01-01' }))).status).toBe(201);
    const before = await joblog(cpr, post({ submissionDate: '2014-12-31' }));
    expect(before.status).toBe(400);
    expect(before.body).toMatchObject({ code: 'DATO_FOER_2015', errors: [{ path: 'submissionDate' }] });
    const deadline = await joblog(cpr, post({ submissionDeadlineDate: '2014-01-01' }));
    expect(deadline.body.code).toBe('DATO_FOER_2015');
    expect(await t.db.prisma.joblogPost.count({ where: { borgerId: id } })).toBe(1);
  });

  it('DATO_FOER_2015 wins over the other date errors and a bad body', async () => {
    const { cpr } = await opretBorger(sb22300);
    const response = await joblog(cpr, {
      submissionDate: '2099-01-01',
      submissionDeadlineDate: '2014-01-01',
      virksomhed: '',
    });
    expect(response.body.code).toBe('DATO_FOER_2015');
  });

  it('refuses a submission date in the future (Copenhagen today)', async () => {
    const { cpr } = await opretBorger(sb22300);
    t.clock.set('2026-11-27T22:30:00Z'); // 23.30 on the 27th in Copenhagen
    const tomorrow = await joblog(cpr, post({ submissionDate: '2026-11-28' }));
    expect(tomorrow.status).toBe(400);
    expect(tomorrow.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'submissionDate' }] });
    t.clock.set('2026-11-27T23:30:00Z'); // now the 28th in Copenhagen
    expect((await joblog(cpr, post({ submissionDate: '2026-11-28' }))).status).toBe(201);
    t.clock.set('2026-11-27T09:00:00Z');
  });

  it('answers an unknown citizen with 404 and a missing field with 400', async () => {
    expect((await joblog('0101011112', post())).status).toBe(404);
    const { cpr } = await opretBorger(sb22300);
    expect((await joblog(cpr, post({ virksomhed: undefined }))).body.errors[0].path).toBe('virksomhed');
  });
});

describe('the joblog month view and joblog.antalDenneMaaned (R13, R16)', () => {
  it('buckets by calendar month and counts this month in Copenhagen time', async () => {
    const { id, cpr } = await opretBorger(sb22300, { kontaktgruppe: 1 });
    await joblog(cpr, post({ submissionDate: '2026-10-31' }));
    await joblog(cpr, post({ submissionDate: '2026-11-01' }));
    await joblog(cpr, post({ submissionDate: '2026-11-20', stillingsbetegnelse: 'Snedker' }));
    const november = await sb22300.agent.get(`/api/borgere/${id}/joblog`).query({ maaned: '2026-11' });
    expect(november.body).toMatchObject({ maaned: '2026-11', antal: 2, krav: true });
    expect(november.body.items.map((i: { submissionDate: string }) => i.submissionDate)).toEqual([
      '2026-11-20',
      '2026-11-01',
    ]);
    expect(
      (await sb22300.agent.get(`/api/borgere/${id}/joblog`).query({ maaned: '2026-10' })).body.antal,
    ).toBe(1);
    expect((await sb22300.agent.get(`/api/borgere/${id}`)).body.joblog).toMatchObject({
      krav: true,
      antalDenneMaaned: 2,
    });
    // 00.30 on 1 December in Copenhagen: a new month has begun (and the idle session has expired)
    t.clock.set('2026-11-30T23:30:00Z');
    const senere = await t.loginAs('sb22300');
    expect((await senere.agent.get(`/api/borgere/${id}`)).body.joblog.antalDenneMaaned).toBe(0);
    expect((await senere.agent.get(`/api/borgere/${id}/joblog`)).body.maaned).toBe('2026-12');
    t.clock.set('2026-11-27T09:00:00Z');
    sb22300 = await t.loginAs('sb22300');
  });

  it('says why there is no requirement for kontaktgruppe 3, and never warns about 30 days', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 3 });
    const response = await sb22300.agent.get(`/api/borgere/${id}/joblog`);
    expect(response.body).toMatchObject({
      krav: false,
      kravGrund: { kind: 'kontaktgruppe-uden-krav', kontaktgruppe: 3 },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/30 dage|advarsel/i);
  });

  it('refuses a malformed month and a virksomhedskonsulent', async () => {
    const { id } = await opretBorger(sb22300);
    expect((await sb22300.agent.get(`/api/borgere/${id}/joblog`).query({ maaned: '2026-13' })).status).toBe(
      400,
    );
    const vk = await t.loginAs('vk22300');
    expect((await vk.agent.get(`/api/borgere/${id}/joblog`)).status).toBe(403);
  });
});
