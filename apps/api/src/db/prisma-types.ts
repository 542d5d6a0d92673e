/**
 * The Prisma client's types for code that opens a transaction and hands the client or the transaction on to
 * repositories (services, use cases, routers). Only types: queries and SQL live in repositories and the
 * infrastructure that apps/api/scripts/check-db-access.mjs lists (issue 15, item 6; docs/ARCHITECTURE.md).
 */
export type { Prisma, PrismaClient } from '@jobcenter/db/client';
