import { problemCodes } from '@jobcenter/domain/problem/problem.contract';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
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

// Errors from the database driver that mean "the database is not there right now", not a bug.
const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNAVAILABLE_KINDS = new Set([
  'ConnectionClosed',
  'SocketTimeout',
  'DatabaseNotReachable',
  'TooManyConnections',
]);
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P03',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const candidate = current as { code?: unknown; kind?: unknown; cause?: unknown; originalCode?: unknown };
    if (
      typeof candidate.code === 'string' &&
      (UNAVAILABLE_CODES.has(candidate.code) || UNAVAILABLE_NODE_CODES.has(candidate.code))
    )
      return true;
    if (typeof candidate.originalCode === 'string' && UNAVAILABLE_NODE_CODES.has(candidate.originalCode))
      return true;
    if (typeof candidate.kind === 'string' && UNAVAILABLE_KINDS.has(candidate.kind)) return true;
    current = candidate.cause;
  }
  return false;
}

/** Every error leaves as problem+json; nothing about the stack, SQL or the ORM reaches the client. */
export function problemMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof AppError) return sendProblem(res, error);
    const bodyError = error as { type?: string; status?: number };
    if (bodyError.type === 'entity.parse.failed') {
      return sendProblem(
        res,
        new AppError('VALIDERINGSFEJL', { detail: 'Forespørgslens JSON kan ikke læses' }),
      );
    }
    if (bodyError.type === 'entity.too.large')
      return sendProblem(res, new AppError('FORESPOERGSEL_FOR_STOR'));
    // express.static answers a missing file under /assets with a 404 error of its own.
    if (bodyError.status === 404) {
      return sendProblem(res, new AppError('IKKE_FUNDET', { detail: 'Filen findes ikke' }));
    }
    if (bodyError.type === 'encoding.unsupported' || bodyError.type === 'charset.unsupported') {
      return sendProblem(res, new AppError('VALIDERINGSFEJL', { detail: 'Forespørgslen skal være UTF-8' }));
    }
    if (isDatabaseUnavailable(error)) {
      logger.warn({ reqId: req.id, err: { message: (error as Error).message } }, 'database unavailable');
      return sendProblem(res, new AppError('DATABASE_UTILGAENGELIG', { headers: { 'Retry-After': '5' } }));
    }
    logger.error({ reqId: req.id, err: error }, 'unhandled error');
    return sendProblem(res, new AppError('INTERN_FEJL'));
  };
}

export const notFoundHandler: RequestHandler = (_req, _res, next) => {
  next(new AppError('IKKE_FUNDET', { detail: 'Adressen findes ikke' }));
};
