import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client.js';
import { applyMigrations } from './migrate.js';

export type { Prisma } from './generated/prisma/client.js';
export { PrismaClient };

export type DbTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** `dataDir` is a folder for a persisted database, or `memory://` for one that lives in the process. */
  | { kind: 'pglite'; dataDir: string };

export interface Database {
  prisma: PrismaClient;
  kind: DbTarget['kind'];
  /** Migrations applied by this open (empty when the database was up to date). */
  applied: string[];
  close(): Promise<void>;
}

export async function openPglite(dataDir: string): Promise<PGlite> {
  return PGlite.create({ dataDir, extensions: { pg_trgm } });
}

/**
 * Opens the database and brings its schema up to date with the committed migrations.
 * PGlite is one connection: never use the outer client inside `$transaction(async (tx) => …)`.
 */
export async function openDatabase(target: DbTarget, options: { pglite?: PGlite } = {}): Promise<Database> {
  if (target.kind === 'postgres') {
    const factory = new PrismaPg({ connectionString: target.url, max: target.poolSize ?? 10 });
    const applied = await applyMigrations(factory as unknown as SqlMigrationAwareDriverAdapterFactory);
    const prisma = new PrismaClient({ adapter: factory });
    return { prisma, kind: 'postgres', applied, close: () => prisma.$disconnect() };
  }
  const pglite = options.pglite ?? (await openPglite(target.dataDir));
  const factory = new PrismaPGlite(pglite);
  const applied = await applyMigrations(factory as unknown as SqlMigrationAwareDriverAdapterFactory);
  const prisma = new PrismaClient({ adapter: factory });
  return {
    prisma,
    kind: 'pglite',
    applied,
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}
