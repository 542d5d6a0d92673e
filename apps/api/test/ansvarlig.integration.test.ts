import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextCpr, opretBorger, patch, post, type Session } from './support/fixtures.js';
import { createTestApp, MINUTE, type TestApp } from './support/test-app.js';

// Issue 18, "my work, not the jobcentre's" (ADR 0018): the ansvarlig sagsbehandler of citizens and meetings,
// Mine møder filtered on it, "Mine borgere", "Senest åbnede" from the access log, and the colleagues to choose.

let t: TestApp;
let sb22300: Session;
let sb22301: Session;
let sb10100: Session;
let vk22300: Session;
beforeAll(async () => {
  t = await createTestApp();
  sb22300 = await t.loginAs('sb22300');
  sb22301 = await t.loginAs('sb22301');
  sb10100 = await t.loginAs('sb10100');
  vk22300 = await t.loginAs('vk22300');
});
afterAll(() => t.close());

const SIGNE = { brugernavn: 'sb22300', navn: 'Signe Bach' };
const SUNE = { brugernavn: 'sb22301', navn: 'Sune Berg' };
const FAGSYSTEM = { Authorization: 'Bearer demo-jobcenter-22300' };
const JOBNET = { Authorization: 'Bearer demo-jobnet' };
const CPR_HEADER = 'x-civilregistrationIdentifier';

const put = (session: Session, path: string) =>
  session.agent.put(path).set('X-CSRF-Token', session.csrfToken);

