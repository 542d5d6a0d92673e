import { cprSchema } from '@jobcenter/domain/identifiers/identifiers.contract';
import { cprHeaderName } from '@jobcenter/domain/moede/indkaldelse.contract';
import type { Request } from 'express';
import { AppError } from './app-error.js';

/** /v1 names the citizen in the `x-civilregistrationIdentifier` header, never in the URL (as DFDG does). */
export function readCprHeader(req: Request): string {
  const raw = req.headers[cprHeaderName];
  const parsed = cprSchema.safeParse(typeof raw === 'string' ? raw : '');
  if (!parsed.success) {
    throw new AppError('VALIDERINGSFEJL', {
      errors: [
        {
          path: 'x-civilregistrationIdentifier',
          message: raw
            ? 'CPR-nummeret i headeren er ikke gyldigt'
            : 'Headeren x-civilregistrationIdentifier mangler',
        },
      ],
    });
  }
  return parsed.data;
}
