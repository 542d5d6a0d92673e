import type { Prisma, PrismaClient } from '@jobcenter/db/client';
import {
  copenhagenMaaned,
  type JoblogKrav,
  joblogKrav,
  maanedsgraenser,
} from '@jobcenter/domain/joblog/joblog.rules';
import { joblogRepository } from '../joblog/joblog.repository.js';

/** What the rules derive about a citizen now, computed at read time and never stored. */
export interface BorgerStatus {
  joblog: JoblogKrav & { antalDenneMaaned: number };
}

/** The derived status of each citizen, in the order given; a few queries for any number of citizens. */
export async function loadBorgerStatus(
  tx: Prisma.TransactionClient | PrismaClient,
  borgere: readonly { id: string; kontaktgruppe: number }[],
  now: Date,
): Promise<BorgerStatus[]> {
  const [fra, til] = maanedsgraenser(copenhagenMaaned(now));
  const antal = await joblogRepository(tx).antal(
    borgere.map((b) => b.id),
    fra,
    til,
  );
  // TODO(issue 5): pass each citizen's active fravær, which can lift the requirement (R13).
  return borgere.map((borger) => ({
    joblog: { ...joblogKrav(borger.kontaktgruppe, []), antalDenneMaaned: antal.get(borger.id) ?? 0 },
  }));
}
