import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

// helmet's defaults fall short of ASVS 3.4 (base-uri 'self', frame-ancestors 'self', HSTS 180 days): set them.
const helmetMiddleware = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      // DKFDS inlines its small icons as data: URIs in its CSS.
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'form-action': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
    },
  },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  referrerPolicy: { policy: 'same-origin' },
});

/**
 * helmet's headers do not depend on the request, so its dozen middlewares run once, at start, against a
 * recording response; every answer then gets the recorded set in one call.
 */
function recordHelmetHeaders(): Map<string, string> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string | number) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  helmetMiddleware({} as Request, recorder as unknown as Response, () => {});
  return headers;
}
const HELMET_HEADERS = recordHelmetHeaders();

export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeaders(HELMET_HEADERS);
  next();
};

/** Personal data must never sit in a browser or proxy cache (H5). */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
