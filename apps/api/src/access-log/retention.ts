import type { PrismaClient } from '@jobcenter/db/client';
import type { Clock } from '../clock.js';

/** The access log is kept 6 months (L1: the standard Danish retention), then deleted. */
export const ADGANGSLOG_OPBEVARING_MAANEDER = 6;

export function adgangslogGraense(now: Date): Date {
  const graense = new Date(now);
  graense.setUTCMonth(graense.getUTCMonth() - ADGANGSLOG_OPBEVARING_MAANEDER);
  return graense;
}

/** Deletes access-log entries older than the retention period; returns how many. */
export async function sletGammelAdgangslog(prisma: PrismaClient, clock: Clock): Promise<number> {
  const { count } = await prisma.adgangslog.deleteMany({
    where: { tidspunkt: { lt: adgangslogGraense(clock.now()) } },
  });
  return count;
}
