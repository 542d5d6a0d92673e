import { fravaerKonsekvensTekst } from '@jobcenter/domain/fravaer/fravaer-konsekvens.tekst';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { del, opretBorger, patch, post, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let sb22300: Session;
let sb10100: Session;
beforeAll(async () => {
  t = await createTestApp();
  [sb22300, sb10100] = await Promise.all([t.loginAs('sb22300'), t.loginAs('sb10100')]);
});
afterAll(() => t.close());

const registrer = (borgerId: string, body: Record<string, unknown>, session = sb22300) =>
  post(session, `/api/borgere/${borgerId}/fravaer`).send(body);
const borger = async (id: string) => (await sb22300.agent.get(`/api/borgere/${id}`)).body;
const beskederFor = (borgerCpr: string) =>
  t.db.prisma.webservicebesked.findMany({ where: { cpr: borgerCpr }, orderBy: { sekvens: 'asc' } });

describe('registering fravær (R8, R10 and the matrix)', () => {
  it('registers sorgorlov (79) on a dagpengemodtager', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    const response = await registrer(id, {
      fravaersaarsag: 79,
      startdato: '2026-11-27',
      slutdato: '2026-12-11',
      kommentar: 'Dødsfald i nærmeste familie',
    });
    expect(response.status).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(response.body).toMatchObject({
      fravaersaarsag: { id: 79, navn: 'Sorgorlov' },
      startdato: '2026-11-27',
      slutdato: '2026-12-11',
      aktiv: true,
      jobcenter: { nummer: '22300' },
      version: 1,
    });
  });

  it('R10: refuses 78 with FRAVAERSAARSAG_KAN_IKKE_OPRETTES and stores nothing', async () => {
    const { id } = await opretBorger(sb22300);
    const response = await registrer(id, { fravaersaarsag: 78, startdato: '2026-11-27' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('FRAVAERSAARSAG_KAN_IKKE_OPRETTES');
    expect(await t.db.prisma.fravaer.count({ where: { borgerId: id } })).toBe(0);
  });

  it('refuses a reason the matrix does not allow for the kontaktgruppe (71 on kontaktgruppe 2)', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 2 });
    const response = await registrer(id, { fravaersaarsag: 71, startdato: '2026-11-27' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'FRAVAERSAARSAG_IKKE_TILLADT',
      errors: [{ path: 'fravaersaarsag' }],
    });
    const kg1 = await opretBorger(sb22300, { kontaktgruppe: 1 });
    expect((await registrer(kg1.id, { fravaersaarsag: 71, startdato: '2026-11-27' })).status).toBe(201);
  });

  it('the matrix is data: tightening a row refuses the reason without a code change', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 3 });
    await t.db.prisma.fravaersaarsagKontaktgruppe.update({
      where: { fravaersaarsag_kontaktgruppe: { fravaersaarsag: 10, kontaktgruppe: 3 } },
      data: { tilladt: false },
    });
    expect((await registrer(id, { fravaersaarsag: 10, startdato: '2026-11-27' })).body.code).toBe(
      'FRAVAERSAARSAG_IKKE_TILLADT',
    );
    await t.db.prisma.fravaersaarsagKontaktgruppe.update({
      where: { fravaersaarsag_kontaktgruppe: { fravaersaarsag: 10, kontaktgruppe: 3 } },
      data: { tilladt: true },
    });
  });

  it('validates dates and unknown reasons', async () => {
    const { id } = await opretBorger(sb22300);
    expect(
      (await registrer(id, { fravaersaarsag: 10, startdato: '2026-11-27', slutdato: '2026-11-26' })).body
        .errors[0].path,
    ).toBe('slutdato');
    expect((await registrer(id, { fravaersaarsag: 5, startdato: '2026-11-27' })).body.errors[0]).toEqual({
      path: 'fravaersaarsag',
      message: 'Ukendt fraværsårsag',
    });
  });

  it('refuses a virksomhedskonsulent (403) and another myndighed (404)', async () => {
    const { id } = await opretBorger(sb22300);
    const vk = await t.loginAs('vk22300');
    expect((await vk.agent.get(`/api/borgere/${id}/fravaer`)).status).toBe(403);
    expect((await registrer(id, { fravaersaarsag: 10, startdato: '2026-11-27' }, sb10100)).status).toBe(404);
  });
});

