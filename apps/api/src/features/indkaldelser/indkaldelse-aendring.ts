import { findIndkaldelseRegelbrud } from '@jobcenter/domain/moede/moede.rules';
import type { AccessLog } from '../../access-log/access-log.js';
import type { Aktoer } from '../../auth/aktoer.js';
import { requireBorger, requireBorgerByCpr } from '../../borger-adgang/borger-adgang.js';
import type { Clock } from '../../clock.js';
import type { Prisma, PrismaClient } from '../../db/prisma-types.js';
import type { BorgerHistorikLog } from '../../historik/borger-historik.js';
import { AppError } from '../../http/app-error.js';
import { type IndkaldelseRow, indkaldelserRepository } from './indkaldelser.repository.js';

export type Tx = Prisma.TransactionClient;

/** What the indkaldelse use cases need; each use case is one function of these and its arguments. */
export interface IndkaldelserDeps {
  prisma: PrismaClient;
  clock: Clock;
  accessLog: AccessLog;
  historik: BorgerHistorikLog;
}

export interface IndkaldelseFelter {
  samtaletype: number;
  start: string;
  slut: string;
  moedeform: number;
  adresse?: string | null | undefined;
  lokationsuddybning?: string | null | undefined;
  digitaltMoedelink?: string | null | undefined;
  personligtFremmoedePaakraevet?: boolean | undefined;
  begrundelse?: string | null | undefined;
}

/** R1, R2, R4 on the meeting as it will be stored; throws the contract's code for the first one broken. */
export function assertRegler(felter: {
  moedeform: number;
  adresse: string | null;
  digitaltMoedelink: string | null;
  personligtFremmoedePaakraevet: boolean;
  begrundelse: string | null;
}): void {
  const brud = findIndkaldelseRegelbrud(felter);
  if (brud)
    throw new AppError(brud.code, {
      detail: brud.message,
      errors: [{ path: brud.path, message: brud.message }],
    });
}

export const blankToNull = (value: string | null | undefined): string | null =>
  value?.trim() ? value.trim() : null;

/** A citizen by id (/api paths) or by CPR (the /v1 header). */
export type BorgerNoegle = { id: string } | { cpr: string };

export const findBorger = (tx: Tx, aktoer: Aktoer, borger: BorgerNoegle) =>
  'cpr' in borger ? requireBorgerByCpr(tx, aktoer, borger.cpr) : requireBorger(tx, aktoer, borger.id);

/** The meeting, when its citizen is visible to the caller; 404 otherwise. */
export async function requireIndkaldelse(
  tx: Tx | PrismaClient,
  aktoer: Aktoer,
  id: string,
): Promise<IndkaldelseRow> {
  const row = await indkaldelserRepository(tx).find(id);
  if (!row) throw new AppError('IKKE_FUNDET', { detail: 'Mødet findes ikke' });
  await requireBorger(tx, aktoer, row.borger.id);
  return row;
}

export const logRead = (
  deps: Pick<IndkaldelserDeps, 'accessLog'>,
  tx: Tx,
  aktoer: Aktoer,
  borgerId: string,
  formaal: string,
) =>
  deps.accessLog.record(tx, aktoer, {
    entitet: 'borger',
    entitetId: borgerId,
    borgerId,
    handling: 'laes',
    formaal,
  });

export const logChange = (
  deps: Pick<IndkaldelserDeps, 'accessLog'>,
  tx: Tx,
  aktoer: Aktoer,
  borgerId: string,
  handling: 'opret' | 'aendr' | 'slet',
  formaal: string,
) =>
  deps.accessLog.record(tx, aktoer, { entitet: 'borger', entitetId: borgerId, borgerId, handling, formaal });
