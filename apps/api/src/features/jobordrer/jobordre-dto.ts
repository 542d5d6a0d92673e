import { formidlingsstatusNavn, jobordrestatusNavn } from '@jobcenter/domain/jobordre/jobordre.codelists';
import type { Formidling, Jobordre } from '@jobcenter/domain/jobordre/jobordre.contract';
import {
  afvisFormidling,
  formidlingAfvisningTekst,
  kanAendreJobordre,
} from '@jobcenter/domain/jobordre/jobordre.rules';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { toIsoDate } from '../../db/dates.js';
import type { FormidlingRow, JobordreRow } from './jobordrer.repository.js';

export function toJobordreDto(row: JobordreRow, aktoer: BrugerAktoer, konfliktramt: boolean): Jobordre {
  const spaerret = afvisFormidling({
    ny: true,
    formidlingsstatus: 1,
    jobordrestatus: row.status,
    konfliktramt,
  });
  return {
    id: row.id,
    titel: row.titel,
    beskrivelse: row.beskrivelse,
    virksomhed: { cvrNummer: row.cvrNummer, navn: row.virksomhed.navn, pNummer: row.pNummer },
    antalStillinger: row.antalStillinger,
    ansoegningsfrist: row.ansoegningsfrist ? toIsoDate(row.ansoegningsfrist) : null,
    ansvarligtJobcenter: row.jobcenter,
    status: { id: row.status, navn: jobordrestatusNavn(row.status) },
    konfliktramt,
    antalKandidater: row._count.formidlinger,
    kanAendres: kanAendreJobordre(aktoer.jobcenter.nummer, row.jobcenter.nummer),
    kanFormidles: spaerret === null,
    formidlingSpaerret: spaerret ? formidlingAfvisningTekst[spaerret] : null,
    version: row.version,
  };
}

/** Only the own myndighed's citizens are named; another myndighed's candidate is shown by its myndighed. */
export function toFormidlingDto(row: FormidlingRow, aktoer: BrugerAktoer): Formidling {
  const egen = row.borger.jobcenter.myndighed.kode === aktoer.myndighed.kode;
  return {
    id: row.id,
    jobordreId: row.jobordreId,
    borger: egen
      ? { id: row.borger.id, navn: `${row.borger.fornavn} ${row.borger.efternavn}` }
      : { id: null, navn: `Borger i ${row.borger.jobcenter.myndighed.navn}` },
    formidlingsstatus: { id: row.formidlingsstatus, navn: formidlingsstatusNavn(row.formidlingsstatus) },
    historik: row.historik.map((h) => ({
      formidlingsstatus: { id: h.formidlingsstatus, navn: formidlingsstatusNavn(h.formidlingsstatus) },
      tidspunkt: h.tidspunkt.toISOString(),
      bruger: egen || h.myndighedKode === aktoer.myndighed.kode ? h.aktoer : h.myndighedNavn,
      myndighed: { kode: h.myndighedKode, navn: h.myndighedNavn },
    })),
    version: row.version,
  };
}
