import { upsertKonfliktvarsel } from '@jobcenter/db/seed/virksomheder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const JOBCENTER = { Authorization: 'Bearer demo-jobcenter-22300' };
const AKASSE = { Authorization: 'Bearer demo-akasse-ak01' };
const konto = (query: string, headers: Record<string, string> = JOBCENTER) =>
  t.request.get(`/v1/virksomhedskonto${query}`).set(headers);

describe('GET /v1/virksomhedskonto (R20)', () => {
  it('CVR + P-nummer → that P-unit only', async () => {
    const response = await konto('?cvrNummer=31501202&pNummer=1017654321');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      items: [
        {
          cvrNummer: '31501202',
          pNummer: '1017654321',
          navn: 'Hørsholm Byg ApS',
          kontoStatusAktiv: true,
          senesteLogintidspunkt: '2026-10-01T08:15:00.000Z',
          konfliktramt: false,
        },
      ],
    });
  });

  it('CVR alone → every P-unit with a profile: one active, one inactive (only inactive users)', async () => {
    const response = await konto('?cvrNummer=31501202');
    expect(response.status).toBe(200);
    expect(
      response.body.items.map((i: { pNummer: string; kontoStatusAktiv: boolean }) => [
        i.pNummer,
        i.kontoStatusAktiv,
      ]),
    ).toEqual([
      ['1017654321', true],
      ['1017654322', false],
    ]);
  });

  it('neither → every company with a JobAG profile, without the one that has none', async () => {
    const response = await konto('');
    expect(response.status).toBe(200);
    const pNumre = response.body.items.map((i: { pNummer: string }) => i.pNummer);
    expect(pNumre).toEqual(['1017654321', '1017654322', '1023456789']);
    expect(pNumre).not.toContain('1034567890');
  });

  it('P-nummer alone → empty', async () => {
    const response = await konto('?pNummer=1017654321');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ items: [] });
  });

  it('a combination that does not exist → empty', async () => {
    expect((await konto('?cvrNummer=31501202&pNummer=1023456789')).body).toEqual({ items: [] });
    expect((await konto('?cvrNummer=41803576&pNummer=1034567890')).body).toEqual({ items: [] }); // no profile
  });

  it('empty parameters count as absent', async () => {
    expect((await konto('?cvrNummer=&pNummer=')).body.items).toHaveLength(3);
  });

  it('marks the konfliktramt company (R21) and no other', async () => {
    const response = await konto('');
    const byP = Object.fromEntries(
      response.body.items.map((i: { pNummer: string; konfliktramt: boolean }) => [i.pNummer, i.konfliktramt]),
    );
    expect(byP).toEqual({ '1017654321': false, '1017654322': false, '1023456789': true });
  });

  it('no longer marks it once the notice has ended', async () => {
    t.clock.set('2026-12-10T10:00:00Z');
    await upsertKonfliktvarsel(t.db.prisma, {
      id: '7d2e5b90-1c44-4f0a-8e61-0000000000aa',
      cvrNummer: '31501202',
      pNummer: '1017654322',
      fraDato: '2026-12-01',
      tilDato: '2026-12-09',
      tekst: 'Overenskomststrid, afsluttet',
      oprettetAfMyndighed: '223',
      oprettetAf: 'vk22300',
    });
    expect((await konto('?cvrNummer=31501202&pNummer=1017654322')).body.items[0].konfliktramt).toBe(false);
    t.clock.set('2026-12-09T22:30:00Z'); // 23.30 in Copenhagen: still the 9th
    expect((await konto('?cvrNummer=31501202&pNummer=1017654322')).body.items[0].konfliktramt).toBe(true);
    t.clock.set('2026-12-09T23:30:00Z'); // 00.30 on the 10th in Copenhagen
    expect((await konto('?cvrNummer=31501202&pNummer=1017654322')).body.items[0].konfliktramt).toBe(false);
    await t.db.prisma.konfliktvarsel.delete({ where: { id: '7d2e5b90-1c44-4f0a-8e61-0000000000aa' } });
    t.clock.set('2026-11-27T09:00:00Z');
  });

  it('serves the a-kasse token too', async () => {
    expect((await konto('?cvrNummer=37200417', AKASSE)).body.items).toHaveLength(1);
  });

  it.each([
    ['?cvrNummer=31501203', 'cvrNummer'], // fails modulus 11
    ['?cvrNummer=3150120', 'cvrNummer'],
    ['?pNummer=101765432', 'pNummer'],
    ['?cvrNummer=31501202&pNummer=10176543AB', 'pNummer'],
    ['?cvr=31501202', 'cvr'],
  ])('refuses %s with 400 VALIDERINGSFEJL naming %s', async (query, path) => {
    const response = await konto(query);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('VALIDERINGSFEJL');
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
  });

  it('refuses a repeated parameter instead of guessing which one was meant', async () => {
    const response = await konto('?cvrNummer=31501202&cvrNummer=37200417');
    expect(response.status).toBe(400);
  });

  it('writes one access-log row per lookup with the system, its myndighed and the criteria', async () => {
    const before = await t.db.prisma.adgangslog.count();
    await konto('?cvrNummer=37200417', AKASSE);
    const rows = await t.db.prisma.adgangslog.findMany({ orderBy: { id: 'desc' }, take: 1 });
    expect(await t.db.prisma.adgangslog.count()).toBe(before + 1);
    expect(rows[0]).toMatchObject({
      aktoerType: 'system',
      myndighedType: 'akasse',
      myndighedKode: 'AK01',
      entitet: 'virksomhed',
      handling: 'soeg',
      formaal: expect.stringContaining('virksomhedskonto'),
      soegekriterier: { cvrNummer: '37200417', pNummer: null },
    });
  });

  it('writes no access-log row for a refused request', async () => {
    const before = await t.db.prisma.adgangslog.count();
    await konto('?cvrNummer=1');
    await konto('', { Authorization: 'Bearer demo-vitas' });
    expect(await t.db.prisma.adgangslog.count()).toBe(before);
  });
});

