import type { BrugerAktoer } from '../../auth/aktoer.js';
import { AppError } from '../../http/app-error.js';
import { assertVersion } from '../../http/if-match.js';
import { fravaerRepository } from './fravaer.repository.js';
import { type FravaerDeps, recordAendring, requireFravaer } from './fravaer-aendring.js';
import { felterAf } from './fravaer-felter.js';

/** R12: deleting needs a berigtigelseskommentar; the registration stays in the history. */
export function removeFravaer(
  deps: FravaerDeps,
  aktoer: BrugerAktoer,
  id: string,
  version: number,
  { berigtigelseskommentar }: { berigtigelseskommentar: string },
): Promise<void> {
  return deps.prisma.$transaction(async (tx) => {
    const { row, borger } = await requireFravaer(tx, aktoer, id);
    assertVersion(row.version, version, 'fraværet');
    const changed = await fravaerRepository(tx).updateIfVersion(id, version, { slettet: true });
    if (!changed)
      throw new AppError('VERSION_KONFLIKT', { detail: 'Nogen har ændret fraværet, siden du åbnede det.' });
    await recordAendring(deps, tx, aktoer, borger, { id, version: version + 1, ...felterAf(row) }, 3, {
      berigtigelseskommentar,
    });
  });
}
