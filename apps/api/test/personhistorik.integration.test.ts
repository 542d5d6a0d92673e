import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { del, opretBorger, patch, post, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// PersonHistoryService (RN 2.1, api.md "IndkaldelseService and PersonHistoryService").
let t: TestApp;
let sb22300: Session;
let sb10100: Session;
beforeAll(async () => {
  t = await createTestApp();
  [sb22300, sb10100] = await Promise.all([t.loginAs('sb22300'), t.loginAs('sb10100')]);
});
afterAll(() => t.close());

const registrer = (borgerId: string, body: Record<string, unknown>) =>
  post(sb22300, `/api/borgere/${borgerId}/fravaer`).send(body);
const historik = (cpr: string, query: Record<string, string>, token = 'demo-akasse-ak01') =>
  t.request
    .get('/v1/personhistorik')
    .query(query)
    .set({ Authorization: `Bearer ${token}` })
    .set('x-civilregistrationIdentifier', cpr);

interface Version {
  fravaerId: string;
  aendringstype: number;
  registreret: string;
  fravaersaarsag: number;
  startdato: string;
  slutdato: string | null;
}

describe('PersonHistoryService: GET /v1/personhistorik', () => {
  it('gives every version of each fravær touching the period, the ended and the deleted included, oldest first', async () => {
    const { id, cpr } = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    const sorg = (await registrer(id, { fravaersaarsag: 79, startdato: '2026-11-02' })).body;
    t.clock.advance(60_000);
    expect((await patch(sb22300, `/api/fravaer/${sorg.id}`, 1).send({ slutdato: '2026-11-20' })).status).toBe(
      200,
    );
    t.clock.advance(60_000);
    const fejl = (
      await registrer(id, { fravaersaarsag: 11, startdato: '2026-11-10', slutdato: '2026-11-12' })
    ).body;
    t.clock.advance(60_000);
    expect(
      (
        await del(sb22300, `/api/fravaer/${fejl.id}`, 1).send({
          berigtigelseskommentar: 'Registreret ved en fejl',
        })
      ).status,
    ).toBe(204);
    const udenfor = (await registrer(id, { fravaersaarsag: 11, startdato: '2027-02-01' })).body;

    const svar = await historik(cpr, { fra: '2026-11-01', til: '2026-11-30' });
    expect(svar.status).toBe(200);
    const items = svar.body.items as Version[];
    expect(
      items.map((v) => [v.fravaerId, v.aendringstype, v.fravaersaarsag, v.startdato, v.slutdato]),
    ).toEqual([
      [sorg.id, 1, 79, '2026-11-02', null],
      [sorg.id, 2, 79, '2026-11-02', '2026-11-20'],
      [fejl.id, 1, 11, '2026-11-10', '2026-11-12'],
      [fejl.id, 3, 11, '2026-11-10', '2026-11-12'],
    ]);
    expect(new Set(items.map((v) => (v as Version & { type: string }).type))).toEqual(new Set(['FRAVAER']));
    expect(items.map((v) => v.registreret)).toEqual([...items.map((v) => v.registreret)].sort());
    expect(items.map((v) => v.fravaerId)).not.toContain(udenfor.id);
  });

  it('keeps a fravær moved out of the period, since one of its versions touched it', async () => {
    const { id, cpr } = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    const flyttet = (
      await registrer(id, { fravaersaarsag: 79, startdato: '2026-11-05', slutdato: '2026-11-06' })
    ).body;
    await patch(sb22300, `/api/fravaer/${flyttet.id}`, 1).send({
      startdato: '2026-12-20',
      slutdato: '2026-12-21',
    });
    const items = (await historik(cpr, { fra: '2026-11-01', til: '2026-11-30' })).body.items as Version[];
    expect(items.map((v) => [v.aendringstype, v.startdato])).toEqual([
      [1, '2026-11-05'],
      [2, '2026-12-20'],
    ]);
    const december = (await historik(cpr, { fra: '2026-12-01', til: '2026-12-31' })).body.items as Version[];
    expect(december).toHaveLength(2);
    const januar = (await historik(cpr, { fra: '2027-01-01', til: '2027-01-31' })).body.items as Version[];
    expect(januar).toEqual([]);
  });

  it('answers the a-kasse for its members and the jobcentre for its myndighed’s citizens; anyone else 404', async () => {
    const medlem = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    const periode = { fra: '2026-01-01', til: '2026-12-31' };
    expect((await historik(medlem.cpr, periode, 'demo-akasse-ak01')).status).toBe(200);
    expect((await historik(medlem.cpr, periode, 'demo-jobcenter-22300')).status).toBe(200);
    const andenAkasse = await opretBorger(sb22300, { akasse: 'AK02' });
    expect((await historik(andenAkasse.cpr, periode)).status).toBe(404);
    const kbh = await opretBorger(sb10100, { akasse: 'AK02' });
    const ukendt = await historik(kbh.cpr, periode, 'demo-jobcenter-22300');
    expect(ukendt.status).toBe(404);
    expect(ukendt.body.code).toBe('IKKE_FUNDET');
    expect((await historik('0101011113', periode)).status).toBe(404);
    // Jobnet and VITAS do not have the service.
    expect((await historik(medlem.cpr, periode, 'demo-jobnet')).status).toBe(403);
  });

  it('refuses a period that ends before it starts, dates that are not dates and a missing CPR, in Danish', async () => {
    const { cpr } = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    const baglaens = await historik(cpr, { fra: '2026-12-01', til: '2026-11-01' });
    expect(baglaens.status).toBe(400);
    expect(baglaens.body).toMatchObject({
      code: 'VALIDERINGSFEJL',
      errors: [{ path: 'til', message: 'Fra-datoen må ikke ligge efter til-datoen' }],
    });
    expect((await historik(cpr, { fra: '0000-01-01', til: '2026-11-01' })).status).toBe(400);
    expect((await historik(cpr, { fra: '2026-11-01' })).status).toBe(400);
    const udenCpr = await t.request
      .get('/v1/personhistorik')
      .query({ fra: '2026-11-01', til: '2026-11-30' })
      .set({ Authorization: 'Bearer demo-akasse-ak01' });
    expect(udenCpr.status).toBe(400);
  });

  it('records the read in the citizen’s access log with the a-kasse as the one who read', async () => {
    const { id, cpr } = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    await historik(cpr, { fra: '2026-11-01', til: '2026-11-30' });
    const log = (await sb22300.agent.get(`/api/borgere/${id}/adgangslog`)).body.items as {
      myndighed: { navn: string };
      handling: string;
      formaal: string;
    }[];
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          myndighed: expect.objectContaining({ navn: 'A-kasse Nord' }),
          formaal: expect.stringContaining('Personhistorik'),
        }),
      ]),
    );
  });
});
