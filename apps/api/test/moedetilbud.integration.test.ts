import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { del, opretBorger, post, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let sb22300: Session;
beforeAll(async () => {
  t = await createTestApp();
  sb22300 = await t.loginAs('sb22300');
});
afterAll(() => t.close());

const PLANNER = { Authorization: 'Bearer demo-planner-22300' };
const JOBNET = { Authorization: 'Bearer demo-jobnet' };
const CPR_HEADER = 'x-civilregistrationIdentifier';

let slot = 0;
/** A new offer a day apart from the others, published by the planner. */
async function udbyd(moedeformer: number[], overrides: Record<string, unknown> = {}) {
  slot += 1;
  const start = new Date(Date.parse('2026-12-01T08:00:00Z') + slot * 86_400_000);
  const response = await t.request
    .post('/v1/moedetilbud')
    .set(PLANNER)
    .send({
      start: start.toISOString(),
      slut: new Date(start.getTime() + 30 * 60_000).toISOString(),
      moedeformer,
      adresse: 'Jobcenter Hørsholm, Slotsmarken 1',
      ...(moedeformer.includes(8) ? { digitaltMoedelink: 'https://moede.horsholm.dk/tilbud' } : {}),
      ...overrides,
    });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; start: string };
}

const tilbudFor = (cpr: string) =>
  t.request.get('/v1/borgerbooking/moedetilbud').set(JOBNET).set(CPR_HEADER, cpr);
const book = (cpr: string, body: Record<string, unknown>) =>
  t.request.post('/v1/borgerbooking').set(JOBNET).set(CPR_HEADER, cpr).send(body);

describe('publishing mødetilbud', () => {
  it('the planner token publishes for its jobcentre; the UI lists it for that jobcentre', async () => {
    const tilbud = await udbyd([1, 2], { lokationsuddybning: '   ' });
    const list = await sb22300.agent.get('/api/moedetilbud');
    const item = list.body.items.find((i: { id: string }) => i.id === tilbud.id);
    expect(item).toMatchObject({
      jobcenter: { nummer: '22300' },
      moedeformer: [
        { id: 1, navn: 'Personlig kontakt' },
        { id: 2, navn: 'Telefon' },
      ],
      lokationsuddybning: null,
      booket: false,
    });
  });

  it('a caseworker publishes through /api', async () => {
    const response = await post(sb22300, '/api/moedetilbud').send({
      start: '2027-01-05T08:00:00Z',
      slut: '2027-01-05T08:30:00Z',
      moedeformer: [2],
    });
    expect(response.status).toBe(201);
  });

  it('refuses 8 without an https link, forms outside 1/2/8, duplicates and an empty list', async () => {
    const base = { start: '2027-01-05T08:00:00Z', slut: '2027-01-05T08:30:00Z' };
    expect(
      (
        await t.request
          .post('/v1/moedetilbud')
          .set(PLANNER)
          .send({ ...base, moedeformer: [8] })
      ).body.code,
    ).toBe('DIGITALT_MOEDELINK_MANGLER');
    for (const moedeformer of [[3], [1, 1], []]) {
      const response = await t.request
        .post('/v1/moedetilbud')
        .set(PLANNER)
        .send({ ...base, moedeformer });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDERINGSFEJL');
    }
  });

  it('refuses an offer of an in-person meeting without an address (issue 18)', async () => {
    for (const adresse of [undefined, null, '   ']) {
      const response = await post(sb22300, '/api/moedetilbud').send({
        start: '2027-01-06T08:00:00Z',
        slut: '2027-01-06T08:30:00Z',
        moedeformer: [2, 1],
        ...(adresse !== undefined ? { adresse } : {}),
      });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'adresse' }] });
    }
  });

  it('refuses other tokens with 403 IKKE_ADGANG', async () => {
    const response = await t.request.post('/v1/moedetilbud').set(JOBNET).send({});
    expect(response.status).toBe(403);
  });
});

