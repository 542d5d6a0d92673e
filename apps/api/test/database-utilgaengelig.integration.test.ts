import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opretBorger, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// A lost database connection is 503 DATABASE_UTILGAENGELIG with Retry-After on either database, never 500,
// and what the request had begun is not saved.
let t: TestApp;
let sb: Session;
beforeAll(async () => {
  t = await createTestApp();
  sb = await t.loginAs('sb22300');
  // The connection dies inside the request's transaction, at the fravær insert whose kommentar asks for it.
  // PostgreSQL's own backend is terminated; PGlite (one process, no other backends) reports the same
  // SQLSTATE 57P01 that a terminated backend gives.
  const doed =
    t.db.kind === 'postgres'
      ? 'PERFORM pg_terminate_backend(pg_backend_pid());'
      : "RAISE EXCEPTION 'terminating connection due to administrator command' USING ERRCODE = '57P01';";
  await t.db.prisma.$executeRawUnsafe(
    `CREATE FUNCTION test_afbryd() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN IF NEW.kommentar = 'afbryd forbindelsen' THEN ${doed} END IF; RETURN NEW; END $$`,
  );
  await t.db.prisma.$executeRawUnsafe(
    'CREATE TRIGGER test_afbryd BEFORE INSERT ON "Fravaer" FOR EACH ROW EXECUTE FUNCTION test_afbryd()',
  );
});
afterAll(() => t.close());

describe('a lost database connection', () => {
  it('mid-request is answered 503 with Retry-After, saves nothing, and the next request is served', async () => {
    const { id } = await opretBorger(sb, { kontaktgruppe: 1, akasse: 'AK01' });
    const beskederFoer = await t.db.prisma.webservicebesked.count();
    const response = await sb.agent
      .post(`/api/borgere/${id}/fravaer`)
      .set('X-CSRF-Token', sb.csrfToken)
      .send({ fravaersaarsag: 10, startdato: '2027-02-01', kommentar: 'afbryd forbindelsen' });
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('DATABASE_UTILGAENGELIG');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.stringify(response.body)).not.toMatch(/57P01|administrator|prisma/i);
    expect(await t.db.prisma.fravaer.count({ where: { borgerId: id } })).toBe(0);
    expect(await t.db.prisma.webservicebesked.count()).toBe(beskederFoer);

    const igen = await sb.agent
      .post(`/api/borgere/${id}/fravaer`)
      .set('X-CSRF-Token', sb.csrfToken)
      .send({ fravaersaarsag: 10, startdato: '2027-02-01', kommentar: 'nu går det' });
    expect(igen.status).toBe(201);
  });

  it('while the database is gone answers 503, and /readyz says so', async () => {
    // PostgreSQL: every backend terminated and new connections refused. PGlite: the embedded database closed.
    const admin =
      t.db.kind === 'postgres' ? new pg.Client({ connectionString: process.env.DATABASE_URL }) : null;
    const [row] = await t.db.prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
    const navn = (row as { db: string }).db;
    if (admin) {
      await admin.connect();
      await admin.query(`ALTER DATABASE "${navn}" WITH ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [navn]);
    } else {
      await t.db.close();
    }
    try {
      const response = await sb.agent.get('/api/jobcentre');
      expect(response.status).toBe(503);
      expect(response.body.code).toBe('DATABASE_UTILGAENGELIG');
      expect(response.headers['retry-after']).toBeDefined();
      expect((await t.request.get('/readyz')).status).toBe(503);
    } finally {
      if (admin) {
        await admin.query(`ALTER DATABASE "${navn}" WITH ALLOW_CONNECTIONS true`);
        await admin.end();
      }
    }
  });
});
