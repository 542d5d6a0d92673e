import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { del, opretBorger, patch, post, type Session } from './support/fixtures.js';
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

/** In person needs an address (issue 18). */
const ADRESSE = 'Slotsmarken 1, 2970 Hørsholm';

const moede = (overrides: Record<string, unknown> = {}) => ({
  samtaletype: 7,
  start: '2026-12-03T08:30:00Z',
  slut: '2026-12-03T09:00:00Z',
  moedeform: 2,
  ...overrides,
});

async function indkald(borgerId: string, overrides: Record<string, unknown> = {}, session = sb22300) {
  return post(session, `/api/borgere/${borgerId}/indkaldelser`).send(moede(overrides));
}

describe('creating an indkaldelse (R1, R2, R4, R5)', () => {
  it('creates a jobsamtale with the form by name and the right to choose on the meeting’s date', async () => {
    const { id } = await opretBorger(sb22300, { ledighedsdato: '2026-06-03' });
    const response = await indkald(id, { lokationsuddybning: 'Lokale 2' });
    expect(response.status).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(response.body).toMatchObject({
      borger: { id, navn: 'Karen Jensen' },
      jobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
      samtaletype: { id: 7, navn: 'Jobsamtale' },
      moedeform: { id: 2, navn: 'Telefon', aktiv: true },
      lokationsuddybning: 'Lokale 2',
      aflyst: false,
      selvbooket: false,
      // six months from 03.06 is 03.12: the meeting's date, not today, decides (R3)
      retTilValgAfMoedeform: true,
      moededeltagelsesvalg: null,
      version: 1,
    });
  });

  it.each([4, 5, 6, 7])(
    'R1: refuses the retired form %i with MOEDEFORM_UDGAAET and stores nothing',
    async (moedeform) => {
      const { id } = await opretBorger(sb22300);
      const response = await indkald(id, { moedeform });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('MOEDEFORM_UDGAAET');
      expect(await t.db.prisma.indkaldelse.count({ where: { borgerId: id } })).toBe(0);
    },
  );

  it('R2: form 8 needs an https link', async () => {
    const { id } = await opretBorger(sb22300);
    for (const digitaltMoedelink of [undefined, '', 'http://moede.dk/1', 'moede.dk']) {
      const response = await indkald(id, { moedeform: 8, digitaltMoedelink });
      expect(response.status, String(digitaltMoedelink)).toBe(400);
      expect(response.body.code).toBe('DIGITALT_MOEDELINK_MANGLER');
      expect(response.body.errors).toEqual([{ path: 'digitaltMoedelink', message: expect.any(String) }]);
    }
    const ok = await indkald(id, { moedeform: 8, digitaltMoedelink: 'https://moede.horsholm.dk/r/42' });
    expect(ok.status).toBe(201);
    expect(ok.body.digitaltMoedelink).toBe('https://moede.horsholm.dk/r/42');
  });

  it('R4: in-person required needs a written reason (VALIDERINGSFEJL on begrundelse)', async () => {
    const { id } = await opretBorger(sb22300);
    const missing = await indkald(id, {
      moedeform: 1,
      adresse: ADRESSE,
      personligtFremmoedePaakraevet: true,
      begrundelse: '  ',
    });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'begrundelse' }] });
    const ok = await indkald(id, {
      moedeform: 1,
      adresse: ADRESSE,
      personligtFremmoedePaakraevet: true,
      begrundelse: 'Afklaring med tolk',
    });
    expect(ok.body).toMatchObject({ personligtFremmoedePaakraevet: true, begrundelse: 'Afklaring med tolk' });
  });

  it('R4: in-person required needs mødeform 1 (issue 18: it saved with Telefon)', async () => {
    const { id } = await opretBorger(sb22300);
    const response = await indkald(id, {
      moedeform: 2,
      personligtFremmoedePaakraevet: true,
      begrundelse: 'Afklaring med tolk',
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'moedeform' }] });
  });

  it('an in-person meeting needs an address (issue 18: it saved with none)', async () => {
    const { id } = await opretBorger(sb22300);
    for (const adresse of [undefined, null, '  ']) {
      const response = await indkald(id, { moedeform: 1, ...(adresse !== undefined ? { adresse } : {}) });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'adresse' }] });
    }
    expect((await indkald(id, { moedeform: 1, adresse: ADRESSE })).status).toBe(201);
  });

  it('a change is checked on the meeting as it will be stored (issue 18)', async () => {
    const { id } = await opretBorger(sb22300);
    const telefon = (await indkald(id)).body;
    const path = `/api/indkaldelser/${telefon.id}`;
    const tilPersonligt = await patch(sb22300, path, 1).send({ moedeform: 1 });
    expect(tilPersonligt.status).toBe(400);
    expect(tilPersonligt.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'adresse' }] });
    const paakraevet = await patch(sb22300, path, 1).send({
      personligtFremmoedePaakraevet: true,
      begrundelse: 'Tolk',
    });
    expect(paakraevet.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'moedeform' }] });
    const ok = await patch(sb22300, path, 1).send({ moedeform: 1, adresse: ADRESSE });
    expect(ok.status).toBe(200);
    const udenAdresse = await patch(sb22300, path, 2).send({ adresse: '' });
    expect(udenAdresse.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'adresse' }] });
  });

  it.each(['', '   ', '\n\t'])(
    'R5: stores the lokationsuddybning %j as null, and the listing still works',
    async (blank) => {
      const { id } = await opretBorger(sb22300);
      const response = await indkald(id, { moedeform: 1, adresse: ADRESSE, lokationsuddybning: blank });
      expect(response.body.lokationsuddybning).toBeNull();
      expect(
        (await t.db.prisma.indkaldelse.findUniqueOrThrow({ where: { id: response.body.id } }))
          .lokationsuddybning,
      ).toBeNull();
      const list = await sb22300.agent.get(`/api/borgere/${id}/indkaldelser`);
      expect(list.status).toBe(200);
      expect(list.body.items[0].lokationsuddybning).toBeNull();
    },
  );

  it('refuses a meeting that ends before it starts, an offset-less time, and an unknown form', async () => {
    const { id } = await opretBorger(sb22300);
    expect((await indkald(id, { slut: '2026-12-03T08:00:00Z' })).body.errors).toEqual([
      { path: 'slut', message: 'Mødet skal slutte efter det starter' },
    ]);
    expect((await indkald(id, { start: '2026-12-03T09:30:00' })).body.errors[0].path).toBe('start');
    expect((await indkald(id, { moedeform: 42 })).body.code).toBe('VALIDERINGSFEJL');
  });

  it('answers 404 for another myndighed’s citizen', async () => {
    const { id } = await opretBorger(sb22300);
    expect((await indkald(id, {}, sb10100)).status).toBe(404);
  });
});

