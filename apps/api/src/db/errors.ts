/** A unique constraint refused the write (Prisma P2002, or PostgreSQL 23505 through the driver adapter). */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const candidate = current as { code?: unknown; originalCode?: unknown; kind?: unknown; cause?: unknown };
    if (
      candidate.code === 'P2002' ||
      candidate.originalCode === '23505' ||
      candidate.kind === 'UniqueConstraintViolation'
    )
      return true;
    current = candidate.cause;
  }
  return false;
}
