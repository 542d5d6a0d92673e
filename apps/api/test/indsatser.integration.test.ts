import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opretBorger, post, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let sb22300: Session;
let sb10100: Session;
beforeAll(async () => {
  t = await createTestApp();
  [sb22300, sb10100] = await Promise.all([t.loginAs('sb22300'), t.loginAs('sb10100')]);
});
afterAll(() => t.close());

const VITAS = { Authorization: 'Bearer demo-vitas' };

async function opretIndsats(overrides: Record<string, unknown> = {}) {
  const { id: borgerId } = await opretBorger(sb22300);
  const response = await post(sb22300, `/api/borgere/${borgerId}/indsatser`).send({
    type: 'VIRKSOMHEDSPRAKTIK',
    startdato: '2026-11-02',
    slutdato: '2027-01-29',
    ...overrides,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { borgerId, indsats: response.body };
}

describe('indsatser in the plan', () => {
  it('creates an indsats from the codelist, active today', async () => {
    const { indsats } = await opretIndsats();
    expect(indsats).toMatchObject({
      type: { kode: 'VIRKSOMHEDSPRAKTIK', navn: 'Virksomhedspraktik' },
      startdato: '2026-11-02',
      slutdato: '2027-01-29',
      aktiv: true,
      ophoer: null,
      jobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
      version: 1,
    });
  });

  it('refuses an unknown type and an end before the start', async () => {
    const { id } = await opretBorger(sb22300);
    const unknown = await post(sb22300, `/api/borgere/${id}/indsatser`).send({
      type: 'KAFFE',
      startdato: '2026-11-02',
    });
    expect(unknown.body.errors.map((e: { path: string }) => e.path)).toEqual(['type']);
    const backwards = await post(sb22300, `/api/borgere/${id}/indsatser`).send({
      type: 'MENTOR',
      startdato: '2026-11-02',
      slutdato: '2026-11-01',
    });
    expect(backwards.body.errors).toEqual([
      { path: 'slutdato', message: 'Slutdatoen må ikke ligge før startdatoen' },
    ]);
  });

  it('ends one with an allowed reason: no longer active from the ophør date, in the history', async () => {
    const { borgerId, indsats } = await opretIndsats();
    const response = await post(sb22300, `/api/indsatser/${indsats.id}/ophoer`).send({
      ophoersaarsag: 1,
      dato: '2026-11-27',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      aktiv: false,
      ophoer: { aarsag: { id: 1, navn: 'Ordinær beskæftigelse' }, dato: '2026-11-27', af: 'sb22300' },
      version: 2,
    });
    const historik = await sb22300.agent.get(`/api/borgere/${borgerId}/historik`);
    expect(historik.body.items[0]).toMatchObject({ type: 'INDSATS_OPHOERT', bruger: 'sb22300' });
    const again = await post(sb22300, `/api/indsatser/${indsats.id}/ophoer`).send({
      ophoersaarsag: 2,
      dato: '2026-11-28',
    });
    expect(again.status).toBe(400);
  });

  it.each([14, 15])(
    'R14: refuses ophørsårsag %i from a caseworker with OPHOERSAARSAG_KUN_VITAS and changes nothing',
    async (aarsag) => {
      const { indsats } = await opretIndsats();
      const response = await post(sb22300, `/api/indsatser/${indsats.id}/ophoer`).send({
        ophoersaarsag: aarsag,
        dato: '2026-11-27',
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('OPHOERSAARSAG_KUN_VITAS');
      expect(
        (await t.db.prisma.indsats.findUniqueOrThrow({ where: { id: indsats.id } })).ophoerDato,
      ).toBeNull();
    },
  );

  it('refuses an unknown reason and an ophør before the start', async () => {
    const { indsats } = await opretIndsats();
    expect(
      (
        await post(sb22300, `/api/indsatser/${indsats.id}/ophoer`).send({
          ophoersaarsag: 99,
          dato: '2026-11-27',
        })
      ).body.errors[0].path,
    ).toBe('ophoersaarsag');
    expect(
      (
        await post(sb22300, `/api/indsatser/${indsats.id}/ophoer`).send({
          ophoersaarsag: 1,
          dato: '2026-10-01',
        })
      ).body.errors[0].path,
    ).toBe('dato');
  });

  it('lists active and ended indsatser, 404 for another myndighed, 403 for a virksomhedskonsulent', async () => {
    const { borgerId, indsats } = await opretIndsats();
    await post(sb22300, `/api/borgere/${borgerId}/indsatser`).send({
      type: 'MENTOR',
      startdato: '2026-11-20',
    });
    await post(sb22300, `/api/indsatser/${indsats.id}/ophoer`).send({
      ophoersaarsag: 11,
      dato: '2026-11-26',
    });
    const list = await sb22300.agent.get(`/api/borgere/${borgerId}/indsatser`);
    expect(
      list.body.items.map((i: { type: { kode: string }; aktiv: boolean }) => [i.type.kode, i.aktiv]),
    ).toEqual([
      ['MENTOR', true],
      ['VIRKSOMHEDSPRAKTIK', false],
    ]);
    expect((await sb10100.agent.get(`/api/borgere/${borgerId}/indsatser`)).status).toBe(404);
    const vk = await t.loginAs('vk22300');
    const refused = await vk.agent.get(`/api/borgere/${borgerId}/indsatser`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('IKKE_ADGANG');
    const [row] = await t.db.prisma.adgangslog.findMany({
      where: { borgerId, handling: 'laes' },
      orderBy: { id: 'desc' },
      take: 1,
    });
    expect(row).toMatchObject({ aktoerId: 'sb22300', formaal: 'Sagsbehandling: borgerens plan (indsatser)' });
  });
});

describe('VITAS state changes (R14)', () => {
  it.each([14, 15, 3])('accepts ophørsårsag %i, with VITAS as the actor in the history', async (aarsag) => {
    const { borgerId, indsats } = await opretIndsats({ type: 'LOENTILSKUD' });
    const response = await t.request
      .post(`/v1/vitas/indsatser/${indsats.id}/ophoer`)
      .set(VITAS)
      .send({ ophoersaarsag: aarsag, dato: '2026-11-27' });
    expect(response.status).toBe(200);
    expect(response.body.ophoer).toMatchObject({ aarsag: { id: aarsag }, af: 'VITAS' });
    const historik = await sb22300.agent.get(`/api/borgere/${borgerId}/historik`);
    expect(historik.body.items[0]).toMatchObject({
      type: 'INDSATS_OPHOERT',
      bruger: 'VITAS',
      myndighed: { kode: 'VITAS', type: 'system' },
    });
  });

  it('refuses other tokens and unknown indsatser', async () => {
    const { indsats } = await opretIndsats();
    expect(
      (
        await t.request
          .post(`/v1/vitas/indsatser/${indsats.id}/ophoer`)
          .set({ Authorization: 'Bearer demo-jobnet' })
          .send({ ophoersaarsag: 14, dato: '2026-11-27' })
      ).status,
    ).toBe(403);
    expect(
      (
        await t.request
          .post('/v1/vitas/indsatser/00000000-0000-4000-8000-000000000000/ophoer')
          .set(VITAS)
          .send({ ophoersaarsag: 14, dato: '2026-11-27' })
      ).status,
    ).toBe(404);
  });
});