describe('BorgerBookingService', () => {
  it('lists free offers with every form for a citizen with the right to choose, only the first without (R3)', async () => {
    const tilbud = await udbyd([2, 1, 8]);
    const medRet = await opretBorger(sb22300, { ledighedsdato: '2025-01-01' });
    const udenRet = await opretBorger(sb22300, { ledighedsdato: '2026-11-01' });
    const a = (await tilbudFor(medRet.cpr)).body.items.find((i: { id: string }) => i.id === tilbud.id);
    const b = (await tilbudFor(udenRet.cpr)).body.items.find((i: { id: string }) => i.id === tilbud.id);
    expect(a.valgbareMoedeformer).toEqual([2, 1, 8]);
    expect(b.valgbareMoedeformer).toEqual([2]);
  });

  it('books an offer with a chosen form: 201 selvbooket, and the offer is no longer free', async () => {
    const tilbud = await udbyd([1, 2, 8]);
    const { id, cpr } = await opretBorger(sb22300, { ledighedsdato: '2025-01-01' });
    const response = await book(cpr, { moedetilbudId: tilbud.id, moedeform: 8 });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      selvbooket: true,
      moedeform: { id: 8 },
      digitaltMoedelink: 'https://moede.horsholm.dk/tilbud',
      borger: { id },
      start: tilbud.start,
    });
    expect((await tilbudFor(cpr)).body.items.map((i: { id: string }) => i.id)).not.toContain(tilbud.id);
    expect((await sb22300.agent.get(`/api/borgere/${id}/historik`)).body.items[0]).toMatchObject({
      type: 'MOEDE_SELVBOOKET',
      bruger: 'Jobnet',
    });
    const logRow = await t.db.prisma.adgangslog.findFirst({
      where: { borgerId: id, aktoerType: 'system', handling: 'opret' },
    });
    expect(logRow).toMatchObject({ myndighedKode: 'JOBNET', handling: 'opret' });
  });

  it('booking in person takes the offer’s address and never its video link (issue 18)', async () => {
    const tilbud = await udbyd([8, 1], { lokationsuddybning: 'Lokale 2' });
    const { cpr } = await opretBorger(sb22300, { ledighedsdato: '2025-01-01' });
    const response = await book(cpr, { moedetilbudId: tilbud.id, moedeform: 1 });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      moedeform: { id: 1 },
      adresse: 'Jobcenter Hørsholm, Slotsmarken 1',
      lokationsuddybning: 'Lokale 2',
      digitaltMoedelink: null,
    });
  });

  it('booking a digital meeting takes the link and not the address; by phone neither (issue 18)', async () => {
    const digitalt = await udbyd([1, 8]);
    const telefon = await udbyd([1, 2]);
    const { cpr } = await opretBorger(sb22300, { ledighedsdato: '2025-01-01' });
    expect((await book(cpr, { moedetilbudId: digitalt.id, moedeform: 8 })).body).toMatchObject({
      adresse: null,
      digitaltMoedelink: 'https://moede.horsholm.dk/tilbud',
    });
    expect((await book(cpr, { moedetilbudId: telefon.id, moedeform: 2 })).body).toMatchObject({
      moedeform: { id: 2 },
      adresse: null,
      digitaltMoedelink: null,
    });
  });

  it('57 takes the right to self-book away: no offers, 409 SELVBOOKING_FRATAGET on booking, and back when it ends', async () => {
    const tilbud = await udbyd([1, 2]);
    const { id, cpr } = await opretBorger(sb22300, { kontaktgruppe: 1, ledighedsdato: '2025-01-01' });
    expect((await tilbudFor(cpr)).body.items.map((i: { id: string }) => i.id)).toContain(tilbud.id);
    const i_dag = new Date(t.clock.now()).toISOString().slice(0, 10);
    const fravaer = await post(sb22300, `/api/borgere/${id}/fravaer`).send({
      fravaersaarsag: 57,
      startdato: i_dag,
    });
    expect(fravaer.status, JSON.stringify(fravaer.body)).toBe(201);

    expect((await tilbudFor(cpr)).body).toEqual({ items: [] });
    const nej = await book(cpr, { moedetilbudId: tilbud.id, moedeform: 1 });
    expect(nej.status).toBe(409);
    expect(nej.body.code).toBe('SELVBOOKING_FRATAGET');
    const legacy = await t.request
      .post('/v1/booking')
      .set(JOBNET)
      .set(CPR_HEADER, cpr)
      .send({ moedetilbudId: tilbud.id });
    expect(legacy.status).toBe(409);
    expect(legacy.body.code).toBe('SELVBOOKING_FRATAGET');
    expect(await t.db.prisma.indkaldelse.count({ where: { borgerId: id } })).toBe(0);
    const overblik = (await sb22300.agent.get(`/api/borgere/${id}`)).body;
    expect(overblik.selvbooking).toMatchObject({
      pligt: false,
      frataget: true,
      fritagetAf: [fravaer.body.id],
    });

    await del(sb22300, `/api/fravaer/${fravaer.body.id}`, 1).send({
      berigtigelseskommentar: 'Registreret ved en fejl',
    });
    expect((await tilbudFor(cpr)).body.items.map((i: { id: string }) => i.id)).toContain(tilbud.id);
    expect((await book(cpr, { moedetilbudId: tilbud.id, moedeform: 1 })).status).toBe(201);
  });

  it('refuses a form the citizen may not choose with 409 VALG_AF_MOEDEFORM_IKKE_TILLADT', async () => {
    const tilbud = await udbyd([1, 2]);
    const { cpr } = await opretBorger(sb22300, { ledighedsdato: '2026-11-01' });
    const response = await book(cpr, { moedetilbudId: tilbud.id, moedeform: 2 });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('VALG_AF_MOEDEFORM_IKKE_TILLADT');
  });

  it('answers a taken offer with MOEDETILBUD_OPTAGET, also when the form is not allowed either', async () => {
    const tilbud = await udbyd([1, 2]);
    const first = await opretBorger(sb22300, { ledighedsdato: '2025-01-01' });
    const second = await opretBorger(sb22300, { ledighedsdato: '2026-11-01' });
    expect((await book(first.cpr, { moedetilbudId: tilbud.id, moedeform: 1 })).status).toBe(201);
    const response = await book(second.cpr, { moedetilbudId: tilbud.id, moedeform: 2 });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('MOEDETILBUD_OPTAGET');
  });

  it('books an offer exactly once when two citizens book it at the same moment', async () => {
    const tilbud = await udbyd([1, 2]);
    const borgere = await Promise.all(
      [1, 2, 3, 4].map(() => opretBorger(sb22300, { ledighedsdato: '2025-01-01' })),
    );
    const responses = await Promise.all(
      borgere.map((b) => book(b.cpr, { moedetilbudId: tilbud.id, moedeform: 1 })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    for (const r of responses.filter((x) => x.status === 409))
      expect(r.body.code).toBe('MOEDETILBUD_OPTAGET');
    expect(await t.db.prisma.indkaldelse.count({ where: { moedetilbudId: tilbud.id } })).toBe(1);
  });

  it('a cancelled booking frees the offer again', async () => {
    const tilbud = await udbyd([1]);
    const { id, cpr } = await opretBorger(sb22300, { ledighedsdato: '2025-01-01' });
    const booking = (await book(cpr, { moedetilbudId: tilbud.id, moedeform: 1 })).body;
    expect(
      (
        await del(sb22300, `/api/indkaldelser/${booking.id}`, 1).send({
          aflysningsaarsag: 'Borgeren fik job',
        })
      ).status,
    ).toBe(204);
    expect((await tilbudFor(cpr)).body.items.map((i: { id: string }) => i.id)).toContain(tilbud.id);
    expect((await sb22300.agent.get(`/api/borgere/${id}/indkaldelser`)).body.items[0].aflyst).toBe(true);
  });

  it('needs a valid CPR header and a known citizen', async () => {
    const missing = await t.request.get('/v1/borgerbooking/moedetilbud').set(JOBNET);
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe('x-civilregistrationIdentifier');
    expect((await tilbudFor('0101011111')).status).toBe(404);
  });

  it('refuses a token without the service', async () => {
    expect(
      (await t.request.get('/v1/borgerbooking/moedetilbud').set(PLANNER).set(CPR_HEADER, '0101011111'))
        .status,
    ).toBe(403);
  });
});

