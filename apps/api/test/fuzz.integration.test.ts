import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRoutes } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import { opretBorger, post, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// V1, C3: 10,000 generated bodies, query strings and headers over every JSON endpoint, sent as a caller who
// may use it. Nothing may answer 5xx or show a stack, a refused request may change nothing, and no input may
// reach Object.prototype.
const TOTAL = 10_000;

let t: TestApp;
let sb: Session;
const ids: Record<string, string> = {};
let cpr = '';

beforeAll(async () => {
  t = await createTestApp();
  sb = await t.loginAs('sb22300');
  const borger = await opretBorger(sb, { kontaktgruppe: 1, akasse: 'AK01' });
  ids.borger = borger.id;
  cpr = borger.cpr;
  ids.kontaktperson = (
    await post(sb, `/api/borgere/${borger.id}/kontaktpersoner`).send({ navn: 'Kim' })
  ).body.id;
  ids.indkaldelse = (
    await post(sb, `/api/borgere/${borger.id}/indkaldelser`).send({
      samtaletype: 7,
      start: '2026-12-03T08:30:00Z',
      slut: '2026-12-03T09:00:00Z',
      moedeform: 1,
    })
  ).body.id;
  ids.fravaer = (
    await post(sb, `/api/borgere/${borger.id}/fravaer`).send({ fravaersaarsag: 10, startdato: '2026-12-20' })
  ).body.id;
  ids.indsats = (
    await post(sb, `/api/borgere/${borger.id}/indsatser`).send({ type: 'MENTOR', startdato: '2026-11-01' })
  ).body.id;
  ids.jobordre = (
    await post(sb, '/api/jobordrer').send({
      titel: 'Tømrer',
      cvrNummer: '31501202',
      antalStillinger: 1,
      ansvarligtJobcenter: '22300',
    })
  ).body.id;
  ids.formidling = (
    await post(sb, `/api/jobordrer/${ids.jobordre}/formidlinger`).send({
      borgerId: borger.id,
      formidlingsstatus: 1,
    })
  ).body.id;
});
afterAll(() => t.close());

function sti(path: string): string {
  const id = path.startsWith('/api/borgere/:id')
    ? ids.borger
    : path.startsWith('/api/kontaktpersoner')
      ? ids.kontaktperson
      : path.startsWith('/api/indkaldelser')
        ? ids.indkaldelse
        : path.startsWith('/api/fravaer/')
          ? ids.fravaer
          : path.includes('/indsatser/:id')
            ? ids.indsats
            : path.startsWith('/api/jobordrer')
              ? ids.jobordre
              : path.startsWith('/api/formidlinger')
                ? ids.formidling
                : '7d2e5b90-1c44-4f0a-8e61-000000000001';
  return path.replace(':cvr', '31501202').replace(':id', id as string);
}

const TABELLER = [
  'Borger',
  'Kontaktperson',
  'Indkaldelse',
  'Moedetilbud',
  'Fravaer',
  'FravaerVersion',
  'Webservicebesked',
  'Indsats',
  'JoblogPost',
  'Jobordre',
  'Formidling',
  'Konfliktvarsel',
  'Cv',
  'BorgerHistorik',
  'Adgangslog',
  'IdempotensNoegle',
];

async function raekker(): Promise<string> {
  const counts = await t.db.prisma.$queryRawUnsafe<Record<string, bigint>[]>(
    `SELECT ${TABELLER.map((tabel) => `(SELECT count(*) FROM "${tabel}") AS "${tabel}"`).join(', ')}`,
  );
  return JSON.stringify(counts[0], (_k, v) => (typeof v === 'bigint' ? Number(v) : v));
}

const noeglerFor = (schema: z.ZodType | undefined): string[] => {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: object;
    $defs?: Record<string, { properties?: object }>;
  };
  const props = json.properties ?? Object.values(json.$defs ?? {})[0]?.properties ?? {};
  return Object.keys(props);
};

describe('fuzzing every JSON endpoint (V1, C3)', () => {
  it(`survives ${TOTAL} generated requests without 5xx, stack traces, partial writes or prototype pollution`, async () => {
    const { routes } = createRoutes({
      prisma: t.db.prisma,
      config: { production: false, staticDir: '/x', trustProxy: 0 },
      logger: createLogger('silent'),
      clock: t.clock,
    });
    // Logging out would end the session the fuzzing uses; everything else is fair game.
    const targets = routes.filter((r) => r.path !== '/api/auth/logout');
    const perRoute = Math.ceil(TOTAL / targets.length);
    let sent = 0;
    for (const route of targets) {
      const keys = [
        ...noeglerFor(route.body),
        ...noeglerFor(route.query),
        '__proto__',
        'constructor',
        'prototype',
      ];
      const vaerdi = fc.oneof(
        fc.anything(),
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.date().map((d) => (Number.isNaN(d.getTime()) ? '' : d.toISOString())),
      );
      const input = fc.record({
        body: fc.oneof(fc.anything(), fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), vaerdi)),
        query: fc.dictionary(
          fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 10 })),
          fc.oneof(fc.string(), fc.integer().map(String)),
        ),
        ifMatch: fc.option(
          fc.oneof(
            fc.string(),
            fc.nat().map((n) => `"${n}"`),
          ),
        ),
        noegle: fc.option(fc.string({ minLength: 0, maxLength: 120 })),
        cprHeader: fc.oneof(fc.constant(cpr), fc.string({ maxLength: 12 })),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ body, query, ifMatch, noegle, cprHeader }) => {
          sent += 1;
          const foer = await raekker();
          const method = route.method;
          let request = sb.agent[method](sti(route.path)).query(query).set('X-CSRF-Token', sb.csrfToken);
          if (route.path.startsWith('/v1')) request = request.set('Authorization', 'Bearer demo-jobnet');
          if (ifMatch !== null) request = request.set('If-Match', ifMatch.replace(/[^\x20-\x7e]/g, ''));
          if (noegle !== null) request = request.set('Idempotency-Key', noegle.replace(/[^\x20-\x7e]/g, ''));
          request = request.set('x-civilregistrationIdentifier', cprHeader.replace(/[^\x20-\x7e]/g, ''));
          const response =
            method === 'get'
              ? await request
              : await request.send(JSON.stringify(body) ?? 'null').type('json');
          expect(response.status, `${method} ${route.path} ${JSON.stringify(body)}`).toBeLessThan(500);
          expect(response.text).not.toMatch(/\n\s+at |\.ts:\d|PrismaClient|SELECT |stack/);
          expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
          expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
          if (response.status >= 400)
            expect(await raekker(), `${method} ${route.path} changed rows on ${response.status}`).toBe(foer);
        }),
        { numRuns: perRoute, seed: 20261127 },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(TOTAL);
  }, 600_000);
});
