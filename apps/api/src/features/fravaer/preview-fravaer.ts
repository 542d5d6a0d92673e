import type {
  ForhaandsvisFravaer,
  FravaerForhaandsvisningSvar,
} from '@jobcenter/domain/fravaer/fravaer.contract';
import { afvisFravaersaarsag, fravaerKonsekvenser } from '@jobcenter/domain/fravaer/fravaer.rules';
import { fravaersaarsagAfvisningTekst } from '@jobcenter/domain/fravaer/fravaer-konsekvens.tekst';
import { problemCodes } from '@jobcenter/domain/problem/problem.contract';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { readBorger } from '../../borger-adgang/borger-adgang.js';
import { loadFravaerOgIndsats } from '../../borger-adgang/borger-status.js';
import { indkaldelserRepository } from '../indkaldelser/indkaldelser.repository.js';
import { fravaerRepository } from './fravaer.repository.js';
import { type FravaerDeps, idag } from './fravaer-aendring.js';

/**
 * What saving the draft would change, by the same rule functions as the status (no anchor system has this):
 * the refusal of its reason in Danish, or its consequences as data (`FravaerKonsekvens`).
 */
export function previewFravaer(
  deps: FravaerDeps,
  aktoer: BrugerAktoer,
  borgerId: string,
  udkast: ForhaandsvisFravaer,
): Promise<FravaerForhaandsvisningSvar> {
  return deps.prisma.$transaction(async (tx) => {
    const borger = await readBorger(
      tx,
      deps.accessLog,
      aktoer,
      borgerId,
      'Sagsbehandling: konsekvenser af fravær før registrering',
    );
    const afvist = afvisFravaersaarsag(
      udkast.fravaersaarsag,
      borger.kontaktgruppe,
      await fravaerRepository(tx).matrix(),
    );
    if (afvist) {
      return {
        afvisning:
          afvist === 'UKENDT'
            ? problemCodes.VALIDERINGSFEJL.title
            : fravaersaarsagAfvisningTekst(afvist, udkast.fravaersaarsag, borger.kontaktgruppe),
        konsekvenser: [],
      };
    }
    const dag = idag(deps);
    const sager = await loadFravaerOgIndsats(tx, [borgerId], dag);
    const moeder = await indkaldelserRepository(tx).listIkkeAflysteForBorger(borgerId);
    return {
      afvisning: null,
      konsekvenser: fravaerKonsekvenser({
        kontaktgruppe: borger.kontaktgruppe,
        fravaer: sager.fravaer(borgerId),
        nyt: {
          id: udkast.fravaerId ?? 'nyt',
          fravaersaarsag: udkast.fravaersaarsag,
          startdato: udkast.startdato,
          slutdato: udkast.slutdato ?? null,
        },
        iAktivIndsats: sager.iAktivIndsats(borgerId),
        idag: dag,
        moeder: moeder.map((m) => ({ id: m.id, dato: copenhagenDate(m.start) })),
        akasse: borger.akasse,
      }),
    };
  });
}
