import type { Cv, CvSoegSvar } from '@jobcenter/domain/cv/cv.contract';
import { ANNA_ID, BO_ID } from './fixtures';

// CVs and CV-søgning answers, shaped like the API's (api.md, "CV-søgning").

export const CARL_ID = '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716';

export function cv(overrides: Partial<Cv> = {}): Cv {
  return {
    borgerId: ANNA_ID,
    overskrift: 'Erfaren tømrer',
    jobOensker: ['Tømrer', 'Tagdækker'],
    kompetencer: ['Tagarbejde', 'Kørekort B'],
    erfaring: [{ titel: 'Tømrersvend', sted: 'Hørsholm Byg ApS', fra: '2015-08-01', til: '2025-12-31' }],
    uddannelse: [{ titel: 'Tømrer (svendebrev)', sted: 'TEC', fra: '2011-08-01', til: '2015-06-30' }],
    postnummer: '2970',
    soegbart: true,
    opdateret: '2026-11-19T09:15:00.000Z',
    ...overrides,
  };
}

type Resultat = CvSoegSvar['items'][number];

export const annaResultat: Resultat = {
  borgerId: ANNA_ID,
  navn: 'Anna Hansen',
  overskrift: 'Erfaren tømrer',
  kompetencer: ['Tømrerarbejde', 'Tagarbejde'],
  postnummer: '2970',
  kontaktgruppe: 1,
  mindreIntensivIndsats: false,
};

export const boResultat: Resultat = {
  borgerId: BO_ID,
  navn: 'Bo Nielsen',
  overskrift: 'Tømrerlærling med kørekort',
  kompetencer: ['Kørekort B'],
  postnummer: '2960',
  kontaktgruppe: 2,
  mindreIntensivIndsats: true,
};

export const carlResultat: Resultat = {
  borgerId: CARL_ID,
  navn: 'Carl Holm',
  overskrift: 'Murer',
  kompetencer: ['Murerarbejde'],
  postnummer: '3000',
  kontaktgruppe: 1,
  mindreIntensivIndsats: false,
};

export function soegSvar(overrides: Partial<CvSoegSvar> = {}): CvSoegSvar {
  return {
    items: [annaResultat, boResultat],
    nextCursor: null,
    total: 2,
    fremhaev: [],
    facetter: {
      kontaktgruppe: [
        { vaerdi: 1, antal: 1 },
        { vaerdi: 2, antal: 1 },
      ],
      mindreIntensivIndsats: [
        { vaerdi: true, antal: 1 },
        { vaerdi: false, antal: 1 },
      ],
      postnummer: [
        { vaerdi: '2960', antal: 1 },
        { vaerdi: '2970', antal: 1 },
      ],
      kompetence: [
        { vaerdi: 'Kørekort B', antal: 1 },
        { vaerdi: 'Tagarbejde', antal: 1 },
        { vaerdi: 'Tømrerarbejde', antal: 1 },
      ],
    },
    ...overrides,
  };
}
