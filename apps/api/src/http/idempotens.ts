import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '@jobcenter/db/client';
import type { Request } from 'express';
import type { Aktoer } from '../auth/aktoer.js';
import type { Clock } from '../clock.js';
import type { AmbientTransactions } from '../db/ambient-transaction.js';
import { isUniqueViolation } from '../db/errors.js';
import { AppError } from './app-error.js';
import type { HandlerResult } from './route.js';

const NOEGLE = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * Idempotency-Key (P4, draft-ietf-httpapi-idempotency-key-header): a retry with the same key and request gets
 * the stored answer; the same key with another request is 422; one still running is 409. Keys belong to the
 * caller (a user or a system client), so two callers never share one.
 *
 * The key's record is written in the change's own transaction, with the answer (decision 0012): a commit keeps
 * both, a rollback or a lost connection neither, so a retry replays the answer or runs once. "Running" is a
 * transaction-scoped advisory lock on the key, which PostgreSQL releases when the transaction ends for any
 * reason, so a request that died never leaves its key taken.
 */
export function idempotens(deps: { transactions: AmbientTransactions; clock: Clock }) {
  const { transactions, clock } = deps;
  return async function medIdempotens(
    req: Request,
    aktoer: Aktoer | null,
    run: () => Promise<HandlerResult | undefined>,
  ): Promise<HandlerResult | undefined> {
    const noegle = req.headers['idempotency-key'];
    if (noegle === undefined || !aktoer) return run();
    if (typeof noegle !== 'string' || !NOEGLE.test(noegle)) {
      throw new AppError('VALIDERINGSFEJL', {
        errors: [
          {
            path: 'Idempotency-Key',
            message: 'Idempotency-Key skal være 8–100 tegn: bogstaver, cifre, - og _',
          },
        ],
      });
    }
    const ejer = aktoer.type === 'bruger' ? `bruger:${aktoer.brugerId}` : `system:${aktoer.klientId}`;
    const forespoergsel = createHash('sha256')
      .update(
        `${req.method} ${req.originalUrl}\n${req.headers['x-civilregistrationidentifier'] ?? ''}\n${JSON.stringify(req.body ?? null)}`,
      )
      .digest('base64url');
    try {
      return await transactions.run(async (tx) => {
        const [laas] = await tx.$queryRaw<{ ok: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(hashtextextended(${`${ejer}\n${noegle}`}, 0)) AS ok`;
        if (!laas?.ok) throw new AppError('IDEMPOTENS_I_GANG');
        const tidligere = await tx.idempotensNoegle.findUnique({ where: { ejer_noegle: { ejer, noegle } } });
        if (tidligere && tidligere.forespoergsel !== forespoergsel) {
          throw new AppError('IDEMPOTENS_NOEGLE_GENBRUGT');
        }
        if (tidligere?.status != null) {
          return {
            status: tidligere.status,
            body: tidligere.svar ?? undefined,
            headers: {
              ...((tidligere.headers as Record<string, string> | null) ?? {}),
              'Idempotent-Replayed': 'true',
            },
          };
        }
        const result = await run();
        // A refusal (an AppError) rolls the transaction back: nothing was changed and the key stays free.
        if (result) {
          const svar = {
            forespoergsel,
            status: result.status,
            svar: (result.body ?? null) as Prisma.InputJsonValue,
            headers: (result.headers ?? {}) as Prisma.InputJsonValue,
            createdAt: clock.now(),
          };
          await tx.idempotensNoegle.upsert({
            where: { ejer_noegle: { ejer, noegle } },
            create: { ejer, noegle, ...svar },
            update: svar,
          });
        }
        return result;
      });
    } catch (error) {
      // Two first attempts that passed the lock one after the other cannot both insert the key.
      if (isUniqueViolation(error)) throw new AppError('IDEMPOTENS_I_GANG');
      throw error;
    }
  };
}

export type Idempotens = ReturnType<typeof idempotens>;

/** How long a key is remembered: a client retries within minutes, and a day covers an outage overnight. */
export const IDEMPOTENS_OPBEVARING_MS = 24 * 60 * 60 * 1000;

/** Deletes keys older than a day; returns how many. A retry after that runs as a new request. */
export async function sletGamleIdempotensNoegler(prisma: PrismaClient, clock: Clock): Promise<number> {
  const { count } = await prisma.idempotensNoegle.deleteMany({
    where: { createdAt: { lt: new Date(clock.now().getTime() - IDEMPOTENS_OPBEVARING_MS) } },
  });
  return count;
}
