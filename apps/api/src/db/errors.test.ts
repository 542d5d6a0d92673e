import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isInvalidInput, isUniqueViolation } from './errors.js';

// The shapes the same failure reaches the error handler in: from pg directly, through adapter-pg inside a
// Prisma error (meta.driverAdapterError.cause), from PGlite's adapter, and from node's sockets.
const prismaFejl = (cause: Record<string, unknown>) =>
  Object.assign(new Error('Invalid `prisma.x.create()` invocation'), {
    name: 'PrismaClientKnownRequestError',
    code: 'P2039',
    meta: { modelName: 'Fravaer', driverAdapterError: { name: 'DriverAdapterError', cause } },
  });

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'a terminated backend (57P01) inside a Prisma error',
      prismaFejl({ originalCode: '57P01', kind: 'postgres' }),
    ],
    [
      'a connection failure (08006) from pg',
      Object.assign(new Error('x'), { code: '08006', severity: 'FATAL' }),
    ],
    ['too many connections (53300)', prismaFejl({ kind: 'TooManyConnections', originalCode: '53300' })],
    ['a socket reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['pg’s plain "Connection terminated unexpectedly"', new Error('Connection terminated unexpectedly')],
    [
      'a client that lost its connection',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    ['the pool’s timeout', new Error('timeout exceeded when trying to connect')],
    ['Prisma’s pool timeout (P2024)', Object.assign(new Error('pool'), { code: 'P2024' })],
    ['a closed PGlite', Object.assign(new Error('wrapped'), { cause: new Error('PGlite is closed') })],
    [
      'a database closed to connections',
      prismaFejl({
        originalCode: '55000',
        originalMessage: 'database "x" is not currently accepting connections',
      }),
    ],
  ])('%s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isInvalidInput(error)).toBe(false);
  });

  it('is not a refused value, a broken rule or a bug', () => {
    expect(isDatabaseUnavailable(prismaFejl({ originalCode: '22021', kind: 'postgres' }))).toBe(false);
    expect(
      isDatabaseUnavailable(prismaFejl({ kind: 'UniqueConstraintViolation', originalCode: '23505' })),
    ).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(
      false,
    );
  });
});

describe('isInvalidInput', () => {
  it.each([
    ['a NUL byte (22021)', prismaFejl({ originalCode: '22021', kind: 'postgres' })],
    ['a date out of range (22008)', prismaFejl({ originalCode: '22008', kind: 'postgres' })],
    ['a number out of range', prismaFejl({ kind: 'ValueOutOfRange', originalCode: '22003' })],
    [
      'a value too long for its index (54000)',
      Object.assign(new Error('x'), { code: '54000', severity: 'ERROR' }),
    ],
  ])('%s', (_name, error) => {
    expect(isInvalidInput(error)).toBe(true);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('isUniqueViolation', () => {
  it('finds 23505 and P2002 wherever they are wrapped', () => {
    expect(isUniqueViolation(prismaFejl({ kind: 'UniqueConstraintViolation', originalCode: '23505' }))).toBe(
      true,
    );
    expect(isUniqueViolation(Object.assign(new Error('x'), { code: 'P2002' }))).toBe(true);
    expect(isUniqueViolation(prismaFejl({ originalCode: '23503' }))).toBe(false);
  });
});
