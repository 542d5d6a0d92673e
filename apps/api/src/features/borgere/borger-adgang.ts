import type { Prisma, PrismaClient } from '@jobcenter/db/client';
import type { Aktoer } from '../../auth/aktoer.js';
import { AppError } from '../../http/app-error.js';
import { type BorgerRow, borgereRepository } from './borgere.repository.js';

/**
 * The citizen, when the caller's myndighed may see it; otherwise 404 IKKE_FUNDET, whether or not it exists
 * (api.md: another myndighed's citizen is not found). Every feature that touches a citizen starts here.
 */
export async function requireBorger(
  tx: Prisma.TransactionClient | PrismaClient,
  aktoer: Aktoer,
  borgerId: string,
): Promise<BorgerRow> {
  const borger =
    aktoer.myndighed.type === 'jobcenter'
      ? await borgereRepository(tx).findInMyndighed(borgerId, aktoer.myndighed.kode)
      : null;
  if (!borger) throw new AppError('IKKE_FUNDET', { detail: 'Borgeren findes ikke' });
  return borger;
}
