import { fravaersaarsager } from '@jobcenter/domain/fravaer/fravaer.codelists';
import { fravaerRepository } from './fravaer.repository.js';
import type { FravaerDeps } from './fravaer-aendring.js';

/** The codelist with the matrix cell for a kontaktgruppe (R8, R10). */
export async function listFravaersaarsager(deps: FravaerDeps, kontaktgruppe: number | undefined) {
  const tilladt = await fravaerRepository(deps.prisma).matrix();
  return {
    items: fravaersaarsager.map((aarsag) => ({
      id: aarsag.id,
      navn: aarsag.navn,
      beskrivelse: aarsag.beskrivelse,
      kanOprettes: aarsag.kanOprettes,
      tilladt: kontaktgruppe === undefined ? true : tilladt(aarsag.id, kontaktgruppe),
      fritagerForSelvbooking: aarsag.selvbooking,
      mindreIntensivIndsats: aarsag.mindreIntensivIndsats,
    })),
  };
}