let time = 0;
/** A meeting on 2 December, an hour apart from the others. */
async function indkald(session: Session, borgerId: string) {
  time += 1;
  const start = new Date(Date.parse('2026-12-02T06:00:00Z') + time * 3_600_000);
  const response = await post(session, `/api/borgere/${borgerId}/indkaldelser`).send({
    samtaletype: 7,
    start: start.toISOString(),
    slut: new Date(start.getTime() + 30 * MINUTE).toISOString(),
    moedeform: 2,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; version: number; ansvarlig: unknown };
}

const borger = async (session: Session, id: string) => (await session.agent.get(`/api/borgere/${id}`)).body;

describe('the ansvarlig sagsbehandler of a citizen', () => {
  it('is whoever creates the citizen, and is in the borger view', async () => {
    const { id, body } = await opretBorger(sb22300);
    expect(body.ansvarlig).toEqual(SIGNE);
    expect((await borger(sb22300, id)).ansvarlig).toEqual(SIGNE);
    // A colleague of the same myndighed sees who it is.
    expect((await borger(sb22301, id)).ansvarlig).toEqual(SIGNE);
  });

  it('PUT /api/borgere/:id/ansvarlig changes it, with history and access log in the same change; null is nobody', async () => {
    const { id } = await opretBorger(sb22301);
    const foer = await t.db.prisma.adgangslog.count({ where: { borgerId: id, handling: 'aendr' } });
    // sb22300 takes the citizen over: a sagsbehandler of the caller's own jobcentre.
    const svar = await put(sb22300, `/api/borgere/${id}/ansvarlig`).send({ brugernavn: 'sb22300' });
    expect(svar.status, JSON.stringify(svar.body)).toBe(200);
    expect(svar.body.ansvarlig).toEqual(SIGNE);
    expect(svar.body.cprMaskeret).toMatch(/^\d{6}-xxxx$/);
    const historik = await sb22300.agent.get(`/api/borgere/${id}/historik`);
    expect(historik.body.items[0]).toMatchObject({
      type: 'ANSVARLIG_AENDRET',
      beskrivelse: 'Ansvarlig sagsbehandler: Signe Bach (sb22300)',
      bruger: 'sb22300',
    });
    const log = await t.db.prisma.adgangslog.findMany({ where: { borgerId: id, handling: 'aendr' } });
    expect(log).toHaveLength(foer + 1);
    expect(log.at(-1)).toMatchObject({
      aktoerId: 'sb22300',
      formaal: 'Ændring af borgerens ansvarlige sagsbehandler',
    });

    const ingen = await put(sb22300, `/api/borgere/${id}/ansvarlig`).send({ brugernavn: null });
    expect(ingen.status).toBe(200);
    expect(ingen.body.ansvarlig).toBeNull();
    expect((await borger(sb22300, id)).ansvarlig).toBeNull();
  });

  it('only to an active sagsbehandler of the caller’s jobcentre: else 400 VALIDERINGSFEJL in Danish, nothing changed', async () => {
    const { id } = await opretBorger(sb22300);
    await t.db.prisma.bruger.create({
      data: {
        brugernavn: 'sb22300-stoppet',
        navn: 'Stine Stoppet',
        rolle: 'sagsbehandler',
        jobcenterNummer: '22300',
        adgangskodeHash: 'x',
        aktiv: false,
      },
    });
    const afvist = {
      vk22300: 'Den ansvarlige skal være sagsbehandler',
      sb22301: 'Den ansvarlige skal være sagsbehandler i dit jobcenter',
      sb10100: 'Den ansvarlige skal være sagsbehandler i dit jobcenter',
      'sb22300-stoppet': 'Brugeren er ikke længere aktiv og kan ikke være ansvarlig',
      findesikke: 'Der er ingen sagsbehandler med det brugernavn',
    };
    for (const [brugernavn, besked] of Object.entries(afvist)) {
      const svar = await put(sb22300, `/api/borgere/${id}/ansvarlig`).send({ brugernavn });
      expect(svar.status, brugernavn).toBe(400);
      expect(svar.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(svar.body).toMatchObject({
        code: 'VALIDERINGSFEJL',
        errors: [{ path: 'brugernavn', message: besked }],
      });
    }
    for (const body of [{}, { brugernavn: '' }, { brugernavn: 'sb22300', ekstra: 1 }]) {
      const svar = await put(sb22300, `/api/borgere/${id}/ansvarlig`).send(body);
      expect(svar.status, JSON.stringify(body)).toBe(400);
      expect(svar.body.code).toBe('VALIDERINGSFEJL');
    }
    expect((await borger(sb22300, id)).ansvarlig).toEqual(SIGNE);
  });

  it('another myndighed’s citizen is 404, a virksomhedskonsulent 403, without CSRF 403', async () => {
    const { id } = await opretBorger(sb22300);
    expect((await put(sb10100, `/api/borgere/${id}/ansvarlig`).send({ brugernavn: 'sb10100' })).status).toBe(
      404,
    );
    expect((await put(vk22300, `/api/borgere/${id}/ansvarlig`).send({ brugernavn: 'sb22300' })).status).toBe(
      403,
    );
    expect((await sb22300.agent.put(`/api/borgere/${id}/ansvarlig`).send({ brugernavn: null })).status).toBe(
      403,
    );
  });

  it('is cleared when the citizen moves to another jobcentre', async () => {
    const { id } = await opretBorger(sb22300);
    const flyttet = await post(sb22300, `/api/borgere/${id}/flyt`).send({ jobcenter: '22301' });
    expect(flyttet.status).toBe(200);
    expect(flyttet.body.ansvarlig).toBeNull();
  });
});

describe('the ansvarlig sagsbehandler of a meeting', () => {
  it('is the summoning caseworker, who also becomes the citizen’s when the citizen has none', async () => {
    const { id } = await opretBorger(sb22300);
    await put(sb22300, `/api/borgere/${id}/ansvarlig`).send({ brugernavn: null });
    // A colleague of another jobcentre of the myndighed summons: the meeting is Sune's, and so is the citizen.
    const moede = await indkald(sb22301, id);
    expect(moede.ansvarlig).toEqual(SUNE);
    expect((await borger(sb22300, id)).ansvarlig).toEqual(SUNE);
    // Signe summons next: her meeting; the citizen stays Sune's.
    expect((await indkald(sb22300, id)).ansvarlig).toEqual(SIGNE);
    expect((await borger(sb22300, id)).ansvarlig).toEqual(SUNE);
    const liste = await sb22300.agent.get(`/api/borgere/${id}/indkaldelser`);
    expect(liste.body.items.map((m: { ansvarlig: unknown }) => m.ansvarlig)).toEqual([SUNE, SIGNE]);
  });

  it('a case system’s or a self-booked meeting gets the citizen’s ansvarlig when at the meeting’s jobcentre', async () => {
    const { id, cpr } = await opretBorger(sb22300);
    const fagsystem = await t.request.post('/v1/indkaldelser').set(FAGSYSTEM).set(CPR_HEADER, cpr).send({
      samtaletype: 7,
      start: '2026-12-03T09:00:00Z',
      slut: '2026-12-03T09:30:00Z',
      moedeform: 2,
    });
    expect(fagsystem.status, JSON.stringify(fagsystem.body)).toBe(201);
    expect(fagsystem.body.ansvarlig).toEqual(SIGNE);

    // Sune's citizen at 22300 (he is of 22301): a meeting no caseworker summoned has nobody.
    const { cpr: andenCpr } = await opretBorger(sb22300);
    const andenId = (await t.db.prisma.borger.findUniqueOrThrow({ where: { cpr: andenCpr } })).id;
    await t.db.prisma.borger.update({
      where: { id: andenId },
      data: { ansvarlig: { connect: { brugernavn: 'sb22301' } } },
    });
    const tilbud = await t.request
      .post('/v1/moedetilbud')
      .set({ Authorization: 'Bearer demo-planner-22300' })
      .send({ start: '2026-12-04T09:00:00Z', slut: '2026-12-04T09:30:00Z', moedeformer: [2] });
    expect(tilbud.status).toBe(201);
    const booket = await t.request
      .post('/v1/borgerbooking')
      .set(JOBNET)
      .set(CPR_HEADER, andenCpr)
      .send({ moedetilbudId: tilbud.body.id, moedeform: 2 });
    expect(booket.status, JSON.stringify(booket.body)).toBe(201);
    expect(booket.body.ansvarlig).toBeNull();
    expect(id).toBeTruthy();
  });

  it('is changed by PATCH with If-Match: a version naming the field, no letter and no message for it alone', async () => {
    const { id, cpr } = await opretBorger(sb22300);
    const moede = await indkald(sb22300, id);
    const breve = await t.db.prisma.brev.count({ where: { indkaldelseId: moede.id } });
    const beskeder = await t.db.prisma.webservicebesked.count({ where: { cpr } });

    expect((await patch(sb22300, `/api/indkaldelser/${moede.id}`).send({ ansvarlig: null })).status).toBe(
      428,
    );
    expect(
      (await patch(sb22300, `/api/indkaldelser/${moede.id}`, moede.version + 1).send({ ansvarlig: null }))
        .status,
    ).toBe(412);
    const andenJobcenter = await patch(sb22300, `/api/indkaldelser/${moede.id}`, moede.version).send({
      ansvarlig: 'sb22301',
    });
    expect(andenJobcenter.status).toBe(400);
    expect(andenJobcenter.body).toMatchObject({
      code: 'VALIDERINGSFEJL',
      errors: [{ path: 'ansvarlig', message: 'Den ansvarlige skal være sagsbehandler i dit jobcenter' }],
    });

    const ingen = await patch(sb22300, `/api/indkaldelser/${moede.id}`, moede.version).send({
      ansvarlig: null,
    });
    expect(ingen.status, JSON.stringify(ingen.body)).toBe(200);
    expect(ingen.body).toMatchObject({ ansvarlig: null, version: moede.version + 1 });
    expect(ingen.headers.etag).toBe(`"${moede.version + 1}"`);
    // Sune, of 22301, may make himself ansvarlig of the myndighed's meeting.
    const sune = await patch(sb22301, `/api/indkaldelser/${moede.id}`, moede.version + 1).send({
      ansvarlig: 'sb22301',
    });
    expect(sune.status).toBe(200);
    expect(sune.body.ansvarlig).toEqual(SUNE);

    const historik = await t.request.get(`/v1/indkaldelser/${moede.id}/historik`).set(FAGSYSTEM);
    expect(historik.body.items.map((v: { aendringer: string[] }) => v.aendringer)).toEqual([
      [],
      ['ansvarlig'],
      ['ansvarlig'],
    ]);
    expect(await t.db.prisma.brev.count({ where: { indkaldelseId: moede.id } })).toBe(breve);
    expect(await t.db.prisma.webservicebesked.count({ where: { cpr } })).toBe(beskeder);
  });

  it('another myndighed’s meeting is 404 before its body is looked at', async () => {
    const { id } = await opretBorger(sb22300);
    const moede = await indkald(sb22300, id);
    const svar = await patch(sb10100, `/api/indkaldelser/${moede.id}`, moede.version).send({
      ansvarlig: 'sb10100',
    });
    expect(svar.status).toBe(404);
  });
});

describe('Mine møder with ansvarlig=mig|alle', () => {
  it('mig lists my meetings only; alle, and no filter as before, the jobcentre’s', async () => {
    const { id } = await opretBorger(sb22300);
    const mit = await indkald(sb22300, id);
    const { cpr: andenCpr } = await opretBorger(sb22300);
    const andet = await t.request
      .post('/v1/indkaldelser')
      .set(FAGSYSTEM)
      .set(CPR_HEADER, andenCpr)
      .send({ samtaletype: 7, start: '2026-12-02T15:00:00Z', slut: '2026-12-02T15:30:00Z', moedeform: 2 });
    expect(andet.status).toBe(201);
    await patch(sb22300, `/api/indkaldelser/${andet.body.id}`, andet.body.version).send({ ansvarlig: null });

    const ids = async (query: string) =>
      ((await sb22300.agent.get(`/api/moeder?dato=2026-12-02${query}`)).body.items as { id: string }[]).map(
        (m) => m.id,
      );
    const mine = await ids('&ansvarlig=mig');
    expect(mine).toContain(mit.id);
    expect(mine).not.toContain(andet.body.id);
    for (const query of ['&ansvarlig=alle', '']) {
      expect(await ids(query)).toEqual(expect.arrayContaining([mit.id, andet.body.id]));
    }
    // Sune's own: none of Signe's.
    const sunes = await sb22301.agent.get('/api/moeder?dato=2026-12-02&ansvarlig=mig');
    expect(sunes.body.items.map((m: { id: string }) => m.id)).not.toContain(mit.id);

    const forkert = await sb22300.agent.get('/api/moeder?dato=2026-12-02&ansvarlig=min');
    expect(forkert.status).toBe(400);
    expect(forkert.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'ansvarlig' }] });
  });

  it('writes an access-log entry for each citizen shown', async () => {
    const { id } = await opretBorger(sb22300);
    await indkald(sb22300, id);
    await sb22300.agent.get('/api/moeder?dato=2026-12-02&ansvarlig=mig');
    const log = await t.db.prisma.adgangslog.findFirst({
      where: { borgerId: id, handling: 'laes', formaal: 'Mine møder: mine møder på dagen' },
    });
    expect(log).toMatchObject({ aktoerId: 'sb22300', entitet: 'borger', entitetId: id });
  });
});

