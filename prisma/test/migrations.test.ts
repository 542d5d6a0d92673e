import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, openPglite, pgliteMigrationFactory } from '../src/client.js';
import { diffSql, migrationsDir, schemaPath } from '../src/migrate.js';
import { seedDemo } from '../src/seed/demo.js';

describe('schema and migrations', () => {
  it('agree: the committed migrations produce exactly schema.prisma', async () => {
    const pglite = await openPglite('memory://');
    const sql = await diffSql(pgliteMigrationFactory(pglite), schemaPath, { migrationsDir });
    await pglite.close();
    // The engine answers an empty diff with a comment only; any statement means drift.
    const statements = sql
      .split('\n')
      .filter((line) => line.trim() && !line.trim().startsWith('--'))
      .join('\n');
    expect(
      statements,
      'schema.prisma has changes without a migration: npm run db:new-migration -- <navn>',
    ).toBe('');
  });
});

describe('openDatabase on PGlite', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const db of opened) await db.close();
  });

  it('applies every migration once and is idempotent, and the demo seed can run twice', async () => {
    const pglite = await openPglite('memory://');
    const first = await openDatabase({ kind: 'pglite', dataDir: 'memory://' }, { pglite });
    expect(first.applied.length).toBeGreaterThan(0);
    await seedDemo(first.prisma);
    await seedDemo(first.prisma);
    expect(await first.prisma.bruger.count({ where: { demo: true } })).toBe(4);
    expect(await first.prisma.produktionsenhed.count()).toBe(4);
    expect(await first.prisma.konfliktvarsel.count()).toBe(1);
    await first.prisma.$disconnect();
    const second = await openDatabase({ kind: 'pglite', dataDir: 'memory://' }, { pglite });
    opened.push(second);
    expect(second.applied).toEqual([]);
  });
});
