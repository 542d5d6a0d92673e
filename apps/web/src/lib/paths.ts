/**
 * Every page's address, built once: a feature links to another subject's page through these, never through
 * that feature's code (a feature may not import another feature). The routes themselves are in router.tsx.
 */

// ---------- borgere (the person page and its tabs) ----------

export const BORGERE_PATH = '/borgere';
export const OPRET_BORGER_PATH = '/borgere/ny';

export type BorgerFane =
  | 'moeder'
  | 'fravaer'
  | 'plan'
  | 'joblog'
  | 'cv'
  | 'kontaktpersoner'
  | 'breve'
  | 'historik';

export const borgerFaner: readonly { fane: BorgerFane; tekst: string }[] = [
  { fane: 'moeder', tekst: 'Møder' },
  { fane: 'fravaer', tekst: 'Fravær' },
  { fane: 'plan', tekst: 'Plan' },
  { fane: 'joblog', tekst: 'Joblog' },
  { fane: 'cv', tekst: 'CV' },
  { fane: 'kontaktpersoner', tekst: 'Kontaktpersoner' },
  { fane: 'breve', tekst: 'Breve og beskeder' },
  { fane: 'historik', tekst: 'Historik' },
];

/** The tab /borgere/:id opens on. */
export const STANDARD_FANE: BorgerFane = 'moeder';

/**
 * The person page, on a tab or (without one) on the default tab by the page's own redirect. The citizen is
 * addressed by id, never by CPR; only sagsbehandlere get there (api.md, Roles).
 */
export function borgerPath(borgerId: string, fane?: BorgerFane): string {
  const side = `${BORGERE_PATH}/${encodeURIComponent(borgerId)}`;
  return fane ? `${side}/${fane}` : side;
}

/** The Møder tab with the summon panel open ("Indkald til samtale"). */
export function indkaldPath(borgerId: string): string {
  return `${borgerPath(borgerId, 'moeder')}?indkald=ny`;
}

/**
 * The Møder tab with meetings that should be moved (a fravær's period holds them) marked; focus goes to
 * "Flyt mødet" on the first of them.
 */
export function flytMoederPath(borgerId: string, indkaldelseIds: readonly string[]): string {
  return `${borgerPath(borgerId, 'moeder')}?${new URLSearchParams({ flyt: indkaldelseIds.join(',') }).toString()}`;
}

/** The Fravær tab with the "Registrér fravær" panel open. */
export function registrerFravaerPath(borgerId: string): string {
  return `${borgerPath(borgerId, 'fravaer')}?registrer=ny`;
}

/** The Joblog tab on a calendar month ("2026-11"): the month is in the URL. */
export function joblogPath(borgerId: string, maaned: string): string {
  return `${borgerPath(borgerId, 'joblog')}?${new URLSearchParams({ maaned }).toString()}`;
}

// ---------- indkaldelser and moedetilbud ----------

export const MINE_MOEDER_PATH = '/moeder';
export const MOEDETILBUD_PATH = '/moedetilbud';

/**
 * "Mine møder" on one Copenhagen day ("2026-11-20"): the user's own meetings, or with `ansvarlig` "alle" the
 * whole jobcentre's (the toggle's state is in the address, so a link or "back" keeps it).
 */
export function mineMoederPath(dato: string, ansvarlig: 'mig' | 'alle' = 'mig'): string {
  const params = new URLSearchParams({ dato });
  if (ansvarlig === 'alle') params.set('ansvarlig', 'alle');
  return `${MINE_MOEDER_PATH}?${params.toString()}`;
}

// ---------- jobordrer ----------

export const JOBORDRER_PATH = '/jobordrer';

/** The list's filters as they stand in the URL: `/jobordrer?status=1&cvrNummer=31501202&q=tømrer`. */
export interface JobordreFiltre {
  status?: number | undefined;
  cvrNummer?: string | undefined;
  q?: string | undefined;
}

export function jobordrerPath(filtre: JobordreFiltre = {}): string {
  const params = new URLSearchParams();
  if (filtre.status) params.set('status', String(filtre.status));
  if (filtre.cvrNummer) params.set('cvrNummer', filtre.cvrNummer);
  if (filtre.q) params.set('q', filtre.q);
  const query = params.toString();
  return query ? `${JOBORDRER_PATH}?${query}` : JOBORDRER_PATH;
}