describe('effects on the citizen, computed not stored (R8, R11, R13, M)', () => {
  it('sorgorlov: no duty to self-book and no a-dagpenge while it lasts, with the exempting fravær named', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 1 });
    expect(await borger(id)).toMatchObject({
      selvbooking: { pligt: true, fritagetAf: [], grund: { kind: 'pligt', kontaktgruppe: 1 } },
      dagpengeUdelukket: false,
    });
    const fravaer = (
      await registrer(id, { fravaersaarsag: 79, startdato: '2026-11-27', slutdato: '2026-12-11' })
    ).body;
    expect(await borger(id)).toMatchObject({
      selvbooking: {
        pligt: false,
        fritagetAf: [fravaer.id],
        grund: { kind: 'fritaget', fravaersaarsag: 79, slutdato: '2026-12-11' },
      },
      dagpengeUdelukket: true,
      mindreIntensivIndsats: false,
    });
  });

  it('R11: sickness (11) exempts from self-booking only during an active indsats', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 1 });
    await registrer(id, { fravaersaarsag: 11, startdato: '2026-11-20' });
    expect((await borger(id)).selvbooking.pligt).toBe(true);
    await post(sb22300, `/api/borgere/${id}/indsatser`).send({
      type: 'VIRKSOMHEDSPRAKTIK',
      startdato: '2026-11-01',
    });
    expect((await borger(id)).selvbooking.pligt).toBe(false);
  });

  it('R13: 11 lifts the joblog requirement for kontaktgruppe 7 only', async () => {
    const kg7 = await opretBorger(sb22300, { kontaktgruppe: 7 });
    await registrer(kg7.id, { fravaersaarsag: 11, startdato: '2026-11-20' });
    expect((await borger(kg7.id)).joblog).toMatchObject({
      krav: false,
      grund: { kind: 'fritaget', fravaersaarsag: 11 },
    });
    const joblog = await sb22300.agent.get(`/api/borgere/${kg7.id}/joblog`);
    expect(joblog.body).toMatchObject({ krav: false, kravGrund: { kind: 'fritaget', fravaersaarsag: 11 } });
    const kg1 = await opretBorger(sb22300, { kontaktgruppe: 1 });
    await registrer(kg1.id, { fravaersaarsag: 11, startdato: '2026-11-20' });
    expect((await borger(kg1.id)).joblog.krav).toBe(true);
  });

  it('M: "på vej i job" gives mindre intensiv indsats; a fravær that has not started yet changes nothing', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 1 });
    await registrer(id, { fravaersaarsag: 45, startdato: '2026-12-15' });
    expect((await borger(id)).mindreIntensivIndsats).toBe(false);
    await registrer(id, { fravaersaarsag: 45, startdato: '2026-11-25', slutdato: '2026-12-14' });
    expect((await borger(id)).mindreIntensivIndsats).toBe(true);
  });
});

