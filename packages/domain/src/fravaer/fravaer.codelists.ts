// Fraværsårsager with the flags that drive their effects (domain.md). The effects are data on the rows:
// S (exempts from the duty to self-book, R11; 11 only during an active indsats), M (mindre intensiv indsats,
// [ASSUMED]), which kontaktgrupper the row exempts from the joblog requirement (R13), and whether it can
// still be created (R10).

export type SelvbookingFritagelse = 'ja' | 'kun-i-aktiv-indsats' | 'nej';

export interface Fravaersaarsag {
  id: number;
  navn: string;
  beskrivelse: string;
  selvbooking: SelvbookingFritagelse;
  mindreIntensivIndsats: boolean;
  joblogFritagetForKontaktgrupper: readonly number[];
  kanOprettes: boolean;
  /** The citizen receives no a-dagpenge in the period (R8). */
  udelukkerDagpenge: boolean;
  /** The citizen has no right to self-book while it is active (57): no offers, and a booking is refused. */
  fratagerSelvbooking: boolean;
}

const row = (
  id: number,
  navn: string,
  flags: Partial<Omit<Fravaersaarsag, 'id' | 'navn'>> = {},
): Fravaersaarsag => ({
  id,
  navn,
  beskrivelse: flags.beskrivelse ?? navn,
  selvbooking: flags.selvbooking ?? 'ja',
  mindreIntensivIndsats: flags.mindreIntensivIndsats ?? false,
  joblogFritagetForKontaktgrupper: flags.joblogFritagetForKontaktgrupper ?? [],
  kanOprettes: flags.kanOprettes ?? true,
  udelukkerDagpenge: flags.udelukkerDagpenge ?? false,
  fratagerSelvbooking: flags.fratagerSelvbooking ?? false,
});

export const fravaersaarsager: readonly Fravaersaarsag[] = [
  row(1, 'Uddannelse', { selvbooking: 'nej' }),
  row(2, 'Midlertidigt arbejde'),
  row(3, 'Borgerligt ombud'),
  row(4, 'Barsel (max 14 dage)', { beskrivelse: 'Barsel (max 14 dage) - fædreorlov/medmødreorlov' }),
  row(8, 'Barsel', {
    selvbooking: 'nej',
    beskrivelse: 'Barsel - graviditetsorlov, barselsorlov og forældreorlov',
  }),
  row(9, 'Friperiode', { selvbooking: 'nej' }),
  row(10, 'Ferie med feriepenge, feriedagpenge m.v.'),
  row(11, 'Sygdom - sygemelding', {
    selvbooking: 'kun-i-aktiv-indsats',
    joblogFritagetForKontaktgrupper: [7],
  }),
  row(23, 'Jobrettet uddannelse (deltid)', {
    beskrivelse: 'Jobrettet uddannelse (deltid) - fritaget for aktivering',
  }),
  row(24, 'Jobrettet uddannelse (fuldtid)', {
    beskrivelse: 'Jobrettet uddannelse (fuldtid) - fritaget for aktivering og kontaktførelse',
  }),
  row(43, 'På vej på efterløn/fleksydelse (inden for 6 uger)', { mindreIntensivIndsats: true }),
  row(44, 'På vej på pension (inden for 6 uger)', { mindreIntensivIndsats: true }),
  row(45, 'På vej i job (inden for 6 uger)', { mindreIntensivIndsats: true }),
  row(46, 'Barsel inden for 6 uger', { mindreIntensivIndsats: true }),
  row(56, 'Fritaget for pligt til selvbook', {
    beskrivelse: 'Fritaget for pligt til selvbook - ingen selvbookingsfrist',
  }),
  row(57, 'Frataget ret til selvbook', {
    beskrivelse: 'Frataget ret til selvbook - ingen selvbookingsfrist',
    fratagerSelvbooking: true,
  }),
  row(65, 'Uden for institutionens åbningstid – manglende pasningsmulighed'),
  row(66, 'Inden for institutionens åbningstid – manglende pasningsmulighed'),
  row(70, 'Tilladelse efter repatrieringslovens § 6'),
  row(71, 'Arbejdsfordeling op til 6 uger'),
  row(72, 'Arbejdsfordeling over 6 uger'),
  row(73, 'Vejrlig eller materialemangel'),
  row(75, 'Kontaktforløb er hos a-kassen', {
    beskrivelse: 'Kontaktforløb er hos a-kassen - ingen selvbookingsfrist',
  }),
  row(77, 'På vej på erhvervsuddannelse eller anden erhvervsrettet uddannelse (inden for 6 uger)', {
    mindreIntensivIndsats: true,
  }),
  row(78, 'Arbejdsfordeling – ny midlertidig ordning. COVID-19', { kanOprettes: false }),
  row(79, 'Sorgorlov', { udelukkerDagpenge: true }),
];

export function findFravaersaarsag(id: number): Fravaersaarsag | undefined {
  return fravaersaarsager.find((aarsag) => aarsag.id === id);
}

/** The reason's name, or "Fraværsårsag 99" for a code the codelist does not hold. */
export function fravaersaarsagNavn(id: number): string {
  return findFravaersaarsag(id)?.navn ?? `Fraværsårsag ${id}`;
}
