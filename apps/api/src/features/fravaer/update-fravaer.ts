import type { Fravaer, OpdaterFravaer } from '@jobcenter/domain/fravaer/fravaer.contract';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { fromIsoDate } from '../../db/dates.js';
import { AppError } from '../../http/app-error.js';
import { assertVersion } from '../../http/if-match.js';
import { type FravaerRow, fravaerRepository } from './fravaer.repository.js';
import {
  assertAarsag,
  assertIngenOverlap,
  type FravaerDeps,
  fravaerDto,
  recordAendring,
  requireFravaer,
} from './fravaer-aendring.js';
import { aendringer, type FravaerFelter, felterAf } from './fravaer-felter.js';

/** R12: a change at the version the route checked (If-Match); only a changed reason is checked again. */
export function updateFravaer(
  deps: FravaerDeps,
  aktoer: BrugerAktoer,
  id: string,
  version: number,
  body: OpdaterFravaer,
): Promise<Fravaer> {
  return deps.prisma.$transaction(async (tx) => {
    const { row, borger } = await requireFravaer(tx, aktoer, id);
    assertVersion(row.version, version, 'fraværet');
    const foer = felterAf(row);
    const efter: FravaerFelter = {
      fravaersaarsag: body.fravaersaarsag ?? foer.fravaersaarsag,
      startdato: body.startdato ?? foer.startdato,
      slutdato: body.slutdato !== undefined ? body.slutdato : foer.slutdato,
      kommentar: body.kommentar !== undefined ? body.kommentar?.trim() || null : foer.kommentar,
    };
    if (efter.slutdato && efter.slutdato < efter.startdato) {
      throw new AppError('VALIDERINGSFEJL', {
        errors: [{ path: 'slutdato', message: 'Slutdatoen må ikke ligge før startdatoen' }],
      });
    }
    if (efter.fravaersaarsag !== foer.fravaersaarsag)
      await assertAarsag(tx, efter.fravaersaarsag, borger.kontaktgruppe);
    await assertIngenOverlap(tx, borger.id, { id, ...efter });
    const repository = fravaerRepository(tx);
    const changed = await repository.updateIfVersion(id, version, {
      fravaersaarsag: efter.fravaersaarsag,
      startdato: fromIsoDate(efter.startdato),
      slutdato: efter.slutdato ? fromIsoDate(efter.slutdato) : null,
      kommentar: efter.kommentar,
    });
    if (!changed)
      throw new AppError('VERSION_KONFLIKT', { detail: 'Nogen har ændret fraværet, siden du åbnede det.' });
    await recordAendring(deps, tx, aktoer, borger, { id, version: version + 1, ...efter }, 2, {
      aendringer: aendringer(foer, efter),
    });
    return fravaerDto(deps, tx, (await repository.find(id)) as FravaerRow);
  });
}
