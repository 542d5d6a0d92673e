// Kontaktgrupper: 1 and 7 from the release note; 2–6 [ASSUMED] after LAB § 6.
export const kontaktgrupper = [
  { id: 1, navn: 'Dagpengemodtager' },
  { id: 2, navn: 'Jobparat kontanthjælpsmodtager' },
  { id: 3, navn: 'Aktivitetsparat kontanthjælpsmodtager' },
  { id: 4, navn: 'Uddannelsesparat uddannelseshjælpsmodtager' },
  { id: 5, navn: 'Aktivitetsparat uddannelseshjælpsmodtager' },
  { id: 6, navn: 'Sygedagpengemodtager' },
  { id: 7, navn: 'Fleksjobvisiteret (ledig)' },
] as const;
export type KontaktgruppeId = (typeof kontaktgrupper)[number]['id'];
export const kontaktgruppeIds = kontaktgrupper.map((gruppe) => gruppe.id);

export function kontaktgruppeNavn(id: number): string {
  return kontaktgrupper.find((gruppe) => gruppe.id === id)?.navn ?? `Kontaktgruppe ${id}`;
}
