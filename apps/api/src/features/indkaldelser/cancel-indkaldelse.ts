import type { Aktoer } from '../../auth/aktoer.js';
import { AppError } from '../../http/app-error.js';
import { assertVersion } from '../../http/if-match.js';
import { skrivMoedeBreve } from '../breve/moede-breve.js';
import { type IndkaldelserDeps, logChange, requireIndkaldelse } from './indkaldelse-aendring.js';
import { sendIndkaldelseBesked } from './indkaldelse-besked.js';
import { toIndkaldelseDto } from './indkaldelse-dto.js';
import { recordVersion } from './indkaldelse-version.js';
import { type IndkaldelseRow, indkaldelserRepository } from './indkaldelser.repository.js';
import { moedeBeskrivelse } from './moede-beskrivelse.js';

/** Aflysning: the meeting stays listed as cancelled, and a booked offer becomes free again. */
export function cancelIndkaldelse(
  deps: IndkaldelserDeps,
  aktoer: Aktoer,
  id: string,
  version: number,
  { aflysningsaarsag }: { aflysningsaarsag: string },
) {
  const { clock, historik } = deps;
  return deps.prisma.$transaction(async (tx) => {
    const row = await requireIndkaldelse(tx, aktoer, id);
    assertVersion(row.version, version, 'mødet');
    if (row.aflyst) throw new AppError('VALIDERINGSFEJL', { detail: 'Mødet er allerede aflyst' });
    const updated = await indkaldelserRepository(tx).updateIfVersion(id, version, {
      aflyst: true,
      aflysningsaarsag,
      aflystTidspunkt: clock.now(),
      moedetilbudId: null,
    });
    if (!updated)
      throw new AppError('VERSION_KONFLIKT', { detail: 'Nogen har ændret mødet, siden du åbnede det.' });
    await recordVersion(tx, clock, aktoer, {
      indkaldelseId: id,
      version: version + 1,
      aendringstype: 3,
      aendringer: ['aflyst'],
    });
    await historik.record(
      tx,
      aktoer,
      row.borger.id,
      'INDKALDELSE_AFLYST',
      `Mødet ${moedeBeskrivelse(toIndkaldelseDto(row))} aflyst: ${aflysningsaarsag}`,
    );
    await logChange(deps, tx, aktoer, row.borger.id, 'slet', 'Aflysning af møde');
    const aflyst = toIndkaldelseDto((await indkaldelserRepository(tx).find(id)) as IndkaldelseRow);
    await skrivMoedeBreve(tx, clock, { kind: 'aflyst', moede: aflyst });
    await sendIndkaldelseBesked(tx, clock, 3, row.borger.id, row);
  });
}
