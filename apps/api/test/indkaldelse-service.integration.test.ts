import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opretBorger, patch, post, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// IndkaldelseService (RN 1.1, api.md "IndkaldelseService and PersonHistoryService"): the case systems' door to
// the same meetings, rules and access log as /api.
let t: TestApp;
let sb22300: Session;
let sb10100: Session;
beforeAll(async () => {
  t = await createTestApp();
  [sb22300, sb10100] = await Promise.all([t.loginAs('sb22300'), t.loginAs('sb10100')]);
});
afterAll(() => t.close());

const SAGSSYSTEM = { Authorization: 'Bearer demo-jobcenter-22300' };
const JOBNET = { Authorization: 'Bearer demo-jobnet' };
const AKASSE = { Authorization: 'Bearer demo-akasse-ak01' };
const CPR = 'x-civilregistrationIdentifier';
const moede = (overrides: Record<string, unknown> = {}) => ({
  samtaletype: 7,
  start: '2027-01-12T08:30:00Z',
  slut: '2027-01-12T09:00:00Z',
  moedeform: 1,
  adresse: 'Slotsmarken 1, 2970 Hørsholm',
  ...overrides,
});
const opret = (cpr: string, body = moede()) =>
  t.request.post('/v1/indkaldelser').set(SAGSSYSTEM).set(CPR, cpr).send(body);

describe('CreateIndkaldelse, GetIndkaldelse, GetIndkaldelser', () => {
  it('a case system summons its citizen; the caseworker sees the meeting, made by the system, in /api and Historik', async () => {
    const { id, cpr } = await opretBorger(sb22300, {
      kontaktgruppe: 1,
      akasse: 'AK01',
      ledighedsdato: '2025-01-01',
    });
    const svar = await opret(cpr);
    expect(svar.status).toBe(201);
    expect(svar.headers.etag).toBe('"1"');
    expect(svar.body).toMatchObject({
      borger: { id },
      jobcenter: { nummer: '22300' },
      moedeform: { id: 1 },
      version: 1,
      oprettet: {
        af: { type: 'system', navn: 'Jobcenter Hørsholm (fagsystem)' },
        myndighed: { kode: '223' },
      },
      senestAendret: null,
    });
    const iApi = await sb22300.agent.get(`/api/indkaldelser/${svar.body.id}`);
    expect(iApi.body.oprettet.af).toEqual({ type: 'system', navn: 'Jobcenter Hørsholm (fagsystem)' });
    const historik = (await sb22300.agent.get(`/api/borgere/${id}/historik`)).body.items;
    expect(historik[0]).toMatchObject({
      type: 'INDKALDELSE_OPRETTET',
      bruger: 'Jobcenter Hørsholm (fagsystem)',
    });
    const enkelt = await t.request.get(`/v1/indkaldelser/${svar.body.id}`).set(SAGSSYSTEM);
    expect(enkelt.status).toBe(200);
    expect(enkelt.headers.etag).toBe('"1"');
  });

  it('applies the same rules as /api (R1, R2) and stores nothing when it refuses', async () => {
    const { id, cpr } = await opretBorger(sb22300);
    const udgaaet = await opret(cpr, moede({ moedeform: 6 }));
    expect(udgaaet.status).toBe(400);
    expect(udgaaet.body.code).toBe('MOEDEFORM_UDGAAET');
    const udenLink = await opret(cpr, moede({ moedeform: 8, adresse: undefined }));
    expect(udenLink.body.code).toBe('DIGITALT_MOEDELINK_MANGLER');
    expect(await t.db.prisma.indkaldelse.count({ where: { borgerId: id } })).toBe(0);
  });

  it('GetIndkaldelser lists the citizen’s meetings with every myndighed, cancelled ones included', async () => {
    const { id, cpr } = await opretBorger(sb10100);
    const kbh = await post(sb10100, `/api/borgere/${id}/indkaldelser`).send(
      moede({ adresse: 'Rådhuspladsen 1' }),
    );
    expect(kbh.status).toBe(201);
    // Before moving, Hørsholm's case system does not know the citizen.
    expect((await t.request.get('/v1/indkaldelser').set(SAGSSYSTEM).set(CPR, cpr)).status).toBe(404);
    expect((await post(sb10100, `/api/borgere/${id}/flyt`).send({ jobcenter: '22300' })).status).toBe(200);
    const hoersholm = await opret(
      cpr,
      moede({ start: '2027-01-20T08:30:00Z', slut: '2027-01-20T09:00:00Z' }),
    );
    await t.request
      .delete(`/v1/indkaldelser/${hoersholm.body.id}`)
      .set(SAGSSYSTEM)
      .set('If-Match', '"1"')
      .send({ aflysningsaarsag: 'Dobbeltbooket' });
    const liste = await t.request.get('/v1/indkaldelser').set(SAGSSYSTEM).set(CPR, cpr);
    expect(liste.status).toBe(200);
    expect(
      liste.body.items.map((i: { jobcenter: { nummer: string }; aflyst: boolean }) => [
        i.jobcenter.nummer,
        i.aflyst,
      ]),
    ).toEqual([
      ['10100', false],
      ['22300', true],
    ]);
  });
});

