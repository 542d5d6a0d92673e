import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, openPglite } from '@jobcenter/db/client';
import { seedDemo } from '@jobcenter/db/seed/demo';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { kind: 'pglite'; dumpPath: string } | { kind: 'postgres'; url: string; template: string };
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

// Migrating and seeding once, then giving each test file a copy, keeps files isolated and fast:
// PGlite loads a dump of the seeded database; PostgreSQL clones a template database.
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const pglite = await openPglite('memory://');
    const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' }, { pglite });
    await seedDemo(db.prisma);
    await db.prisma.$disconnect();
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    const dumpPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jobcenter-test-')), 'seeded.tar');
    fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
    project.provide('testDb', { kind: 'pglite', dumpPath });
    return () => fs.rmSync(path.dirname(dumpPath), { recursive: true, force: true });
  }

  const template = `jobcenter_tmpl_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  const db = await openDatabase({ kind: 'postgres', url: withDatabase(url, template), poolSize: 2 });
  await seedDemo(db.prisma);
  await db.close();
  project.provide('testDb', { kind: 'postgres', url, template });
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`jobcenter_t%_${process.pid}_%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  };
}
