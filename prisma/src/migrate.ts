// Offline migrations on Prisma's wasm schema engine. Prisma's CLI downloads a native engine for
// migrate/db push, which cannot be fetched here (docs/decisions/0002-offline-migrations.md).
// These are internal Prisma APIs: the versions are pinned exactly; re-test when upgrading Prisma.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);

export const schemaPath = path.resolve(import.meta.dirname, '..', 'schema.prisma');
export const migrationsDir = path.resolve(import.meta.dirname, '..', 'migrations');

interface WasmBindings {
  __wbg_set_wasm(exports: unknown): void;
  SchemaEngine: {
    new: (
      options: { datamodels: [string, string][] },
      log: (message: string) => void,
      adapter: unknown,
    ) => Promise<SchemaEngineInstance>;
  };
}
interface SchemaEngineInstance {
  free(): void;
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ stdout: string }>;
}

// Typed by hand: the WebAssembly global is not in the Node-only lib set.
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: unknown } }>;
}

let loaded: Promise<void> | undefined;
function loadEngine(): Promise<void> {
  // Node cannot `import x.wasm`; instantiate it by hand, once per process.
  loaded ??= (async () => {
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasm = fs.readFileSync(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
    const { instance } = await (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly.instantiate(
      wasm,
      {
        './schema_engine_bg.js': bg,
      },
    );
    (bg as unknown as WasmBindings).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  })();
  return loaded;
}

const filters = { externalTables: [] as string[], externalEnums: [] as string[] };

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaFile: string,
  run: (engine: SchemaEngineInstance, files: { path: string; content: string }[]) => Promise<T>,
): Promise<T> {
  await loadEngine();
  const content = fs.readFileSync(schemaFile, 'utf8');
  // engine.free() does not dispose the adapters it opened, so track them.
  const opened: { dispose(): Promise<void> }[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  // The engine arms 10 s timers that would keep a finished process alive: unref them while it runs.
  const realSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
    const timer = realSetTimeout(...args);
    timer.unref?.();
    return timer;
  }) as typeof setTimeout;
  const engine = await (bg as unknown as WasmBindings).SchemaEngine.new(
    { datamodels: [[schemaFile, content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  try {
    return await run(engine, [{ path: schemaFile, content }]);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
    globalThis.setTimeout = realSetTimeout;
  }
}

function migrationsList(dir: string) {
  const dirs = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => fs.statSync(path.join(dir, name)).isDirectory())
        .sort()
    : [];
  const lock = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    shadowDbInitScript: '',
    lockfile: {
      path: 'migration_lock.toml',
      content: fs.existsSync(lock) ? fs.readFileSync(lock, 'utf8') : null,
    },
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/** Applies the committed migrations not yet applied; writes Prisma's normal `_prisma_migrations` table. */
export async function applyMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  dir: string = migrationsDir,
): Promise<string[]> {
  return withEngine(factory, schemaPath, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: migrationsList(dir), filters });
    return result.appliedMigrationNames;
  });
}

/**
 * The SQL that takes a database in the state of `fromSchemaFile` (or an empty one) to `toSchemaFile`.
 * The engine still wants a live connection: give it an in-memory PGlite.
 */
export async function diffSql(
  factory: SqlMigrationAwareDriverAdapterFactory,
  toSchemaFile: string,
  from: { schemaFile: string } | { migrationsDir: string } | 'empty',
): Promise<string> {
  return withEngine(factory, toSchemaFile, async (engine, files) => {
    const fromSpec =
      from === 'empty'
        ? { tag: 'empty' }
        : 'schemaFile' in from
          ? {
              tag: 'schemaDatamodel',
              files: [{ path: from.schemaFile, content: fs.readFileSync(from.schemaFile, 'utf8') }],
            }
          : { tag: 'migrations', ...migrationsList(from.migrationsDir) };
    const result = await engine.diff({
      from: fromSpec,
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters,
    });
    return result.stdout;
  });
}
