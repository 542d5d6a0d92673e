import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import { maskCpr } from '@jobcenter/domain/identifiers/cpr.rules';
import { harRetTilValgAfMoedeform } from '@jobcenter/domain/moede/moede.rules';
import { wholeMonthsBetween } from '@jobcenter/domain/tid/dato';
import type { BorgerStatus } from '../../borger-adgang/borger-status.js';
import { toIsoDate } from '../../db/dates.js';
import type { BorgerRow } from './borgere.repository.js';

export function toBorgerDto(row: BorgerRow, status: BorgerStatus, idag: string): Borger {
  const ledighedsdato = toIsoDate(row.ledighedsdato);
  return {
    id: row.id,
    cprMaskeret: maskCpr(row.cpr),
    fornavn: row.fornavn,
    efternavn: row.efternavn,
    kontaktgruppe: row.kontaktgruppe,
    jobcenter: { nummer: row.jobcenter.nummer, navn: row.jobcenter.navn },
    akasse: row.akasse,
    mobilnummer: row.mobilnummer,
    ledighedsdato,
    maanederLedig: wholeMonthsBetween(ledighedsdato, idag),
    // R3 for a jobsamtale held today.
    retTilValgAfMoedeform: harRetTilValgAfMoedeform({
      kontaktgruppe: row.kontaktgruppe,
      ledighedsdato,
      maalgruppe: row.jobcenter.maalgruppeValgAfMoedeform,
      moedeDato: idag,
      samtaletype: 7,
    }),
    selvbooking: status.selvbooking,
    mindreIntensivIndsats: status.mindreIntensivIndsats,
    dagpengeUdelukket: status.dagpengeUdelukket,
    dagpengeretFra: row.dagpengeretFra ? toIsoDate(row.dagpengeretFra) : null,
    ansvarlig: row.ansvarlig ? { brugernavn: row.ansvarlig.brugernavn, navn: row.ansvarlig.navn } : null,
    joblog: status.joblog,
  };
}
