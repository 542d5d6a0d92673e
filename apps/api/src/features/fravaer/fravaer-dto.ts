import { findFravaersaarsag } from '@jobcenter/domain/fravaer/fravaer.codelists';
import type { Fravaer } from '@jobcenter/domain/fravaer/fravaer.contract';
import { type AktivtFravaer, isFravaerAktivt } from '@jobcenter/domain/fravaer/fravaer.rules';
import { toIsoDate } from '../../db/dates.js';
import type { FravaerRow } from './fravaer.repository.js';

export function aarsagRef(id: number) {
  const aarsag = findFravaersaarsag(id);
  return { id, navn: aarsag?.navn ?? `Fraværsårsag ${id}`, beskrivelse: aarsag?.beskrivelse ?? '' };
}

export function toPeriode(
  row: Pick<FravaerRow, 'id' | 'fravaersaarsag' | 'startdato' | 'slutdato'>,
): AktivtFravaer {
  return {
    id: row.id,
    fravaersaarsag: row.fravaersaarsag,
    startdato: toIsoDate(row.startdato),
    slutdato: row.slutdato ? toIsoDate(row.slutdato) : null,
  };
}

export function toFravaerDto(
  row: FravaerRow,
  jobcenter: { nummer: string; navn: string },
  idag: string,
): Fravaer {
  const periode = toPeriode(row);
  return {
    id: row.id,
    borgerId: row.borgerId,
    fravaersaarsag: aarsagRef(row.fravaersaarsag),
    startdato: periode.startdato,
    slutdato: periode.slutdato,
    kommentar: row.kommentar,
    aktiv: isFravaerAktivt(periode, idag),
    jobcenter,
    version: row.version,
  };
}
