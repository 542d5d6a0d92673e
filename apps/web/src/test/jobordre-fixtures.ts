import type { Formidling, Jobordre, JobordreDetalje } from '@jobcenter/domain/jobordre/jobordre.contract';
import { formidlingAfvisningTekst } from '@jobcenter/domain/jobordre/jobordre.rules';
import type { Virksomhed } from '@jobcenter/domain/virksomhed/virksomhed.contract';
import { ANNA_ID, hoersholmByg, nordkystRengoering } from './fixtures';

// Jobordrer, formidlinger and the company view with them, shaped like the API's answers (api.md, "Jobordrer
// and formidling" and "Virksomheder").

export const JOBORDRE_ID = '7a3e9c1b-2d4f-4a6b-8c0d-1e2f3a4b5c6d';

export function formidling(overrides: Partial<Formidling> = {}): Formidling {
  return {
    id: '44444444-4444-4444-8444-444444444444',
    jobordreId: JOBORDRE_ID,
    borger: { id: ANNA_ID, navn: 'Anna Hansen' },
    formidlingsstatus: { id: 1, navn: 'Under vurdering' },
    historik: [
      {
        formidlingsstatus: { id: 1, navn: 'Under vurdering' },
        tidspunkt: '2026-11-20T09:15:00.000Z',
        bruger: 'sb22300',
        myndighed: { kode: '223', navn: 'Hørsholm Kommune' },
      },
      {
        formidlingsstatus: { id: 2, navn: 'Formidling tilgængelig for virksomhed' },
        tidspunkt: '2026-11-24T13:40:00.000Z',
        bruger: 'sb22301',
        myndighed: { kode: '223', navn: 'Hørsholm Kommune' },
      },
    ],
    version: 2,
    ...overrides,
  };
}

/** Another myndighed's candidate: no id, no name, no link. */
export const kbhKandidat = formidling({
  id: '55555555-5555-4555-8555-555555555555',
  borger: { id: null, navn: 'Borger i Københavns Kommune' },
  formidlingsstatus: { id: 1, navn: 'Under vurdering' },
  historik: [
    {
      formidlingsstatus: { id: 1, navn: 'Under vurdering' },
      tidspunkt: '2026-11-21T10:00:00.000Z',
      bruger: 'Københavns Kommune',
      myndighed: { kode: '101', navn: 'Københavns Kommune' },
    },
  ],
  version: 1,
});

export function jobordre(overrides: Partial<Jobordre> = {}): Jobordre {
  return {
    id: JOBORDRE_ID,
    titel: 'Tømrer til renovering',
    beskrivelse: 'Erfaren tømrer til renovering af rækkehuse i Hørsholm.',
    virksomhed: { cvrNummer: '31501202', navn: 'Hørsholm Byg ApS', pNummer: '1017654321' },
    antalStillinger: 2,
    ansoegningsfrist: '2026-12-15',
    ansvarligtJobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
    status: { id: 1, navn: 'Åben' },
    konfliktramt: false,
    antalKandidater: 2,
    kanAendres: true,
    kanFormidles: true,
    formidlingSpaerret: null,
    version: 3,
    ...overrides,
  };
}

export function jobordreDetalje(overrides: Partial<JobordreDetalje> = {}): JobordreDetalje {
  return { ...jobordre(), formidlinger: [formidling(), kbhKandidat], ...overrides };
}

/** R19: a jobordre of Jobcenter København, seen from Hørsholm. */
export const kbhJobordre = jobordreDetalje({
  ansvarligtJobcenter: { nummer: '10100', navn: 'Jobcenter København' },
  kanAendres: false,
});

/** R18: closed, so nobody may be proposed. */
export const lukketJobordre = jobordreDetalje({
  status: { id: 3, navn: 'Lukket' },
  kanFormidles: false,
  formidlingSpaerret: formidlingAfvisningTekst.JOBORDRE_IKKE_AABEN,
});

/** R21: the company is konfliktramt. */
export const konfliktJobordre = jobordreDetalje({
  virksomhed: { cvrNummer: '37200417', navn: 'Nordkyst Rengøring A/S', pNummer: null },
  konfliktramt: true,
  kanFormidles: false,
  formidlingSpaerret: formidlingAfvisningTekst.VIRKSOMHED_KONFLIKTRAMT,
});

// TODO(contract): `Virksomhed` does not declare these yet; the API sends them (api.md, "Virksomheder").
export interface VirksomhedMedJobordrer extends Virksomhed {
  jobordrer: {
    id: string;
    titel: string;
    status: { id: number; navn: string };
    antalStillinger: number;
    antalKandidater: number;
    ansoegningsfrist: string | null;
    ansvarligtJobcenter: { nummer: string; navn: string };
  }[];
  senesteFormidlinger: {
    jobordreId: string;
    jobordreTitel: string;
    formidlingsstatus: { id: number; navn: string };
    tidspunkt: string;
  }[];
}

export const hoersholmBygMedJobordrer: VirksomhedMedJobordrer = {
  ...hoersholmByg,
  jobordrer: [
    {
      id: JOBORDRE_ID,
      titel: 'Tømrer til renovering',
      status: { id: 1, navn: 'Åben' },
      antalStillinger: 2,
      antalKandidater: 2,
      ansoegningsfrist: '2026-12-15',
      ansvarligtJobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
    },
    {
      id: '8b4f0d2c-3e5a-4b7c-9d1e-2f3a4b5c6d7e',
      titel: 'Murerlærling',
      status: { id: 3, navn: 'Lukket' },
      antalStillinger: 1,
      antalKandidater: 4,
      ansoegningsfrist: null,
      ansvarligtJobcenter: { nummer: '22301', navn: 'Jobcenter Hørsholm, Ungeenheden' },
    },
  ],
  senesteFormidlinger: [
    {
      jobordreId: JOBORDRE_ID,
      jobordreTitel: 'Tømrer til renovering',
      formidlingsstatus: { id: 2, navn: 'Formidling tilgængelig for virksomhed' },
      tidspunkt: '2026-11-24T13:40:00.000Z',
    },
    {
      jobordreId: JOBORDRE_ID,
      jobordreTitel: 'Tømrer til renovering',
      formidlingsstatus: { id: 1, navn: 'Under vurdering' },
      tidspunkt: '2026-11-20T09:15:00.000Z',
    },
  ],
};

export const nordkystMedJobordrer: VirksomhedMedJobordrer = {
  ...nordkystRengoering,
  jobordrer: [
    {
      id: '9c5a1e3d-4f6b-4c8d-8e2f-3a4b5c6d7e8f',
      titel: 'Rengøringsassistent',
      status: { id: 1, navn: 'Åben' },
      antalStillinger: 3,
      antalKandidater: 1,
      ansoegningsfrist: '2026-12-01',
      ansvarligtJobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
    },
  ],
  senesteFormidlinger: [
    {
      jobordreId: '9c5a1e3d-4f6b-4c8d-8e2f-3a4b5c6d7e8f',
      jobordreTitel: 'Rengøringsassistent',
      formidlingsstatus: { id: 1, navn: 'Under vurdering' },
      tidspunkt: '2026-10-28T08:00:00.000Z',
    },
  ],
};
