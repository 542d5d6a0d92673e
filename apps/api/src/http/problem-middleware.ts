import { problemCodes } from '@jobcenter/domain/problem/problem.contract';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { databaseFejlkoder, isDatabaseUnavailable, isInvalidInput } from '../db/errors.js';
import { AppError } from './app-error.js';

function problemBody(error: AppError) {
  return {
    type: `urn:jobcenter:problem:${error.code}`,
    title: problemCodes[error.code].title,
    status: error.status,
    detail: error.detail,
    code: error.code,
    ...(error.errors ? { errors: error.errors } : {}),
  };
}

export function sendProblem(res: Parameters<RequestHandler>[1], error: AppError): void {
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res.status(error.status).type('application/problem+json').json(problemBody(error));
}

/**
 * Errors raised before a route runs (body parsing, URL decoding) carry an HTTP status of their own
 * (http-errors). Each is the client's mistake and gets a Danish problem; none may become a 500.
 */
function requestFejl(error: unknown): AppError | null {
  const fejl = error as { type?: unknown; status?: unknown; statusCode?: unknown; name?: unknown };
  const status = typeof fejl.status === 'number' ? fejl.status : fejl.statusCode;
  switch (fejl.type) {
    case 'entity.parse.failed':
      return new AppError('VALIDERINGSFEJL', { detail: 'Forespørgslens JSON kan ikke læses' });
    case 'entity.too.large':
      return new AppError('FORESPOERGSEL_FOR_STOR');
    case 'encoding.unsupported':
      return new AppError('INDHOLD_IKKE_UNDERSTOETTET', {
        detail: 'Forespørgslens indhold må ikke være pakket: Content-Encoding skal være identity',
      });
    case 'charset.unsupported':
      return new AppError('INDHOLD_IKKE_UNDERSTOETTET', { detail: 'Forespørgslen skal være UTF-8' });
  }
  if (typeof status !== 'number' || status < 400 || status > 499) return null;
  // The router could not percent-decode a path parameter (`/api/borgere/%ZZ`).
  if (fejl.name === 'URIError') {
    return new AppError('VALIDERINGSFEJL', { detail: 'Adressen indeholder en ugyldig procentkodning' });
  }
  // express.static answers a missing file under /assets with a 404 error of its own.
  if (status === 404) return new AppError('IKKE_FUNDET', { detail: 'Filen findes ikke' });
  if (status === 413) return new AppError('FORESPOERGSEL_FOR_STOR');
  if (status === 415) return new AppError('INDHOLD_IKKE_UNDERSTOETTET');
  return new AppError('VALIDERINGSFEJL', { detail: 'Forespørgslen kan ikke læses' });
}

/** Every error leaves as problem+json; nothing about the stack, SQL or the ORM reaches the client. */
export function problemMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    // The route as the route table names it (mount-routes.ts), else the path: what an operator looks for.
    const route: string = res.locals.rute ?? `${req.method} ${req.path}`;
    if (res.headersSent) return next(error);
    if (error instanceof AppError) return sendProblem(res, error);
    const fejl = requestFejl(error);
    if (fejl) return sendProblem(res, fejl);
    if (isDatabaseUnavailable(error)) {
      logger.warn(
        { reqId: req.id, route, err: { message: (error as Error).message } },
        'database unavailable',
      );
      return sendProblem(res, new AppError('DATABASE_UTILGAENGELIG', { headers: { 'Retry-After': '5' } }));
    }
    if (isInvalidInput(error)) {
      // A safety net, not the fix: the route's contract let this value through to the database.
      logger.error(
        {
          reqId: req.id,
          route,
          koder: databaseFejlkoder(error),
        },
        'input reached the database unchecked',
      );
      return sendProblem(
        res,
        new AppError('VALIDERINGSFEJL', { detail: 'En af oplysningerne kan ikke gemmes' }),
      );
    }
    logger.error({ reqId: req.id, route, err: error }, 'unhandled error');
    return sendProblem(res, new AppError('INTERN_FEJL'));
  };
}

export const notFoundHandler: RequestHandler = (_req, _res, next) => {
  next(new AppError('IKKE_FUNDET', { detail: 'Adressen findes ikke' }));
};
