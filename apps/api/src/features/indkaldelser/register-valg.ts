import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { findMoedeform } from '@jobcenter/domain/moede/moede.codelists';
import {
  afvisValgAfMoedeform,
  isGyldigtMoedelink,
  kraeverMoedelink,
  valgAfMoedeformAfvisningTekst,
} from '@jobcenter/domain/moede/moede.rules';
import type { Aktoer } from '../../auth/aktoer.js';
import { AppError } from '../../http/app-error.js';
import { blankToNull, type IndkaldelserDeps, logChange, requireIndkaldelse } from './indkaldelse-aendring.js';
import { retTilValgPaaMoedet, toIndkaldelseDto } from './indkaldelse-dto.js';
import { recordVersion } from './indkaldelse-version.js';
import { type IndkaldelseRow, indkaldelserRepository } from './indkaldelser.repository.js';
import { moedeBeskrivelse } from './moede-beskrivelse.js';

/** R3, R4: the citizen's choice of in person, phone or digital meeting, with who and when. */
export function registerValg(
  deps: IndkaldelserDeps,
  aktoer: Aktoer,
  id: string,
  valg: { moedeform: number; digitaltMoedelink?: string | null | undefined },
): Promise<Indkaldelse> {
  const { clock, historik } = deps;
  return deps.prisma.$transaction(async (tx) => {
    const row = await requireIndkaldelse(tx, aktoer, id);
    if (row.aflyst) throw new AppError('VALIDERINGSFEJL', { detail: 'Mødet er aflyst' });
    const afvisning = afvisValgAfMoedeform({
      retTilValg: retTilValgPaaMoedet(row),
      personligtFremmoedePaakraevet: row.personligtFremmoedePaakraevet,
      valgtMoedeform: valg.moedeform,
    });
    if (afvisning) {
      throw new AppError('VALG_AF_MOEDEFORM_IKKE_TILLADT', {
        detail: valgAfMoedeformAfvisningTekst[afvisning],
      });
    }
    const link = blankToNull(valg.digitaltMoedelink) ?? row.digitaltMoedelink;
    if (kraeverMoedelink(valg.moedeform) && !isGyldigtMoedelink(link)) {
      const message = 'Et digitalt møde kræver et link, der begynder med https://';
      throw new AppError('DIGITALT_MOEDELINK_MANGLER', {
        detail: message,
        errors: [{ path: 'digitaltMoedelink', message }],
      });
    }
    const repository = indkaldelserRepository(tx);
    const updated = await repository.updateIfVersion(id, row.version, {
      valgMoedeform: valg.moedeform,
      valgRegistreretAf: aktoer.type === 'bruger' ? aktoer.brugernavn : aktoer.navn,
      valgRegistreretTidspunkt: clock.now(),
      ...(kraeverMoedelink(valg.moedeform) ? { digitaltMoedelink: link } : {}),
    });
    if (!updated)
      throw new AppError('VERSION_KONFLIKT', { detail: 'Nogen har ændret mødet, siden du åbnede det.' });
    await recordVersion(tx, clock, aktoer, {
      indkaldelseId: id,
      version: row.version + 1,
      aendringstype: 2,
      aendringer: [
        'moededeltagelsesvalg',
        ...(kraeverMoedelink(valg.moedeform) && link !== row.digitaltMoedelink ? ['digitaltMoedelink'] : []),
      ],
    });
    await repository.createValg({
      indkaldelseId: id,
      moedeform: valg.moedeform,
      registreret: clock.now(),
      aktoer: aktoer.navn,
      myndighedKode: aktoer.myndighed.kode,
      myndighedNavn: aktoer.myndighed.navn,
    });
    await historik.record(
      tx,
      aktoer,
      row.borger.id,
      'MOEDEDELTAGELSESVALG',
      `Borgeren har valgt ${findMoedeform(valg.moedeform)?.navn.toLowerCase()} til mødet ${moedeBeskrivelse(toIndkaldelseDto(row))}`,
    );
    await logChange(deps, tx, aktoer, row.borger.id, 'aendr', 'Registrering af borgerens valg af mødeform');
    return toIndkaldelseDto((await repository.find(id)) as IndkaldelseRow);
  });
}
