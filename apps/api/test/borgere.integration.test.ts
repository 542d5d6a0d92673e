import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextCpr, opretBorger, post, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let sb22300: Session;
let sb22301: Session;
let sb10100: Session;
beforeAll(async () => {
  t = await createTestApp();
  [sb22300, sb22301, sb10100] = await Promise.all([
    t.loginAs('sb22300'),
    t.loginAs('sb22301'),
    t.loginAs('sb10100'),
  ]);
});
afterAll(() => t.close());

describe('POST /api/borgere', () => {
  it('answers a field missing or out of range in plain Danish, not zod’s text (issue 18)', async () => {
    const response = await post(sb22300, '/api/borgere').send({
      cpr: nextCpr(),
      fornavn: 42,
      efternavn: 'Mangel',
      ledighedsdato: '2026-09-01',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'fornavn', message: 'Skal være en tekst' },
        { path: 'kontaktgruppe', message: 'Skal udfyldes' },
      ]),
    );
    const brok = await post(sb22300, '/api/borgere').send({
      cpr: nextCpr(),
      fornavn: 'Mia',
      efternavn: 'Mangel',
      kontaktgruppe: 1.5,
      ledighedsdato: '2026-09-01',
    });
    expect(brok.body.errors).toEqual([{ path: 'kontaktgruppe', message: 'Skal være et helt tal' }]);
  });

  it('refuses a ledighedsdato after today: unemployment cannot have begun yet (issue 18)', async () => {
    const borger = (ledighedsdato: string) =>
      post(sb22300, '/api/borgere').send({
        cpr: nextCpr(),
        fornavn: 'Frede',
        efternavn: 'Fremtid',
        kontaktgruppe: 2,
        ledighedsdato,
      });
    const imorgen = await borger('2026-11-28');
    expect(imorgen.status).toBe(400);
    expect(imorgen.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'ledighedsdato' }] });
    expect(imorgen.body.errors[0].message).toMatch(/efter i dag/);
    expect((await borger('2026-11-27')).status).toBe(201);
  });

  it('keeps a mobile number of eight digits (spaces allowed) and refuses one that is not', async () => {
    const med = await post(sb22300, '/api/borgere').send({
      cpr: nextCpr(),
      fornavn: 'Mia',
      efternavn: 'Mobil',
      kontaktgruppe: 2,
      ledighedsdato: '2026-09-01',
      mobilnummer: '20 30 40 50',
    });
    expect(med.status).toBe(201);
    expect(med.body.mobilnummer).toBe('20304050');
    expect((await sb22300.agent.get(`/api/borgere/${med.body.id}`)).body.mobilnummer).toBe('20304050');
    const forkert = await post(sb22300, '/api/borgere').send({
      cpr: nextCpr(),
      fornavn: 'Mia',
      efternavn: 'Mobil',
      kontaktgruppe: 2,
      ledighedsdato: '2026-09-01',
      mobilnummer: '2030',
    });
    expect(forkert.status).toBe(400);
    expect(forkert.body.errors).toEqual([
      { path: 'mobilnummer', message: 'Mobilnummeret skal have 8 cifre' },
    ]);
  });

  it('creates the citizen in the user’s jobcentre, with a masked CPR and a dash accepted (R22)', async () => {
    const response = await post(sb22300, '/api/borgere').send({
      cpr: '150385-4321',
      fornavn: 'Ali',
      efternavn: 'Hassan',
      kontaktgruppe: 2,
      ledighedsdato: '2026-09-01',
      akasse: 'AK01',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      cprMaskeret: '150385-xxxx',
      fornavn: 'Ali',
      efternavn: 'Hassan',
      kontaktgruppe: 2,
      jobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
      akasse: { kode: 'AK01', navn: 'A-kasse Nord' },
      ledighedsdato: '2026-09-01',
      maanederLedig: 2,
      retTilValgAfMoedeform: false,
    });
    expect(JSON.stringify(response.body)).not.toContain('1503854321');
    expect(
      (await t.db.prisma.borger.findUniqueOrThrow({ where: { cpr: '1503854321' } })).jobcenterNummer,
    ).toBe('22300');
  });

  it('accepts a CPR number without modulus 11 and refuses an impossible date (R22)', async () => {
    expect(
      (
        await post(sb22300, '/api/borgere').send({
          cpr: '0101901234',
          fornavn: 'A',
          efternavn: 'B',
          kontaktgruppe: 1,
          ledighedsdato: '2026-01-01',
        })
      ).status,
    ).toBe(201);
    const bad = await post(sb22300, '/api/borgere').send({
      cpr: '3102901234',
      fornavn: 'A',
      efternavn: 'B',
      kontaktgruppe: 1,
      ledighedsdato: '2026-01-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDERINGSFEJL');
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['cpr']);
  });

  it('answers a known CPR with 409 BORGER_FINDES and changes nothing', async () => {
    const { cpr } = await opretBorger(sb22300);
    const before = await t.db.prisma.borger.count();
    const again = await post(sb10100, '/api/borgere').send({
      cpr,
      fornavn: 'X',
      efternavn: 'Y',
      kontaktgruppe: 1,
      ledighedsdato: '2026-01-01',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('BORGER_FINDES');
    expect(await t.db.prisma.borger.count()).toBe(before);
  });

  it('names every bad field and refuses unknown ones (no mass assignment)', async () => {
    const response = await post(sb22300, '/api/borgere').send({
      cpr: nextCpr(),
      fornavn: '',
      efternavn: 'B',
      kontaktgruppe: 8,
      ledighedsdato: '01-01-2026',
      jobcenterNummer: '10100',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'fornavn',
      'jobcenterNummer',
      'kontaktgruppe',
      'ledighedsdato',
    ]);
  });

  it('refuses an unknown a-kasse', async () => {
    const response = await post(sb22300, '/api/borgere').send({
      cpr: nextCpr(),
      fornavn: 'A',
      efternavn: 'B',
      kontaktgruppe: 1,
      ledighedsdato: '2026-01-01',
      akasse: 'AK99',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: 'akasse', message: 'Ukendt a-kasse' }]);
  });

  it('refuses a virksomhedskonsulent with 403 IKKE_ADGANG', async () => {
    const vk = await t.loginAs('vk22300');
    const response = await post(vk, '/api/borgere').send({
      cpr: nextCpr(),
      fornavn: 'A',
      efternavn: 'B',
      kontaktgruppe: 1,
      ledighedsdato: '2026-01-01',
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('IKKE_ADGANG');
  });
});

describe('the myndighed rule: only the own myndighed’s citizens', () => {
  it('lets 22301 (same kommune) read a 22300 citizen, and gives 10100 a 404 without a hint', async () => {
    const { id } = await opretBorger(sb22300);
    expect((await sb22301.agent.get(`/api/borgere/${id}`)).status).toBe(200);
    const other = await sb10100.agent.get(`/api/borgere/${id}`);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('IKKE_FUNDET');
    const unknown = await sb10100.agent.get('/api/borgere/00000000-0000-4000-8000-000000000000');
    expect(unknown.body).toEqual(other.body);
  });

  it('search finds by CPR in the body and by name, never another myndighed’s citizen', async () => {
    const { id, cpr } = await opretBorger(sb22300, { fornavn: 'Birthe', efternavn: 'Søndergaard' });
    const byCpr = await post(sb22300, '/api/borgere/soeg').send({ cpr });
    expect(byCpr.body.items.map((b: { id: string }) => b.id)).toEqual([id]);
    const byName = await post(sb22301, '/api/borgere/soeg').send({ navn: 'birthe sønder' });
    expect(byName.body.items.map((b: { id: string }) => b.id)).toEqual([id]);
    expect((await post(sb10100, '/api/borgere/soeg').send({ cpr })).body.items).toEqual([]);
    expect((await post(sb10100, '/api/borgere/soeg').send({ navn: 'Søndergaard' })).body.items).toEqual([]);
  });

  it('search needs a criterion', async () => {
    const response = await post(sb22300, '/api/borgere/soeg').send({});
    expect(response.status).toBe(400);
  });
});

describe('R3 retTilValgAfMoedeform on the citizen (today, jobsamtale)', () => {
  it('turns true on the day six months after the ledighedsdato', async () => {
    t.clock.set('2026-11-26T12:00:00Z');
    const { id } = await opretBorger(sb22300, { ledighedsdato: '2026-05-27' });
    expect((await sb22300.agent.get(`/api/borgere/${id}`)).body.retTilValgAfMoedeform).toBe(false);
    t.clock.set('2026-11-26T23:30:00Z'); // 00.30 on 27 November in Copenhagen
    expect((await sb22300.agent.get(`/api/borgere/${id}`)).body).toMatchObject({
      retTilValgAfMoedeform: true,
      maanederLedig: 6,
    });
    t.clock.set('2026-11-27T09:00:00Z');
  });

  it('follows the jobcentre’s målgruppe', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 6, ledighedsdato: '2025-01-01' });
    expect((await sb22300.agent.get(`/api/borgere/${id}`)).body.retTilValgAfMoedeform).toBe(true);
    await t.db.prisma.jobcenter.update({
      where: { nummer: '22300' },
      data: { maalgruppeValgAfMoedeform: [1, 2, 3] },
    });
    expect((await sb22300.agent.get(`/api/borgere/${id}`)).body.retTilValgAfMoedeform).toBe(false);
    await t.db.prisma.jobcenter.update({
      where: { nummer: '22300' },
      data: { maalgruppeValgAfMoedeform: [1, 2, 3, 4, 5, 6, 7] },
    });
  });
});

