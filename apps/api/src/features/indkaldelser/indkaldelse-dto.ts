import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { findMoedeform, samtaletyper } from '@jobcenter/domain/moede/moede.codelists';
import { harRetTilValgAfMoedeform } from '@jobcenter/domain/moede/moede.rules';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import { toIsoDate } from '../../db/dates.js';
import type { IndkaldelseRow, IndkaldelseVersionRow } from './indkaldelser.repository.js';

export function aendringAf(version: IndkaldelseVersionRow) {
  return {
    af: {
      type: version.aktoerType === 'system' ? ('system' as const) : ('bruger' as const),
      navn: version.aktoer,
    },
    myndighed: { kode: version.myndighedKode, navn: version.myndighedNavn },
    tidspunkt: version.tidspunkt.toISOString(),
  };
}

export function moedeformRef(id: number) {
  const form = findMoedeform(id);
  return { id, navn: form?.navn ?? `Mødeform ${id}`, aktiv: form?.aktiv ?? false };
}

/** R3 on the meeting's date in Copenhagen, for the citizen as they are now. */
export function retTilValgPaaMoedet(row: Pick<IndkaldelseRow, 'borger' | 'start' | 'samtaletype'>): boolean {
  return harRetTilValgAfMoedeform({
    kontaktgruppe: row.borger.kontaktgruppe,
    ledighedsdato: toIsoDate(row.borger.ledighedsdato),
    maalgruppe: row.borger.jobcenter.maalgruppeValgAfMoedeform,
    moedeDato: copenhagenDate(row.start),
    samtaletype: row.samtaletype,
  });
}

export function toIndkaldelseDto(row: IndkaldelseRow): Indkaldelse {
  const forste = row.versioner[0];
  const seneste = row.versioner[row.versioner.length - 1];
  const { aktiv: _aktiv, ...valgtForm } = row.valgMoedeform
    ? moedeformRef(row.valgMoedeform)
    : { aktiv: false };
  return {
    id: row.id,
    borger: { id: row.borger.id, navn: `${row.borger.fornavn} ${row.borger.efternavn}` },
    jobcenter: row.jobcenter,
    samtaletype: {
      id: row.samtaletype,
      navn:
        samtaletyper.find((type) => type.id === row.samtaletype)?.navn ?? `Samtaletype ${row.samtaletype}`,
    },
    start: row.start.toISOString(),
    slut: row.slut.toISOString(),
    moedeform: moedeformRef(row.moedeform),
    adresse: row.adresse,
    lokationsuddybning: row.lokationsuddybning,
    digitaltMoedelink: row.digitaltMoedelink,
    personligtFremmoedePaakraevet: row.personligtFremmoedePaakraevet,
    begrundelse: row.begrundelse,
    aflyst: row.aflyst,
    aflysningsaarsag: row.aflysningsaarsag,
    selvbooket: row.selvbooket,
    retTilValgAfMoedeform: retTilValgPaaMoedet(row),
    moededeltagelsesvalg:
      row.valgMoedeform && row.valgRegistreretAf && row.valgRegistreretTidspunkt
        ? {
            moedeform: valgtForm as { id: number; navn: string },
            registreretAf: row.valgRegistreretAf,
            registreretTidspunkt: row.valgRegistreretTidspunkt.toISOString(),
          }
        : null,
    version: row.version,
    udfald:
      row.udfald && row.udfaldRegistreretAf && row.udfaldTidspunkt
        ? {
            udfald: row.udfald as 'afholdt' | 'udeblevet',
            kommentar: row.udfaldKommentar,
            registreretAf: row.udfaldRegistreretAf,
            tidspunkt: row.udfaldTidspunkt.toISOString(),
          }
        : null,
    ansvarlig: row.ansvarlig ? { brugernavn: row.ansvarlig.brugernavn, navn: row.ansvarlig.navn } : null,
    oprettet: forste
      ? aendringAf(forste)
      : {
          af: { type: row.selvbooket ? 'system' : 'bruger', navn: row.oprettetAf },
          myndighed: { kode: row.jobcenter.nummer.slice(0, 3), navn: row.jobcenter.navn },
          tidspunkt: row.createdAt.toISOString(),
        },
    senestAendret: seneste && seneste.version > 1 ? aendringAf(seneste) : null,
  };
}
