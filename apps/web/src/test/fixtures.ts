import type { SessionSvar } from '@jobcenter/domain/auth/auth.contract';
import type { Virksomhed, VirksomhedSoegSvar } from '@jobcenter/domain/virksomhed/virksomhed.contract';

// Shaped like the demo data the API serves (api.md, "Demo fixtures").

export const vkSession: SessionSvar = {
  bruger: {
    brugernavn: 'vk22300',
    navn: 'Vera Krogh',
    rolle: 'virksomhedskonsulent',
    jobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
  },
  csrfToken: 'csrf-token-123',
};

export const hoersholmByg: Virksomhed = {
  cvrNummer: '31501202',
  navn: 'Hørsholm Byg ApS',
  konfliktramt: false,
  konfliktvarsler: [],
  pEnheder: [
    {
      pNummer: '1017654321',
      navn: 'Hørsholm Byg ApS',
      adresse: { vejOgNummer: 'Usserød Kongevej 10', postnummer: '2970', by: 'Hørsholm' },
      jobagProfil: true,
      aktiv: true,
      inaktivAarsag: null,
      senesteLogintidspunkt: '2026-10-01T08:15:00Z',
      konfliktramt: false,
    },
    {
      pNummer: '1017654322',
      navn: 'Hørsholm Byg ApS, værkstedet',
      adresse: { vejOgNummer: 'Industrivej 4', postnummer: '2970', by: 'Hørsholm' },
      jobagProfil: true,
      aktiv: false,
      inaktivAarsag: 'Ingen aktive brugere på JobAG',
      senesteLogintidspunkt: null,
      konfliktramt: false,
    },
  ],
};

export const nordkystRengoering: Virksomhed = {
  cvrNummer: '37200417',
  navn: 'Nordkyst Rengøring A/S',
  konfliktramt: true,
  konfliktvarsler: [
    {
      id: 'kv-1',
      pNummer: null,
      fraDato: '2026-11-01',
      tilDato: null,
      tekst: 'Overenskomststridig arbejdsnedlæggelse hos Nordkyst Rengøring A/S.',
      aktiv: true,
      myndighed: { kode: '223', navn: 'Jobcenter Hørsholm' },
    },
    {
      id: 'kv-0',
      pNummer: null,
      fraDato: '2025-03-01',
      tilDato: '2025-03-31',
      tekst: 'Tidligere konflikt, afsluttet.',
      aktiv: false,
      myndighed: { kode: '223', navn: 'Jobcenter Hørsholm' },
    },
  ],
  pEnheder: [
    {
      pNummer: '1023456789',
      navn: 'Nordkyst Rengøring A/S',
      adresse: { vejOgNummer: 'Strandvejen 200', postnummer: '3060', by: 'Espergærde' },
      jobagProfil: true,
      aktiv: true,
      inaktivAarsag: null,
      senesteLogintidspunkt: '2026-11-20T12:00:00Z',
      konfliktramt: true,
    },
  ],
};

export const soegHoersholm: VirksomhedSoegSvar = {
  items: [
    {
      cvrNummer: '31501202',
      navn: 'Hørsholm Byg ApS',
      antalPEnheder: 2,
      jobagProfil: true,
      aktiv: true,
      konfliktramt: false,
    },
    {
      cvrNummer: '37200417',
      navn: 'Nordkyst Rengøring A/S',
      antalPEnheder: 1,
      jobagProfil: true,
      aktiv: true,
      konfliktramt: true,
    },
  ],
};
