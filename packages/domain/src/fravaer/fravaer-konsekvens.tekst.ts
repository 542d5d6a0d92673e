import { danskDato } from '../tid/dato.js';
import { fravaersaarsagNavn } from './fravaer.codelists.js';
import type { FravaerKonsekvens } from './fravaer.contract.js';
import type { FravaersaarsagAfvisning } from './fravaer.rules.js';

/** One consequence of a fravær (`fravaerKonsekvenser`) in Danish, the way the caseworker reads it before "Gem". */
export function fravaerKonsekvensTekst(konsekvens: FravaerKonsekvens): string {
  switch (konsekvens.kind) {
    case 'selvbookingspligt-bortfalder':
      return `Selvbookingspligt bortfalder fra ${danskDato(konsekvens.fra)}`;
    case 'joblog-ikke-paakraevet':
      return 'Jobloggen er ikke påkrævet';
    case 'ingen-dagpenge':
      return `Ingen a-dagpenge fra ${danskDato(konsekvens.fra)} (sorgorlov)`;
    case 'mindre-intensiv-indsats':
      return 'Borgeren får mindre intensiv indsats: ingen pligt til at deltage i samtaler';
    case 'moeder-boer-flyttes':
      return konsekvens.moeder.length === 1
        ? '1 møde i perioden bør flyttes'
        : `${konsekvens.moeder.length} møder i perioden bør flyttes`;
    case 'ingen-aendring':
      return 'Ingen ændring af borgerens pligter';
    case 'samme-aarsag-i-perioden':
      return `Borgeren har allerede fravær af samme årsag ${konsekvens.fravaer.map(periodeTekst).join(' og ')}`;
    case 'akasse-faar-besked':
      return `${konsekvens.akasse.navn} får besked om fraværet, når du gemmer, og om hver senere ændring eller sletning`;
  }
}

function periodeTekst(periode: { startdato: string; slutdato: string | null }): string {
  return periode.slutdato
    ? `${danskDato(periode.startdato)}–${danskDato(periode.slutdato)}`
    : `fra ${danskDato(periode.startdato)}`;
}

/** Why a reason cannot be registered (`afvisFravaersaarsag`, R8, R10 and the matrix), in Danish. */
export function fravaersaarsagAfvisningTekst(
  afvisning: Exclude<FravaersaarsagAfvisning, 'UKENDT'>,
  fravaersaarsag: number,
  kontaktgruppe: number,
): string {
  if (afvisning === 'FRAVAERSAARSAG_KAN_IKKE_OPRETTES') {
    return `Fravær ${fravaersaarsag} kan ikke længere oprettes: ordningen ophørte 31. marts 2022`;
  }
  return `${fravaersaarsagNavn(fravaersaarsag)} er ikke tilladt for borgerens kontaktgruppe ${kontaktgruppe}`;
}
