import { fravaersaarsager } from '@jobcenter/domain/fravaer/fravaer.codelists';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opretBorger, patch, post, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let sb22300: Session;
let sb10100: Session;
let vk22300: Session;
beforeAll(async () => {
  t = await createTestApp();
  [sb22300, sb10100, vk22300] = await Promise.all([
    t.loginAs('sb22300'),
    t.loginAs('sb10100'),
    t.loginAs('vk22300'),
  ]);
});
afterAll(() => t.close());

const cv = (overrides: Record<string, unknown> = {}) => ({
  overskrift: 'Erfaren tømrer',
  jobOensker: ['Tømrer', 'Snedker'],
  kompetencer: ['Tagarbejde', 'Kørekort B'],
  erfaring: [{ titel: 'Tømrersvend', sted: 'Hørsholm Byg ApS', fra: '2015-08-01', til: '2026-03-01' }],
  uddannelse: [{ titel: 'Tømreruddannelsen', sted: 'TEC', fra: '2011-08-01', til: '2015-06-30' }],
  postnummer: '2970',
  soegbart: true,
  ...overrides,
});

async function borgerMedCv(
  cvOverrides: Record<string, unknown> = {},
  borgerOverrides: Record<string, unknown> = {},
  session = sb22300,
) {
  const borger = await opretBorger(session, borgerOverrides);
  const response = await session.agent
    .put(`/api/borgere/${borger.id}/cv`)
    .set('X-CSRF-Token', session.csrfToken)
    .send(cv(cvOverrides));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return borger;
}

const soeg = (session: Session, body: Record<string, unknown>) => post(session, '/api/cv/soeg').send(body);
const ids = (response: { body: { items: { borgerId: string }[] } }) =>
  response.body.items.map((i) => i.borgerId);

describe('the CV on the person page', () => {
  it('saves and reads a CV, with the change in the citizen’s history', async () => {
    const borger = await borgerMedCv();
    const response = await sb22300.agent.get(`/api/borgere/${borger.id}/cv`);
    expect(response.body).toMatchObject({
      overskrift: 'Erfaren tømrer',
      kompetencer: ['Tagarbejde', 'Kørekort B'],
      postnummer: '2970',
      soegbart: true,
    });
    const historik = await sb22300.agent.get(`/api/borgere/${borger.id}/historik`);
    expect(historik.body.items[0]).toMatchObject({ type: 'CV_OPRETTET' });
  });

  it('answers 404 for a citizen without a CV and validates the postnummer', async () => {
    const { id } = await opretBorger(sb22300);
    expect((await sb22300.agent.get(`/api/borgere/${id}/cv`)).status).toBe(404);
    const bad = await sb22300.agent
      .put(`/api/borgere/${id}/cv`)
      .set('X-CSRF-Token', sb22300.csrfToken)
      .send(cv({ postnummer: '29700' }));
    expect(bad.body.errors[0].path).toBe('postnummer');
    const baglaens = await sb22300.agent
      .put(`/api/borgere/${id}/cv`)
      .set('X-CSRF-Token', sb22300.csrfToken)
      .send(cv({ erfaring: [{ titel: 'Tømrer', sted: 'X', fra: '2020-01-01', til: '2019-01-01' }] }));
    expect(baglaens.body.errors).toEqual([
      { path: 'erfaring.0.til', message: 'Slutdatoen må ikke ligge før startdatoen' },
    ]);
  });
});

describe('a virksomhedskonsulent opens a searchable CV (api.md, issue 18)', () => {
  it('reads a searchable CV of its myndighed, access-logged as its own read', async () => {
    const borger = await borgerMedCv();
    const response = await vk22300.agent.get(`/api/borgere/${borger.id}/cv`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ overskrift: 'Erfaren tømrer', soegbart: true });
    const [row] = await t.db.prisma.adgangslog.findMany({
      where: { entitet: 'cv', handling: 'laes', borgerId: borger.id },
      orderBy: { id: 'desc' },
      take: 1,
    });
    expect(row).toMatchObject({ aktoerId: 'vk22300', entitetId: borger.id });
  });

  it('gets 404 for a CV that is not searchable, a citizen without a CV and another myndighed’s citizen', async () => {
    const skjult = await borgerMedCv({ soegbart: false });
    expect((await vk22300.agent.get(`/api/borgere/${skjult.id}/cv`)).status).toBe(404);
    expect((await sb22300.agent.get(`/api/borgere/${skjult.id}/cv`)).status).toBe(200);
    const udenCv = await opretBorger(sb22300);
    expect((await vk22300.agent.get(`/api/borgere/${udenCv.id}/cv`)).status).toBe(404);
    const andenMyndighed = await borgerMedCv({}, {}, sb10100);
    expect((await vk22300.agent.get(`/api/borgere/${andenMyndighed.id}/cv`)).status).toBe(404);
  });
});

