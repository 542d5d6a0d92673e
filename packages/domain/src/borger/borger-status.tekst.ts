import { fravaersaarsagNavn } from '../fravaer/fravaer.codelists.js';
import type { JoblogGrund } from '../joblog/joblog.contract.js';
import { danskDato } from '../tid/dato.js';
import type { SelvbookingGrund } from './borger.contract.js';
import { kontaktgruppeNavn } from './kontaktgruppe.codelists.js';

/**
 * R11's reason in Danish, as the person page says it. With `iAar` ("2026"), a date of that year loses its year
 * ("til 11.12"): a status chip is short, and the year is the one the caseworker is in.
 */
export function selvbookingGrundTekst(grund: SelvbookingGrund, iAar?: string): string {
  switch (grund.kind) {
    case 'pligt':
      return `Pligt til at booke samtalerne selv som ${kontaktgruppeNavn(grund.kontaktgruppe).toLowerCase()}`;
    case 'kontaktgruppe-uden-pligt':
      return 'Kontaktgruppen har ikke pligt til selvbooking';
    case 'fritaget':
      return `Fritaget for selvbooking (${fravaersaarsagNavn(grund.fravaersaarsag)}${tilDato(grund.slutdato, iAar)})`;
    case 'frataget':
      return `Frataget retten til selvbooking${tilDato(grund.slutdato, iAar)}`;
  }
}

/** R13's reason in Danish, as the person page and the Joblog tab say it. */
export function joblogGrundTekst(grund: JoblogGrund): string {
  switch (grund.kind) {
    case 'krav':
      return `Krav om joblog hver kalendermåned for ${kontaktgruppeNavn(grund.kontaktgruppe).toLowerCase()}`;
    case 'kontaktgruppe-uden-krav':
      return `Ingen krav om joblog for ${kontaktgruppeNavn(grund.kontaktgruppe).toLowerCase()}`;
    case 'fritaget':
      return `Fritaget for joblog under fravær: ${fravaersaarsagNavn(grund.fravaersaarsag)}`;
  }
}

function tilDato(slutdato: string | null, iAar: string | undefined): string {
  if (!slutdato) return '';
  return ` til ${slutdato.slice(0, 4) === iAar ? danskDato(slutdato).slice(0, 5) : danskDato(slutdato)}`;
}
