import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client.js';
import { applyMigrations } from './migrate.js';
import { preparedStatementNames } from './prepared-statements.js';

export { Prisma } from './generated/prisma/client.js';
export { PrismaClient };

export type DbTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** `dataDir` is a folder for a persisted database, or `memory://` for one that lives in the process. */
  | { kind: 'pglite'; dataDir: string };

/**
 * Plain SQL on the connections Prisma uses: on PostgreSQL the adapter's own pool, with the statement prepared
 * under `name` once per connection; on PGlite the same embedded database. For the few hot reads that Prisma's
 * query runtime cannot serve within their budget (ADR 0013); everything else goes through Prisma.
 */
export interface SqlRunner {
  query<T>(statement: { name: string; text: string }, values: readonly unknown[]): Promise<T[]>;
}

export interface Database {
  prisma: PrismaClient;
  sql: SqlRunner;
  kind: DbTarget['kind'];
  /** Migrations applied by this open (empty when the database was up to date). */
  applied: string[];
  close(): Promise<void>;
}

/** An embedded database: `dataDir` a folder, `memory://`, or a dump of a data directory to start from. */
export async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({
    dataDir,
    extensions: { pg_trgm, btree_gin },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
}

/**
 * The migration engine's view of an embedded database. The adapter's own shadow database is a bare PGlite
 * without our extensions, which the migrations create: give it one that has them.
 */
export function pgliteMigrationFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    // Closing the shadow in dispose made the diff fail ("PGlite is closed"): the in-memory shadow is left to GC.
    connectToShadowDb: async () =>
      (
        new PrismaPGlite(await openPglite('memory://')) as unknown as SqlMigrationAwareDriverAdapterFactory
      ).connect(),
  };
}

/**
 * Opens the database and brings its schema up to date with the committed migrations.
 * PGlite is one connection: never use the outer client inside `$transaction(async (tx) => …)`.
 */
export async function openDatabase(
  target: DbTarget,
  options: { pglite?: PGlite; onIdleConnectionError?: (error: Error) => void } = {},
): Promise<Database> {
  if (target.kind === 'postgres') {
    const config = { connectionString: target.url, max: target.poolSize ?? 10 };
    const applied = await applyMigrations(
      new PrismaPg(config) as unknown as SqlMigrationAwareDriverAdapterFactory,
    );
    // One pool for Prisma and the hot reads. An idle connection that the server ends (a restart,
    // pg_terminate_backend) is an 'error' on the pool, and Prisma listens only while it is connected: unheard,
    // it would end the process. The pool drops that connection and opens another for the next query.
    const pool = new pg.Pool(config);
    pool.on('error', (error) => options.onIdleConnectionError?.(error));
    const factory = new PrismaPg(pool, { statementNameGenerator: preparedStatementNames() });
    const prisma = new PrismaClient({ adapter: factory, errorFormat: 'minimal' });
    const sql: SqlRunner = {
      async query<T>(statement: { name: string; text: string }, values: readonly unknown[]) {
        const result = await pool.query({ name: statement.name, text: statement.text, values: [...values] });
        return result.rows as T[];
      },
    };
    return {
      prisma,
      sql,
      kind: 'postgres',
      applied,
      close: async () => {
        await prisma.$disconnect();
        // Prisma leaves a pool it was given open.
        if (!pool.ended) await pool.end();
      },
    };
  }
  const pglite = options.pglite ?? (await openPglite(target.dataDir));
  const applied = await applyMigrations(pgliteMigrationFactory(pglite));
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), errorFormat: 'minimal' });
  const sql: SqlRunner = {
    async query<T>(statement: { name: string; text: string }, values: readonly unknown[]) {
      return (await pglite.query<T>(statement.text, [...values])).rows;
    },
  };
  return {
    prisma,
    sql,
    kind: 'pglite',
    applied,
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}
