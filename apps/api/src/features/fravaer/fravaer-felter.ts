import { danskDato } from '@jobcenter/domain/tid/dato';
import { toIsoDate } from '../../db/dates.js';
import type { FravaerRow } from './fravaer.repository.js';
import { aarsagRef } from './fravaer-dto.js';

/** The fields of a fravær that a version records, as ISO dates. */
export interface FravaerFelter {
  fravaersaarsag: number;
  startdato: string;
  slutdato: string | null;
  kommentar: string | null;
}

export const felterAf = (
  row: Pick<FravaerRow, 'fravaersaarsag' | 'startdato' | 'slutdato' | 'kommentar'>,
): FravaerFelter => ({
  fravaersaarsag: row.fravaersaarsag,
  startdato: toIsoDate(row.startdato),
  slutdato: row.slutdato ? toIsoDate(row.slutdato) : null,
  kommentar: row.kommentar,
});

export const visDato = (dato: string | null) => (dato ? danskDato(dato) : 'ingen');

/** What changed between two versions, in Danish (the history shows it). */
export function aendringer(foer: FravaerFelter, efter: FravaerFelter): string[] {
  const lines: string[] = [];
  if (foer.fravaersaarsag !== efter.fravaersaarsag) {
    lines.push(`Årsag: ${aarsagRef(foer.fravaersaarsag).navn} → ${aarsagRef(efter.fravaersaarsag).navn}`);
  }
  if (foer.startdato !== efter.startdato)
    lines.push(`Startdato: ${visDato(foer.startdato)} → ${visDato(efter.startdato)}`);
  if (foer.slutdato !== efter.slutdato)
    lines.push(`Slutdato: ${visDato(foer.slutdato)} → ${visDato(efter.slutdato)}`);
  if (foer.kommentar !== efter.kommentar) lines.push('Kommentar ændret');
  return lines;
}
