import type { RequestHandler } from 'express';
import type { Clock } from '../clock.js';
import { AppError } from './app-error.js';

/**
 * A generous limit per client address on top of the per-brugernavn login throttle (V5): it stops a flood from
 * one address without ever blocking a jobcentre whose staff share one address (300 logins in 15 minutes is
 * far beyond a morning's logins). Kept in memory per process: it is a brake, not an account lock.
 */
export function adresseBegraensning(
  clock: Clock,
  options = { max: 300, vinduesMs: 15 * 60 * 1000 },
): RequestHandler {
  const hits = new Map<string, number[]>();
  return (req, _res, next) => {
    const now = clock.now().getTime();
    const adresse = req.ip ?? 'ukendt';
    const recent = (hits.get(adresse) ?? []).filter((t) => t > now - options.vinduesMs);
    if (recent.length >= options.max) {
      const retryAfter = Math.max(1, Math.ceil(((recent[0] as number) + options.vinduesMs - now) / 1000));
      hits.set(adresse, recent);
      return next(
        new AppError('FOR_MANGE_FORESPOERGSLER', {
          detail: 'For mange loginforsøg fra denne adresse. Prøv igen om lidt.',
          headers: { 'Retry-After': String(retryAfter) },
        }),
      );
    }
    recent.push(now);
    hits.set(adresse, recent);
    // Forget idle addresses now and then so the map cannot grow without bound.
    if (hits.size > 10_000) {
      for (const [key, times] of hits)
        if ((times[times.length - 1] ?? 0) <= now - options.vinduesMs) hits.delete(key);
    }
    next();
  };
}
