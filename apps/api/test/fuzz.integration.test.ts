import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRoutes } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import type { Session } from './support/fixtures.js';
import { opretSag, type Sag, stiTil } from './support/sag.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// V1, C3: 10,000 generated bodies, query strings and headers over every JSON endpoint, sent as a caller who
// may use it. Nothing may answer 5xx or show a stack, a refused request may change nothing, and no input may
// reach Object.prototype.
const TOTAL = 10_000;

let t: TestApp;
let sb: Session;
let sag: Sag;

beforeAll(async () => {
  t = await createTestApp();
  sb = await t.loginAs('sb22300');
  sag = await opretSag(sb);
});
afterAll(() => t.close());

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
        cprHeader: fc.oneof(fc.constant(sag.cpr), fc.string({ maxLength: 12 })),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ body, query, ifMatch, noegle, cprHeader }) => {
          sent += 1;
          const foer = await raekker();
          const method = route.method;
          let request = sb.agent[method](stiTil(route.path, sag))
            .query(query)
            .set('X-CSRF-Token', sb.csrfToken);
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
