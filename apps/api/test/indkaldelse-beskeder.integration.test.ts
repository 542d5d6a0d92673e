import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { del, opretBorger, patch, post, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Webservicebeskeder for meetings (RN 1.1, api.md "IndkaldelseService and PersonHistoryService").
let t: TestApp;
let sb: Session;
beforeAll(async () => {
  t = await createTestApp();
  sb = await t.loginAs('sb22300');
});
afterAll(() => t.close());

interface Besked {
  sekvens: number;
  type: string;
  aendringstype: number;
  cpr: string;
  data: Record<string, unknown> | null;
  fejl?: string;
}

const feed = async (token: string): Promise<Besked[]> =>
  (
    await t.request
      .get('/v1/beskeder')
      .query({ antal: 500 })
      .set({ Authorization: `Bearer ${token}` })
  ).body.items;
const om = (beskeder: Besked[], cpr: string) =>
  beskeder.filter((b) => b.cpr === cpr && b.type === 'INDKALDELSE');

describe('INDKALDELSE messages', () => {
  it('tell the jobcentre and a dagpengemodtager’s a-kasse of a meeting created, changed and cancelled', async () => {
    const { id, cpr } = await opretBorger(sb, { kontaktgruppe: 1, akasse: 'AK01' });
    const oprettet = await post(sb, `/api/borgere/${id}/indkaldelser`).send({
      samtaletype: 7,
      start: '2027-01-05T08:30:00Z',
      slut: '2027-01-05T09:00:00Z',
      moedeform: 1,
      adresse: 'Slotsmarken 1, 2970 Hørsholm',
      lokationsuddybning: 'Lokale 2',
    });
    expect(oprettet.status).toBe(201);
    const moedeId = oprettet.body.id as string;
    expect(
      (
        await patch(sb, `/api/indkaldelser/${moedeId}`, 1).send({
          start: '2027-01-06T08:30:00Z',
          slut: '2027-01-06T09:00:00Z',
          lokationsuddybning: '   ',
        })
      ).status,
    ).toBe(200);
    expect(
      (await del(sb, `/api/indkaldelser/${moedeId}`, 2).send({ aflysningsaarsag: 'Sagsbehandleren er syg' }))
        .status,
    ).toBe(204);

    for (const token of ['demo-akasse-ak01', 'demo-jobcenter-22300']) {
      const beskeder = om(await feed(token), cpr);
      expect(beskeder.map((b) => [b.aendringstype, b.data])).toEqual([
        [
          1,
          {
            indkaldelseId: moedeId,
            start: '2027-01-05T08:30:00.000Z',
            slut: '2027-01-05T09:00:00.000Z',
            moedeform: 1,
            lokationsuddybning: 'Lokale 2',
          },
        ],
        [
          2,
          {
            indkaldelseId: moedeId,
            start: '2027-01-06T08:30:00.000Z',
            slut: '2027-01-06T09:00:00.000Z',
            moedeform: 1,
            lokationsuddybning: null,
          },
        ],
        [
          3,
          {
            indkaldelseId: moedeId,
            start: '2027-01-06T08:30:00.000Z',
            slut: '2027-01-06T09:00:00.000Z',
            moedeform: 1,
            lokationsuddybning: null,
          },
        ],
      ]);
    }
  });

  it('go to the jobcentre only for a citizen outside kontaktgruppe 1, and come from self-booking too', async () => {
    const { cpr } = await opretBorger(sb, { kontaktgruppe: 2, akasse: 'AK01' });
    const tilbud = await t.request
      .post('/v1/moedetilbud')
      .set({ Authorization: 'Bearer demo-planner-22300' })
      .send({ start: '2027-01-07T08:00:00Z', slut: '2027-01-07T08:30:00Z', moedeformer: [2] });
    expect(tilbud.status).toBe(201);
    const booket = await t.request
      .post('/v1/borgerbooking')
      .set({ Authorization: 'Bearer demo-jobnet' })
      .set('x-civilregistrationIdentifier', cpr)
      .send({ moedetilbudId: tilbud.body.id, moedeform: 2 });
    expect(booket.status).toBe(201);
    expect(
      om(await feed('demo-jobcenter-22300'), cpr).map((b) => [b.aendringstype, b.data?.indkaldelseId]),
    ).toEqual([[1, booket.body.id]]);
    expect(om(await feed('demo-akasse-ak01'), cpr)).toEqual([]);
  });

  it('a message that cannot be read is delivered marked and does not hold back the ones after it', async () => {
    const { id, cpr } = await opretBorger(sb, { kontaktgruppe: 1, akasse: 'AK01' });
    const [{ naeste } = { naeste: 0n }] = await t.db.prisma.$queryRaw<{ naeste: bigint }[]>`
      UPDATE "BeskedSekvens" SET "naeste" = "naeste" + 1 WHERE "navn" = 'webservicebesked' RETURNING "naeste"`;
    await t.db.prisma.webservicebesked.create({
      data: {
        sekvens: naeste,
        modtagerType: 'akasse',
        modtagerKode: 'AK01',
        type: 'INDKALDELSE',
        aendringstype: 1,
        cpr,
        data: { indkaldelseId: 'ikke-et-id', lokationsuddybning: '' },
        oprettet: t.clock.now(),
      },
    });
    await post(sb, `/api/borgere/${id}/indkaldelser`).send({
      samtaletype: 7,
      start: '2027-01-08T08:30:00Z',
      slut: '2027-01-08T09:00:00Z',
      moedeform: 2,
    });
    const beskeder = om(await feed('demo-akasse-ak01'), cpr);
    expect(beskeder).toHaveLength(2);
    expect(beskeder[0]).toMatchObject({ data: null, fejl: expect.stringContaining('kan ikke læses') });
    expect(beskeder[1]).toMatchObject({ aendringstype: 1, data: { moedeform: 2, lokationsuddybning: null } });
  });
});
