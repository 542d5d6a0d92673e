import type { Request, Response } from 'express';

// Over https the cookie gets the __Host- prefix (Secure, Path=/, no Domain: it cannot be planted by a
// sibling domain, S5); on plain http (local development, tests) the prefix would be refused by browsers.
const PLAIN_NAME = 'jobcenter_sid';
const HOST_NAME = `__Host-${PLAIN_NAME}`;

function cookieName(req: Request): string {
  return req.secure ? HOST_NAME : PLAIN_NAME;
}

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(index + 1).trim());
  }
  return cookies;
}

export function readSessionToken(req: Request): string | undefined {
  const value = parseCookies(req.headers.cookie).get(cookieName(req));
  return value && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
}

export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(cookieName(req), token, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(cookieName(req), { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}
