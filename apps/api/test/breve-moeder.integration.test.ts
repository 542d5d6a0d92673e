import { paamindelsesTidspunkt } from '@jobcenter/domain/brev/brev.rules';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brevWorker } from '../src/features/breve/brev-worker.js';
import { indlejretKanal } from '../src/features/breve/indlejret-kanal.js';
import { createLogger } from '../src/logger.js';
import { del, opretBorger, patch, post, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The citizen is told (issue 17, api.md): letters and reminders that follow every change of a meeting, the
// PDF, delivery, and the meeting's outcome with its message to the a-kasse.
let t: TestApp;
let sb: Session;
let sb10100: Session;
const START = '2026-11-27T09:00:00Z';
beforeAll(async () => {
  t = await createTestApp();
  [sb, sb10100] = await Promise.all([t.loginAs('sb22300'), t.loginAs('sb10100')]);
});
afterAll(() => t.close());

interface Brev {
  id: string;
  type: string;
  kanal: string;
  status: string;
  planlagtTil: string;
  indkaldelseId: string | null;
}
const breve = async (borgerId: string): Promise<Brev[]> =>
  (await sb.agent.get(`/api/borgere/${borgerId}/breve`)).body.items;
const moede = (overrides: Record<string, unknown> = {}) => ({
  samtaletype: 7,
  start: '2026-12-10T08:30:00Z',
  slut: '2026-12-10T09:00:00Z',
  moedeform: 1,
  adresse: 'Slotsmarken 1, 2970 Hørsholm',
  ...overrides,
});

describe('letters and reminders follow the meeting', () => {
  it('an indkaldelse gives a letter now and one reminder at 09:00 the day before; a move replaces it; a cancellation cancels it', async () => {
    t.clock.set(START);
    const { id } = await opretBorger(sb);
    const oprettet = await post(sb, `/api/borgere/${id}/indkaldelser`).send(moede());
    expect(oprettet.status).toBe(201);
    let liste = await breve(id);
    expect(liste.map((b) => [b.type, b.kanal, b.status, b.planlagtTil]).sort()).toEqual([
      ['INDKALDELSE', 'digital_post', 'planlagt', '2026-11-27T09:00:00.000Z'],
      ['PAAMINDELSE', 'digital_post', 'planlagt', '2026-12-09T08:00:00.000Z'],
    ]);

    await patch(sb, `/api/indkaldelser/${oprettet.body.id}`, 1).send({
      start: '2026-12-15T08:30:00Z',
      slut: '2026-12-15T09:00:00Z',
    });
    liste = await breve(id);
    const paamindelser = liste.filter((b) => b.type === 'PAAMINDELSE');
    expect(paamindelser.map((b) => [b.status, b.planlagtTil]).sort()).toEqual([
      ['annulleret', '2026-12-09T08:00:00.000Z'],
      ['planlagt', '2026-12-14T08:00:00.000Z'],
    ]);
    expect(liste.filter((b) => b.type === 'AENDRING')).toHaveLength(1);

    // A change the citizen would not notice (the begrundelse) writes no letter.
    await patch(sb, `/api/indkaldelser/${oprettet.body.id}`, 2).send({ samtaletype: 7 });
    expect(await breve(id)).toHaveLength(liste.length);

    await del(sb, `/api/indkaldelser/${oprettet.body.id}`, 3).send({
      aflysningsaarsag: 'Sagsbehandleren er syg',
    });
    liste = await breve(id);
    expect(liste.filter((b) => b.type === 'PAAMINDELSE' && b.status === 'planlagt')).toEqual([]);
    expect(liste.filter((b) => b.type === 'AFLYSNING').map((b) => b.status)).toEqual(['planlagt']);
  });

  it('self-booking gives a receipt; a citizen with a mobile number gets the reminder by SMS', async () => {
    t.clock.set(START);
    const { id, cpr } = await opretBorger(sb);
    await t.db.prisma.borger.update({ where: { id }, data: { mobilnummer: '20304050' } });
    const tilbud = await t.request
      .post('/v1/moedetilbud')
      .set({ Authorization: 'Bearer demo-planner-22300' })
      .send({ start: '2026-12-11T08:00:00Z', slut: '2026-12-11T08:30:00Z', moedeformer: [2] });
    const booket = await t.request
      .post('/v1/borgerbooking')
      .set({ Authorization: 'Bearer demo-jobnet' })
      .set('x-civilregistrationIdentifier', cpr)
      .send({ moedetilbudId: tilbud.body.id, moedeform: 2 });
    expect(booket.status).toBe(201);
    expect((await breve(id)).map((b) => [b.type, b.kanal]).sort()).toEqual([
      ['KVITTERING', 'digital_post'],
      ['PAAMINDELSE', 'sms'],
    ]);
  });

  it('a meeting whose start has passed gets neither letter nor reminder; one the day before gets its reminder at once', async () => {
    t.clock.set(START);
    const { id } = await opretBorger(sb);
    await post(sb, `/api/borgere/${id}/indkaldelser`).send(
      moede({ start: '2026-11-26T08:30:00Z', slut: '2026-11-26T09:00:00Z' }),
    );
    expect(await breve(id)).toEqual([]);
    await post(sb, `/api/borgere/${id}/indkaldelser`).send(
      moede({ start: '2026-11-28T08:30:00Z', slut: '2026-11-28T09:00:00Z' }),
    );
    const paamindelse = (await breve(id)).find((b) => b.type === 'PAAMINDELSE');
    expect(paamindelse?.planlagtTil).toBe('2026-11-27T09:00:00.000Z');
  });

  it('the caseworker opens the letter as PDF (access-logged); another myndighed cannot', async () => {
    t.clock.set(START);
    const { id } = await opretBorger(sb);
    await post(sb, `/api/borgere/${id}/indkaldelser`).send(moede());
    const brev = (await breve(id)).find((b) => b.type === 'INDKALDELSE') as Brev;
    const pdf = await sb.agent
      .get(`/api/breve/${brev.id}/pdf`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const log = await t.db.prisma.adgangslog.findMany({
      where: { borgerId: id, formaal: 'Sagsbehandling: brev til borgeren' },
    });
    expect(log).toHaveLength(1);
    expect((await sb10100.agent.get(`/api/breve/${brev.id}/pdf`)).status).toBe(404);
  });

  it('the worker delivers them; a failed letter can be sent again, a sent one cannot', async () => {
    t.clock.set(START);
    const { id } = await opretBorger(sb);
    await post(sb, `/api/borgere/${id}/indkaldelser`).send(moede());
    await t.db.prisma.brev.updateMany({
      where: { status: 'planlagt', NOT: { borgerId: id } },
      data: { status: 'annulleret' },
    });
    const worker = brevWorker({
      prisma: t.db.prisma,
      kanal: indlejretKanal(t.db.prisma, t.clock),
      clock: t.clock,
      logger: createLogger('silent'),
    });
    expect(await worker.leverForfaldne()).toEqual({ sendt: 1, fejl: 0 });
    const [sendt] = (await breve(id)).filter((b) => b.type === 'INDKALDELSE');
    expect(sendt?.status).toBe('sendt');
    const igen = await post(sb, `/api/breve/${sendt?.id}/send-igen`).send();
    expect(igen.status).toBe(409);
    expect(igen.body.code).toBe('BREV_IKKE_FEJLET');
    await t.db.prisma.brev.update({
      where: { id: sendt?.id as string },
      data: { status: 'fejlet', forsoeg: 5, fejl: '451' },
    });
    const ok = await post(sb, `/api/breve/${sendt?.id}/send-igen`).send();
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'planlagt', forsoeg: 0, fejl: null });
  });
});

