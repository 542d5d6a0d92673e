import fs from 'node:fs';
import { Writable } from 'node:stream';
import { type Database, openDatabase, openPglite } from '@jobcenter/db/client';
import type { Express } from 'express';
import pg from 'pg';
import supertest from 'supertest';
import { inject } from 'vitest';
import { createApp } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import { createLogger } from '../../src/logger.js';
import { withDatabase } from './global-setup.js';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-27T09:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(instant: string | Date): void {
    this.current = new Date(instant);
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** A fresh copy of the seeded test database for one test file. */
export async function openTestDatabase(): Promise<Database> {
  const testDb = inject('testDb');
  if (testDb.kind === 'pglite') {
    const dump = new Blob([fs.readFileSync(testDb.dumpPath)]);
    const pglite = await openPglite('memory://', dump);
    return openDatabase({ kind: 'pglite', dataDir: 'memory://' }, { pglite });
  }
  const name = `jobcenter_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: testDb.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${testDb.template}"`);
  await admin.end();
  const db = await openDatabase({ kind: 'postgres', url: withDatabase(testDb.url, name), poolSize: 5 });
  return {
    ...db,
    close: async () => {
      await db.close();
      const dropper = new pg.Client({ connectionString: testDb.url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export interface TestApp {
  /** The Express app itself, for tests that serve it over real HTTP. */
  app: Express;
  /** Requests without a cookie jar: each one is anonymous unless it sets its own headers. */
  request: ReturnType<typeof supertest>;
  /** A fresh cookie jar on the same app. */
  agent(): supertest.Agent;
  db: Database;
  clock: TestClock;
  /** Every line the app logged, as written (after redaction). */
  logLines: string[];
  /** A fresh cookie jar on the same app, logged in as `brugernavn` (password "demo"). */
  loginAs(brugernavn: string): Promise<{ agent: supertest.Agent; csrfToken: string }>;
  close(): Promise<void>;
}

export async function createTestApp(options: { production?: boolean; db?: Database } = {}): Promise<TestApp> {
  const db = options.db ?? (await openTestDatabase());
  const clock = new TestClock();
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      logLines.push(String(chunk));
      callback();
    },
  });
  const logger = createLogger('info', sink);
  const app = createApp({
    prisma: db.prisma,
    sql: db.sql,
    config: { production: options.production ?? false, staticDir: '/nonexistent', trustProxy: 0 },
    logger,
    clock,
  });
  return {
    app,
    request: supertest(app),
    agent: () => supertest.agent(app),
    db,
    clock,
    logLines,
    async loginAs(brugernavn) {
      const agent = supertest.agent(app);
      const response = await agent.post('/api/auth/login').send({ brugernavn, adgangskode: 'demo' });
      if (response.status !== 200) throw new Error(`login ${brugernavn} failed: ${response.status}`);
      return { agent, csrfToken: response.body.csrfToken as string };
    },
    close: () => (options.db ? Promise.resolve() : db.close()),
  };
}