describe('listing: retired forms stay readable, cancelled meetings stay listed', () => {
  it('shows an old meeting with form 4 by name', async () => {
    const { id } = await opretBorger(sb22300);
    await t.db.prisma.indkaldelse.create({
      data: {
        borgerId: id,
        jobcenterNummer: '22300',
        samtaletype: 4,
        start: new Date('2022-05-02T08:00:00Z'),
        slut: new Date('2022-05-02T08:30:00Z'),
        moedeform: 4,
        oprettetAf: 'migrering',
      },
    });
    const list = await sb22300.agent.get(`/api/borgere/${id}/indkaldelser`);
    expect(list.body.items[0].moedeform).toEqual({ id: 4, navn: 'Digitalt', aktiv: false });
    expect(list.body.items[0].samtaletype).toEqual({ id: 4, navn: 'Opfølgningssamtale' });
  });
});

describe('editing and cancelling with If-Match', () => {
  it('edits with the current version; 428 without it; 412 when stale, keeping the first edit', async () => {
    const { id } = await opretBorger(sb22300);
    const created = (await indkald(id)).body;
    const path = `/api/indkaldelser/${created.id}`;
    expect((await patch(sb22300, path).send({ moedeform: 1 })).status).toBe(428);
    const first = await patch(sb22300, path, 1).send({ moedeform: 1, adresse: 'Usserød Kongevej 10' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ moedeform: { id: 1 }, adresse: 'Usserød Kongevej 10', version: 2 });
    expect(first.headers.etag).toBe('"2"');
    const stale = await patch(sb22301, path, 1).send({ moedeform: 3 });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('VERSION_KONFLIKT');
    const current = await sb22300.agent.get(path);
    expect(current.headers.etag).toBe('"2"');
    expect(current.body.moedeform.id).toBe(1);
  });

  it('R1 on a change: moving to a retired form is MOEDEFORM_UDGAAET; an old meeting with form 4 must change form', async () => {
    const { id } = await opretBorger(sb22300);
    const created = (await indkald(id)).body;
    expect(
      (await patch(sb22300, `/api/indkaldelser/${created.id}`, 1).send({ moedeform: 5 })).body.code,
    ).toBe('MOEDEFORM_UDGAAET');
    const gammel = await t.db.prisma.indkaldelse.create({
      data: {
        borgerId: id,
        jobcenterNummer: '22300',
        samtaletype: 7,
        start: new Date('2026-12-10T08:00:00Z'),
        slut: new Date('2026-12-10T08:30:00Z'),
        moedeform: 4,
        oprettetAf: 'migrering',
      },
    });
    expect(
      (
        await patch(sb22300, `/api/indkaldelser/${gammel.id}`, 1).send({
          start: '2026-12-10T09:00:00Z',
          slut: '2026-12-10T09:30:00Z',
        })
      ).body.code,
    ).toBe('MOEDEFORM_UDGAAET');
    expect((await patch(sb22300, `/api/indkaldelser/${gammel.id}`, 1).send({ moedeform: 9 })).status).toBe(
      200,
    );
  });

  it('R2/R4 hold on the merged meeting: changing to 8 without a link is refused', async () => {
    const { id } = await opretBorger(sb22300);
    const created = (await indkald(id)).body;
    expect(
      (await patch(sb22300, `/api/indkaldelser/${created.id}`, 1).send({ moedeform: 8 })).body.code,
    ).toBe('DIGITALT_MOEDELINK_MANGLER');
    expect(
      (
        await patch(sb22300, `/api/indkaldelser/${created.id}`, 1).send({
          personligtFremmoedePaakraevet: true,
        })
      ).body.errors[0].path,
    ).toBe('begrundelse');
  });

  it('cancels with a reason: 204, still listed as aflyst, in the history', async () => {
    const { id } = await opretBorger(sb22300);
    const created = (await indkald(id)).body;
    const path = `/api/indkaldelser/${created.id}`;
    const noReason = await del(sb22300, path, 1).send({});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].path).toBe('aflysningsaarsag');
    expect((await del(sb22300, path).send({ aflysningsaarsag: 'Borgeren er syg' })).status).toBe(428);
    const response = await del(sb22300, path, 1).send({ aflysningsaarsag: 'Borgeren er syg' });
    expect(response.status).toBe(204);
    const list = await sb22300.agent.get(`/api/borgere/${id}/indkaldelser`);
    expect(list.body.items[0]).toMatchObject({
      aflyst: true,
      aflysningsaarsag: 'Borgeren er syg',
      version: 2,
    });
    const historik = await sb22300.agent.get(`/api/borgere/${id}/historik`);
    expect(historik.body.items[0]).toMatchObject({
      type: 'INDKALDELSE_AFLYST',
      beskrivelse: 'Mødet jobsamtale 03.12.2026 kl. 09.30 (Telefon) aflyst: Borgeren er syg',
    });
  });
});