describe('GET /api/borgere/mine', () => {
  it('lists the citizens I am ansvarlig for, by name, CPR masked, each in the access log', async () => {
    const a = await opretBorger(sb22301, { fornavn: 'Asta', efternavn: 'Aamand' });
    const b = await opretBorger(sb22301, { fornavn: 'Bo', efternavn: 'Aabo' });
    const andres = await opretBorger(sb22300);
    const svar = await sb22301.agent.get('/api/borgere/mine');
    expect(svar.status).toBe(200);
    const items = svar.body.items as { id: string; cprMaskeret: string; ansvarlig: unknown }[];
    const ids = items.map((i) => i.id);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    expect(ids).not.toContain(andres.id);
    for (const item of items) {
      expect(item.ansvarlig).toEqual(SUNE);
      expect(item.cprMaskeret).toMatch(/^\d{6}-xxxx$/);
    }
    expect(JSON.stringify(svar.body)).not.toContain(a.cpr);
    const log = await t.db.prisma.adgangslog.count({
      where: { borgerId: a.id, aktoerId: 'sb22301', formaal: 'Mine borgere: borgere jeg er ansvarlig for' },
    });
    expect(log).toBe(1);
  });

  it('another myndighed sees none of them; a citizen who moved away is no longer listed', async () => {
    const { id } = await opretBorger(sb22300);
    const andenMyndighed = await sb10100.agent.get('/api/borgere/mine');
    expect(andenMyndighed.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    await post(sb22300, `/api/borgere/${id}/flyt`).send({ jobcenter: '10100' });
    const mine = await sb22300.agent.get('/api/borgere/mine');
    expect(mine.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('is for sagsbehandlere', async () => {
    expect((await vk22300.agent.get('/api/borgere/mine')).status).toBe(403);
    expect((await t.request.get('/api/borgere/mine')).status).toBe(401);
  });
});

describe('GET /api/borgere/senest-aabnede', () => {
  it('the citizens I opened last, newest first, each once, from the access log; not the lists, not others’ openings', async () => {
    const bruger = await t.loginAs('sb22301');
    const [a, b, c] = [await opretBorger(sb22300), await opretBorger(sb22300), await opretBorger(sb22300)];
    for (const id of [a.id, b.id, a.id]) {
      t.clock.advance(MINUTE);
      expect((await bruger.agent.get(`/api/borgere/${id}`)).status).toBe(200);
    }
    // Seen in a search or opened by a colleague: not opened by this user.
    await post(bruger, '/api/borgere/soeg').send({ cpr: c.cpr });
    await sb22300.agent.get(`/api/borgere/${c.id}`);
    const svar = await bruger.agent.get('/api/borgere/senest-aabnede');
    expect(svar.status).toBe(200);
    const ids = (svar.body.items as { id: string }[]).map((i) => i.id);
    expect(ids.slice(0, 2)).toEqual([a.id, b.id]);
    expect(ids).not.toContain(c.id);
    expect(svar.body.items[0].cprMaskeret).toMatch(/^\d{6}-xxxx$/);
    expect(
      await t.db.prisma.adgangslog.count({
        where: { borgerId: b.id, aktoerId: 'sb22301', formaal: 'Senest åbnede borgere' },
      }),
    ).toBe(1);
  });

  it('at most 10, and a citizen who moved to another myndighed is gone', async () => {
    const bruger = await t.loginAs('sb22300');
    const aabnede: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { id } = await opretBorger(sb22300, { cpr: nextCpr() });
      t.clock.advance(MINUTE);
      await bruger.agent.get(`/api/borgere/${id}`);
      aabnede.unshift(id);
    }
    const foer = (await bruger.agent.get('/api/borgere/senest-aabnede')).body.items.map(
      (i: { id: string }) => i.id,
    );
    expect(foer).toEqual(aabnede.slice(0, 10));
    await post(sb22300, `/api/borgere/${aabnede[0]}/flyt`).send({ jobcenter: '10100' });
    const efter = (await bruger.agent.get('/api/borgere/senest-aabnede')).body.items.map(
      (i: { id: string }) => i.id,
    );
    expect(efter).toEqual(aabnede.slice(1, 11));
  });
});

describe('GET /api/brugere', () => {
  it('the active users of my own jobcentre, by name, optionally of one role', async () => {
    const sagsbehandlere = await sb22300.agent.get('/api/brugere?rolle=sagsbehandler');
    expect(sagsbehandlere.status).toBe(200);
    expect(sagsbehandlere.body.items).toContainEqual(SIGNE);
    const brugernavne = sagsbehandlere.body.items.map((b: { brugernavn: string }) => b.brugernavn);
    expect(brugernavne).not.toContain('sb22301');
    expect(brugernavne).not.toContain('vk22300');
    expect(brugernavne).not.toContain('sb22300-stoppet');
    expect(Object.keys(sagsbehandlere.body.items[0]).sort()).toEqual(['brugernavn', 'navn']);
    const alle = await sb22300.agent.get('/api/brugere');
    expect(alle.body.items.map((b: { brugernavn: string }) => b.brugernavn)).toContain('vk22300');
    const forkert = await sb22300.agent.get('/api/brugere?rolle=chef');
    expect(forkert.status).toBe(400);
    expect(forkert.body.code).toBe('VALIDERINGSFEJL');
    expect((await vk22300.agent.get('/api/brugere')).status).toBe(403);
  });
});
