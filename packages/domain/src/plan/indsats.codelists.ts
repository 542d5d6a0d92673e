// Indsatstyper: the kinds are public, the codes [ASSUMED] (domain.md).
export const indsatstyper = [
  { kode: 'VIRKSOMHEDSPRAKTIK', navn: 'Virksomhedspraktik' },
  { kode: 'LOENTILSKUD', navn: 'Ansættelse med løntilskud' },
  { kode: 'VEJLEDNING_OPKVALIFICERING', navn: 'Vejledning og opkvalificering' },
  { kode: 'NYTTEINDSATS', navn: 'Nytteindsats' },
  { kode: 'MENTOR', navn: 'Mentorstøtte' },
  { kode: 'VOKSENLAERLING', navn: 'Voksenlærling' },
] as const;
export type IndsatstypeKode = (typeof indsatstyper)[number]['kode'];
export const indsatstypeKoder = indsatstyper.map((type) => type.kode) as [
  IndsatstypeKode,
  ...IndsatstypeKode[],
];

export function indsatstypeNavn(kode: string): string {
  return indsatstyper.find((type) => type.kode === kode)?.navn ?? kode;
}

/**
 * Ophørsårsager [RN 3.1]. 1–13 are not public: [ASSUMED] placeholders for caseworkers. 14 and 15 are VITAS's
 * state changes only (R14). Who may use a reason is data on the row, not logic.
 */
export const ophoersaarsager = [
  { id: 1, navn: 'Ordinær beskæftigelse', kunVitas: false },
  { id: 2, navn: 'Uddannelse', kunVitas: false },
  { id: 3, navn: 'Sygdom', kunVitas: false },
  { id: 4, navn: 'Afbrudt af borger', kunVitas: false },
  { id: 5, navn: 'Afbrudt af virksomhed', kunVitas: false },
  { id: 6, navn: 'Afbrudt af jobcenter', kunVitas: false },
  { id: 7, navn: 'Fejlregistrering', kunVitas: false },
  { id: 8, navn: 'Flyttet til anden kommune', kunVitas: false },
  { id: 9, navn: 'Overgået til anden ydelse', kunVitas: false },
  { id: 10, navn: 'Barsel', kunVitas: false },
  { id: 11, navn: 'Forløbet gennemført', kunVitas: false },
  { id: 12, navn: 'Udeblevet', kunVitas: false },
  { id: 13, navn: 'Andet', kunVitas: false },
  {
    id: 14,
    navn: 'Bevilling ikke godkendt',
    beskrivelse:
      'Virksomhed, jobcenter eller borger har ikke godkendt bevillingen eller har trukket den tilbage',
    kunVitas: true,
  },
  {
    id: 15,
    navn: 'Aktivitetsperioden afsluttet ordinært',
    beskrivelse: 'Bevillingen er lukket efter ordinært udløb',
    kunVitas: true,
  },
] as const;

export function findOphoersaarsag(id: number) {
  return ophoersaarsager.find((aarsag) => aarsag.id === id);
}
