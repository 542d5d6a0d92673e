import type { Prisma, PrismaClient } from '@jobcenter/db/client';
import type { Aktoer } from '../auth/aktoer.js';
import type { Clock } from '../clock.js';
import type { AdgangslogRaekke, HotReads } from '../db/hot-reads.js';

/** What the access log records about one use of a citizen's or company's data (Danish rules, L1). */
export interface Dataadgang {
  entitet: 'borger' | 'virksomhed' | 'jobordre' | 'cv';
  /** The record concerned; absent for a search, which records its criteria instead. */
  entitetId?: string | null;
  handling: 'laes' | 'soeg' | 'opret' | 'aendr' | 'slet' | 'vis-cpr' | 'eksport';
  /** Why the data was used, in Danish, as a person reading the log would understand it. */
  formaal: string;
  borgerId?: string | null;
  soegekriterier?: Record<string, unknown> | null;
}

type Tx = Prisma.TransactionClient | PrismaClient;

export interface AccessLog {
  /** Writes the entry with the caller's transaction, so a change and its log entry commit together. */
  record(tx: Tx, aktoer: Aktoer, adgang: Dataadgang): Promise<void>;
  recordMany(tx: Tx, aktoer: Aktoer, adgange: readonly Dataadgang[]): Promise<void>;
  /**
   * Writes the entries on their own, in one statement, for the reads that run without a transaction (ADR 0006,
   * 0013): the caller answers only after this has resolved.
   */
  recordDirect(aktoer: Aktoer, adgange: readonly Dataadgang[]): Promise<void>;
  /** The entry as a row, for a hot read that writes it in its own statement (ADR 0013). */
  entry(aktoer: Aktoer, adgang: Dataadgang): AdgangslogRaekke;
}

function aktoerId(aktoer: Aktoer): string {
  return aktoer.type === 'bruger' ? aktoer.brugernavn : aktoer.klientId;
}

export function createAccessLog(clock: Clock, hot: HotReads): AccessLog {
  const toRow = (aktoer: Aktoer, adgang: Dataadgang, tidspunkt: Date): AdgangslogRaekke => ({
    tidspunkt,
    aktoerType: aktoer.type,
    aktoerId: aktoerId(aktoer),
    myndighedType: aktoer.myndighed.type,
    myndighedKode: aktoer.myndighed.kode,
    entitet: adgang.entitet,
    entitetId: adgang.entitetId ?? null,
    handling: adgang.handling,
    formaal: adgang.formaal,
    borgerId: adgang.borgerId ?? null,
    soegekriterier: (adgang.soegekriterier ?? undefined) as Prisma.InputJsonValue | undefined,
  });
  return {
    async record(tx, aktoer, adgang) {
      await tx.adgangslog.create({ data: toRow(aktoer, adgang, clock.now()), select: { id: true } });
    },
    async recordMany(tx, aktoer, adgange) {
      if (adgange.length === 0) return;
      const tidspunkt = clock.now();
      await tx.adgangslog.createMany({ data: adgange.map((adgang) => toRow(aktoer, adgang, tidspunkt)) });
    },
    async recordDirect(aktoer, adgange) {
      if (adgange.length === 0) return;
      const tidspunkt = clock.now();
      await hot.adgangslog(adgange.map((adgang) => toRow(aktoer, adgang, tidspunkt)));
    },
    entry(aktoer, adgang) {
      return toRow(aktoer, adgang, clock.now());
    },
  };
}