describe('UpdateIndkaldelse and DeleteIndkaldelse', () => {
  it('changes with If-Match; the meeting says the case system changed it last, and its history names the fields', async () => {
    const { cpr } = await opretBorger(sb22300);
    const { body: oprettet } = await opret(cpr);
    const uden = await t.request
      .patch(`/v1/indkaldelser/${oprettet.id}`)
      .set(SAGSSYSTEM)
      .send({ lokationsuddybning: 'Lokale 3' });
    expect(uden.status).toBe(428);
    const rettet = await t.request
      .patch(`/v1/indkaldelser/${oprettet.id}`)
      .set(SAGSSYSTEM)
      .set('If-Match', '"1"')
      .send({ start: '2027-01-13T08:30:00Z', slut: '2027-01-13T09:00:00Z', lokationsuddybning: 'Lokale 3' });
    expect(rettet.status).toBe(200);
    expect(rettet.headers.etag).toBe('"2"');
    expect(rettet.body.senestAendret).toMatchObject({
      af: { type: 'system', navn: 'Jobcenter Hørsholm (fagsystem)' },
    });
    const historik = await t.request.get(`/v1/indkaldelser/${oprettet.id}/historik`).set(SAGSSYSTEM);
    expect(
      historik.body.items.map((v: { version: number; aendringstype: number; aendringer: string[] }) => [
        v.version,
        v.aendringstype,
        v.aendringer,
      ]),
    ).toEqual([
      [1, 1, []],
      [2, 2, ['start', 'slut', 'lokationsuddybning']],
    ]);
    const aflyst = await t.request
      .delete(`/v1/indkaldelser/${oprettet.id}`)
      .set(SAGSSYSTEM)
      .set('If-Match', '"2"')
      .send({ aflysningsaarsag: 'Borgeren er i arbejde' });
    expect(aflyst.status).toBe(204);
    const efter = await sb22300.agent.get(`/api/indkaldelser/${oprettet.id}`);
    expect(efter.body).toMatchObject({ aflyst: true, aflysningsaarsag: 'Borgeren er i arbejde', version: 3 });
  });

  it('a meeting changed through /api and /v1 at the same moment: one change wins, the other gets 412, nothing is lost', async () => {
    const { cpr } = await opretBorger(sb22300);
    const { body: oprettet } = await opret(cpr);
    const [api, v1] = await Promise.all([
      patch(sb22300, `/api/indkaldelser/${oprettet.id}`, 1).send({
        lokationsuddybning: 'Fra sagsbehandleren',
      }),
      t.request
        .patch(`/v1/indkaldelser/${oprettet.id}`)
        .set(SAGSSYSTEM)
        .set('If-Match', '"1"')
        .send({ lokationsuddybning: 'Fra sagssystemet' }),
    ]);
    expect([api.status, v1.status].sort()).toEqual([200, 412]);
    const vinder = api.status === 200 ? 'Fra sagsbehandleren' : 'Fra sagssystemet';
    const nu = await sb22300.agent.get(`/api/indkaldelser/${oprettet.id}`);
    expect(nu.body).toMatchObject({ version: 2, lokationsuddybning: vinder });
    const versioner = await t.db.prisma.indkaldelseVersion.count({ where: { indkaldelseId: oprettet.id } });
    expect(versioner).toBe(2);
  });

  it('answers another myndighed’s citizen and meeting with 404, changing nothing', async () => {
    const { id, cpr } = await opretBorger(sb10100);
    expect((await opret(cpr)).status).toBe(404);
    const kbh = await post(sb10100, `/api/borgere/${id}/indkaldelser`).send(moede());
    const forsoeg = await t.request
      .patch(`/v1/indkaldelser/${kbh.body.id}`)
      .set(SAGSSYSTEM)
      .set('If-Match', '"1"')
      .send({ lokationsuddybning: 'x' });
    expect(forsoeg.status).toBe(404);
    expect((await t.request.get(`/v1/indkaldelser/${kbh.body.id}/historik`).set(SAGSSYSTEM)).status).toBe(
      404,
    );
  });
});