describe('registering the citizen’s choice of mødeform (R3, R4)', () => {
  const valg = (indkaldelseId: string, body: Record<string, unknown>) =>
    post(sb22300, `/api/indkaldelser/${indkaldelseId}/moededeltagelsesvalg`).send(body);

  it('registers 1, 2 or 8 with who and when when the citizen has the right', async () => {
    const { id } = await opretBorger(sb22300, { ledighedsdato: '2026-01-05' });
    const created = (await indkald(id, { moedeform: 1, adresse: ADRESSE })).body;
    const response = await valg(created.id, { moedeform: 2 });
    expect(response.status).toBe(200);
    expect(response.body.moededeltagelsesvalg).toEqual({
      moedeform: { id: 2, navn: 'Telefon' },
      registreretAf: 'sb22300',
      registreretTidspunkt: t.clock.now().toISOString(),
    });
  });

  it('refuses forms other than 1, 2 and 8 with 400', async () => {
    const { id } = await opretBorger(sb22300, { ledighedsdato: '2026-01-05' });
    const created = (await indkald(id)).body;
    expect((await valg(created.id, { moedeform: 3 })).status).toBe(400);
  });

  it('refuses with 409 when the citizen is not yet 6 months unemployed on the meeting’s date', async () => {
    const { id } = await opretBorger(sb22300, { ledighedsdato: '2026-06-04' });
    const created = (await indkald(id)).body; // 03.12.2026: one day short
    const response = await valg(created.id, { moedeform: 2 });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('VALG_AF_MOEDEFORM_IKKE_TILLADT');
    expect(response.body.detail).toMatch(/6 måneders ledighed/);
  });

  it('refuses with 409 when the meeting requires in-person attendance (R4)', async () => {
    const { id } = await opretBorger(sb22300, { ledighedsdato: '2026-01-05' });
    const created = (
      await indkald(id, {
        moedeform: 1,
        adresse: ADRESSE,
        personligtFremmoedePaakraevet: true,
        begrundelse: 'Tolk',
      })
    ).body;
    const response = await valg(created.id, { moedeform: 2 });
    expect(response.status).toBe(409);
    expect(response.body.detail).toMatch(/personligt fremmøde/);
  });

  it('choosing 8 on a meeting without a link needs the link in the same request', async () => {
    const { id } = await opretBorger(sb22300, { ledighedsdato: '2026-01-05' });
    const created = (await indkald(id, { moedeform: 1, adresse: ADRESSE })).body;
    const missing = await valg(created.id, { moedeform: 8 });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('DIGITALT_MOEDELINK_MANGLER');
    const ok = await valg(created.id, { moedeform: 8, digitaltMoedelink: 'https://moede.dk/a' });
    expect(ok.body).toMatchObject({
      digitaltMoedelink: 'https://moede.dk/a',
      moededeltagelsesvalg: { moedeform: { id: 8 } },
    });
  });
});

