const LOGIN = '/login';

/** Where to go after login: only a path inside this app, never another site ("//evil.example", "https:…"). */
export function safeReturnTo(raw: string | null | undefined): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw === LOGIN || raw.startsWith(`${LOGIN}?`) || raw.startsWith(`${LOGIN}/`)) return '/';
  return raw;
}

/** The login page, remembering the page to come back to ("/" needs no reminder). */
export function loginPath(returnTo?: string): string {
  const target = safeReturnTo(returnTo);
  return target === '/' ? LOGIN : `${LOGIN}?returnTo=${encodeURIComponent(target)}`;
}

export function isLoginPath(pathname: string): boolean {
  return pathname === LOGIN;
}
