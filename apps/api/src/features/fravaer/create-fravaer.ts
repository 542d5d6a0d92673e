import type { Fravaer, OpretFravaer } from '@jobcenter/domain/fravaer/fravaer.contract';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { requireBorger } from '../../borger-adgang/borger-adgang.js';
import { fromIsoDate } from '../../db/dates.js';
import { fravaerRepository } from './fravaer.repository.js';
import {
  assertAarsag,
  assertIngenOverlap,
  type FravaerDeps,
  fravaerDto,
  recordAendring,
} from './fravaer-aendring.js';
import type { FravaerFelter } from './fravaer-felter.js';

/** Registers a fravær (R8, R10, the matrix; R9 tells the a-kasse and jobcentre of kontaktgruppe 1). */
export function createFravaer(
  deps: FravaerDeps,
  aktoer: BrugerAktoer,
  borgerId: string,
  input: OpretFravaer,
): Promise<Fravaer> {
  return deps.prisma.$transaction(async (tx) => {
    const borger = await requireBorger(tx, aktoer, borgerId);
    await assertAarsag(tx, input.fravaersaarsag, borger.kontaktgruppe);
    const felter: FravaerFelter = {
      fravaersaarsag: input.fravaersaarsag,
      startdato: input.startdato,
      slutdato: input.slutdato ?? null,
      kommentar: input.kommentar?.trim() || null,
    };
    await assertIngenOverlap(tx, borgerId, felter);
    const row = await fravaerRepository(tx).create({
      borgerId,
      jobcenterNummer: aktoer.jobcenter.nummer,
      fravaersaarsag: felter.fravaersaarsag,
      startdato: fromIsoDate(felter.startdato),
      slutdato: felter.slutdato ? fromIsoDate(felter.slutdato) : null,
      kommentar: felter.kommentar,
    });
    await recordAendring(deps, tx, aktoer, borger, { id: row.id, version: row.version, ...felter }, 1, {});
    return fravaerDto(deps, tx, row);
  });
}
