// Writes migrations/<timestamp>_<name>/migration.sql from the difference between the committed
// migrations and schema.prisma, without Prisma's native engine: `npm run db:new-migration -- <name>`.
import fs from 'node:fs';
import path from 'node:path';
import { openPglite, pgliteMigrationFactory } from '../src/client.js';
import { diffSql, migrationsDir, schemaPath } from '../src/migrate.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Brug: npm run db:new-migration -- <navn_med_små_bogstaver_og_underscore>');
  process.exit(2);
}

const pglite = await openPglite('memory://');
const sql = await diffSql(pgliteMigrationFactory(pglite), schemaPath, { migrationsDir });
await pglite.close();

if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
  console.error('schema.prisma og migrationerne er ens: ingen ny migration skrevet.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
console.error(`Skrev ${path.relative(process.cwd(), path.join(dir, 'migration.sql'))}`);
