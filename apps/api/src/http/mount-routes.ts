import type { Express, Request } from 'express';
import type { Aktoer } from '../auth/aktoer.js';
import type { AuthService } from '../auth/auth.service.js';
import { safeEqual } from '../auth/auth.service.js';
import { readSessionToken } from '../auth/session-cookie.js';
import { AppError } from './app-error.js';
import type { Idempotens } from './idempotens.js';
import { assertVersion, requireIfMatch } from './if-match.js';
import type { AnyRoute, IfMatch, RuteAdgang } from './route.js';
import { parseInput } from './validation.js';

function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S{1,200})$/i.exec(header);
  // A malformed Authorization header is an unknown token, not an anonymous call.
  return match?.[1] ?? '';
}

function assertCsrf(req: Request, csrfToken: string): void {
  if (req.method === 'GET' || req.method === 'HEAD') return;
  const sent = req.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !safeEqual(sent, csrfToken)) throw new AppError('CSRF');
}

/** api.md's order of checks starts here: authentication (401), then access (403). */
async function authorize(adgang: RuteAdgang, req: Request, auth: AuthService): Promise<Aktoer | null> {
  if (adgang.type === 'offentlig') return null;
  if (adgang.type === 'bruger') {
    const token = readSessionToken(req);
    const bruger = token ? await auth.resolveSession(token) : null;
    if (!bruger) throw new AppError('IKKE_LOGGET_IND');
    assertCsrf(req, bruger.session.csrfToken);
    if (adgang.roller && !adgang.roller.includes(bruger.rolle)) throw new AppError('IKKE_ADGANG');
    return bruger;
  }
  const token = bearerToken(req);
  if (token !== undefined) {
    const klient = token ? await auth.resolveSystemKlient(token) : null;
    if (!klient) throw new AppError('UGYLDIG_TOKEN');
    if (!klient.tilladelser.includes(adgang.tilladelse)) throw new AppError('IKKE_ADGANG');
    return klient;
  }
  const sessionToken = adgang.brugerSession ? readSessionToken(req) : undefined;
  const bruger = sessionToken ? await auth.resolveSession(sessionToken) : null;
  if (!bruger) throw new AppError('UGYLDIG_TOKEN');
  assertCsrf(req, bruger.session.csrfToken);
  return bruger;
}

/** api.md's preconditions, after access and before validation: see `IfMatch`. */
async function checkIfMatch(ifMatch: IfMatch, req: Request, ctx: { aktoer: unknown; params: unknown }) {
  const aktuel = await ifMatch.aktuelVersion(ctx as never);
  const version = requireIfMatch(req);
  assertVersion(aktuel, version, ifMatch.hvad);
  return version;
}

export function mountRoutes(
  app: Express,
  routes: readonly AnyRoute[],
  deps: { auth: AuthService; idempotens: Idempotens },
): void {
  for (const route of routes) {
    app[route.method](route.path, async (req, res) => {
      const aktoer = await authorize(route.adgang, req, deps.auth);
      const params = route.params ? parseInput(route.params, req.params) : {};
      const query = route.query ? parseInput(route.query, req.query) : {};
      if (route.tjekAdgang) await route.tjekAdgang({ aktoer, params } as never);
      const version = route.ifMatch ? await checkIfMatch(route.ifMatch, req, { aktoer, params }) : undefined;
      const run = async () => {
        const body = route.body && !route.lateBody ? parseInput(route.body, req.body ?? {}) : undefined;
        return route.handle({ req, res, aktoer, params, query, body, version } as never);
      };
      const result = route.idempotent ? await deps.idempotens(req, aktoer, run) : await run();
      if (!result) return;
      for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
      if (result.body === undefined) res.status(result.status).end();
      else res.status(result.status).json(result.body);
    });
  }
}
