import zlib from 'node:zlib';
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

describe('the doors before a route: URL, encodings, headers (issue 13)', () => {
  const login = { brugernavn: 'sb22300', adgangskode: 'demo' };

  it.each(['/api/borgere/%ZZ', '/api/borgere/%E0%A4%A', '/v1/vitas/indsatser/%C0%AF/ophoer', '/api/%ZZ'])(
    'answers a malformed percent-encoding in the path (%s) with a 4xx problem, never 500',
    async (path) => {
      const sb = await t.loginAs('sb22300');
      const response = await sb.agent.get(path).set('X-CSRF-Token', sb.csrfToken);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    },
  );

  it('answers 400 VALIDERINGSFEJL in Danish when a matched route cannot decode its path', async () => {
    const sb = await t.loginAs('sb22300');
    const response = await sb.agent.get('/api/borgere/%ZZ');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'VALIDERINGSFEJL',
      detail: 'Adressen indeholder en ugyldig procentkodning',
    });
  });

  it.each(['gzip', 'deflate', 'br', 'compress', 'x-ukendt'])(
    'refuses a body with Content-Encoding %s with 415, whether or not it unpacks, and logs nobody in',
    async (encoding) => {
      const packed = encoding === 'gzip' ? zlib.gzipSync(JSON.stringify(login)) : Buffer.from('garbage');
      const response = await t.request
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', encoding)
        .serialize((body: unknown) => body as string)
        .send(packed as unknown as string);
      expect(response.status).toBe(415);
      expect(response.body.code).toBe('INDHOLD_IKKE_UNDERSTOETTET');
      expect(response.headers['set-cookie']).toBeUndefined();
    },
  );

  it('refuses a body in another charset than UTF-8 with 415', async () => {
    const response = await t.request
      .post('/api/auth/login')
      .set('Content-Type', 'application/json; charset=latin1')
      .send(JSON.stringify(login));
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({
      code: 'INDHOLD_IKKE_UNDERSTOETTET',
      detail: 'Forespørgslen skal være UTF-8',
    });
  });

  it('answers a NUL in the login form with 400, not a database error', async () => {
    const response = await t.request
      .post('/api/auth/login')
      .send({ brugernavn: 'sb22300\u0000', adgangskode: 'demo' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDERINGSFEJL');
    // Refused by the contract, not by the database's error handled as a safety net.
    expect(t.logLines.join('')).not.toContain('input reached the database unchecked');
  });
});

describe('cross-site changes (CSRF defence in depth)', () => {
  const login = { brugernavn: 'sb22300', adgangskode: 'demo' };

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'Sec-Fetch-Site': 'same-site' }],
    ['another Origin', { Origin: 'https://angriber.example' }],
    ['Origin: null', { Origin: 'null' }],
  ])('refuses a login started by another site (%s) with 403 CSRF and no session', async (_name, headers) => {
    const response = await t.request.post('/api/auth/login').set(headers).send(login);
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('CSRF');
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a change from another site even with a valid session and CSRF token', async () => {
    const sb = await t.loginAs('sb22300');
    const response = await sb.agent
      .post('/api/borgere/soeg')
      .set('X-CSRF-Token', sb.csrfToken)
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ navn: 'Karen' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('CSRF');
  });

  it('lets the app’s own pages, direct navigation and programs through', async () => {
    const own = await t.request.post('/api/auth/login').set('Sec-Fetch-Site', 'same-origin').send(login);
    expect(own.status).toBe(200);
    const host = await t.request
      .post('/api/auth/login')
      .set('Host', 'jobcenter.local:3000')
      .set('Origin', 'http://jobcenter.local:3000')
      .send(login);
    expect(host.status).toBe(200);
    expect((await t.request.post('/api/auth/login').send(login)).status).toBe(200);
    // Reading is not a change: a link from elsewhere still opens the app.
    const read = await t.request.get('/api/auth/me').set('Sec-Fetch-Site', 'cross-site');
    expect(read.status).toBe(401);
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

  it('tells integrators to send an Idempotency-Key, on every creation a client may retry', async () => {
    const { body } = await t.request.get('/api/docs');
    expect(body.info.description).toContain('Idempotency-Key på hver POST');
    const fravaer = body.paths['/api/borgere/{id}/fravaer'].post;
    expect(fravaer.parameters.map((p: { name: string }) => p.name)).toContain('Idempotency-Key');
    expect(fravaer.responses['409'].description).toContain('IDEMPOTENS_I_GANG');
    expect(fravaer.responses['503'].description).toContain('DATABASE_UTILGAENGELIG');
    expect(fravaer.responses['415'].description).toContain('INDHOLD_IKKE_UNDERSTOETTET');
    const soeg = body.paths['/api/borgere/soeg'].post;
    expect(soeg.parameters.map((p: { name: string }) => p.name)).not.toContain('Idempotency-Key');
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

  it('writes one line per request with its id, method, URL, status and time, and reuses a harmless caller id', async () => {
    const { agent } = await t.loginAs('sb22300');
    const foer = t.logLines.length;
    const svar = await agent
      .get('/api/borgere/00000000-0000-4000-8000-000000000000')
      .set('X-Request-Id', 'kald-12345');
    expect(svar.status).toBe(404);
    expect(svar.headers['x-request-id']).toBe('kald-12345');
    const farlig = await t.request.get('/healthz').set('X-Request-Id', 'x y<script>alert(1)</script>');
    expect(farlig.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const linjer = t.logLines.slice(foer).map((l) => JSON.parse(l));
    const linje = linjer.find((l) => l.req?.id === 'kald-12345');
    expect(linje).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { method: 'GET', url: '/api/borgere/00000000-0000-4000-8000-000000000000' },
      res: { statusCode: 404 },
    });
    expect(linje.responseTime).toBeGreaterThanOrEqual(0);
    expect(linjer.filter((l) => l.req?.id === 'kald-12345')).toHaveLength(1);
  });

  it("logs a login under the request's id", async () => {
    const foer = t.logLines.length;
    await t.request
      .post('/api/auth/login')
      .set('X-Request-Id', 'login-98765')
      .send({ brugernavn: 'sb22300', adgangskode: 'demo' });
    const linjer = t.logLines.slice(foer).map((l) => JSON.parse(l));
    expect(linjer.find((l) => l.event === 'auth.login.ok')).toMatchObject({
      reqId: 'login-98765',
      brugernavn: 'sb22300',
    });
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
      sql: t.db.sql,
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