export function jobordrePath(jobordreId: string): string {
  return `${JOBORDRER_PATH}/${encodeURIComponent(jobordreId)}`;
}

/** "Opret jobordre", with the company filled in when coming from its page. */
export function opretJobordrePath(cvrNummer?: string | null): string {
  return cvrNummer
    ? `${JOBORDRER_PATH}/ny?${new URLSearchParams({ cvr: cvrNummer }).toString()}`
    : `${JOBORDRER_PATH}/ny`;
}

// ---------- virksomheder ----------

export const VIRKSOMHEDER_PATH = '/virksomheder';

/** The company search, with the search term when there is one. */
export function virksomhedSoegPath(q?: string | null): string {
  return q ? `${VIRKSOMHEDER_PATH}?${new URLSearchParams({ q }).toString()}` : VIRKSOMHEDER_PATH;
}

export function virksomhedPath(cvrNummer: string): string {
  return `${VIRKSOMHEDER_PATH}/${encodeURIComponent(cvrNummer)}`;
}

/** The visit sheet for print (one A4 page). */
export function besoegsarkPath(cvrNummer: string): string {
  return `${virksomhedPath(cvrNummer)}/besoegsark`;
}

// ---------- cv ----------

export const CV_SOEGNING_PATH = '/cv-soegning';

/**
 * CV-søgning with a jobordre chosen (from its "Foreslå borger"): "Foreslå til jobordre" there has it first
 * and focused. The jobordre is not a search criterion, so it stays beside the filters in the address.
 */
export function cvSoegningPath(jobordreId?: string | null): string {
  return jobordreId
    ? `${CV_SOEGNING_PATH}?${new URLSearchParams({ jobordre: jobordreId }).toString()}`
    : CV_SOEGNING_PATH;
}

/**
 * History state of a CV-søgning entry: the free text, which never stands in an address. "Back" from a
 * citizen finds the same search, and a jobordre's "Foreslå borger" hands its search on to CV-søgning.
 */
export interface FritekstState {
  cvFritekst: string;
}

export function fritekstFraState(state: unknown): string {
  return tekstFraState(state, 'cvFritekst') ?? '';
}

/**
 * A citizen's CV, read only: what a virksomhedskonsulent may open of a citizen (a searchable CV, api.md,
 * Roles). Addressed by the citizen's id, never by CPR.
 */
export function cvPath(borgerId: string): string {
  return `${CV_SOEGNING_PATH}/cv/${encodeURIComponent(borgerId)}`;
}

/**
 * History state of the CV page: the citizen's name (a CV has none, and a name has no place in an address)
 * and the page it was opened from, for "back" (a search's free text travels in that page's own state).
 */
export interface CvVisningState {
  cvNavn: string;
  tilbage?: { sti: string; tekst: string; state?: unknown };
}

export function cvVisningFraState(state: unknown): Partial<CvVisningState> {
  const cvNavn = tekstFraState(state, 'cvNavn') ?? undefined;
  const tilbage: unknown =
    typeof state === 'object' && state !== null ? (state as Record<string, unknown>).tilbage : undefined;
  const sti = tekstFraState(tilbage, 'sti');
  const tekst = tekstFraState(tilbage, 'tekst');
  // Only an address inside the app: history state is whatever the browser kept.
  if (!sti?.startsWith('/') || sti.startsWith('//') || !tekst) return { cvNavn };
  return { cvNavn, tilbage: { sti, tekst, state: (tilbage as { state?: unknown }).state } };
}

// ---------- history state ----------

/** A message carried to the next page in history state ("Jobordren er oprettet"): shown once, never a CPR. */
export interface BeskedState {
  besked: string;
}

export function beskedFraState(state: unknown): string | null {
  return tekstFraState(state, 'besked');
}

/** A text a page put in history state under `key`, or null (history state is whatever the browser kept). */
export function tekstFraState(state: unknown, key: string): string | null {
  if (typeof state !== 'object' || state === null || !(key in state)) return null;
  const value: unknown = (state as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

/** A letter as the citizen received it (the API logs the reading); opened in a new tab, never fetched here. */
export function brevPdfPath(brevId: string): string {
  return `/api/breve/${encodeURIComponent(brevId)}/pdf`;
}
