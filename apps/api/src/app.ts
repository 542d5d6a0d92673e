import fs from 'node:fs';
import path from 'node:path';
import type { Database, PrismaClient } from '@jobcenter/db/client';
import { brugDanskeFejlbeskeder } from '@jobcenter/domain/felter/fejlbeskeder';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { createAccessLog } from './access-log/access-log.js';
import { adgangslogRoutes } from './access-log/adgangslog.router.js';
import { authRepository } from './auth/auth.repository.js';
import { authRoutes } from './auth/auth.router.js';
import { authService } from './auth/auth.service.js';
import { adgangstjek } from './borger-adgang/adgangstjek.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { ambientTransactions } from './db/ambient-transaction.js';
import { hotReads } from './db/hot-reads.js';
import { beskederRoutes } from './features/beskeder/beskeder.router.js';
import { beskederService } from './features/beskeder/beskeder.service.js';
import { borgereRoutes } from './features/borgere/borgere.router.js';
import { borgereService } from './features/borgere/borgere.service.js';
import { breveRoutes } from './features/breve/breve.router.js';
import { breveService } from './features/breve/breve.service.js';
import { brugereRoutes } from './features/brugere/brugere.router.js';
import { brugereService } from './features/brugere/brugere.service.js';
import { cvRoutes } from './features/cv/cv.router.js';
import { cvService } from './features/cv/cv.service.js';
import { fravaerRoutes } from './features/fravaer/fravaer.router.js';
import { fravaerService } from './features/fravaer/fravaer.service.js';
import { indkaldelseServiceRoutes } from './features/indkaldelser/indkaldelse-service.router.js';
import { indkaldelserRoutes } from './features/indkaldelser/indkaldelser.router.js';
import { indkaldelserService } from './features/indkaldelser/indkaldelser.service.js';
import { indsatserRoutes } from './features/indsatser/indsatser.router.js';
import { indsatserService } from './features/indsatser/indsatser.service.js';
import { joblogRoutes } from './features/joblog/joblog.router.js';
import { joblogService } from './features/joblog/joblog.service.js';
import { jobordrerRoutes } from './features/jobordrer/jobordrer.router.js';
import { jobordrerService } from './features/jobordrer/jobordrer.service.js';
import { kodelisterRoutes } from './features/kodelister/kodelister.router.js';
import { kontaktpersonerRoutes } from './features/kontaktpersoner/kontaktpersoner.router.js';
import { kontaktpersonerService } from './features/kontaktpersoner/kontaktpersoner.service.js';
import { medlemstilgangRoutes } from './features/medlemstilgang/medlemstilgang.router.js';
import { medlemstilgangService } from './features/medlemstilgang/medlemstilgang.service.js';
import { moedetilbudRoutes } from './features/moedetilbud/moedetilbud.router.js';
import { moedetilbudService } from './features/moedetilbud/moedetilbud.service.js';
import { personhistorikRoutes } from './features/personhistorik/personhistorik.router.js';
import { personhistorikService } from './features/personhistorik/personhistorik.service.js';
import { personstatusRoutes } from './features/personstatus/personstatus.router.js';
import { virksomhederRoutes } from './features/virksomheder/virksomheder.router.js';
import { virksomhederService } from './features/virksomheder/virksomheder.service.js';
import { healthRoutes } from './health/health.router.js';
import { createBorgerHistorik } from './historik/borger-historik.js';
import { adresseBegraensning } from './http/adresse-begraensning.js';
import { AppError } from './http/app-error.js';
import { refuseCrossSite } from './http/cross-site.js';
import { idempotens } from './http/idempotens.js';
import { mountRoutes } from './http/mount-routes.js';
import { buildOpenApi } from './http/openapi.js';
import { notFoundHandler, problemMiddleware } from './http/problem-middleware.js';
import { useRequestLogger } from './http/request-logger.js';
import type { AnyRoute } from './http/route.js';
import { noStore, securityHeaders } from './http/security-headers.js';

// Validation messages that no contract words itself come out in plain Danish, the same as in the SPA (issue 18).
brugDanskeFejlbeskeder();

export interface AppDeps {
  prisma: PrismaClient;
  /** Plain SQL on Prisma's connections, for the hot reads alone (ADR 0013). */
  sql: Database['sql'];
  config: Pick<Config, 'production' | 'staticDir' | 'trustProxy'> & {
    /** Logins per client address per 15 minutes (V5); 300 unless a test wants to reach it quickly. */
    loginsPrAdresse?: number;
  };
  logger: Logger;
  clock: Clock;
}

