import type { SqlQuery } from '@prisma/driver-adapter-utils';

/**
 * Names the frequent queries for adapter-pg, so that PostgreSQL parses and plans each of them once per
 * connection and pg stops sending its text. Without a name every query is parsed and planned again, which for
 * Prisma's joined reads costs more than running them (ADR 0011). A query is named once it has been seen
 * `after` times, and at most `max` queries are named: pg and PostgreSQL keep a named statement for the life of
 * the connection, and some queries vary with their input (a list of n values), so naming all would grow
 * without bound. '' leaves a query unnamed.
 */
export function preparedStatementNames({ after = 3, max = 500 }: { after?: number; max?: number } = {}) {
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  return (query: Pick<SqlQuery, 'sql'>): string => {
    const known = names.get(query.sql);
    if (known !== undefined) return known;
    if (names.size >= max) return '';
    const count = (seen.get(query.sql) ?? 0) + 1;
    if (count < after) {
      // The counts of rare queries are dropped now and then, so that they too stay bounded.
      if (seen.size >= 10 * max) seen.clear();
      seen.set(query.sql, count);
      return '';
    }
    seen.delete(query.sql);
    const name = `prisma_${names.size + 1}`;
    names.set(query.sql, name);
    return name;
  };
}
