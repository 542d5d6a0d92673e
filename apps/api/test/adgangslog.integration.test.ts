import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sletGammelAdgangslog } from '../src/access-log/retention.js';
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

describe('the access log a citizen can be shown (L2)', () => {
  it('lists who looked at what and why, by myndighed and never by staff name, the reveal of CPR included', async () => {
    const { id, cpr } = await opretBorger(sb22300, { kontaktgruppe: 1, akasse: 'AK01' });
    await post(sb22300, `/api/borgere/${id}/vis-cpr`).send();
    await t.request
      .get('/v1/personstatus')
      .set({ Authorization: 'Bearer demo-akasse-ak01' })
      .set('x-civilregistrationIdentifier', cpr);
    const response = await sb22300.agent.get(`/api/borgere/${id}/adgangslog`);
    expect(response.status).toBe(200);
    const items = response.body.items as { myndighed: { navn: string }; handling: string; formaal: string }[];
    expect(items.map((i) => [i.myndighed.navn, i.handling])).toEqual(
      expect.arrayContaining([
        ['Hørsholm Kommune', 'Oprettet'],
        ['Hørsholm Kommune', 'Vist CPR-nummer'],
        ['A-kasse Nord', 'Læst'],
      ]),
    );
    expect(JSON.stringify(response.body)).not.toMatch(/sb22300|Signe Bach/);
  });

  it('exports it as CSV for aktindsigt, and the export itself is logged', async () => {
    const { id } = await opretBorger(sb22300);
    const response = await sb22300.agent.get(`/api/borgere/${id}/adgangslog/eksport`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="adgangslog-2026-11-27.csv"/,
    );
    expect(response.text).toContain('tidspunkt;myndighed;handling;formaal');
    expect(response.text).toContain('"Hørsholm Kommune";"Oprettet";"Oprettelse af borger i jobcentret"');
    const last = await t.db.prisma.adgangslog.findFirst({ where: { borgerId: id }, orderBy: { id: 'desc' } });
    expect(last?.handling).toBe('eksport');
  });

  it('is the own myndighed’s only', async () => {
    const { id } = await opretBorger(sb22300);
    expect((await sb10100.agent.get(`/api/borgere/${id}/adgangslog`)).status).toBe(404);
  });
});

describe('retention (L1: 6 months)', () => {
  it('deletes entries older than 6 months and keeps the rest', async () => {
    const { id } = await opretBorger(sb22300);
    const base = {
      aktoerType: 'bruger',
      aktoerId: 'x',
      myndighedType: 'jobcenter' as const,
      myndighedKode: '223',
      entitet: 'borger',
      handling: 'laes',
      formaal: 'test',
      borgerId: id,
    };
    await t.db.prisma.adgangslog.createMany({
      data: [
        { ...base, tidspunkt: new Date('2026-05-26T09:00:00Z') },
        { ...base, tidspunkt: new Date('2026-05-28T09:00:00Z') },
      ],
    });
    const deleted = await sletGammelAdgangslog(t.db.prisma, t.clock);
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = await t.db.prisma.adgangslog.findMany({ where: { borgerId: id, aktoerId: 'x' } });
    expect(left.map((r) => r.tidspunkt.toISOString())).toEqual(['2026-05-28T09:00:00.000Z']);
  });
});
