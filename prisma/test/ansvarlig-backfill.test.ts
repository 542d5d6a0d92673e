import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPglite, pgliteMigrationFactory } from '../src/client.js';
import { applyMigrations, migrationsDir } from '../src/migrate.js';

const MIGRATION = '20261207004435_ansvarlig_sagsbehandler';

// The backfill of ADR 0018 on a database as it stood before the migration: meetings get the caseworker who
// created them when that user is a sagsbehandler of the meeting's jobcentre; a citizen the latest such one of
// its present jobcentre.
describe(`migration ${MIGRATION}`, () => {
  it('backfills the ansvarlig of meetings and citizens from who created the meetings', async () => {
    const foer = fs.mkdtempSync(path.join(os.tmpdir(), 'migrationer-'));
    for (const navn of fs.readdirSync(migrationsDir)) {
      if (navn >= MIGRATION || !fs.statSync(path.join(migrationsDir, navn)).isDirectory()) continue;
      fs.cpSync(path.join(migrationsDir, navn), path.join(foer, navn), { recursive: true });
    }
    fs.copyFileSync(path.join(migrationsDir, 'migration_lock.toml'), path.join(foer, 'migration_lock.toml'));
    const pglite = await openPglite('memory://');
    try {
      const factory = pgliteMigrationFactory(pglite);
      await applyMigrations(factory, foer);
      await pglite.exec(`
        INSERT INTO "Myndighed" ("id", "type", "kode", "navn") VALUES
          ('00000000-0000-4000-8000-000000000001', 'jobcenter', '223', 'Hørsholm Kommune');
        INSERT INTO "Jobcenter" ("nummer", "navn", "myndighedId") VALUES
          ('22300', 'Jobcenter Hørsholm', '00000000-0000-4000-8000-000000000001'),
          ('22301', 'Ungeenheden', '00000000-0000-4000-8000-000000000001');
        INSERT INTO "Bruger" ("id", "brugernavn", "navn", "rolle", "jobcenterNummer", "adgangskodeHash") VALUES
          ('00000000-0000-4000-8000-0000000000a1', 'sb1', 'Signe', 'sagsbehandler', '22300', 'x'),
          ('00000000-0000-4000-8000-0000000000a2', 'sb2', 'Sune', 'sagsbehandler', '22301', 'x'),
          ('00000000-0000-4000-8000-0000000000a3', 'vk1', 'Vera', 'virksomhedskonsulent', '22300', 'x');
        INSERT INTO "Borger" ("id", "cpr", "fornavn", "efternavn", "kontaktgruppe", "ledighedsdato", "jobcenterNummer") VALUES
          ('00000000-0000-4000-8000-0000000000b1', '0101900001', 'A', 'A', 1, '2026-01-01', '22300'),
          ('00000000-0000-4000-8000-0000000000b2', '0101900002', 'B', 'B', 1, '2026-01-01', '22300'),
          ('00000000-0000-4000-8000-0000000000b3', '0101900003', 'C', 'C', 1, '2026-01-01', '22301'),
          ('00000000-0000-4000-8000-0000000000b4', '0101900004', 'D', 'D', 1, '2026-01-01', '22300');
        INSERT INTO "Indkaldelse" ("id", "borgerId", "jobcenterNummer", "samtaletype", "start", "slut", "moedeform", "oprettetAf", "createdAt") VALUES
          -- A: created by sb1, then self-booked later: the citizen keeps sb1
          ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000b1', '22300', 7, '2026-12-01T09:00Z', '2026-12-01T09:30Z', 2, 'sb1', '2026-11-01T09:00Z'),
          ('00000000-0000-4000-8000-0000000000c2', '00000000-0000-4000-8000-0000000000b1', '22300', 7, '2026-12-02T09:00Z', '2026-12-02T09:30Z', 2, 'Jobnet', '2026-11-02T09:00Z'),
          -- B: only a virksomhedskonsulent and a caseworker of another jobcentre created meetings: none
          ('00000000-0000-4000-8000-0000000000c3', '00000000-0000-4000-8000-0000000000b2', '22300', 7, '2026-12-01T10:00Z', '2026-12-01T10:30Z', 2, 'vk1', '2026-11-01T09:00Z'),
          ('00000000-0000-4000-8000-0000000000c4', '00000000-0000-4000-8000-0000000000b2', '22300', 7, '2026-12-01T11:00Z', '2026-12-01T11:30Z', 2, 'sb2', '2026-11-02T09:00Z'),
          -- C: moved from 22300 to 22301 after sb1 summoned: the meeting keeps sb1, the citizen has none
          ('00000000-0000-4000-8000-0000000000c5', '00000000-0000-4000-8000-0000000000b3', '22300', 7, '2026-12-01T12:00Z', '2026-12-01T12:30Z', 2, 'sb1', '2026-11-01T09:00Z');
      `);
      await applyMigrations(factory);
      const moeder = await pglite.query<{ id: string; ansvarligId: string | null }>(
        'SELECT "id", "ansvarligId" FROM "Indkaldelse" ORDER BY "id"',
      );
      expect(moeder.rows.map((r) => [r.id.slice(-2), r.ansvarligId?.slice(-2) ?? null])).toEqual([
        ['c1', 'a1'],
        ['c2', null],
        ['c3', null],
        ['c4', null],
        ['c5', 'a1'],
      ]);
      const borgere = await pglite.query<{ id: string; ansvarligId: string | null }>(
        'SELECT "id", "ansvarligId" FROM "Borger" ORDER BY "id"',
      );
      expect(borgere.rows.map((r) => [r.id.slice(-2), r.ansvarligId?.slice(-2) ?? null])).toEqual([
        ['b1', 'a1'],
        ['b2', null],
        ['b3', null],
        ['b4', null],
      ]);
    } finally {
      await pglite.close();
      fs.rmSync(foer, { recursive: true, force: true });
    }
  });
});