describe('SaveDeltagelsesvalg and GetDeltagelsesvalgshistorik', () => {
  it('Jobnet registers the citizen’s choice for the citizen in its header only; the history keeps every choice', async () => {
    const { cpr } = await opretBorger(sb22300, { ledighedsdato: '2025-01-01' });
    const { body: oprettet } = await opret(cpr);
    const andenBorger = await opretBorger(sb22300, { ledighedsdato: '2025-01-01' });
    const vaelg = (headerCpr: string, body: Record<string, unknown>) =>
      t.request
        .post(`/v1/indkaldelser/${oprettet.id}/moededeltagelsesvalg`)
        .set(JOBNET)
        .set(CPR, headerCpr)
        .send(body);
    expect((await vaelg(andenBorger.cpr, { moedeform: 2 })).status).toBe(404);
    expect(
      (await t.request.get(`/v1/indkaldelser/${oprettet.id}`).set(JOBNET).set(CPR, andenBorger.cpr)).status,
    ).toBe(404);

    const telefon = await vaelg(cpr, { moedeform: 2 });
    expect(telefon.status).toBe(200);
    expect(telefon.body.moededeltagelsesvalg).toMatchObject({
      moedeform: { id: 2 },
      registreretAf: 'Jobnet',
    });
    expect(telefon.body.senestAendret.af).toEqual({ type: 'system', navn: 'Jobnet' });
    t.clock.advance(60_000);
    const digitalt = await vaelg(cpr, { moedeform: 8, digitaltMoedelink: 'https://moede.horsholm.dk/a' });
    expect(digitalt.status).toBe(200);
    const nej = await vaelg(cpr, { moedeform: 3 });
    expect(nej.status).toBe(400);

    const historik = await t.request
      .get(`/v1/indkaldelser/${oprettet.id}/moededeltagelsesvalg`)
      .set(JOBNET)
      .set(CPR, cpr);
    expect(historik.status).toBe(200);
    expect(
      historik.body.items.map((v: { moedeform: { id: number }; af: string; myndighed: { kode: string } }) => [
        v.moedeform.id,
        v.af,
        v.myndighed.kode,
      ]),
    ).toEqual([
      [8, 'Jobnet', 'JOBNET'],
      [2, 'Jobnet', 'JOBNET'],
    ]);
    // The caseworker sees the same history on the meeting.
    const iApi = await sb22300.agent.get(`/api/indkaldelser/${oprettet.id}/moededeltagelsesvalg`);
    expect(iApi.body).toEqual(historik.body);
    const set = await t.request.get(`/v1/indkaldelser/${oprettet.id}`).set(JOBNET).set(CPR, cpr);
    expect(set.body).toMatchObject({
      moedeform: { id: 1 },
      digitaltMoedelink: 'https://moede.horsholm.dk/a',
    });
  });

  it('refuses the choice with the /api codes: no right (R3) and personligt fremmøde påkrævet (R4)', async () => {
    const udenRet = await opretBorger(sb22300, { ledighedsdato: '2026-11-01' });
    const { body: m1 } = await opret(udenRet.cpr);
    const r3 = await t.request
      .post(`/v1/indkaldelser/${m1.id}/moededeltagelsesvalg`)
      .set(SAGSSYSTEM)
      .send({ moedeform: 2 });
    expect(r3.status).toBe(409);
    expect(r3.body.code).toBe('VALG_AF_MOEDEFORM_IKKE_TILLADT');
  });
});

