import type { Aktoer } from '../../auth/aktoer.js';
import type { Clock } from '../../clock.js';
import type { Prisma } from '../../db/prisma-types.js';
import { indkaldelserRepository } from './indkaldelser.repository.js';

/** The fields of a meeting whose change a version names (GetIndkaldelseshistorik's `aendringer`). */
const FELTER = [
  'samtaletype',
  'start',
  'slut',
  'moedeform',
  'adresse',
  'lokationsuddybning',
  'digitaltMoedelink',
  'personligtFremmoedePaakraevet',
  'begrundelse',
  'ansvarlig',
] as const;

type Felter = { [K in (typeof FELTER)[number]]: unknown };

const ens = (a: unknown, b: unknown): boolean => {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  // The ansvarlig sagsbehandler is a user: the same user is the same, whatever else was read of it.
  if (a && b && typeof a === 'object' && typeof b === 'object' && 'id' in a && 'id' in b)
    return a.id === b.id;
  return a === b;
};

/** Which fields differ between two states of a meeting, in the order of FELTER. */
export function aendredeFelter(foer: Felter, efter: Felter): string[] {
  return FELTER.filter((felt) => !ens(foer[felt], efter[felt]));
}

/**
 * Writes version `version` of the meeting as `aktoer` made it: who (a colleague by name, or a system), for which
 * myndighed, when, and what changed. In the transaction of the change.
 */
export async function recordVersion(
  tx: Prisma.TransactionClient,
  clock: Clock,
  aktoer: Aktoer,
  version: { indkaldelseId: string; version: number; aendringstype: 1 | 2 | 3; aendringer: string[] },
): Promise<void> {
  await indkaldelserRepository(tx).createVersion({
    ...version,
    tidspunkt: clock.now(),
    aktoerType: aktoer.type,
    aktoer: aktoer.navn,
    myndighedKode: aktoer.myndighed.kode,
    myndighedNavn: aktoer.myndighed.navn,
  });
}
