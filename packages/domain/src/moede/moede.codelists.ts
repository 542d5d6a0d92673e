// Mødeform [RN 1.1]: 4 and 5 retired in release 2022-3 (replaced by 8 and 9); 6 and 7 retired earlier.
// Retired forms stay readable on old records (R1).

export interface Moedeform {
  id: number;
  navn: string;
  beskrivelse: string;
  aktiv: boolean;
}

// Names and descriptions as the release note lists them (RN 1.1).
export const moedeformer: readonly Moedeform[] = [
  { id: 1, navn: 'Personlig kontakt', beskrivelse: 'Personlig kontakt (med borgeren)', aktiv: true },
  {
    id: 2,
    navn: 'Telefon',
    beskrivelse: 'Telefon (borgeren eller ansvarlig henvender sig telefonisk)',
    aktiv: true,
  },
  {
    id: 3,
    navn: 'Brev',
    beskrivelse:
      'Borgeren modtager brev via almindelig post, via e-mail, via e-boks, via Offentlig Digital Post, via Borger.dk m.v. Kontakt foregår ved en-vejs kommunikation',
    aktiv: true,
  },
  {
    id: 4,
    navn: 'Digitalt',
    beskrivelse:
      'Borgeren og sagsbehandler kommunikerer digitalt via fx e-mail, sms eller anden form for skriftlig, digital kommunikation. Kontakten åbner mulighed for to-vejs kommunikation. Udgået i release 2022-3: erstattet af 8 og 9',
    aktiv: false,
  },
  {
    id: 5,
    navn: 'Andet',
    beskrivelse: 'Andet (informationer modtages fra 3. person). Udgået i release 2022-3: erstattet af 8 og 9',
    aktiv: false,
  },
  { id: 6, navn: 'Møde direkte på arbejde', beskrivelse: 'Møde direkte på arbejde. Udgået', aktiv: false },
  {
    id: 7,
    navn: 'Teknisk registrering',
    beskrivelse: 'Systemteknisk registrering af en samtale. Udgået',
    aktiv: false,
  },
  {
    id: 8,
    navn: 'Digitalt møde',
    beskrivelse:
      'Kontakten foregår digitalt, fortrinsvis hvor borger og sagsbehandler kommunikerer med lyd og billede. Direkte to-vejs kommunikation. Kræver et link til mødet',
    aktiv: true,
  },
  {
    id: 9,
    navn: 'Ingen direkte borgerkontakt',
    beskrivelse: 'Dialog sker gennem 3. person, fx ifm. sygdom hvor direkte borgerkontakt ikke er mulig',
    aktiv: true,
  },
];

export const MOEDEFORM_PERSONLIG = 1;
export const MOEDEFORM_TELEFON = 2;
export const MOEDEFORM_DIGITALT_MOEDE = 8;

/** The forms a citizen with the right to choose can choose between (R3): in person, phone, digital meeting. */
export const valgbareMoedeformIds = [
  MOEDEFORM_PERSONLIG,
  MOEDEFORM_TELEFON,
  MOEDEFORM_DIGITALT_MOEDE,
] as const;

export function findMoedeform(id: number): Moedeform | undefined {
  return moedeformer.find((form) => form.id === id);
}

/** Samtaletype [PUB]. */
export const samtaletyper = [
  { id: 7, navn: 'Jobsamtale' },
  { id: 4, navn: 'Opfølgningssamtale' },
] as const;
export type SamtaletypeId = (typeof samtaletyper)[number]['id'];