describe('the a-kasse reads its members’ meetings, and nothing else', () => {
  it('reads, may not change, and does not see others', async () => {
    const medlem = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    const { body: m } = await opret(medlem.cpr);
    expect((await t.request.get('/v1/indkaldelser').set(AKASSE).set(CPR, medlem.cpr)).status).toBe(200);
    expect((await t.request.get(`/v1/indkaldelser/${m.id}/historik`).set(AKASSE)).status).toBe(200);
    expect(
      (await t.request.post('/v1/indkaldelser').set(AKASSE).set(CPR, medlem.cpr).send(moede())).status,
    ).toBe(403);
    expect(
      (
        await t.request
          .post(`/v1/indkaldelser/${m.id}/moededeltagelsesvalg`)
          .set(AKASSE)
          .send({ moedeform: 2 })
      ).status,
    ).toBe(403);
    const ikkeMedlem = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK02' });
    expect((await t.request.get('/v1/indkaldelser').set(AKASSE).set(CPR, ikkeMedlem.cpr)).status).toBe(404);
  });

  it('every read through the service is in the citizen’s access log with the calling system', async () => {
    const medlem = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    await opret(medlem.cpr);
    await t.request.get('/v1/indkaldelser').set(AKASSE).set(CPR, medlem.cpr);
    const log = await t.db.prisma.adgangslog.findMany({
      where: { borgerId: medlem.id, aktoerType: 'system' },
    });
    expect(log.map((l) => [l.myndighedKode, l.handling])).toEqual(
      expect.arrayContaining([
        ['223', 'opret'],
        ['AK01', 'laes'],
      ]),
    );
  });
});

describe('the legacy BookingService is open to the case system too (RN 1.1)', () => {
  it('books for its own citizens, with the deprecation headers, and not for another myndighed’s', async () => {
    const tilbud = await t.request
      .post('/v1/moedetilbud')
      .set({ Authorization: 'Bearer demo-planner-22300' })
      .send({ start: '2027-01-15T08:00:00Z', slut: '2027-01-15T08:30:00Z', moedeformer: [2] });
    const egen = await opretBorger(sb22300);
    const booket = await t.request
      .post('/v1/booking')
      .set(SAGSSYSTEM)
      .set(CPR, egen.cpr)
      .send({ moedetilbudId: tilbud.body.id });
    expect(booket.status).toBe(201);
    expect(booket.headers.deprecation).toBeDefined();
    const kbh = await opretBorger(sb10100);
    const anden = await t.request
      .post('/v1/booking')
      .set(SAGSSYSTEM)
      .set(CPR, kbh.cpr)
      .send({ moedetilbudId: tilbud.body.id });
    expect(anden.status).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('describes the operations under their DFDG names', async () => {
    const docs = (await t.request.get('/api/docs')).body as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const ids = Object.values(docs.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    for (const navn of [
      'CreateIndkaldelse',
      'GetIndkaldelser',
      'GetIndkaldelse',
      'UpdateIndkaldelse',
      'DeleteIndkaldelse',
      'SaveDeltagelsesvalg',
      'GetDeltagelsesvalgshistorik',
      'GetIndkaldelseshistorik',
    ]) {
      expect(ids).toContain(navn);
    }
  });
});