describe('the outcome of a meeting', () => {
  const feed = async () =>
    (
      await t.request
        .get('/v1/beskeder')
        .query({ antal: 500 })
        .set({ Authorization: 'Bearer demo-akasse-ak01' })
    ).body.items as { type: string; aendringstype: number; cpr: string; data: { indkaldelseId: string } }[];

  it('is recorded only from the start; afholdt keeps the samtalenotat; udeblevet tells the a-kasse, and a change tells it again', async () => {
    t.clock.set(START);
    const { id, cpr } = await opretBorger(sb, { kontaktgruppe: 1, akasse: 'AK01' });
    const m = (await post(sb, `/api/borgere/${id}/indkaldelser`).send(moede())).body;
    const udfald = (version: number, body: Record<string, unknown>) =>
      post(sb, `/api/indkaldelser/${m.id}/udfald`).set('If-Match', `"${version}"`).send(body);
    const foer = await udfald(1, { udfald: 'afholdt' });
    expect(foer.status).toBe(409);
    expect(foer.body.code).toBe('MOEDE_IKKE_BEGYNDT');

    t.clock.set('2026-12-10T08:31:00Z');
    sb = await t.loginAs('sb22300');
    const udeblevet = await post(sb, `/api/indkaldelser/${m.id}/udfald`)
      .set('If-Match', '"1"')
      .send({ udfald: 'udeblevet' });
    expect(udeblevet.status).toBe(200);
    expect(udeblevet.body.udfald).toMatchObject({ udfald: 'udeblevet', kommentar: null });
    const afholdt = await post(sb, `/api/indkaldelser/${m.id}/udfald`).set('If-Match', '"2"').send({
      udfald: 'afholdt',
      kommentar: 'Aftalt: søger tre stillinger om ugen. Næste samtale om en måned.',
    });
    expect(afholdt.status).toBe(200);
    expect(afholdt.body.udfald).toMatchObject({
      udfald: 'afholdt',
      kommentar: expect.stringContaining('Næste samtale'),
    });
    const beskeder = (await feed()).filter((b) => b.cpr === cpr && b.type === 'UDEBLIVELSE');
    expect(beskeder.map((b) => [b.aendringstype, b.data.indkaldelseId])).toEqual([
      [1, m.id],
      [3, m.id],
    ]);
    const historik = (await sb.agent.get(`/api/borgere/${id}/historik`)).body.items.map(
      (h: { type: string }) => h.type,
    );
    expect(historik).toEqual(expect.arrayContaining(['MOEDE_UDEBLEVET', 'MOEDE_AFHOLDT']));
  });

  it('is refused on a cancelled meeting, and never reaches the a-kasse for a citizen outside kontaktgruppe 1', async () => {
    t.clock.set(START);
    sb = await t.loginAs('sb22300');
    const { id, cpr } = await opretBorger(sb, { kontaktgruppe: 2, akasse: 'AK01' });
    const a = (await post(sb, `/api/borgere/${id}/indkaldelser`).send(moede())).body;
    const b = (
      await post(sb, `/api/borgere/${id}/indkaldelser`).send(
        moede({ start: '2026-12-10T10:00:00Z', slut: '2026-12-10T10:30:00Z' }),
      )
    ).body;
    await del(sb, `/api/indkaldelser/${b.id}`, 1).send({ aflysningsaarsag: 'Dobbeltbooket' });
    t.clock.set('2026-12-10T11:00:00Z');
    sb = await t.loginAs('sb22300');
    const aflyst = await post(sb, `/api/indkaldelser/${b.id}/udfald`)
      .set('If-Match', '"2"')
      .send({ udfald: 'udeblevet' });
    expect(aflyst.status).toBe(409);
    expect(aflyst.body.code).toBe('MOEDE_AFLYST');
    expect(
      (
        await post(sb, `/api/indkaldelser/${a.id}/udfald`)
          .set('If-Match', '"1"')
          .send({ udfald: 'udeblevet' })
      ).status,
    ).toBe(200);
    expect((await feed()).filter((besked) => besked.cpr === cpr && besked.type === 'UDEBLIVELSE')).toEqual(
      [],
    );
    const ugyldig = await post(sb, `/api/indkaldelser/${a.id}/udfald`)
      .set('If-Match', '"2"')
      .send({ udfald: 'glemt' });
    expect(ugyldig.status).toBe(400);
    expect(ugyldig.body.errors[0].message).toBe('Vælg afholdt eller udeblevet');
  });
});