describe('one status, two ways of loading it', () => {
  it('the overview (one joined statement) and the search (per-list queries) derive the same status', async () => {
    const efternavn = `Status${Date.now()}`;
    const { id, cpr } = await opretBorger(sb22300, { kontaktgruppe: 1, efternavn });
    await registrer(id, { fravaersaarsag: 45, startdato: '2026-11-25', slutdato: '2026-12-14' });
    const sygdom = (await registrer(id, { fravaersaarsag: 11, startdato: '2026-11-20' })).body;
    const slettes = (await registrer(id, { fravaersaarsag: 79, startdato: '2026-11-01' })).body;
    await del(sb22300, `/api/fravaer/${slettes.id}`)
      .set('If-Match', '"1"')
      .send({ berigtigelseskommentar: 'Registreret ved en fejl' });
    await post(sb22300, `/api/borgere/${id}/indsatser`).send({ type: 'MENTOR', startdato: '2026-11-01' });
    for (const submissionDate of ['2026-11-02', '2026-11-27', '2026-10-31']) {
      const svar = await t.request
        .post('/v1/joblog')
        .set({ Authorization: 'Bearer demo-jobnet', 'x-civilregistrationIdentifier': cpr })
        .send({ stillingsbetegnelse: 'Tømrer', virksomhed: 'Hørsholm Byg ApS', submissionDate });
      expect(svar.status).toBe(201);
    }

    const overblik = await borger(id);
    const soeg = await post(sb22300, '/api/borgere/soeg').send({ navn: efternavn });
    const iListen = soeg.body.items.find((item: { id: string }) => item.id === id);
    expect(iListen).toEqual(overblik);
    // And it is the real status: R11 (11 during an active indsats exempts), the deleted sorgorlov counts for
    // nothing (no dagpenge exclusion), two of the three joblog posts are this month, M from 45.
    expect(overblik.selvbooking.pligt).toBe(false);
    expect(overblik.selvbooking.fritagetAf).toContain(sygdom.id);
    expect(overblik.selvbooking.fritagetAf).not.toContain(slettes.id);
    expect(overblik.dagpengeUdelukket).toBe(false);
    expect(overblik.joblog).toMatchObject({ krav: true, antalDenneMaaned: 2 });
    expect(overblik.mindreIntensivIndsats).toBe(true);
  });
});

describe('consequences before saving', () => {
  it('lists what changes, by the same rules, including meetings in the period', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 1 });
    for (const start of ['2026-12-01T08:00:00Z', '2026-12-08T08:00:00Z', '2027-01-05T08:00:00Z']) {
      await post(sb22300, `/api/borgere/${id}/indkaldelser`).send({
        samtaletype: 7,
        start,
        slut: start.replace('08:00', '08:30'),
        moedeform: 2,
      });
    }
    const response = await post(sb22300, `/api/borgere/${id}/fravaer/forhaandsvisning`).send({
      fravaersaarsag: 79,
      startdato: '2026-11-27',
      slutdato: '2026-12-11',
    });
    const moeder = await t.db.prisma.indkaldelse.findMany({
      where: { borgerId: id, start: { lt: new Date('2026-12-12') } },
      select: { id: true },
      orderBy: { start: 'asc' },
    });
    expect(response.body).toEqual({
      afvisning: null,
      konsekvenser: [
        { kind: 'selvbookingspligt-bortfalder', fra: '2026-11-27' },
        { kind: 'ingen-dagpenge', fra: '2026-11-27' },
        {
          kind: 'moeder-boer-flyttes',
          moeder: [
            { id: moeder[0]?.id, dato: '2026-12-01' },
            { id: moeder[1]?.id, dato: '2026-12-08' },
          ],
        },
      ],
    });
    expect(response.body.konsekvenser.map(fravaerKonsekvensTekst)).toEqual([
      'Selvbookingspligt bortfalder fra 27.11.2026',
      'Ingen a-dagpenge fra 27.11.2026 (sorgorlov)',
      '2 møder i perioden bør flyttes',
    ]);
    expect(await t.db.prisma.fravaer.count({ where: { borgerId: id } })).toBe(0);
    const refused = await post(sb22300, `/api/borgere/${id}/fravaer/forhaandsvisning`).send({
      fravaersaarsag: 78,
      startdato: '2026-11-27',
    });
    expect(refused.body).toMatchObject({ afvisning: expect.stringContaining('78'), konsekvenser: [] });
  });

  it('says that the citizen already has a fravær of the same reason in the period, and saves it (issue 18: unusual, not refused)', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 3 });
    const foerste = await post(sb22300, `/api/borgere/${id}/fravaer`).send({
      fravaersaarsag: 1,
      startdato: '2026-12-01',
      slutdato: '2026-12-05',
    });
    expect(foerste.status).toBe(201);
    const udkast = { fravaersaarsag: 1, startdato: '2026-12-04', slutdato: '2026-12-08' };
    const svar = await post(sb22300, `/api/borgere/${id}/fravaer/forhaandsvisning`).send(udkast);
    expect(svar.body.konsekvenser[0]).toEqual({
      kind: 'samme-aarsag-i-perioden',
      fravaer: [{ id: foerste.body.id, startdato: '2026-12-01', slutdato: '2026-12-05' }],
    });
    expect(fravaerKonsekvensTekst(svar.body.konsekvenser[0])).toBe(
      'Borgeren har allerede fravær af samme årsag 01.12.2026–05.12.2026',
    );
    // Changing the first one is not compared with itself
    const aendring = await post(sb22300, `/api/borgere/${id}/fravaer/forhaandsvisning`).send({
      fravaersaarsag: 1,
      startdato: '2026-12-01',
      slutdato: '2026-12-06',
      fravaerId: foerste.body.id,
    });
    expect(aendring.body.konsekvenser.map((k: { kind: string }) => k.kind)).not.toContain(
      'samme-aarsag-i-perioden',
    );
    expect((await post(sb22300, `/api/borgere/${id}/fravaer`).send(udkast)).status).toBe(201);
  });

  it("R9: says that a kontaktgruppe 1 citizen's a-kasse is told when the fravær is saved, by name (issue 18)", async () => {
    const medAkasse = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    const svar = await post(sb22300, `/api/borgere/${medAkasse.id}/fravaer/forhaandsvisning`).send({
      fravaersaarsag: 1,
      startdato: '2026-11-27',
      slutdato: '2026-11-28',
    });
    const akasse = await t.db.prisma.akasse.findUniqueOrThrow({ where: { kode: 'AK01' } });
    expect(svar.body.konsekvenser.at(-1)).toEqual({
      kind: 'akasse-faar-besked',
      akasse: { kode: 'AK01', navn: akasse.navn },
    });
    expect(fravaerKonsekvensTekst(svar.body.konsekvenser.at(-1))).toBe(
      `${akasse.navn} får besked om fraværet, når du gemmer, og om hver senere ændring eller sletning`,
    );

    const andenGruppe = await opretBorger(sb22300, { kontaktgruppe: 3, akasse: 'AK01' });
    const intet = await post(sb22300, `/api/borgere/${andenGruppe.id}/fravaer/forhaandsvisning`).send({
      fravaersaarsag: 1,
      startdato: '2026-11-27',
      slutdato: '2026-11-28',
    });
    expect(intet.body.konsekvenser.map((k: { kind: string }) => k.kind)).not.toContain('akasse-faar-besked');
  });
});

