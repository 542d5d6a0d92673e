import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { createRoutes } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import { type AktoerNavn, aktoerer, matrix, OK } from './authz/matrix.js';
import type { Session } from './support/fixtures.js';
import { opretSag, type Sag, stiTil } from './support/sag.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
const sessioner = new Map<AktoerNavn, Session>();
const tokens: Partial<Record<AktoerNavn, string>> = {
  akasse: 'demo-akasse-ak01',
  jobcenter: 'demo-jobcenter-22300',
  jobnet: 'demo-jobnet',
  planner: 'demo-planner-22300',
  vitas: 'demo-vitas',
};
let sag: Sag;

beforeAll(async () => {
  t = await createTestApp();
  for (const bruger of ['sb22300', 'sb22301', 'sb10100', 'vk22300'] as const)
    sessioner.set(bruger, await t.loginAs(bruger));
  sag = await opretSag(sessioner.get('sb22300') as Session);
});
afterAll(() => t.close());

async function kald(aktoer: AktoerNavn, metode: string, sti: string) {
  const session = sessioner.get(aktoer);
  // Logging out would end the shared session: the logout cell gets a session of its own.
  const egen = sti === '/api/auth/logout' && session ? await t.loginAs(aktoer) : session;
  const base = egen ? egen.agent : t.request;
  const method = metode.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  let request = base[method](stiTil(sti, sag));
  if (egen) request = request.set('X-CSRF-Token', egen.csrfToken);
  const token = tokens[aktoer];
  if (token) request = request.set('Authorization', `Bearer ${token}`);
  request = request.set('x-civilregistrationIdentifier', sag.cpr);
  // An empty body: an allowed caller is stopped by validation or a precondition, so nothing changes.
  return metode === 'GET' ? request : request.send({});
}

describe('authorization matrix', () => {
  it('lists every route the API serves, and no route it does not', () => {
    const { routes } = createRoutes({
      prisma: t.db.prisma,
      sql: t.db.sql,
      config: { production: false, staticDir: '/x', trustProxy: 0 },
      logger: createLogger('silent'),
      clock: t.clock,
    });
    const served = routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect(served).toEqual(Object.keys(matrix).sort());
  });

  for (const [rute, raekke] of Object.entries(matrix)) {
    const [metode, sti] = rute.split(' ') as [string, string];
    for (const [index, aktoer] of aktoerer.entries()) {
      const forventet = raekke[index];
      it(`${rute} as ${aktoer} → ${forventet}`, async () => {
        const response = await kald(aktoer, metode, sti);
        if (forventet === OK) {
          expect([401, 403, 404], `${response.status} ${JSON.stringify(response.body)}`).not.toContain(
            response.status,
          );
          expect(response.status).toBeLessThan(500);
        } else {
          expect(response.status, JSON.stringify(response.body)).toBe(forventet);
        }
      });
    }
  }
});

describe('strict inputs (Z4: no mass assignment)', () => {
  it('every body contract refuses a field it does not know', () => {
    const { routes } = createRoutes({
      prisma: t.db.prisma,
      sql: t.db.sql,
      config: { production: false, staticDir: '/x', trustProxy: 0 },
      logger: createLogger('silent'),
      clock: t.clock,
    });
    const withBody = routes.filter((r) => r.body);
    expect(withBody.length).toBeGreaterThan(20);
    for (const route of withBody) {
      const result = (route.body as ZodType).safeParse({ myndighedId: 'x', version: 99 });
      expect(result.success, `${route.method} ${route.path}`).toBe(false);
      const codes = result.success ? [] : result.error.issues.map((issue) => issue.code);
      expect(codes, `${route.method} ${route.path}`).toContain('unrecognized_keys');
    }
  });
});
