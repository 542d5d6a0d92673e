import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opretBorger, patch, post, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let sb22300: Session;
let sb22301: Session;
let sb10100: Session;
let vk22300: Session;
beforeAll(async () => {
  t = await createTestApp();
  [sb22300, sb22301, sb10100, vk22300] = await Promise.all([
    t.loginAs('sb22300'),
    t.loginAs('sb22301'),
    t.loginAs('sb10100'),
    t.loginAs('vk22300'),
  ]);
});
afterAll(() => t.close());

const jobordre = (overrides: Record<string, unknown> = {}) => ({
  titel: 'Tømrer til nybyggeri',
  beskrivelse: 'Erfaren tømrer til parcelhuse i Nordsjælland',
  cvrNummer: '31501202',
  pNummer: '1017654321',
  antalStillinger: 2,
  ansoegningsfrist: '2026-12-31',
  ansvarligtJobcenter: '22300',
  ...overrides,
});

async function opretJobordre(overrides: Record<string, unknown> = {}, session = vk22300) {
  const response = await post(session, '/api/jobordrer').send(jobordre(overrides));
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const foreslaa = (session: Session, jobordreId: string, borgerId: string, formidlingsstatus = 1) =>
  post(session, `/api/jobordrer/${jobordreId}/formidlinger`).send({ borgerId, formidlingsstatus });

describe('creating and reading jobordrer', () => {
  it('creates an open jobordre that the creator’s myndighed may change', async () => {
    const created = await opretJobordre();
    expect(created).toMatchObject({
      titel: 'Tømrer til nybyggeri',
      virksomhed: { cvrNummer: '31501202', navn: 'Hørsholm Byg ApS', pNummer: '1017654321' },
      status: { id: 1, navn: 'Åben' },
      ansvarligtJobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
      konfliktramt: false,
      antalKandidater: 0,
      kanAendres: true,
      kanFormidles: true,
      formidlingSpaerret: null,
      version: 1,
    });
  });

  it('validates the company, its P-unit and the responsible jobcentre', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ cvrNummer: '12345674' }, 'cvrNummer'],
      [{ cvrNummer: '31501203' }, 'cvrNummer'],
      [{ pNummer: '1023456789' }, 'pNummer'],
      [{ ansvarligtJobcenter: '99999' }, 'ansvarligtJobcenter'],
      [{ antalStillinger: 0 }, 'antalStillinger'],
    ];
    for (const [overrides, path] of cases) {
      const response = await post(vk22300, '/api/jobordrer').send(jobordre(overrides));
      expect(response.status, path).toBe(400);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
  });

  it('refuses a responsible jobcentre of another myndighed (R19)', async () => {
    const response = await post(vk22300, '/api/jobordrer').send(jobordre({ ansvarligtJobcenter: '10100' }));
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('JOBORDRE_ANDEN_MYNDIGHED');
  });

  it('lets every jobcentre read every jobordre, with filters on status, company and free text', async () => {
    const created = await opretJobordre({
      titel: 'Rengøringsassistent',
      cvrNummer: '41803576',
      pNummer: null,
    });
    const seen = await sb10100.agent.get(`/api/jobordrer/${created.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ kanAendres: false, formidlinger: [] });
    const byText = await sb10100.agent.get('/api/jobordrer').query({ q: 'rengøring' });
    expect(byText.body.items.map((j: { id: string }) => j.id)).toContain(created.id);
    const byCompany = await sb10100.agent.get('/api/jobordrer').query({ cvrNummer: '41803576' });
    expect(
      byCompany.body.items.every(
        (j: { virksomhed: { cvrNummer: string } }) => j.virksomhed.cvrNummer === '41803576',
      ),
    ).toBe(true);
    const closed = await sb10100.agent.get('/api/jobordrer').query({ status: 3 });
    expect(closed.body.items.map((j: { id: string }) => j.id)).not.toContain(created.id);
  });
});

describe('an Åben jobordre cannot have a passed ansøgningsfrist (issue 18)', () => {
  it('refuses to create one with a deadline before today; today is still open', async () => {
    const response = await post(vk22300, '/api/jobordrer').send(jobordre({ ansoegningsfrist: '2026-11-26' }));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'ansoegningsfrist' }] });
    expect(response.body.errors[0].message).toMatch(/Ansøgningsfristen er overskredet/);
    await opretJobordre({ ansoegningsfrist: '2026-11-27' });
  });

  it('refuses a change to Åben, or to a passed deadline on an Åben one; a paused one may keep it', async () => {
    const created = await opretJobordre({ ansoegningsfrist: '2026-12-31' });
    const path = `/api/jobordrer/${created.id}`;
    const passeret = await patch(vk22300, path, 1).send({ ansoegningsfrist: '2026-11-01' });
    expect(passeret.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'ansoegningsfrist' }] });
    const paused = await patch(vk22300, path, 1).send({ status: 2, ansoegningsfrist: '2026-11-01' });
    expect(paused.status).toBe(200);
    const aaben = await patch(vk22300, path, 2).send({ status: 1 });
    expect(aaben.status).toBe(400);
    expect(aaben.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'status' }] });
    const medNyFrist = await patch(vk22300, path, 2).send({ status: 1, ansoegningsfrist: '2027-01-15' });
    expect(medNyFrist.status).toBe(200);
  });
});

describe('changing a jobordre (R19) with If-Match', () => {
  it('22301 may change a jobordre of 22300; 10100 gets 403 before any precondition', async () => {
    const created = await opretJobordre();
    const path = `/api/jobordrer/${created.id}`;
    const other = await patch(sb10100, path).send({ titel: 'X' });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('JOBORDRE_ANDEN_MYNDIGHED');
    expect((await patch(sb22301, path).send({ titel: 'X' })).status).toBe(428);
    const ok = await patch(sb22301, path, 1).send({ antalStillinger: 3 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ antalStillinger: 3, version: 2 });
    expect((await patch(sb22300, path, 1).send({ antalStillinger: 4 })).status).toBe(412);
  });

  it('moves through Åben → Midlertidig inaktiv → Lukket and back to Åben', async () => {
    const created = await opretJobordre();
    const path = `/api/jobordrer/${created.id}`;
    for (const [version, status, navn] of [
      [1, 2, 'Midlertidig inaktiv'],
      [2, 3, 'Lukket'],
      [3, 1, 'Åben'],
    ] as const) {
      const response = await patch(vk22300, path, version).send({ status });
      expect(response.body.status).toEqual({ id: status, navn });
    }
    expect((await patch(vk22300, path, 4).send({ status: 4 })).status).toBe(400);
  });
});

describe('formidling (R18, R21)', () => {
  it('proposes two citizens and records every change with who and when', async () => {
    const created = await opretJobordre();
    const a = await opretBorger(sb22300, { fornavn: 'Anna', efternavn: 'Andersen' });
    const b = await opretBorger(sb22300, { fornavn: 'Bo', efternavn: 'Berg' });
    const first = await foreslaa(vk22300, created.id, a.id);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      borger: { id: a.id, navn: 'Anna Andersen' },
      formidlingsstatus: { id: 1, navn: 'Under vurdering' },
    });
    expect((await foreslaa(vk22300, created.id, b.id, 2)).status).toBe(201);
    const again = await foreslaa(vk22300, created.id, a.id);
    expect(again.status).toBe(400);
    expect(again.body.errors[0].path).toBe('borgerId');
    const changed = await patch(sb22300, `/api/formidlinger/${first.body.id}`, 1).send({
      formidlingsstatus: 2,
    });
    expect(
      changed.body.historik.map((h: { formidlingsstatus: { id: number }; bruger: string }) => [
        h.formidlingsstatus.id,
        h.bruger,
      ]),
    ).toEqual([
      [1, 'vk22300'],
      [2, 'sb22300'],
    ]);
    const detalje = await vk22300.agent.get(`/api/jobordrer/${created.id}`);
    expect(detalje.body.antalKandidater).toBe(2);
    expect(detalje.body.formidlinger).toHaveLength(2);
    const historik = await sb22300.agent.get(`/api/borgere/${a.id}/historik`);
    expect(historik.body.items[0]).toMatchObject({ type: 'FORMIDLING' });
  });

  it('refuses a new formidling and status 2 once the jobordre is not Åben; outcomes are still recorded', async () => {
    const created = await opretJobordre();
    const a = await opretBorger(sb22300);
    const formidling = (await foreslaa(vk22300, created.id, a.id)).body;
    await patch(vk22300, `/api/jobordrer/${created.id}`, 1).send({ status: 3 });
    const b = await opretBorger(sb22300);
    const refused = await foreslaa(vk22300, created.id, b.id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('JOBORDRE_IKKE_AABEN');
    expect(
      (await patch(vk22300, `/api/formidlinger/${formidling.id}`, 1).send({ formidlingsstatus: 2 })).body
        .code,
    ).toBe('JOBORDRE_IKKE_AABEN');
    const ansat = await patch(vk22300, `/api/formidlinger/${formidling.id}`, 1).send({
      formidlingsstatus: 3,
    });
    expect(ansat.status).toBe(200);
    expect(ansat.body.formidlingsstatus).toEqual({ id: 3, navn: 'Ansat' });
    const detalje = (await vk22300.agent.get(`/api/jobordrer/${created.id}`)).body;
    expect(detalje).toMatchObject({
      kanFormidles: false,
      formidlingSpaerret: expect.stringContaining('ikke åben'),
    });
  });

  it('registers a jobordre for a konfliktramt company, with the warning, and refuses formidling to it', async () => {
    const created = await opretJobordre({ cvrNummer: '37200417', pNummer: '1023456789', titel: 'Rengøring' });
    expect(created).toMatchObject({ konfliktramt: true, kanFormidles: false });
    const a = await opretBorger(sb22300);
    const refused = await foreslaa(vk22300, created.id, a.id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('VIRKSOMHED_KONFLIKTRAMT');
  });

  it('only the own myndighed’s citizens can be proposed, and another myndighed sees no names', async () => {
    const created = await opretJobordre();
    const kbh = await opretBorger(sb10100);
    expect((await foreslaa(vk22300, created.id, kbh.id)).status).toBe(404);
    expect((await foreslaa(sb10100, created.id, kbh.id)).status).toBe(201);
    const seenFromHorsholm = (await vk22300.agent.get(`/api/jobordrer/${created.id}`)).body.formidlinger[0];
    expect(seenFromHorsholm.borger).toEqual({ id: null, navn: 'Borger i Københavns Kommune' });
    expect(JSON.stringify(seenFromHorsholm)).not.toContain('sb10100');
  });
});

describe('konflikt notices and the company page', () => {
  it('a virksomhedskonsulent registers a notice, formidling stops, and ending it opens again the next day', async () => {
    const created = await opretJobordre({ cvrNummer: '41803576', pNummer: null, titel: 'Tjener' });
    const registered = await post(vk22300, '/api/virksomheder/41803576/konfliktvarsler').send({
      fraDato: '2026-11-27',
      tekst: 'Blokade varslet af HK',
    });
    expect(registered.status).toBe(201);
    expect(registered.body.konfliktramt).toBe(true);
    const a = await opretBorger(sb22300);
    expect((await foreslaa(vk22300, created.id, a.id)).body.code).toBe('VIRKSOMHED_KONFLIKTRAMT');
    const varsel = registered.body.konfliktvarsler.find(
      (v: { tekst: string }) => v.tekst === 'Blokade varslet af HK',
    );
    const ended = await post(vk22300, `/api/konfliktvarsler/${varsel.id}/afslut`).send({
      tilDato: '2026-11-27',
    });
    expect(ended.status).toBe(200);
    expect((await foreslaa(vk22300, created.id, a.id)).status).toBe(409);
    t.clock.set('2026-11-27T23:30:00Z'); // the 28th in Copenhagen
    const later = await t.loginAs('vk22300');
    expect((await foreslaa(later, created.id, a.id)).status).toBe(201);
    t.clock.set('2026-11-27T09:00:00Z');
    vk22300 = await t.loginAs('vk22300');
  });

  it('only a virksomhedskonsulent registers notices', async () => {
    const response = await post(sb22300, '/api/virksomheder/41803576/konfliktvarsler').send({
      fraDato: '2026-11-27',
      tekst: 'x',
    });
    expect(response.status).toBe(403);
  });

  it('shows the company’s jobordrer with candidate counts and the latest formidlinger without citizens', async () => {
    const created = await opretJobordre({ titel: 'Murer' });
    const a = await opretBorger(sb22300);
    await foreslaa(vk22300, created.id, a.id);
    const company = (await vk22300.agent.get('/api/virksomheder/31501202')).body;
    expect(company.jobordrer.find((j: { id: string }) => j.id === created.id)).toMatchObject({
      titel: 'Murer',
      antalKandidater: 1,
      status: { id: 1 },
    });
    expect(company.senesteFormidlinger[0]).toMatchObject({
      jobordreTitel: 'Murer',
      formidlingsstatus: { id: 1 },
    });
    expect(JSON.stringify(company.senesteFormidlinger)).not.toContain(a.id);
  });
});