describe('no two fravær of the same reason at once when one has no end (issue 18)', () => {
  it('refuses a second open-ended fravær of the same reason, and one inside it; allows another reason', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 2 });
    expect((await registrer(id, { fravaersaarsag: 10, startdato: '2026-12-01' })).status).toBe(201);
    const igen = await registrer(id, { fravaersaarsag: 10, startdato: '2026-12-15' });
    expect(igen.status).toBe(400);
    expect(igen.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'startdato' }] });
    expect(igen.body.errors[0].message).toMatch(/allerede fravær .* uden slutdato/);
    const inde = await registrer(id, { fravaersaarsag: 10, startdato: '2026-12-20', slutdato: '2026-12-22' });
    expect(inde.status).toBe(400);
    const foer = await registrer(id, { fravaersaarsag: 10, startdato: '2026-11-27', slutdato: '2026-11-30' });
    expect(foer.status).toBe(201);
    expect((await registrer(id, { fravaersaarsag: 11, startdato: '2026-12-15' })).status).toBe(201);
  });

  it('asks for a slutdato when a new open-ended fravær reaches a closed one of the same reason', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 2 });
    await registrer(id, { fravaersaarsag: 10, startdato: '2026-12-01', slutdato: '2026-12-05' });
    const aaben = await registrer(id, { fravaersaarsag: 10, startdato: '2026-11-28' });
    expect(aaben.body).toMatchObject({ code: 'VALIDERINGSFEJL', errors: [{ path: 'slutdato' }] });
  });

  it('checks a change too, and lets the fravær itself be changed', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 2 });
    const aaben = (await registrer(id, { fravaersaarsag: 10, startdato: '2026-12-01' })).body;
    const lukket = (
      await registrer(id, { fravaersaarsag: 10, startdato: '2026-11-27', slutdato: '2026-11-28' })
    ).body;
    const forlaeng = await patch(sb22300, `/api/fravaer/${lukket.id}`, 1).send({ slutdato: null });
    expect(forlaeng.status).toBe(400);
    expect(forlaeng.body.code).toBe('VALIDERINGSFEJL');
    expect(
      (await patch(sb22300, `/api/fravaer/${aaben.id}`, 1).send({ startdato: '2026-12-02' })).status,
    ).toBe(200);
  });
});

