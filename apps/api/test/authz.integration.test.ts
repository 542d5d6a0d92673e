import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { createRoutes } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import { type AktoerNavn, aktoerer, matrix, OK } from './authz/matrix.js';
import { opretBorger, post, type Session } from './support/fixtures.js';
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
const ids: Record<string, string> = {};
let cpr = '';

beforeAll(async () => {
  t = await createTestApp();
  for (const bruger of ['sb22300', 'sb22301', 'sb10100', 'vk22300'] as const)
    sessioner.set(bruger, await t.loginAs(bruger));
  const sb = sessioner.get('sb22300') as Session;
  const vk = sessioner.get('vk22300') as Session;
  const borger = await opretBorger(sb, { kontaktgruppe: 1, akasse: 'AK01', ledighedsdato: '2025-01-01' });
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
  await sb.agent
    .put(`/api/borgere/${borger.id}/cv`)
    .set('X-CSRF-Token', sb.csrfToken)
    .send({ overskrift: 'Tømrer', postnummer: '2970', soegbart: true });
  ids.jobordre = (
    await post(vk, '/api/jobordrer').send({
      titel: 'Tømrer',
      cvrNummer: '31501202',
      antalStillinger: 1,
      ansvarligtJobcenter: '22300',
    })
  ).body.id;
  ids.formidling = (
    await post(vk, `/api/jobordrer/${ids.jobordre}/formidlinger`).send({
      borgerId: borger.id,
      formidlingsstatus: 1,
    })
  ).body.id;
  ids.konfliktvarsel = '7d2e5b90-1c44-4f0a-8e61-000000000001';
  for (const [navn, id] of Object.entries(ids)) if (!id) throw new Error(`fixture ${navn} missing`);
});
afterAll(() => t.close());

function konkretSti(sti: string): string {
  const id = sti.startsWith('/api/borgere/:id')
    ? ids.borger
    : sti.startsWith('/api/kontaktpersoner')
      ? ids.kontaktperson
      : sti.startsWith('/api/indkaldelser')
        ? ids.indkaldelse
        : sti.startsWith('/api/fravaer/')
          ? ids.fravaer
          : sti.includes('/indsatser/:id')
            ? ids.indsats
            : sti.startsWith('/api/jobordrer')
              ? ids.jobordre
              : sti.startsWith('/api/formidlinger')
                ? ids.formidling
                : ids.konfliktvarsel;
  return sti.replace(':cvr', '31501202').replace(':id', id as string);
}

async function kald(aktoer: AktoerNavn, metode: string, sti: string) {
  const session = sessioner.get(aktoer);
  // Logging out would end the shared session: the logout cell gets a session of its own.
  const egen = sti === '/api/auth/logout' && session ? await t.loginAs(aktoer) : session;
  const base = egen ? egen.agent : t.request;
  const method = metode.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  let request = base[method](konkretSti(sti));
  if (egen) request = request.set('X-CSRF-Token', egen.csrfToken);
  const token = tokens[aktoer];
  if (token) request = request.set('Authorization', `Bearer ${token}`);
  request = request.set('x-civilregistrationIdentifier', cpr);
  // An empty body: an allowed caller is stopped by validation or a precondition, so nothing changes.
  return metode === 'GET' ? request : request.send({});
}

describe('authorization matrix', () => {
  it('lists every route the API serves, and no route it does not', () => {
    const { routes } = createRoutes({
      prisma: t.db.prisma,
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