describe('CV-søgning', () => {
  it('finds by free text with Danish stemming and tolerates the typo "tømer" for "tømrer"', async () => {
    const tomrer = await borgerMedCv({
      overskrift: 'Tømrer med speciale i tage',
      jobOensker: ['Tømrer'],
      kompetencer: ['Tagdækning'],
    });
    const maler = await borgerMedCv({
      overskrift: 'Maler',
      jobOensker: ['Maler'],
      kompetencer: ['Spartling'],
      erfaring: [],
      uddannelse: [],
    });
    const hits = await soeg(sb22300, { q: 'tømrere' });
    expect(ids(hits)).toContain(tomrer.id);
    expect(ids(hits)).not.toContain(maler.id);
    const typo = await soeg(sb22300, { q: 'tømer' });
    expect(ids(typo)).toContain(tomrer.id);
    expect(typo.body.fremhaev).toEqual(expect.arrayContaining(['tømer', 'tømrer']));
  });

  it('shows only searchable CVs of the user’s myndighed', async () => {
    const skjult = await borgerMedCv({ overskrift: 'Skjult svejser', soegbart: false });
    const kbh = await borgerMedCv({ overskrift: 'Svejser i København' }, {}, sb10100);
    const synlig = await borgerMedCv({ overskrift: 'Svejser i Hørsholm' });
    const hits = ids(await soeg(sb22300, { q: 'svejser' }));
    expect(hits).toContain(synlig.id);
    expect(hits).not.toContain(skjult.id);
    expect(hits).not.toContain(kbh.id);
    expect(ids(await soeg(sb10100, { q: 'svejser' }))).toEqual([kbh.id]);
  });

  it('a CV made unsearchable leaves the free-text results and comes back when it is searchable again', async () => {
    const borger = await borgerMedCv({ overskrift: 'Skiftende glarmester' });
    expect(ids(await soeg(sb22300, { q: 'glarmester' }))).toContain(borger.id);
    const put = (soegbart: boolean) =>
      sb22300.agent
        .put(`/api/borgere/${borger.id}/cv`)
        .set('X-CSRF-Token', sb22300.csrfToken)
        .send(cv({ overskrift: 'Skiftende glarmester', soegbart }));
    expect((await put(false)).status).toBe(200);
    expect(ids(await soeg(sb22300, { q: 'glarmester' }))).not.toContain(borger.id);
    expect((await put(true)).status).toBe(200);
    expect(ids(await soeg(sb22300, { q: 'glarmester' }))).toContain(borger.id);
  });

  it('ranks a word in the headline above the same word in the wishes, and those above the experience', async () => {
    const tom = { jobOensker: [], kompetencer: [], erfaring: [], uddannelse: [] };
    const erfaring = await borgerMedCv({
      ...tom,
      overskrift: 'Kok',
      erfaring: [{ titel: 'Brolægger', sted: 'Vejfirma', fra: '2010-01-01', til: '2012-01-01' }],
    });
    const oensker = await borgerMedCv({ ...tom, overskrift: 'Chauffør', jobOensker: ['Brolægger'] });
    const overskrift = await borgerMedCv({ ...tom, overskrift: 'Brolægger' });
    const hits = ids(await soeg(sb22300, { q: 'brolægger' })).filter((id) =>
      [erfaring.id, oensker.id, overskrift.id].includes(id),
    );
    expect(hits).toEqual([overskrift.id, oensker.id, erfaring.id]);
  });

  it('follows the citizen when it moves to another myndighed', async () => {
    const flytter = await borgerMedCv({ overskrift: 'Flyttende elektriker' });
    await post(sb22300, `/api/borgere/${flytter.id}/flyt`).send({ jobcenter: '10100' });
    expect(ids(await soeg(sb22300, { q: 'elektriker flyttende' }))).not.toContain(flytter.id);
    expect(ids(await soeg(sb10100, { q: 'elektriker flyttende' }))).toContain(flytter.id);
  });

  it('R17: the mindre intensiv indsats filter follows a new and an ended fravær 45 without any batch job', async () => {
    const borger = await borgerMedCv(
      { overskrift: 'Murer på vej i job', kompetencer: ['Murerarbejde'] },
      { kontaktgruppe: 1 },
    );
    const mindre = async (value: boolean) =>
      ids(await soeg(sb22300, { q: 'murer', mindreIntensivIndsats: value }));
    expect(await mindre(false)).toContain(borger.id);
    expect(await mindre(true)).not.toContain(borger.id);
    const fravaer = await post(sb22300, `/api/borgere/${borger.id}/fravaer`).send({
      fravaersaarsag: 45,
      startdato: '2026-11-20',
    });
    expect(await mindre(true)).toContain(borger.id);
    expect(await mindre(false)).not.toContain(borger.id);
    const hit = (await soeg(sb22300, { q: 'murer' })).body.items.find(
      (i: { borgerId: string }) => i.borgerId === borger.id,
    );
    expect(hit.mindreIntensivIndsats).toBe(true);
    await patch(sb22300, `/api/fravaer/${fravaer.body.id}`, 1).send({ slutdato: '2026-11-26' });
    expect(await mindre(true)).not.toContain(borger.id);
    expect(await mindre(false)).toContain(borger.id);
  });

  it('R17: a CV saved after the fravær, a future fravær and a deleted one, as the search day sees them', async () => {
    // The clock stands at 2026-11-27 (the test app's).
    const borger = await opretBorger(sb22300, { kontaktgruppe: 1 });
    const fremtidig = await post(sb22300, `/api/borgere/${borger.id}/fravaer`).send({
      fravaersaarsag: 46,
      startdato: '2026-12-10',
    });
    const aktiv = await post(sb22300, `/api/borgere/${borger.id}/fravaer`).send({
      fravaersaarsag: 43,
      startdato: '2026-11-20',
      slutdato: '2026-11-30',
    });
    // An S-flagged, not M-flagged, fravær never makes mindre intensiv indsats.
    await post(sb22300, `/api/borgere/${borger.id}/fravaer`).send({
      fravaersaarsag: 10,
      startdato: '2026-11-01',
    });
    expect([fremtidig.status, aktiv.status]).toEqual([201, 201]);
    // The CV comes after the fravær: it starts with their periods.
    await sb22300.agent
      .put(`/api/borgere/${borger.id}/cv`)
      .set('X-CSRF-Token', sb22300.csrfToken)
      .send(cv({ overskrift: 'Brolægger med orlov' }));
    const mindre = async (value: boolean) =>
      ids(await soeg(sb22300, { q: 'brolægger', mindreIntensivIndsats: value }));
    expect(await mindre(true)).toContain(borger.id);
    await sb22300.agent
      .delete(`/api/fravaer/${aktiv.body.id}`)
      .set('X-CSRF-Token', sb22300.csrfToken)
      .set('If-Match', '"1"')
      .send({ berigtigelseskommentar: 'Registreret ved en fejl' });
    // Only the future one is left: not active on the search day.
    expect(await mindre(true)).not.toContain(borger.id);
    expect(await mindre(false)).toContain(borger.id);
    t.clock.set('2026-12-11T09:00:00Z');
    try {
      const igen = await t.loginAs('sb22300');
      expect(ids(await soeg(igen, { q: 'brolægger', mindreIntensivIndsats: true }))).toContain(borger.id);
    } finally {
      t.clock.set('2026-11-27T09:00:00Z');
    }
  });

  it('R17: the database’s M-flagged codes, which keep the CV’s periods, are the codelist’s', async () => {
    const [row] = await t.db.prisma.$queryRaw<{ koder: number[] }[]>`SELECT fravaer_mindre_koder() AS koder`;
    expect([...(row?.koder ?? [])].sort()).toEqual(
      fravaersaarsager
        .filter((a) => a.mindreIntensivIndsats)
        .map((a) => a.id)
        .sort(),
    );
  });

  it('filters on competence, postnummer and kontaktgruppe, with facet counts within the result', async () => {
    const a = await borgerMedCv(
      { overskrift: 'Gartner', kompetencer: ['Beskæring', 'Kørekort B'], postnummer: '3050' },
      { kontaktgruppe: 2 },
    );
    const b = await borgerMedCv(
      { overskrift: 'Gartner', kompetencer: ['Beskæring'], postnummer: '3000' },
      { kontaktgruppe: 1 },
    );
    const alle = await soeg(sb22300, { q: 'gartner' });
    expect(ids(alle)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(alle.body.facetter.kompetence).toEqual(
      expect.arrayContaining([{ vaerdi: 'Beskæring', antal: 2 }]),
    );
    expect(alle.body.facetter.kontaktgruppe).toEqual(
      expect.arrayContaining([
        { vaerdi: 1, antal: 1 },
        { vaerdi: 2, antal: 1 },
      ]),
    );
    expect(ids(await soeg(sb22300, { q: 'gartner', kompetence: 'Kørekort B' }))).toEqual([a.id]);
    expect(ids(await soeg(sb22300, { q: 'gartner', postnummer: '3000' }))).toEqual([b.id]);
    expect(ids(await soeg(sb22300, { q: 'gartner', kontaktgruppe: 2 }))).toEqual([a.id]);
  });

  it('pages with a cursor without duplicates or gaps', async () => {
    const created = new Set<string>();
    for (let i = 0; i < 45; i++) {
      created.add(
        (
          await borgerMedCv({
            overskrift: `Lagerarbejder ${i % 3 === 0 ? 'med truckcertifikat' : ''}`,
            kompetencer: ['Lager'],
          })
        ).id,
      );
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await soeg(sb22300, { q: 'lagerarbejder', ...(cursor ? { cursor } : {}) });
      expect(page.body.total).toBe(45);
      seen.push(...ids(page));
      cursor = page.body.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(created);
    expect((await soeg(sb22300, { q: 'lager', cursor: 'ødelagt' })).status).toBe(400);
  });

  it('is open to a virksomhedskonsulent, keeps the criteria out of the operational log and puts them in the access log', async () => {
    await borgerMedCv({ overskrift: 'Tandklinikassistent' });
    const response = await soeg(vk22300, { q: 'tandklinikassistent', postnummer: '2970' });
    expect(response.status).toBe(200);
    expect(response.body.items.length).toBeGreaterThan(0);
    expect(t.logLines.join('')).not.toContain('tandklinikassistent');
    const [row] = await t.db.prisma.adgangslog.findMany({
      where: { entitet: 'cv', handling: 'soeg' },
      orderBy: { id: 'desc' },
      take: 1,
    });
    expect(row).toMatchObject({
      aktoerId: 'vk22300',
      soegekriterier: { q: 'tandklinikassistent', postnummer: '2970' },
    });
  });

  it('records each CV a page shows as read, beside the search itself (L1)', async () => {
    const foer = await t.db.prisma.adgangslog.aggregate({ _max: { id: true } });
    const response = await soeg(vk22300, { q: 'tandklinikassistent' });
    expect(response.status).toBe(200);
    const rows = await t.db.prisma.adgangslog.findMany({
      where: { id: { gt: foer._max.id ?? 0n } },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((row) => [row.handling, row.borgerId])).toEqual([
      ['soeg', null],
      ...response.body.items.map((item: { borgerId: string }) => ['laes', item.borgerId]),
    ]);
    expect(rows.every((row) => row.aktoerId === 'vk22300' && row.entitet === 'cv')).toBe(true);
  });

  it('refuses unknown criteria', async () => {
    expect((await soeg(sb22300, { q: 'x', cpr: '0101901234' })).status).toBe(400);
  });
});
