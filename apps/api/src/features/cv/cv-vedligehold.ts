import type { PrismaClient } from '../../db/prisma-types.js';

/**
 * Orders the search's table (`CvSoegning`) physically by myndighed, so a search reads its myndighed's rows from
 * few pages instead of from all over the table (at a million CVs this more than halves the search time: decision
 * 0008). The CV table keeps the same order as before, so a reader of one myndighed's CVs pages through as few.
 * CLUSTER locks the table for the seconds it takes, so the server runs it at night. An advisory lock makes sure
 * only one of several BFF processes runs it.
 */
export async function klyngCvTabel(prisma: PrismaClient): Promise<boolean> {
  return prisma.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(20261127) AS ok`;
      if (!lock?.ok) return false;
      await tx.$executeRawUnsafe('CLUSTER "CvSoegning" USING "CvSoegning_myndighedKode_postnummer_idx"');
      await tx.$executeRawUnsafe('CLUSTER "Cv" USING "Cv_myndighedKode_postnummer_idx"');
      await tx.$executeRawUnsafe('ANALYZE "CvSoegning"');
      await tx.$executeRawUnsafe('ANALYZE "Cv"');
      return true;
    },
    { timeout: 30 * 60 * 1000, maxWait: 10_000 },
  );
}

/** Milliseconds until the next 03.00 in Copenhagen (close enough across daylight saving for a nightly job). */
export function tilNaesteNat(now: Date): number {
  const copenhagen = new Date(now.toLocaleString('en-US', { timeZone: 'Europe/Copenhagen' }));
  const next = new Date(copenhagen);
  next.setHours(3, 0, 0, 0);
  if (next <= copenhagen) next.setDate(next.getDate() + 1);
  return next.getTime() - copenhagen.getTime();
}