describe('editing and deleting with versions (R12)', () => {
  it('edits with If-Match, keeps every version with who, when and what changed', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 1 });
    const created = (
      await registrer(id, { fravaersaarsag: 10, startdato: '2026-12-01', slutdato: '2026-12-05' })
    ).body;
    const path = `/api/fravaer/${created.id}`;
    expect((await patch(sb22300, path).send({ slutdato: '2026-12-08' })).status).toBe(428);
    const edited = await patch(sb22300, path, 1).send({ slutdato: '2026-12-08' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ slutdato: '2026-12-08', version: 2 });
    expect((await patch(sb22300, path, 1).send({ slutdato: '2026-12-09' })).status).toBe(412);
    const detalje = await sb22300.agent.get(path);
    expect(detalje.headers.etag).toBe('"2"');
    expect(detalje.body.versioner).toEqual([
      expect.objectContaining({
        version: 1,
        aendringstype: 1,
        bruger: 'sb22300',
        slutdato: '2026-12-05',
        aendringer: [],
      }),
      expect.objectContaining({
        version: 2,
        aendringstype: 2,
        slutdato: '2026-12-08',
        aendringer: ['Slutdato: 05.12.2026 → 08.12.2026'],
      }),
    ]);
  });

  it('deleting needs a berigtigelseskommentar; the fravær leaves the list but its history stays', async () => {
    const { id } = await opretBorger(sb22300, { kontaktgruppe: 1 });
    const created = (await registrer(id, { fravaersaarsag: 79, startdato: '2026-11-27' })).body;
    const path = `/api/fravaer/${created.id}`;
    const noComment = await del(sb22300, path, 1).send({});
    expect(noComment.status).toBe(400);
    expect(noComment.body.errors[0].path).toBe('berigtigelseskommentar');
    expect(
      (await del(sb22300, path, 1).send({ berigtigelseskommentar: 'Registreret på forkert borger' })).status,
    ).toBe(204);
    expect((await sb22300.agent.get(`/api/borgere/${id}/fravaer`)).body.items).toEqual([]);
    expect((await borger(id)).dagpengeUdelukket).toBe(false);
    const detalje = (await sb22300.agent.get(path)).body;
    expect(detalje).toMatchObject({ slettet: true });
    expect(detalje.versioner[1]).toMatchObject({
      aendringstype: 3,
      berigtigelseskommentar: 'Registreret på forkert borger',
    });
    expect((await patch(sb22300, path, 2).send({ slutdato: '2026-12-31' })).status).toBe(404);
    const historik = (await sb22300.agent.get(`/api/borgere/${id}/historik`)).body.items.map(
      (h: { type: string }) => h.type,
    );
    expect(historik.slice(0, 2)).toEqual(['FRAVAER_SLETTET', 'FRAVAER_OPRETTET']);
  });
});