describe('Mine møder', () => {
  it('lists the user’s jobcentre’s meetings on a Copenhagen day, with the citizen', async () => {
    const { id } = await opretBorger(sb22300, { fornavn: 'Dagmar', efternavn: 'Dag' });
    await indkald(id, { start: '2026-12-14T22:30:00Z', slut: '2026-12-14T23:00:00Z' }); // 23.30 on the 14th
    await indkald(id, { start: '2026-12-14T23:30:00Z', slut: '2026-12-15T00:00:00Z' }); // 00.30 on the 15th
    const day14 = await sb22300.agent.get('/api/moeder').query({ dato: '2026-12-14' });
    expect(day14.body.items.map((m: { start: string }) => m.start)).toEqual(['2026-12-14T22:30:00.000Z']);
    expect(day14.body.items[0].borger).toEqual({ id, navn: 'Dagmar Dag' });
    const day15 = await sb22300.agent.get('/api/moeder').query({ dato: '2026-12-15' });
    expect(day15.body.items).toHaveLength(1);
    // another jobcentre of the same kommune has its own list
    expect((await sb22301.agent.get('/api/moeder').query({ dato: '2026-12-14' })).body.items).toEqual([]);
    expect((await sb22300.agent.get('/api/moeder').query({ dato: '14-12-2026' })).status).toBe(400);
  });
});
