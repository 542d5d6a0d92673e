import express from 'express';
import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { problemMiddleware } from './problem-middleware.js';

function appThrowing(error: unknown) {
  const app = express();
  app.get('/boom', () => {
    throw error;
  });
  app.use(problemMiddleware(createLogger('silent')));
  return app;
}

describe('problemMiddleware', () => {
  it('turns an unexpected error into 500 INTERN_FEJL without stack, SQL or ORM text', async () => {
    const error = new Error('SELECT * FROM "Bruger" failed: prisma P2010');
    const response = await supertest(appThrowing(error)).get('/boom');
    expect(response.status).toBe(500);
    expect(response.body).toMatchObject({ code: 'INTERN_FEJL', title: 'Der opstod en uventet fejl' });
    expect(JSON.stringify(response.body)).not.toMatch(/SELECT|prisma|at |\.ts/);
  });

  it('answers 503 with Retry-After when the database connection is gone', async () => {
    const error = Object.assign(new Error('driver'), { cause: { kind: 'ConnectionClosed' } });
    const response = await supertest(appThrowing(error)).get('/boom');
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body.code).toBe('DATABASE_UTILGAENGELIG');
  });
});
