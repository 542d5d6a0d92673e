// Kontaktgrupper: 1 and 7 from the release note; 2–6 [ASSUMED] after LAB § 6.
// Duties by kontaktgruppe are data: self-booking for dagpengemodtagere (R11, [PUB]); the joblog requirement
// for 1 and 7 [PUB] and 2 [ASSUMED] (R13).
export const kontaktgrupper = [
  { id: 1, navn: 'Dagpengemodtager', selvbookingspligt: true, joblogkrav: true },
  { id: 2, navn: 'Jobparat kontanthjælpsmodtager', selvbookingspligt: false, joblogkrav: true },
  { id: 3, navn: 'Aktivitetsparat kontanthjælpsmodtager', selvbookingspligt: false, joblogkrav: false },
  { id: 4, navn: 'Uddannelsesparat uddannelseshjælpsmodtager', selvbookingspligt: false, joblogkrav: false },
  { id: 5, navn: 'Aktivitetsparat uddannelseshjælpsmodtager', selvbookingspligt: false, joblogkrav: false },
  { id: 6, navn: 'Sygedagpengemodtager', selvbookingspligt: false, joblogkrav: false },
  { id: 7, navn: 'Fleksjobvisiteret (ledig)', selvbookingspligt: false, joblogkrav: true },
] as const;
export type KontaktgruppeId = (typeof kontaktgrupper)[number]['id'];
export const kontaktgruppeIds = kontaktgrupper.map((gruppe) => gruppe.id);

export function kontaktgruppeNavn(id: number): string {
  return kontaktgrupper.find((gruppe) => gruppe.id === id)?.navn ?? `Kontaktgruppe ${id}`;
}

export function findKontaktgruppe(id: number) {
  return kontaktgrupper.find((gruppe) => gruppe.id === id);
}
