import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { afvisUdfald } from '@jobcenter/domain/moede/moede.rules';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { AppError } from '../../http/app-error.js';
import { assertVersion } from '../../http/if-match.js';
import { blankToNull, type IndkaldelserDeps, logChange, requireIndkaldelse } from './indkaldelse-aendring.js';
import { sendUdeblivelseBesked } from './indkaldelse-besked.js';
import { toIndkaldelseDto } from './indkaldelse-dto.js';
import { recordVersion } from './indkaldelse-version.js';
import { type IndkaldelseRow, indkaldelserRepository } from './indkaldelser.repository.js';
import { moedeBeskrivelse } from './moede-beskrivelse.js';

/**
 * The outcome after the start: afholdt (with the samtalenotat) or udeblevet. An absence of a kontaktgruppe 1
 * citizen is told to the a-kasse; changing the outcome later tells it again (api.md).
 */
export function registerUdfald(
  deps: IndkaldelserDeps,
  aktoer: BrugerAktoer,
  id: string,
  version: number,
  body: { udfald: 'afholdt' | 'udeblevet'; kommentar?: string | null | undefined },
): Promise<Indkaldelse> {
  const { clock, historik } = deps;
  return deps.prisma.$transaction(async (tx) => {
    const row = await requireIndkaldelse(tx, aktoer, id);
    assertVersion(row.version, version, 'mødet');
    const afvisning = afvisUdfald(row, clock.now());
    if (afvisning === 'MOEDE_AFLYST') throw new AppError('MOEDE_AFLYST', { detail: 'Mødet er aflyst' });
    if (afvisning === 'MOEDE_IKKE_BEGYNDT') {
      throw new AppError('MOEDE_IKKE_BEGYNDT', {
        detail: 'Udfaldet kan registreres, når mødet er begyndt',
      });
    }
    const repository = indkaldelserRepository(tx);
    const updated = await repository.updateIfVersion(id, version, {
      udfald: body.udfald,
      udfaldKommentar: blankToNull(body.kommentar),
      udfaldRegistreretAf: aktoer.navn,
      udfaldTidspunkt: clock.now(),
    });
    if (!updated)
      throw new AppError('VERSION_KONFLIKT', { detail: 'Nogen har ændret mødet, siden du åbnede det.' });
    await recordVersion(tx, clock, aktoer, {
      indkaldelseId: id,
      version: version + 1,
      aendringstype: 2,
      aendringer: ['udfald'],
    });
    const dto = toIndkaldelseDto((await repository.find(id)) as IndkaldelseRow);
    await historik.record(
      tx,
      aktoer,
      row.borger.id,
      body.udfald === 'afholdt' ? 'MOEDE_AFHOLDT' : 'MOEDE_UDEBLEVET',
      `${body.udfald === 'afholdt' ? 'Afholdt' : 'Udeblevet'}: ${moedeBeskrivelse(dto)}`,
    );
    await logChange(deps, tx, aktoer, row.borger.id, 'aendr', 'Registrering af mødets udfald');
    await sendUdeblivelseBesked(
      tx,
      clock,
      row.borger.id,
      { foer: row.udfald as 'afholdt' | 'udeblevet' | null, efter: body.udfald },
      { id, start: row.start, moedeform: row.moedeform },
    );
    return dto;
  });
}
