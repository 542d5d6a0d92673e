import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import type { Logger } from 'pino';

declare module 'http' {
  interface IncomingMessage {
    /** The request's id: the caller's X-Request-Id when harmless, else a new one; answered in X-Request-Id. */
    id: string;
    /** A logger whose lines carry the request's id. */
    log: Logger;
  }
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * One line per request (method, URL, status, time) and a request id. Written here rather than with pino-http,
 * which made a child logger for every request, and pino serializes a child's bindings through the redaction
 * when it is made: 35 µs of every hot read (ADR 0013, fifth round), for a logger few handlers use. `req.log` is
 * a getter on the app's request prototype that makes the child when a handler first logs, so no request object
 * gets a property defined on it.
 */
export function useRequestLogger(app: Express, logger: Logger): void {
  Object.defineProperty(app.request, 'log', {
    configurable: true,
    get(this: Express['request']) {
      const child = logger.child({ reqId: this.id });
      Object.defineProperty(this, 'log', { value: child, configurable: true });
      return child;
    },
  });
  const loggerLinjer = logger.isLevelEnabled('error');
  app.use((req, res, next) => {
    const start = performance.now();
    // A caller's X-Request-Id is reused when it is harmless, so one id follows a call across systems.
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', id);
    req.id = id;
    if (loggerLinjer) {
      res.once('close', () => {
        const line = {
          req: { id, method: req.method, url: req.originalUrl },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - start),
        };
        if (!res.writableFinished) logger.warn(line, 'request aborted');
        else if (res.statusCode >= 500) logger.error(line, 'request errored');
        else logger.info(line, 'request completed');
      });
    }
    next();
  });
}