describe('webservicebeskeder (R9)', () => {
  it('writes one message for the a-kasse and one for the jobcentre per change of a kontaktgruppe 1 citizen', async () => {
    const { id, cpr } = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    const created = (await registrer(id, { fravaersaarsag: 79, startdato: '2026-11-27' })).body;
    await patch(sb22300, `/api/fravaer/${created.id}`, 1).send({ slutdato: '2026-12-11' });
    await del(sb22300, `/api/fravaer/${created.id}`, 2).send({ berigtigelseskommentar: 'Fejl' });
    const beskeder = await beskederFor(cpr);
    expect(beskeder.map((b) => [b.aendringstype, b.modtagerType, b.modtagerKode])).toEqual([
      [1, 'akasse', 'AK01'],
      [1, 'jobcenter', '22300'],
      [2, 'akasse', 'AK01'],
      [2, 'jobcenter', '22300'],
      [3, 'akasse', 'AK01'],
      [3, 'jobcenter', '22300'],
    ]);
  });

  it('writes none for other kontaktgrupper, and none for a refused change', async () => {
    const kg2 = await opretBorger(sb22300, { kontaktgruppe: 2, akasse: 'AK01' });
    await registrer(kg2.id, { fravaersaarsag: 10, startdato: '2026-11-27' });
    expect(await beskederFor(kg2.cpr)).toEqual([]);
    const kg1 = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    await registrer(kg1.id, { fravaersaarsag: 78, startdato: '2026-11-27' });
    expect(await beskederFor(kg1.cpr)).toEqual([]);
  });

  it('serves each recipient only its own messages, in sekvens order, with a cursor', async () => {
    const horsholm = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    const kbh = await opretBorger(sb10100, { kontaktgruppe: 1, akasse: 'AK02' });
    await registrer(horsholm.id, { fravaersaarsag: 10, startdato: '2026-12-01' });
    await registrer(kbh.id, { fravaersaarsag: 10, startdato: '2026-12-01' }, sb10100);
    const akasse = async (efter: number, antal = 100) =>
      (
        await t.request
          .get('/v1/beskeder')
          .query({ efter, antal })
          .set({ Authorization: 'Bearer demo-akasse-ak01' })
      ).body;
    const all = await akasse(0, 500);
    expect(all.items.length).toBeGreaterThan(0);
    // The feed carries INDKALDELSE messages too (api.md); the fravær ones name the recipient in their data.
    const fravaer = (items: { type: string; data: Record<string, string> }[]) =>
      items.filter((b) => b.type === 'FRAVAER');
    expect(fravaer(all.items).length).toBeGreaterThan(0);
    expect(fravaer(all.items).every((b) => b.data.akasse === 'AK01')).toBe(true);
    expect(all.items.map((b: { cpr: string }) => b.cpr)).not.toContain(kbh.cpr);
    const sekvenser = all.items.map((b: { sekvens: number }) => b.sekvens);
    expect([...sekvenser].sort((a, b) => a - b)).toEqual(sekvenser);
    // paging with the cursor gives the same messages, no gaps, no duplicates
    const paged: number[] = [];
    let efter = 0;
    for (;;) {
      const page = await akasse(efter, 2);
      if (page.items.length === 0) {
        expect(page.naesteEfter).toBe(efter);
        break;
      }
      paged.push(...page.items.map((b: { sekvens: number }) => b.sekvens));
      efter = page.naesteEfter;
    }
    expect(paged).toEqual(sekvenser);
    const jobcenter = (
      await t.request.get('/v1/beskeder').set({ Authorization: 'Bearer demo-jobcenter-22300' })
    ).body;
    expect(fravaer(jobcenter.items).every((b) => b.data.jobcenter === '22300')).toBe(true);
    expect(jobcenter.items.map((b: { cpr: string }) => b.cpr)).toContain(horsholm.cpr);
    expect(jobcenter.items.map((b: { cpr: string }) => b.cpr)).not.toContain(kbh.cpr);
  });

  it('clamps antal to 500 and refuses a negative cursor, and other clients get 403', async () => {
    const akasse = { Authorization: 'Bearer demo-akasse-ak01' };
    expect((await t.request.get('/v1/beskeder').query({ antal: 100000 }).set(akasse)).status).toBe(200);
    expect((await t.request.get('/v1/beskeder').query({ efter: -1 }).set(akasse)).status).toBe(400);
    expect((await t.request.get('/v1/beskeder').set({ Authorization: 'Bearer demo-jobnet' })).status).toBe(
      403,
    );
  });

  it('delivers a malformed message marked, and the messages after it as usual', async () => {
    const { id, cpr } = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    // Closed: two open-ended fravær of one reason cannot be registered (issue 18).
    await registrer(id, { fravaersaarsag: 10, startdato: '2026-12-01', slutdato: '2026-12-05' });
    const counter = await t.db.prisma.beskedSekvens.update({
      where: { navn: 'webservicebesked' },
      data: { naeste: { increment: 1 } },
    });
    await t.db.prisma.webservicebesked.create({
      data: {
        sekvens: counter.naeste,
        modtagerType: 'akasse',
        modtagerKode: 'AK01',
        type: 'FRAVAER',
        aendringstype: 1,
        cpr,
        data: { noget: 'andet' },
        oprettet: new Date(),
      },
    });
    await registrer(id, { fravaersaarsag: 10, startdato: '2026-12-10' });
    const items = (
      await t.request
        .get('/v1/beskeder')
        .query({ efter: Number(counter.naeste) - 3, antal: 10 })
        .set({ Authorization: 'Bearer demo-akasse-ak01' })
    ).body.items;
    const bad = items.find((b: { sekvens: number }) => b.sekvens === Number(counter.naeste));
    expect(bad).toMatchObject({ data: null, fejl: expect.any(String) });
    expect(
      items.filter(
        (b: { sekvens: number; data: unknown }) => b.sekvens > Number(counter.naeste) && b.data !== null,
      ),
    ).toHaveLength(1);
  });
});