export function createRoutes(deps: AppDeps) {
  const { clock, config, logger } = deps;
  // Every service uses the client that joins a request's transaction where one is open (idempotent requests).
  const transactions = ambientTransactions(deps.prisma);
  const prisma = transactions.client;
  const hot = hotReads(deps.sql);
  const accessLog = createAccessLog(clock, hot);
  const historik = createBorgerHistorik(clock);
  const auth = authService({ repository: authRepository(prisma), hot, clock, production: config.production });
  const indkaldelser = indkaldelserService({ prisma, clock, accessLog, historik });
  const fravaer = fravaerService({ prisma, clock, accessLog, historik });
  const adgang = adgangstjek(prisma);
  const routes: AnyRoute[] = [
    ...healthRoutes(prisma),
    ...authRoutes(auth),
    ...kodelisterRoutes(prisma),
    ...brugereRoutes(brugereService({ prisma })),
    ...virksomhederRoutes(virksomhederService({ prisma, hot, clock, accessLog })),
    ...borgereRoutes(borgereService({ prisma, hot, clock, accessLog, historik }), adgang),
    ...kontaktpersonerRoutes(kontaktpersonerService({ prisma, accessLog, historik }), adgang),
    ...indkaldelserRoutes(indkaldelser, clock, adgang),
    ...indkaldelseServiceRoutes(indkaldelser),
    ...breveRoutes(breveService({ prisma, clock, accessLog }), adgang),
    ...moedetilbudRoutes(moedetilbudService({ prisma, clock, accessLog, indkaldelser })),
    ...indsatserRoutes(indsatserService({ prisma, clock, accessLog, historik }), adgang),
    ...joblogRoutes(joblogService({ prisma, clock, accessLog, historik })),
    ...fravaerRoutes(fravaer, adgang),
    ...beskederRoutes(beskederService({ prisma, logger })),
    ...medlemstilgangRoutes(medlemstilgangService({ prisma, accessLog, historik })),
    ...personstatusRoutes({ prisma, accessLog, fravaer }),
    ...personhistorikRoutes(personhistorikService({ prisma, accessLog })),
    ...jobordrerRoutes(jobordrerService({ prisma, clock, accessLog, historik })),
    ...cvRoutes(cvService({ prisma, clock, accessLog, historik }), adgang),
    ...adgangslogRoutes({ prisma, accessLog, clock }),
  ];
  return { routes, auth, idempotens: idempotens({ transactions, clock }) };
}

export function createApp(deps: AppDeps): Express {
  const { config, logger } = deps;
  const { routes, auth, idempotens: medIdempotens } = createRoutes(deps);
  const app = express();
  app.disable('x-powered-by');
  // Records that people edit carry their own ETag (the version); no automatic body hashes.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');
  app.use(securityHeaders);
  useRequestLogger(app, logger);
  app.use(
    ['/api', '/v1'],
    noStore,
    refuseCrossSite,
    // Bodies come as sent (Content-Encoding identity, else 415): inflating them would let a few kilobytes
    // of request cost the server megabytes of work, for clients that send small JSON anyway.
    express.json({ limit: '100kb', type: ['application/json', 'application/*+json'], inflate: false }),
  );

  const openApi = buildOpenApi(routes);
  app.get('/api/docs', (_req, res, next) => {
    // API documentation is not published in production (ASVS 13.4).
    if (config.production) return next();
    res.json(openApi);
  });
  app.post(
    '/api/auth/login',
    adresseBegraensning(deps.clock, { max: config.loginsPrAdresse ?? 300, vinduesMs: 15 * 60 * 1000 }),
  );
  mountRoutes(app, routes, { auth, idempotens: medIdempotens });
  app.use(['/api', '/v1'], notFoundHandler);

  const indexHtml = path.join(config.staticDir, 'index.html');
  if (fs.existsSync(indexHtml)) {
    // The SPA's files go compressed (they are most of a first visit's bytes). API answers do not: they carry
    // personal data next to what a caller typed, which compression could leak over TLS (BREACH).
    app.use(compression());
    app.use(
      '/assets',
      express.static(path.join(config.staticDir, 'assets'), {
        immutable: true,
        maxAge: '1y',
        fallthrough: false,
      }),
    );
    app.use(express.static(config.staticDir, { index: false }));
    // Every other GET is a deep link into the SPA; sendFile needs the absolute path.
    app.get('/{*splat}', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.resolve(indexHtml));
    });
  } else {
    logger.warn({ staticDir: config.staticDir }, 'SPA not built: only /api and /v1 are served');
  }
  app.use((_req, _res, next) => next(new AppError('IKKE_FUNDET', { detail: 'Siden findes ikke' })));
  app.use(problemMiddleware(logger));
  return app;
}
