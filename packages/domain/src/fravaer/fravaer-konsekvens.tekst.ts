import { danskDato } from '../tid/dato.js';
import type { FravaerKonsekvens } from './fravaer.contract.js';

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
  }
}