describe('medlemstilgang (R7) and personstatus', () => {
  const AK01 = { Authorization: 'Bearer demo-akasse-ak01' };
  const tilgang = (cpr: string, dato: string, headers = AK01) =>
    t.request
      .post('/v1/medlemstilgang')
      .set(headers)
      .set('x-civilregistrationIdentifier', cpr)
      .send({ unemploymentBenefitRightsStartDate: dato });

  it('accepts a start date before today: 201 for a new member, 200 when it exists, 201 when moving a-kasse', async () => {
    const { id, cpr } = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK02' });
    const moved = await tilgang(cpr, '2026-01-15');
    expect(moved.status).toBe(201);
    expect(moved.body).toEqual({
      akasse: { kode: 'AK01', navn: 'A-kasse Nord' },
      unemploymentBenefitRightsStartDate: '2026-01-15',
    });
    expect((await tilgang(cpr, '2026-01-15')).status).toBe(200);
    expect(await borger(id)).toMatchObject({ akasse: { kode: 'AK01' }, dagpengeretFra: '2026-01-15' });
    const historik = (await sb22300.agent.get(`/api/borgere/${id}/historik`)).body.items[0];
    expect(historik).toMatchObject({ type: 'MEDLEMSTILGANG', myndighed: { kode: 'AK01', type: 'akasse' } });
  });

  it('answers an unknown CPR with 404 and refuses other clients', async () => {
    expect((await tilgang('0101011113', '2026-01-15')).status).toBe(404);
    const { cpr } = await opretBorger(sb22300);
    expect((await tilgang(cpr, '2026-01-15', { Authorization: 'Bearer demo-jobcenter-22300' })).status).toBe(
      403,
    );
    expect((await tilgang(cpr, '15-01-2026')).status).toBe(400);
  });

  it('personstatus: the a-kasse sees its own members, the jobcentre its own myndighed’s citizens, others 404', async () => {
    const medlem = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    await registrer(medlem.id, { fravaersaarsag: 79, startdato: '2026-11-27' });
    await registrer(medlem.id, { fravaersaarsag: 10, startdato: '2027-01-01' });
    const status = (cpr: string, token: string) =>
      t.request
        .get('/v1/personstatus')
        .set({ Authorization: `Bearer ${token}` })
        .set('x-civilregistrationIdentifier', cpr);
    const akasse = await status(medlem.cpr, 'demo-akasse-ak01');
    expect(akasse.status).toBe(200);
    expect(akasse.body).toMatchObject({
      kontaktgruppe: 1,
      jobcenter: { nummer: '22300' },
      akasse: { kode: 'AK01' },
    });
    expect(
      akasse.body.aktiveFravaer.map((f: { fravaersaarsag: { id: number } }) => f.fravaersaarsag.id),
    ).toEqual([79]);
    expect((await status(medlem.cpr, 'demo-jobcenter-22300')).status).toBe(200);
    const andenAkasse = await opretBorger(sb22300, { akasse: 'AK02' });
    expect((await status(andenAkasse.cpr, 'demo-akasse-ak01')).status).toBe(404);
    const kbh = await opretBorger(sb10100, { akasse: 'AK01' });
    expect((await status(kbh.cpr, 'demo-jobcenter-22300')).status).toBe(404);
    expect((await status(kbh.cpr, 'demo-akasse-ak01')).status).toBe(200);
  });
});
