import { timingSafeEqual } from 'node:crypto';
import { hashAdgangskode, newSecret, sha256, verifyAdgangskode } from '@jobcenter/db/security/secrets';
import type { Clock } from '../clock.js';
import type { HotReads } from '../db/hot-reads.js';
import { AppError } from '../http/app-error.js';
import type { BrugerAktoer, SystemAktoer } from './aktoer.js';
import type { AuthRepository } from './auth.repository.js';

// Session lifetimes (api.md, S3): idle 30 minutes, absolute 8 hours, both enforced here on the server.
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
// lastSeenAt is written at most once a minute, so a busy user does not cost a write per request.
const TOUCH_INTERVAL_MS = 60 * 1000;

// Login throttle (api.md): 10 failed logins for one brugernavn within 15 minutes → 429 until the window ends.
export const LOGIN_MAX_FAILURES = 10;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

type BrugerRow = NonNullable<Awaited<ReturnType<AuthRepository['findSession']>>>['bruger'];

function toAktoer(bruger: BrugerRow, session: { id: string; csrfToken: string }): BrugerAktoer {
  return {
    type: 'bruger',
    brugerId: bruger.id,
    brugernavn: bruger.brugernavn,
    navn: bruger.navn,
    rolle: bruger.rolle,
    jobcenter: { nummer: bruger.jobcenter.nummer, navn: bruger.jobcenter.navn },
    myndighed: {
      type: 'jobcenter',
      kode: bruger.jobcenter.myndighed.kode,
      navn: bruger.jobcenter.myndighed.navn,
    },
    session,
  };
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function authService(deps: {
  repository: AuthRepository;
  /** Every request resolves its session or token: these two reads run as named statements (ADR 0013). */
  hot: Pick<HotReads, 'session' | 'systemKlient'>;
  clock: Clock;
  production: boolean;
}) {
  const { repository, hot, clock, production } = deps;
  // Verifying against a throwaway hash when the user does not exist keeps the answer time the same.
  let dummyHash: Promise<string> | undefined;
  const usable = (row: { aktiv: boolean; demo: boolean }) => row.aktiv && !(production && row.demo);

  async function assertNotThrottled(brugernavn: string, now: Date): Promise<void> {
    const failures = await repository.recentFailures(
      brugernavn,
      new Date(now.getTime() - LOGIN_WINDOW_MS),
      LOGIN_MAX_FAILURES,
    );
    if (failures.length < LOGIN_MAX_FAILURES) return;
    // Login opens again when the oldest of the last ten failures leaves the window.
    const oldest = failures[failures.length - 1] as Date;
    const retryAfter = Math.max(1, Math.ceil((oldest.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000));
    throw new AppError('FOR_MANGE_FORESPOERGSLER', {
      detail: `For mange mislykkede login. Prøv igen om ${Math.ceil(retryAfter / 60)} minut(ter).`,
      headers: { 'Retry-After': String(retryAfter) },
    });
  }

  return {
    /** Checks the password and opens a new session; the caller's previous session (if any) ends. */
    async login(brugernavn: string, adgangskode: string, previousToken: string | undefined) {
      const now = clock.now();
      await assertNotThrottled(brugernavn, now);
      const bruger = await repository.findBrugerForLogin(brugernavn);
      dummyHash ??= hashAdgangskode(newSecret());
      const ok = bruger
        ? await verifyAdgangskode(adgangskode, bruger.adgangskodeHash)
        : await verifyAdgangskode(adgangskode, await dummyHash).then(() => false);
      if (!bruger || !ok || !usable(bruger)) {
        await repository.recordFailure(brugernavn, now, new Date(now.getTime() - LOGIN_WINDOW_MS));
        throw new AppError('LOGIN_FEJLET');
      }
      if (previousToken) await repository.deleteSession(sha256(previousToken));
      const token = newSecret();
      const session = { id: sha256(token), csrfToken: newSecret() };
      await repository.createSession({ ...session, brugerId: bruger.id, at: now });
      return { token, aktoer: toAktoer(bruger, session) };
    },

    /** The user behind a session cookie, or null when it is unknown, expired or its user can no longer log in. */
    async resolveSession(token: string): Promise<BrugerAktoer | null> {
      const id = sha256(token);
      const session = await hot.session(id);
      if (!session) return null;
      const now = clock.now().getTime();
      const idle = now - session.lastSeenAt.getTime() > SESSION_IDLE_MS;
      const tooOld = now - session.createdAt.getTime() > SESSION_ABSOLUTE_MS;
      if (idle || tooOld || !usable(session.bruger)) {
        await repository.deleteSession(id);
        return null;
      }
      if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS)
        await repository.touchSession(id, new Date(now));
      return toAktoer(session.bruger, { id, csrfToken: session.csrfToken });
    },

    async logout(sessionId: string): Promise<void> {
      await repository.deleteSession(sessionId);
    },

    /** Ends every session of a user, e.g. when the user is deactivated (S4). */
    async endAllSessions(brugerId: string): Promise<void> {
      await repository.deleteSessionsForBruger(brugerId);
    },

    async resolveSystemKlient(token: string): Promise<SystemAktoer | null> {
      const klient = await hot.systemKlient(sha256(token));
      if (!klient || !usable(klient)) return null;
      return {
        type: 'system',
        klientId: klient.id,
        navn: klient.navn,
        myndighed: klient.myndighed,
        jobcenterNummer: klient.jobcenterNummer,
        akasseKode: klient.akasseKode,
        tilladelser: klient.tilladelser,
      };
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
