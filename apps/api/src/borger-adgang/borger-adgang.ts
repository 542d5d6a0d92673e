import type { Prisma, PrismaClient } from '@jobcenter/db/client';
import { systemKlientSerBorger } from '@jobcenter/domain/auth/system-adgang.rules';
import type { AccessLog } from '../access-log/access-log.js';
import type { Aktoer } from '../auth/aktoer.js';
import { type BorgerRow, borgereRepository } from '../features/borgere/borgere.repository.js';
import { AppError } from '../http/app-error.js';

/**
 * The citizen, when the caller's myndighed may see it; otherwise 404 IKKE_FUNDET, whether or not it exists
 * (api.md: another myndighed's citizen is not found). Every feature that touches a citizen starts here.
 */
export function requireBorger(
  tx: Prisma.TransactionClient | PrismaClient,
  aktoer: Aktoer,
  borgerId: string,
): Promise<BorgerRow> {
  if (aktoer.type === 'system' && aktoer.myndighed.type !== 'jobcenter') {
    return requireSynligForSystem(tx, aktoer, borgerId);
  }
  return requireIMyndighed(aktoer, (kode) => borgereRepository(tx).findInMyndighed(borgerId, kode));
}

/** The citizen named by CPR (a /v1 header), when the caller may see it; otherwise 404 IKKE_FUNDET. */
export async function requireBorgerByCpr(
  tx: Prisma.TransactionClient | PrismaClient,
  aktoer: Aktoer,
  cpr: string,
): Promise<BorgerRow> {
  const borger = await borgereRepository(tx).findByCpr(cpr);
  if (!borger) throw new AppError('IKKE_FUNDET', { detail: 'Borgeren findes ikke' });
  return requireBorger(tx, aktoer, borger.id);
}

/** An a-kasse's members, and the citizen Jobnet acts for: `systemKlientSerBorger` decides, else 404. */
async function requireSynligForSystem(
  tx: Prisma.TransactionClient | PrismaClient,
  klient: Extract<Aktoer, { type: 'system' }>,
  borgerId: string,
): Promise<BorgerRow> {
  const borger = await borgereRepository(tx).findById(borgerId);
  const synlig =
    borger &&
    systemKlientSerBorger(klient, {
      akasseKode: borger.akasse?.kode ?? null,
      jobcenterNummer: borger.jobcenter.nummer,
      cpr: borger.cpr,
    });
  if (!synlig) throw new AppError('IKKE_FUNDET', { detail: 'Borgeren findes ikke' });
  return borger;
}

/** What `find` returns from the caller's myndighed (a jobcentre's kode), or 404 IKKE_FUNDET. */
export async function requireIMyndighed<T>(
  aktoer: Aktoer,
  find: (myndighedKode: string) => Promise<T | null>,
): Promise<T> {
  const borger = aktoer.myndighed.type === 'jobcenter' ? await find(aktoer.myndighed.kode) : null;
  if (!borger) throw new AppError('IKKE_FUNDET', { detail: 'Borgeren findes ikke' });
  return borger;
}

/** For a route's `tjekAdgang`: the citizen in the path must be visible before its body is validated. */
export function borgerIStien(prisma: PrismaClient) {
  return async ({ aktoer, params }: { aktoer: Aktoer; params: { id: string } }) => {
    await requireBorger(prisma, aktoer, params.id);
  };
}

/** For records that belong to a citizen (an indkaldelse, an indsats): the citizen must be visible. */
export function borgerAfPost(
  prisma: PrismaClient,
  findBorgerId: (id: string) => Promise<string | null | undefined>,
) {
  return async ({ aktoer, params }: { aktoer: Aktoer; params: { id: string } }) => {
    const borgerId = await findBorgerId(params.id);
    if (!borgerId) throw new AppError('IKKE_FUNDET', { detail: 'Findes ikke' });
    await requireBorger(prisma, aktoer, borgerId);
  };
}

/**
 * A read of a citizen's data starts here: the citizen as the caller may see it (404 otherwise), and the
 * access-log entry for the read in the same transaction (ADR 0006: no data answered without its entry).
 */
export async function readBorger(
  tx: Prisma.TransactionClient,
  accessLog: AccessLog,
  aktoer: Aktoer,
  borgerId: string,
  formaal: string,
): Promise<BorgerRow> {
  const borger = await requireBorger(tx, aktoer, borgerId);
  await accessLog.record(tx, aktoer, {
    entitet: 'borger',
    entitetId: borgerId,
    borgerId,
    handling: 'laes',
    formaal,
  });
  return borger;
}
