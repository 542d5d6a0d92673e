// Jobordrestatus [RN 6.1]. FormidlingsstatusType: only 2 is public; 1, 3 and 4 are [ASSUMED] (domain.md).
export const jobordrestatusser = [
  { id: 1, navn: 'Åben' },
  { id: 2, navn: 'Midlertidig inaktiv' },
  { id: 3, navn: 'Lukket' },
] as const;
export const JOBORDRE_AABEN = 1;

export const formidlingsstatusser = [
  { id: 1, navn: 'Under vurdering', udfald: false },
  { id: 2, navn: 'Formidling tilgængelig for virksomhed', udfald: false },
  { id: 3, navn: 'Ansat', udfald: true },
  { id: 4, navn: 'Ikke ansat', udfald: true },
] as const;
export const FORMIDLING_TILGAENGELIG = 2;

export function jobordrestatusNavn(id: number): string {
  return jobordrestatusser.find((status) => status.id === id)?.navn ?? `Status ${id}`;
}

export function formidlingsstatusNavn(id: number): string {
  return formidlingsstatusser.find((status) => status.id === id)?.navn ?? `Status ${id}`;
}