describe('reminders under any sequence of changes (property, against a model)', () => {
  type Op =
    | { kind: 'flyt'; dage: number; time: number }
    | { kind: 'form'; moedeform: 1 | 2 }
    | { kind: 'aflys' }
    | { kind: 'tid'; timer: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant('flyt' as const),
      dage: fc.integer({ min: -2, max: 20 }),
      time: fc.integer({ min: 7, max: 16 }),
    }),
    fc.record({ kind: fc.constant('form' as const), moedeform: fc.constantFrom(1 as const, 2 as const) }),
    fc.record({ kind: fc.constant('aflys' as const) }),
    fc.record({ kind: fc.constant('tid' as const), timer: fc.integer({ min: 1, max: 72 }) }),
  );

  it('never two pending, never one for a moved or cancelled meeting, always one for a coming meeting before its window closes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 15 }),
        fc.array(op, { minLength: 1, maxLength: 8 }),
        async (dage, ops) => {
          t.clock.set(START);
          sb = await t.loginAs('sb22300');
          const { id } = await opretBorger(sb);
          const start = new Date(Date.parse(START) + dage * 86_400_000);
          const oprettet = await post(sb, `/api/borgere/${id}/indkaldelser`).send(
            moede({
              start: start.toISOString(),
              slut: new Date(start.getTime() + 1_800_000).toISOString(),
              moedeform: 2,
              adresse: null,
            }),
          );
          expect(oprettet.status).toBe(201);
          const model = {
            start,
            moedeform: 2,
            aflyst: false,
            version: 1,
            // Whether a reminder was due when the meeting last changed in a way the citizen notices.
            paamindelse: paamindelsesTidspunkt(start, t.clock.now()) !== null,
          };
          for (const o of ops) {
            if (o.kind === 'tid') {
              t.clock.advance(o.timer * 3_600_000);
              sb = await t.loginAs('sb22300');
            } else if (!model.aflyst) {
              if (o.kind === 'flyt') {
                const ny = new Date(
                  Date.parse(START.slice(0, 10)) + o.dage * 86_400_000 + o.time * 3_600_000,
                );
                const svar = await patch(sb, `/api/indkaldelser/${oprettet.body.id}`, model.version).send({
                  start: ny.toISOString(),
                  slut: new Date(ny.getTime() + 1_800_000).toISOString(),
                });
                expect(svar.status).toBe(200);
                if (ny.getTime() !== model.start.getTime()) {
                  model.paamindelse = paamindelsesTidspunkt(ny, t.clock.now()) !== null;
                }
                model.start = ny;
                model.version += 1;
              } else if (o.kind === 'form') {
                // In person needs an address (issue 18): the change to 1 gives one.
                const svar = await patch(sb, `/api/indkaldelser/${oprettet.body.id}`, model.version).send({
                  moedeform: o.moedeform,
                  ...(o.moedeform === 1 ? { adresse: 'Slotsmarken 1, 2970 Hørsholm' } : {}),
                });
                expect(svar.status).toBe(200);
                if (o.moedeform !== model.moedeform) {
                  model.paamindelse = paamindelsesTidspunkt(model.start, t.clock.now()) !== null;
                }
                model.moedeform = o.moedeform;
                model.version += 1;
              } else {
                const svar = await del(sb, `/api/indkaldelser/${oprettet.body.id}`, model.version).send({
                  aflysningsaarsag: 'Aflyst',
                });
                expect(svar.status).toBe(204);
                model.aflyst = true;
                model.paamindelse = false;
                model.version += 1;
              }
            }
            const ventende = await t.db.prisma.brev.findMany({
              where: { indkaldelseId: oprettet.body.id, type: 'PAAMINDELSE', status: 'planlagt' },
              select: { indhold: true, planlagtTil: true },
            });
            expect(ventende.length).toBeLessThanOrEqual(1);
            if (model.aflyst) expect(ventende).toEqual([]);
            for (const p of ventende) {
              // Never a reminder for the old time.
              expect((p.indhold as { moede: { start: string } }).moede.start).toBe(model.start.toISOString());
            }
            // Exactly the model's: one pending reminder when it was due at the last noticeable change, else none.
            expect(ventende.length).toBe(model.paamindelse ? 1 : 0);
          }
        },
      ),
      { numRuns: Number(process.env.BREVE_RUNS ?? 20) },
    );
  }, 120_000);
});
