import type { Rolle } from '../auth/auth.contract.js';

/** A user who might be made ansvarlig sagsbehandler of a citizen or a meeting (ADR 0018). */
export interface AnsvarligKandidat {
  id: string;
  rolle: Rolle;
  jobcenterNummer: string;
  aktiv: boolean;
}

export type AnsvarligAfvisning = 'UKENDT' | 'IKKE_SAGSBEHANDLER' | 'ANDET_JOBCENTER' | 'IKKE_AKTIV';

/**
 * The ansvarlig is an active sagsbehandler of the jobcentre the change is made for (the caller's), the same
 * people `GET /api/brugere?rolle=sagsbehandler` offers; null when `kandidat` may be chosen.
 */
export function afvisAnsvarlig(
  kandidat: AnsvarligKandidat | null,
  jobcenterNummer: string,
): AnsvarligAfvisning | null {
  if (!kandidat) return 'UKENDT';
  if (kandidat.rolle !== 'sagsbehandler') return 'IKKE_SAGSBEHANDLER';
  if (kandidat.jobcenterNummer !== jobcenterNummer) return 'ANDET_JOBCENTER';
  if (!kandidat.aktiv) return 'IKKE_AKTIV';
  return null;
}

export const ansvarligAfvisningTekst: Record<AnsvarligAfvisning, string> = {
  UKENDT: 'Der er ingen sagsbehandler med det brugernavn',
  IKKE_SAGSBEHANDLER: 'Den ansvarlige skal være sagsbehandler',
  ANDET_JOBCENTER: 'Den ansvarlige skal være sagsbehandler i dit jobcenter',
  IKKE_AKTIV: 'Brugeren er ikke længere aktiv og kan ikke være ansvarlig',
};

/**
 * Who is responsible for a new meeting: the sagsbehandler who summons; without one (self-booking on Jobnet, a
 * case system) the citizen's own ansvarlig when that caseworker is still active at the meeting's jobcentre, so
 * the meeting shows in that caseworker's Mine møder; else nobody. Answers a user id or null.
 */
export function ansvarligForNytMoede({
  indkalder,
  borgerensAnsvarlig,
  moedetsJobcenter,
}: {
  indkalder: AnsvarligKandidat | null;
  borgerensAnsvarlig: AnsvarligKandidat | null;
  moedetsJobcenter: string;
}): string | null {
  if (indkalder) return afvisAnsvarlig(indkalder, moedetsJobcenter) ? null : indkalder.id;
  if (borgerensAnsvarlig && !afvisAnsvarlig(borgerensAnsvarlig, moedetsJobcenter))
    return borgerensAnsvarlig.id;
  return null;
}
