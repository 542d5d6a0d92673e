import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health', () => {
  it('/healthz says the process is alive and /readyz that the database answers', async () => {
    expect((await t.request.get('/healthz')).body).toEqual({ status: 'ok' });
    const ready = await t.request.get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok' });
  });
});

describe('headers on every response', () => {
  it.each(['/healthz', '/api/auth/me', '/v1/virksomhedskonto', '/api/findes-ikke'])('%s', async (path) => {
    const response = await t.request.get(path);
    const csp = response.headers['content-security-policy'];
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBeDefined();
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    if (path.startsWith('/api') || path.startsWith('/v1'))
      expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('problem+json', () => {
  it('answers an unknown /api path with 404 IKKE_FUNDET', async () => {
    const response = await t.request.get('/api/findes-ikke');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual({
      type: 'urn:jobcenter:problem:IKKE_FUNDET',
      title: 'Ikke fundet',
      status: 404,
      detail: 'Adressen findes ikke',
      code: 'IKKE_FUNDET',
    });
  });

  it('answers malformed JSON with 400 VALIDERINGSFEJL and no parser details', async () => {
    const response = await t.request
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"brugernavn": ');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDERINGSFEJL');
    expect(JSON.stringify(response.body)).not.toMatch(/SyntaxError|at JSON|position/);
  });

  it('answers a body over 100 kB with 413', async () => {
    const response = await t.request
      .post('/api/auth/login')
      .send({ brugernavn: 'x'.repeat(200_000), adgangskode: 'demo' });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('FORESPOERGSEL_FOR_STOR');
  });

  it('does not let __proto__ in a body through validation or into Object.prototype', async () => {
    const response = await t.request
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"brugernavn":"sb22300","adgangskode":"demo","__proto__":{"polluted":true}}');
    expect(response.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('OpenAPI', () => {
  it('documents every route with its parameters and problem codes', async () => {
    const response = await t.request.get('/api/docs');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/auth/me',
        '/api/auth/logout',
        '/v1/virksomhedskonto',
        '/api/virksomheder',
        '/api/virksomheder/{cvr}',
        '/healthz',
        '/readyz',
      ]),
    );
    const konto = response.body.paths['/v1/virksomhedskonto'].get;
    expect(konto.parameters.map((p: { name: string }) => p.name)).toEqual(['cvrNummer', 'pNummer']);
    expect(konto.responses['401'].description).toContain('UGYLDIG_TOKEN');
    const ref = konto.responses['200'].content['application/json'].schema.$ref as string;
    expect(
      response.body.components.schemas[ref.replace('#/components/schemas/', '')].properties.items,
    ).toBeDefined();
    expect(response.body.components.schemas.Problem.properties.code).toBeDefined();
  });
});

describe('operational logs', () => {
  it('never contain session cookies, CSRF tokens, bearer tokens or CPR numbers', async () => {
    const { agent, csrfToken } = await t.loginAs('vk22300');
    await agent.get('/api/virksomheder').query({ q: 'Hørsholm' });
    await t.request.get('/v1/virksomhedskonto').set('Authorization', 'Bearer demo-jobcenter-22300');
    await t.request.get('/api/findes-ikke/0101901234');
    await agent.post('/api/auth/logout').set('X-CSRF-Token', csrfToken);
    const all = t.logLines.join('');
    expect(all).toContain('"url":"/api/virksomheder?q=H%C3%B8rsholm"');
    expect(all).not.toContain(csrfToken);
    expect(all).not.toContain('demo-jobcenter-22300');
    expect(all).not.toMatch(/jobcenter_sid=/);
    expect(all).not.toContain('0101901234');
    expect(all).toContain('[CPR]');
    for (const line of t.logLines) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('serving the SPA', () => {
  it('serves its files compressed and deep links as index.html, but never compresses the API', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { createApp } = await import('../src/app.js');
    const { createLogger } = await import('../src/logger.js');
    const supertest = (await import('supertest')).default;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spa-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      `<!doctype html><title>Jobcenter</title>${'<p>x</p>'.repeat(200)}`,
    );
    fs.writeFileSync(
      path.join(dir, 'assets', 'app-abc.js'),
      `console.log(${JSON.stringify('x'.repeat(5000))});`,
    );
    const app = createApp({
      prisma: t.db.prisma,
      config: { production: false, staticDir: dir, trustProxy: 0 },
      logger: createLogger('silent'),
      clock: t.clock,
    });
    const asset = await supertest(app).get('/assets/app-abc.js').set('Accept-Encoding', 'gzip');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    const deepLink = await supertest(app).get('/borgere/123/fravaer').set('Accept-Encoding', 'gzip');
    expect(deepLink.status).toBe(200);
    expect(deepLink.text).toContain('<title>Jobcenter</title>');
    expect(deepLink.headers['cache-control']).toBe('no-cache');
    const docs = await supertest(app).get('/api/docs').set('Accept-Encoding', 'gzip');
    expect(docs.headers['content-encoding']).toBeUndefined();
    expect((await supertest(app).get('/assets/findes-ikke.js')).status).toBe(404);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
