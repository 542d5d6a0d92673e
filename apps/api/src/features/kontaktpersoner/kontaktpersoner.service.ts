import type { Kontaktperson } from '@jobcenter/domain/borger/kontaktperson.contract';
import type { AccessLog } from '../../access-log/access-log.js';
import type { Aktoer, BrugerAktoer } from '../../auth/aktoer.js';
import { requireBorger } from '../../borger-adgang/borger-adgang.js';
import type { PrismaClient } from '../../db/prisma-types.js';
import type { BorgerHistorikLog } from '../../historik/borger-historik.js';
import { AppError } from '../../http/app-error.js';
import { assertVersion } from '../../http/if-match.js';
import {
  type KontaktpersonFelter,
  type KontaktpersonRow,
  kontaktpersonerRepository,
} from './kontaktpersoner.repository.js';

function toDto(row: KontaktpersonRow, aktoer: Aktoer): Kontaktperson {
  return {
    id: row.id,
    navn: row.navn,
    rolle: row.rolle,
    telefon: row.telefon,
    email: row.email,
    myndighed: { kode: row.myndighed.kode, navn: row.myndighed.navn, type: row.myndighed.type },
    egen: row.myndighed.type === aktoer.myndighed.type && row.myndighed.kode === aktoer.myndighed.kode,
    version: row.version,
  };
}

export function kontaktpersonerService(deps: {
  prisma: PrismaClient;
  accessLog: AccessLog;
  historik: BorgerHistorikLog;
}) {
  const { prisma, accessLog, historik } = deps;

  /** The contact person, when its citizen is visible to the caller; 404 otherwise. */
  async function requireKontaktperson(tx: Parameters<typeof requireBorger>[0], aktoer: Aktoer, id: string) {
    const row = await kontaktpersonerRepository(tx).find(id);
    if (!row) throw new AppError('IKKE_FUNDET', { detail: 'Kontaktpersonen findes ikke' });
    await requireBorger(tx, aktoer, row.borgerId);
    return row;
  }

  async function requireEgenKontaktperson(
    tx: Parameters<typeof requireBorger>[0],
    aktoer: BrugerAktoer,
    id: string,
  ) {
    const row = await requireKontaktperson(tx, aktoer, id);
    if (!toDto(row, aktoer).egen) {
      throw new AppError('60018', { detail: 'FagprofessionelKontaktId tilhører en anden myndighed' });
    }
    return row;
  }

  return {
    list(aktoer: BrugerAktoer, borgerId: string) {
      return prisma.$transaction(async (tx) => {
        await requireBorger(tx, aktoer, borgerId);
        const rows = await kontaktpersonerRepository(tx).listForBorger(borgerId);
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: borgerId,
          borgerId,
          handling: 'laes',
          formaal: 'Sagsbehandling: borgerens fagprofessionelle kontaktpersoner',
        });
        return { items: rows.map((row) => toDto(row, aktoer)) };
      });
    },

    get(aktoer: BrugerAktoer, id: string) {
      return prisma.$transaction(async (tx) => {
        const row = await requireKontaktperson(tx, aktoer, id);
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: row.borgerId,
          borgerId: row.borgerId,
          handling: 'laes',
          formaal: 'Sagsbehandling: fagprofessionel kontaktperson',
        });
        return toDto(row, aktoer);
      });
    },

    create(aktoer: BrugerAktoer, borgerId: string, felter: KontaktpersonFelter & { navn: string }) {
      return prisma.$transaction(async (tx) => {
        await requireBorger(tx, aktoer, borgerId);
        const repository = kontaktpersonerRepository(tx);
        const myndighedId = await repository.myndighedId(aktoer.myndighed.type, aktoer.myndighed.kode);
        const row = await repository.create({ ...felter, borgerId, myndighedId });
        await historik.record(
          tx,
          aktoer,
          borgerId,
          'KONTAKTPERSON_OPRETTET',
          `Kontaktperson ${row.navn} tilføjet`,
        );
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: borgerId,
          borgerId,
          handling: 'opret',
          formaal: 'Sagsbehandling: ny fagprofessionel kontaktperson',
        });
        return toDto(row, aktoer);
      });
    },

    /** For the route's If-Match: the version, when the caller may change the contact person (R6: else 403). */
    async aktuelVersion(aktoer: BrugerAktoer, id: string): Promise<number> {
      return (await requireEgenKontaktperson(prisma, aktoer, id)).version;
    },

    /** R6: only the owning myndighed may change a contact person (else 403 60018). */
    update(aktoer: BrugerAktoer, id: string, version: number, felter: KontaktpersonFelter) {
      return prisma.$transaction(async (tx) => {
        const row = await requireEgenKontaktperson(tx, aktoer, id);
        assertVersion(row.version, version, 'kontaktpersonen');
        const repository = kontaktpersonerRepository(tx);
        if (!(await repository.updateIfVersion(id, version, felter))) {
          throw new AppError('VERSION_KONFLIKT', {
            detail: 'Nogen har ændret kontaktpersonen, siden du åbnede den.',
          });
        }
        await historik.record(
          tx,
          aktoer,
          row.borgerId,
          'KONTAKTPERSON_AENDRET',
          `Kontaktperson ${felter.navn ?? row.navn} ændret`,
        );
        await accessLog.record(tx, aktoer, {
          entitet: 'borger',
          entitetId: row.borgerId,
          borgerId: row.borgerId,
          handling: 'aendr',
          formaal: 'Sagsbehandling: ændring af fagprofessionel kontaktperson',
        });
        const updated = await repository.find(id);
        return toDto(updated as KontaktpersonRow, aktoer);
      });
    },
  };
}

export type KontaktpersonerService = ReturnType<typeof kontaktpersonerService>;
