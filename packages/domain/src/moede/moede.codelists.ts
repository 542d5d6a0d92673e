// Mødeform [RN 1.1]: 4 and 5 retired in release 2022-3 (replaced by 8 and 9); 6 and 7 retired earlier.
// Retired forms stay readable on old records (R1).

export interface Moedeform {
  id: number;
  navn: string;
  beskrivelse: string;
  aktiv: boolean;
}

export const moedeformer: readonly Moedeform[] = [
  { id: 1, navn: 'Personlig kontakt', beskrivelse: 'Borgeren møder personligt op', aktiv: true },
  { id: 2, navn: 'Telefon', beskrivelse: 'Samtalen holdes over telefonen', aktiv: true },
  { id: 3, navn: 'Brev', beskrivelse: 'Kontakten sker skriftligt', aktiv: true },
  { id: 4, navn: 'Digitalt', beskrivelse: 'Udgået i release 2022-3: erstattet af 8 og 9', aktiv: false },
  { id: 5, navn: 'Andet', beskrivelse: 'Udgået i release 2022-3: erstattet af 8 og 9', aktiv: false },
  { id: 6, navn: 'Møde direkte på arbejde', beskrivelse: 'Udgået', aktiv: false },
  { id: 7, navn: 'Teknisk registrering', beskrivelse: 'Udgået', aktiv: false },
  {
    id: 8,
    navn: 'Digitalt møde',
    beskrivelse: 'Med lyd og billede, direkte tovejskommunikation. Kræver et link til mødet',
    aktiv: true,
  },
  {
    id: 9,
    navn: 'Ingen direkte borgerkontakt',
    beskrivelse: 'Dialog gennem en tredjeperson, fx ved sygdom',
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