describe('legacy BookingService (R7a)', () => {
  it('books with the offer’s first form and says it is deprecated, pointing at its successor', async () => {
    const tilbud = await udbyd([2, 1]);
    const { cpr } = await opretBorger(sb22300, { ledighedsdato: '2025-01-01' });
    const response = await t.request
      .post('/v1/booking')
      .set(JOBNET)
      .set(CPR_HEADER, cpr)
      .send({ moedetilbudId: tilbud.id });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ selvbooket: true, moedeform: { id: 2 } });
    expect(response.headers.deprecation).toBeDefined();
    expect(response.headers.link).toBe('</v1/borgerbooking>; rel="successor-version"');
    const again = await t.request
      .post('/v1/booking')
      .set(JOBNET)
      .set(CPR_HEADER, cpr)
      .send({ moedetilbudId: tilbud.id });
    expect(again.status).toBe(409);
  });

  it('booking an offer whose first form is in person takes its address, not its link (issue 18)', async () => {
    const tilbud = await udbyd([1, 8]);
    const { cpr } = await opretBorger(sb22300, { ledighedsdato: '2026-11-01' });
    const response = await t.request
      .post('/v1/booking')
      .set(JOBNET)
      .set(CPR_HEADER, cpr)
      .send({ moedetilbudId: tilbud.id });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      moedeform: { id: 1 },
      adresse: 'Jobcenter Hørsholm, Slotsmarken 1',
      digitaltMoedelink: null,
    });
  });
});
