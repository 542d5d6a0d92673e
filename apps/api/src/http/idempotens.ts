import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '@jobcenter/db/client';
import type { Request } from 'express';
import type { Aktoer } from '../auth/aktoer.js';
import type { Clock } from '../clock.js';
import { isUniqueViolation } from '../db/errors.js';
import { AppError } from './app-error.js';
import type { HandlerResult } from './route.js';

const NOEGLE = /^[A-Za-z0-9_-]{8,100}$/;
// A key left unfinished this long (the process died mid-request) may be taken over by a retry.
const FORLADT_MS = 60_000;

/**
 * Idempotency-Key (P4, draft-ietf-httpapi-idempotency-key-header): a retry with the same key and request gets
 * the stored answer; the same key with another request is 422; one still running is 409. Keys belong to the
 * caller (a user or a system client), so two callers never share one.
 */
export function idempotens(deps: { prisma: PrismaClient; clock: Clock }) {
  const { prisma, clock } = deps;
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
    const now = clock.now();
    try {
      await prisma.idempotensNoegle.create({ data: { ejer, noegle, forespoergsel, createdAt: now } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const tidligere = await prisma.idempotensNoegle.findUnique({
        where: { ejer_noegle: { ejer, noegle } },
      });
      if (!tidligere) throw new AppError('IDEMPOTENS_I_GANG');
      if (tidligere.forespoergsel !== forespoergsel) throw new AppError('IDEMPOTENS_NOEGLE_GENBRUGT');
      if (tidligere.status !== null) {
        return {
          status: tidligere.status,
          body: tidligere.svar ?? undefined,
          headers: {
            ...((tidligere.headers as Record<string, string> | null) ?? {}),
            'Idempotent-Replayed': 'true',
          },
        };
      }
      if (now.getTime() - tidligere.createdAt.getTime() < FORLADT_MS) throw new AppError('IDEMPOTENS_I_GANG');
      await prisma.idempotensNoegle.update({
        where: { ejer_noegle: { ejer, noegle } },
        data: { createdAt: now },
      });
    }
    try {
      const result = await run();
      if (result) {
        await prisma.idempotensNoegle.update({
          where: { ejer_noegle: { ejer, noegle } },
          data: {
            status: result.status,
            svar: (result.body ?? null) as Prisma.InputJsonValue,
            headers: (result.headers ?? {}) as Prisma.InputJsonValue,
          },
        });
      }
      return result;
    } catch (error) {
      // Nothing was changed: the key is released, and a retry runs again (and is refused again, or succeeds).
      await prisma.idempotensNoegle
        .delete({ where: { ejer_noegle: { ejer, noegle } } })
        .catch(() => undefined);
      throw error;
    }
  };
}

export type Idempotens = ReturnType<typeof idempotens>;