describe('vis CPR, historik and flytning', () => {
  it('reveals the full CPR on request and logs the reveal', async () => {
    const { id, cpr } = await opretBorger(sb22300);
    const response = await post(sb22300, `/api/borgere/${id}/vis-cpr`).send();
    expect(response.body).toEqual({ cpr: `${cpr.slice(0, 6)}-${cpr.slice(6)}` });
    const [row] = await t.db.prisma.adgangslog.findMany({
      where: { borgerId: id },
      orderBy: { id: 'desc' },
      take: 1,
    });
    expect(row).toMatchObject({
      handling: 'vis-cpr',
      aktoerId: 'sb22300',
      formaal: 'Visning af det fulde CPR-nummer',
    });
  });

  it('moves a citizen: the new myndighed sees it, the old gets 404, and the history says so', async () => {
    const { id } = await opretBorger(sb22300);
    const moved = await post(sb22300, `/api/borgere/${id}/flyt`).send({ jobcenter: '10100' });
    expect(moved.status).toBe(200);
    expect(moved.body.jobcenter).toEqual({ nummer: '10100', navn: 'Jobcenter København' });
    expect((await sb22300.agent.get(`/api/borgere/${id}`)).status).toBe(404);
    const historik = await sb10100.agent.get(`/api/borgere/${id}/historik`);
    expect(historik.status).toBe(200);
    expect(historik.body.items.map((h: { type: string }) => h.type)).toEqual(['FLYTTET', 'BORGER_OPRETTET']);
    expect(historik.body.items[0]).toMatchObject({
      // The new jobcentre takes over: the old ansvarlig sagsbehandler is no longer responsible (ADR 0018).
      beskrivelse:
        'Flyttet fra Jobcenter Hørsholm (22300) til Jobcenter København (10100); Signe Bach er ikke længere ansvarlig sagsbehandler',
      myndighed: { kode: '223', navn: 'Hørsholm Kommune', type: 'jobcenter' },
      bruger: 'sb22300',
    });
  });

  it('refuses a move to an unknown jobcentre and changes nothing', async () => {
    const { id } = await opretBorger(sb22300);
    const response = await post(sb22300, `/api/borgere/${id}/flyt`).send({ jobcenter: '99999' });
    expect(response.status).toBe(400);
    expect((await sb22300.agent.get(`/api/borgere/${id}`)).body.jobcenter.nummer).toBe('22300');
  });

  it('logs every read of a citizen with who, myndighed and why, and no CPR reaches the operational log', async () => {
    const { id, cpr } = await opretBorger(sb22300);
    await sb22301.agent.get(`/api/borgere/${id}`);
    await post(sb22301, '/api/borgere/soeg').send({ cpr });
    const rows = await t.db.prisma.adgangslog.findMany({ where: { borgerId: id }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.aktoerId, r.handling])).toEqual([
      ['sb22300', 'opret'],
      ['sb22301', 'laes'],
      ['sb22301', 'laes'],
    ]);
    expect(rows[1]).toMatchObject({ myndighedKode: '223', formaal: 'Sagsbehandling: borgerens overblik' });
    expect(t.logLines.join('')).not.toContain(cpr);
  });
});
