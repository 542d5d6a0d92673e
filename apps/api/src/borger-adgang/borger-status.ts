import type { Prisma, PrismaClient } from '@jobcenter/db/client';
import {
  type AktivtFravaer,
  type BorgerEffekter,
  borgerEffekter,
} from '@jobcenter/domain/fravaer/fravaer.rules';
import { copenhagenMaaned, maanedsgraenser } from '@jobcenter/domain/joblog/joblog.rules';
import { isIndsatsAktiv } from '@jobcenter/domain/plan/indsats.rules';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import type { BorgerStatusRow } from '../features/borgere/borgere.repository.js';
import { fravaerRepository } from '../features/fravaer/fravaer.repository.js';
import { toPeriode } from '../features/fravaer/fravaer-dto.js';
import { indsatsPeriode } from '../features/indsatser/indsats-dto.js';
import { indsatserRepository } from '../features/indsatser/indsatser.repository.js';
import { joblogRepository } from '../features/joblog/joblog.repository.js';

type Tx = Prisma.TransactionClient | PrismaClient;

/** What the rules derive about a citizen now, computed at read time and never stored. */
export interface BorgerStatus extends BorgerEffekter {
  joblog: BorgerEffekter['joblog'] & { antalDenneMaaned: number };
  fravaer: AktivtFravaer[];
  iAktivIndsats: boolean;
}

/** The citizens' fravær periods and whether each is in an active indsats today. */
export async function loadFravaerOgIndsats(tx: Tx, borgerIds: readonly string[], idag: string) {
  const fravaer = await fravaerRepository(tx).listForBorgere(borgerIds);
  const indsatser =
    borgerIds.length === 0 ? [] : await indsatserRepository(tx).listPerioderForBorgere(borgerIds);
  return {
    fravaer: (borgerId: string) => fravaer.filter((f) => f.borgerId === borgerId).map(toPeriode),
    iAktivIndsats: (borgerId: string) =>
      indsatser.some(
        (indsats) => indsats.borgerId === borgerId && isIndsatsAktiv(indsatsPeriode(indsats), idag),
      ),
  };
}

/** What the rules derive from one citizen's fravær, indsatser and joblog count, on the day `idag`. */
function beregnStatus(
  borger: { kontaktgruppe: number },
  sag: { fravaer: AktivtFravaer[]; iAktivIndsats: boolean; antalDenneMaaned: number },
  idag: string,
): BorgerStatus {
  const { fravaer, iAktivIndsats, antalDenneMaaned } = sag;
  const effekter = borgerEffekter({
    kontaktgruppe: borger.kontaktgruppe,
    fravaer,
    iAktivIndsats,
    dato: idag,
  });
  return { ...effekter, joblog: { ...effekter.joblog, antalDenneMaaned }, fravaer, iAktivIndsats };
}

/** The derived status of each citizen, in the order given; a few queries for any number of citizens. */
export async function loadBorgerStatus(
  tx: Tx,
  borgere: readonly { id: string; kontaktgruppe: number }[],
  now: Date,
): Promise<BorgerStatus[]> {
  const idag = copenhagenDate(now);
  const ids = borgere.map((b) => b.id);
  const [fra, til] = maanedsgraenser(copenhagenMaaned(now));
  const antal = await joblogRepository(tx).antal(ids, fra, til);
  const sager = await loadFravaerOgIndsats(tx, ids, idag);
  return borgere.map((borger) =>
    beregnStatus(
      borger,
      {
        fravaer: sager.fravaer(borger.id),
        iAktivIndsats: sager.iAktivIndsats(borger.id),
        antalDenneMaaned: antal.get(borger.id) ?? 0,
      },
      idag,
    ),
  );
}

/** The Copenhagen month of `now` that the joblog count covers, as [fra, til) dates. */
export function joblogMaaned(now: Date): { fra: string; til: string } {
  const [fra, til] = maanedsgraenser(copenhagenMaaned(now));
  return { fra, til };
}

/** The status of a citizen read with `statusSelect` (borgere.repository.ts), in one statement. */
export function statusAf(row: BorgerStatusRow, now: Date): BorgerStatus {
  const idag = copenhagenDate(now);
  return beregnStatus(
    row,
    {
      fravaer: row.fravaer.map(toPeriode),
      iAktivIndsats: row.indsatser.some((indsats) => isIndsatsAktiv(indsatsPeriode(indsats), idag)),
      antalDenneMaaned: row._count.joblog,
    },
    idag,
  );
}
