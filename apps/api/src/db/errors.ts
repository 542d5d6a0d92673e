/**
 * What a failed query tells about its cause, read from whatever wrapped it: Prisma's client errors keep the
 * driver adapter's error in `meta.driverAdapterError` (whose `cause` holds the SQLSTATE as `originalCode`, or
 * `code` for kinds the adapter does not name), pg's own errors carry `code`, and socket errors from node carry
 * an errno code. The same error reaches us in each of these shapes depending on where in the stack it struck.
 */
interface Spor {
  codes: string[];
  kinds: string[];
  messages: string[];
}

function spor(error: unknown): Spor {
  const found: Spor = { codes: [], kinds: [], messages: [] };
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || depth > 6 || seen.has(value)) return;
    seen.add(value);
    const candidate = value as Record<string, unknown>;
    for (const key of ['code', 'originalCode', 'errorCode']) {
      if (typeof candidate[key] === 'string') found.codes.push(candidate[key]);
    }
    if (typeof candidate.kind === 'string') found.kinds.push(candidate.kind);
    for (const key of ['message', 'originalMessage', 'reason']) {
      if (typeof candidate[key] === 'string') found.messages.push(candidate[key]);
    }
    visit(candidate.cause, depth + 1);
    visit(candidate.meta, depth + 1);
    visit(candidate.driverAdapterError, depth + 1);
  };
  visit(error, 0);
  return found;
}

/** A unique constraint refused the write (Prisma P2002, or PostgreSQL 23505 through the driver adapter). */
export function isUniqueViolation(error: unknown): boolean {
  const { codes, kinds } = spor(error);
  return codes.includes('P2002') || codes.includes('23505') || kinds.includes('UniqueConstraintViolation');
}

// Prisma's codes for "could not reach / lost the database" and the pool's timeout (P2024); P2028 is an
// interactive transaction that its connection or its time ran out under.
const PRISMA_UTILGAENGELIG = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
const KINDS_UTILGAENGELIG = new Set([
  'ConnectionClosed',
  'SocketTimeout',
  'DatabaseNotReachable',
  'TooManyConnections',
  'TransactionAlreadyClosed',
]);
const NODE_UTILGAENGELIG = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
// pg and PGlite raise these as plain errors without a code when the connection or the database goes away.
const BESKED_UTILGAENGELIG =
  /Connection terminated|not queryable|Connection closed|connection (?:is )?closed|timeout exceeded when trying to connect|PGlite is closed|terminating connection|server closed the connection|Transaction already closed|Client was closed|not currently accepting connections/i;

/**
 * The database is not there right now (SQLSTATE classes 08 connection exception, 53 insufficient resources and
 * 57 operator intervention; a database closed to connections; a dropped socket; the pool's timeout): a retry later may succeed, so the answer is
 * 503 with Retry-After, never 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const { codes, kinds, messages } = spor(error);
  return (
    codes.some(
      (code) =>
        PRISMA_UTILGAENGELIG.has(code) ||
        NODE_UTILGAENGELIG.has(code) ||
        /^(08|53|57)[0-9A-Z]{3}$/.test(code),
    ) ||
    kinds.some((kind) => KINDS_UTILGAENGELIG.has(kind)) ||
    messages.some((message) => BESKED_UTILGAENGELIG.test(message))
  );
}

// Prisma's own refusals of a value: too long for its column, out of its type's range.
const PRISMA_UGYLDIG = new Set(['P2000', 'P2020']);

/**
 * PostgreSQL refused a value that came from the request (SQLSTATE class 22 data exception: a NUL byte, a
 * date outside its range, a number too large; 54000 a value too long to index). Input that reaches the
 * database this way slipped past its contract: a defect to fix where it enters, which the error handler
 * answers 400 as a safety net and logs with the route.
 */
export function isInvalidInput(error: unknown): boolean {
  const { codes, kinds } = spor(error);
  return (
    codes.some((code) => /^22[0-9A-Z]{3}$/.test(code) || code === '54000' || PRISMA_UGYLDIG.has(code)) ||
    kinds.some(
      (kind) => kind === 'InvalidInputValue' || kind === 'ValueOutOfRange' || kind === 'LengthMismatch',
    )
  );
}

/** The SQLSTATE and Prisma codes of a failed query: safe to log, unlike its message, which may quote the value. */
export function databaseFejlkoder(error: unknown): string[] {
  return [...new Set(spor(error).codes)];
}