describe('company search and visit preparation (/api/virksomheder)', () => {
  it('finds a company by part of its name, case-insensitively, with its JobAG and konflikt status', async () => {
    const { agent } = await t.loginAs('vk22300');
    const response = await agent.get('/api/virksomheder').query({ q: 'hørsholm byg' });
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      {
        cvrNummer: '31501202',
        navn: 'Hørsholm Byg ApS',
        antalPEnheder: 2,
        jobagProfil: true,
        aktiv: true,
        konfliktramt: false,
      },
    ]);
    const nordkyst = await agent.get('/api/virksomheder').query({ q: 'Nordkyst' });
    expect(nordkyst.body.items[0]).toMatchObject({ cvrNummer: '37200417', konfliktramt: true });
    const cafe = await agent.get('/api/virksomheder').query({ q: '41803576' });
    expect(cafe.body.items[0]).toMatchObject({ navn: 'Kystens Café I/S', jobagProfil: false, aktiv: false });
  });

  it('answers an empty list when nothing matches, and 400 for a too-short query', async () => {
    const { agent } = await t.loginAs('vk22300');
    expect((await agent.get('/api/virksomheder').query({ q: 'Findes Ikke A/S' })).body.items).toEqual([]);
    const short = await agent.get('/api/virksomheder').query({ q: 'H' });
    expect(short.status).toBe(400);
    expect(short.body.errors[0]).toEqual({
      path: 'q',
      message: 'Skriv mindst 2 tegn af navnet eller et CVR-nummer',
    });
  });

  it('needs a logged-in user', async () => {
    const response = await t.request.get('/api/virksomheder').query({ q: 'Hørsholm' });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('IKKE_LOGGET_IND');
  });

  it('shows the visit-preparation view: P-units with address, profile, active/inactive with reason, latest login', async () => {
    const { agent } = await t.loginAs('vk22300');
    const response = await agent.get('/api/virksomheder/31501202');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      cvrNummer: '31501202',
      navn: 'Hørsholm Byg ApS',
      konfliktramt: false,
      konfliktvarsler: [],
      pEnheder: [
        {
          pNummer: '1017654321',
          navn: 'Hørsholm Byg ApS, hovedkontor',
          adresse: { vejOgNummer: 'Usserød Kongevej 12', postnummer: '2970', by: 'Hørsholm' },
          jobagProfil: true,
          aktiv: true,
          inaktivAarsag: null,
          senesteLogintidspunkt: '2026-10-01T08:15:00.000Z',
          konfliktramt: false,
        },
        {
          pNummer: '1017654322',
          navn: 'Hørsholm Byg ApS, materielgård',
          adresse: { vejOgNummer: 'Industrivej 4', postnummer: '2970', by: 'Hørsholm' },
          jobagProfil: true,
          aktiv: false,
          inaktivAarsag: 'Ingen aktive brugere på JobAG',
          senesteLogintidspunkt: '2025-03-12T12:40:00.000Z',
          konfliktramt: false,
        },
      ],
      jobordrer: [],
      senesteFormidlinger: [],
    });
  });

  it('shows the active konflikt notice with its dates and the myndighed that registered it', async () => {
    const { agent } = await t.loginAs('sb10100');
    const response = await agent.get('/api/virksomheder/37200417');
    expect(response.body.konfliktramt).toBe(true);
    expect(response.body.konfliktvarsler).toEqual([
      {
        id: '7d2e5b90-1c44-4f0a-8e61-000000000001',
        pNummer: null,
        fraDato: '2026-11-01',
        tilDato: null,
        tekst: expect.stringContaining('Blokade'),
        aktiv: true,
        myndighed: { kode: '223', navn: 'Hørsholm Kommune' },
      },
    ]);
    expect(response.body.pEnheder[0].konfliktramt).toBe(true);
  });

  it('gives the reason "Ingen profil på JobAG" for a P-unit without a profile', async () => {
    const { agent } = await t.loginAs('vk22300');
    const response = await agent.get('/api/virksomheder/41803576');
    expect(response.body.pEnheder[0]).toMatchObject({
      jobagProfil: false,
      aktiv: false,
      inaktivAarsag: 'Ingen profil på JobAG',
      senesteLogintidspunkt: null,
    });
  });

  it('answers 404 IKKE_FUNDET for a valid CVR that is unknown, 400 for a malformed one', async () => {
    const { agent } = await t.loginAs('vk22300');
    const unknown = await agent.get('/api/virksomheder/12345674');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('IKKE_FUNDET');
    const malformed = await agent.get('/api/virksomheder/12345678');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([
      { path: 'cvr', message: 'CVR-nummeret skal være 8 cifre og bestå modulus 11-kontrollen' },
    ]);
  });

  it('logs the company read with the user, the myndighed, the company and the purpose', async () => {
    const { agent } = await t.loginAs('vk22300');
    await agent.get('/api/virksomheder/37200417');
    const [row] = await t.db.prisma.adgangslog.findMany({ orderBy: { id: 'desc' }, take: 1 });
    expect(row).toMatchObject({
      aktoerType: 'bruger',
      aktoerId: 'vk22300',
      myndighedType: 'jobcenter',
      myndighedKode: '223',
      entitet: 'virksomhed',
      entitetId: '37200417',
      handling: 'laes',
      formaal: 'Forberedelse af virksomhedsbesøg',
    });
    expect(row?.tidspunkt.toISOString()).toBe(t.clock.now().toISOString());
  });
});
