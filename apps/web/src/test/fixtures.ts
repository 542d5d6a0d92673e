import type { SessionSvar } from '@jobcenter/domain/auth/auth.contract';
import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import type { Kontaktperson } from '@jobcenter/domain/borger/kontaktperson.contract';
import type { Indkaldelse, Moedetilbud } from '@jobcenter/domain/moede/indkaldelse.contract';
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
  jobordrer: [],
  senesteFormidlinger: [],
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
  jobordrer: [],
  senesteFormidlinger: [],
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

// ---------- Citizens and meetings (sagsbehandler at 22300) ----------

export const sbSession: SessionSvar = {
  bruger: {
    brugernavn: 'sb22300',
    navn: 'Signe Bach',
    rolle: 'sagsbehandler',
    jobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
  },
  csrfToken: 'csrf-token-123',
};

export const ANNA_ID = '6f1c2a5e-8d1b-4c3e-9a7f-0b2d4e6f8a10';

/** Unemployed since March 2026: on 20.11.2026 she has the right to choose (R3). */
export const anna: Borger = {
  id: ANNA_ID,
  cprMaskeret: '010190-xxxx',
  fornavn: 'Anna',
  efternavn: 'Hansen',
  kontaktgruppe: 1,
  jobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
  akasse: { kode: 'AK01', navn: 'A-kasse Nord' },
  mobilnummer: null,
  ledighedsdato: '2026-03-01',
  maanederLedig: 8,
  retTilValgAfMoedeform: true,
  selvbooking: {
    pligt: true,
    frataget: false,
    grund: { kind: 'pligt', kontaktgruppe: 1 },
    fritagetAf: [],
  },
  mindreIntensivIndsats: false,
  dagpengeUdelukket: false,
  dagpengeretFra: '2026-03-01',
  ansvarlig: { brugernavn: 'sb22300', navn: 'Signe Bach' },
  joblog: {
    krav: true,
    grund: { kind: 'krav', kontaktgruppe: 1 },
    fritagetAf: [],
    antalDenneMaaned: 3,
  },
};

export const BO_ID = '0a9b8c7d-6e5f-4a3b-8c1d-2e3f4a5b6c7d';

/** Unemployed since September 2026: no right to choose yet. */
export const bo: Borger = {
  ...anna,
  id: BO_ID,
  cprMaskeret: '150585-xxxx',
  fornavn: 'Bo',
  efternavn: 'Nielsen',
  kontaktgruppe: 2,
  akasse: null,
  mobilnummer: null,
  ledighedsdato: '2026-09-01',
  maanederLedig: 2,
  retTilValgAfMoedeform: false,
  selvbooking: {
    pligt: false,
    frataget: false,
    grund: { kind: 'kontaktgruppe-uden-pligt', kontaktgruppe: 2 },
    fritagetAf: [],
  },
  joblog: {
    krav: true,
    grund: { kind: 'krav', kontaktgruppe: 2 },
    fritagetAf: [],
    antalDenneMaaned: 0,
  },
  dagpengeretFra: null,
};

export function indkaldelse(overrides: Partial<Indkaldelse> = {}): Indkaldelse {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    borger: { id: ANNA_ID, navn: 'Anna Hansen' },
    jobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
    samtaletype: { id: 7, navn: 'Jobsamtale' },
    start: '2026-11-27T08:30:00.000Z',
    slut: '2026-11-27T09:00:00.000Z',
    moedeform: { id: 1, navn: 'Personlig kontakt', aktiv: true },
    adresse: 'Stationsvej 2, 2970 Hørsholm',
    lokationsuddybning: 'Lokale 2.14',
    digitaltMoedelink: null,
    personligtFremmoedePaakraevet: false,
    begrundelse: null,
    aflyst: false,
    aflysningsaarsag: null,
    selvbooket: false,
    retTilValgAfMoedeform: true,
    moededeltagelsesvalg: null,
    version: 1,
    udfald: null,
    ansvarlig: { brugernavn: 'sb22300', navn: 'Signe Bach' },
    oprettet: {
      af: { type: 'bruger', navn: 'Signe Bach' },
      myndighed: { kode: '223', navn: 'Hørsholm Kommune' },
      tidspunkt: '2026-11-19T09:15:00.000Z',
    },
    senestAendret: null,
    ...overrides,
  };
}

export function kontaktperson(overrides: Partial<Kontaktperson> = {}): Kontaktperson {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    navn: 'Karen Mentor',
    rolle: 'Mentor',
    telefon: '45 11 22 33',
    email: 'karen@example.dk',
    myndighed: { kode: '223', navn: 'Hørsholm Kommune', type: 'jobcenter' },
    egen: true,
    version: 1,
    ...overrides,
  };
}

export function moedetilbud(overrides: Partial<Moedetilbud> = {}): Moedetilbud {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    jobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
    start: '2026-11-30T09:00:00.000Z',
    slut: '2026-11-30T09:45:00.000Z',
    moedeformer: [
      { id: 1, navn: 'Personlig kontakt' },
      { id: 2, navn: 'Telefon' },
      { id: 8, navn: 'Digitalt møde' },
    ],
    adresse: 'Stationsvej 2, 2970 Hørsholm',
    lokationsuddybning: null,
    digitaltMoedelink: 'https://moede.example.dk/abc',
    booket: false,
    ...overrides,
  };
}
