import type { RequestHandler } from 'express';
import { AppError } from './app-error.js';

const SIKRE_METODER = new Set(['GET', 'HEAD', 'OPTIONS']);
// `none` is a request the user made directly (typed, bookmarked): no other site is involved.
const EGNE = new Set(['same-origin', 'none']);

/**
 * Defence in depth beside the CSRF token: a browser says where a request comes from (Fetch Metadata's
 * `Sec-Fetch-Site`, else `Origin`), and a change that another site started is refused, login included, so a
 * foreign page can neither act in a caseworker's session nor log the browser into an account of its choosing
 * (login CSRF). Requests without either header come from programs, not from a browser page, and pass on to
 * the token and bearer checks.
 */
export const refuseCrossSite: RequestHandler = (req, _res, next) => {
  if (SIKRE_METODER.has(req.method)) return next();
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') {
    return next(EGNE.has(site) ? undefined : fremmed());
  }
  const origin = req.headers.origin;
  if (origin === undefined) return next();
  next(vaert(origin) === req.host ? undefined : fremmed());
};

// The host alone: behind a TLS-terminating proxy the scheme the server sees may differ from the browser's.
function vaert(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // `Origin: null` (a sandboxed frame, a redirect from elsewhere) is nobody's own page.
  }
}

function fremmed(): AppError {
  return new AppError('CSRF', { detail: 'Forespørgslen kommer fra et andet websted og er afvist' });
}
