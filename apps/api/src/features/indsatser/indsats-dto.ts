import { findOphoersaarsag, indsatstypeNavn } from '@jobcenter/domain/plan/indsats.codelists';
import type { Indsats } from '@jobcenter/domain/plan/indsats.contract';
import { isIndsatsAktiv } from '@jobcenter/domain/plan/indsats.rules';
import { toIsoDate } from '../../db/dates.js';
import type { Prisma, PrismaClient } from '../../db/prisma-types.js';
import { type IndsatsRow, indsatserRepository } from './indsatser.repository.js';

type Tx = Prisma.TransactionClient | PrismaClient;

/** The indsats's dates as ISO dates, for the rules (isIndsatsAktiv). */
export function indsatsPeriode(row: Pick<IndsatsRow, 'startdato' | 'slutdato' | 'ophoerDato'>) {
  return {
    startdato: toIsoDate(row.startdato),
    slutdato: row.slutdato ? toIsoDate(row.slutdato) : null,
    ophoerDato: row.ophoerDato ? toIsoDate(row.ophoerDato) : null,
  };
}

/** The contract's indsatser, with their jobcentres' names read in one query. */
export async function toIndsatsDtos(tx: Tx, rows: IndsatsRow[], idag: string): Promise<Indsats[]> {
  const jobcentre = new Map(
    (await indsatserRepository(tx).jobcentre([...new Set(rows.map((r) => r.jobcenterNummer))])).map((j) => [
      j.nummer,
      j,
    ]),
  );
  return rows.map((row) => {
    const periode = indsatsPeriode(row);
    const aarsag = row.ophoersaarsag ? findOphoersaarsag(row.ophoersaarsag) : undefined;
    return {
      id: row.id,
      borgerId: row.borgerId,
      type: { kode: row.type, navn: indsatstypeNavn(row.type) },
      startdato: periode.startdato,
      slutdato: periode.slutdato,
      aktiv: isIndsatsAktiv(periode, idag),
      ophoer:
        periode.ophoerDato && row.ophoersaarsag
          ? {
              aarsag: { id: row.ophoersaarsag, navn: aarsag?.navn ?? `Ophørsårsag ${row.ophoersaarsag}` },
              dato: periode.ophoerDato,
              af: row.ophoertAf ?? '',
            }
          : null,
      jobcenter: jobcentre.get(row.jobcenterNummer) ?? {
        nummer: row.jobcenterNummer,
        navn: row.jobcenterNummer,
      },
      version: row.version,
    };
  });
}
