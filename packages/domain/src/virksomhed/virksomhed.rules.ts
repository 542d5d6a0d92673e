import { isWithinPeriod } from '../tid/copenhagen.js';

/**
 * R20: how a Virksomhedskonto lookup is answered.
 * CVR + P → that P-unit; CVR alone → all its P-units; neither → every company with a JobAG profile;
 * P alone → an empty result (a combination that does not exist is empty too, which the lookup finds out).
 */
export type VirksomhedskontoSoegning =
  | { type: 'enhed'; cvrNummer: string; pNummer: string }
  | { type: 'virksomhed'; cvrNummer: string }
  | { type: 'alle' }
  | { type: 'tom' };

export function classifyVirksomhedskontoSoegning(query: {
  cvrNummer?: string | undefined;
  pNummer?: string | undefined;
}): VirksomhedskontoSoegning {
  const { cvrNummer, pNummer } = query;
  if (cvrNummer && pNummer) return { type: 'enhed', cvrNummer, pNummer };
  if (cvrNummer) return { type: 'virksomhed', cvrNummer };
  if (pNummer) return { type: 'tom' };
  return { type: 'alle' };
}

export interface JobagBrugerStatus {
  aktiv: boolean;
  senesteLogin: Date | null;
}

export type InaktivAarsag = 'INGEN_JOBAG_PROFIL' | 'INGEN_AKTIVE_BRUGERE';

export const inaktivAarsagTekst: Record<InaktivAarsag, string> = {
  INGEN_JOBAG_PROFIL: 'Ingen profil på JobAG',
  INGEN_AKTIVE_BRUGERE: 'Ingen aktive brugere på JobAG',
};

export interface JobagKontoStatus {
  aktiv: boolean;
  inaktivAarsag: InaktivAarsag | null;
  senesteLogintidspunkt: Date | null;
}

/** R20: a P-unit is active when it has at least one active contact person (JobAG user). */
export function jobagKontoStatus(
  jobagProfil: boolean,
  brugere: readonly JobagBrugerStatus[],
): JobagKontoStatus {
  let senesteLogintidspunkt: Date | null = null;
  for (const bruger of brugere) {
    if (bruger.senesteLogin && (!senesteLogintidspunkt || bruger.senesteLogin > senesteLogintidspunkt)) {
      senesteLogintidspunkt = bruger.senesteLogin;
    }
  }
  if (!jobagProfil) return { aktiv: false, inaktivAarsag: 'INGEN_JOBAG_PROFIL', senesteLogintidspunkt };
  const aktiv = brugere.some((bruger) => bruger.aktiv);
  return { aktiv, inaktivAarsag: aktiv ? null : 'INGEN_AKTIVE_BRUGERE', senesteLogintidspunkt };
}

export interface KonfliktvarselPeriode {
  cvrNummer: string;
  pNummer: string | null;
  fraDato: string;
  tilDato: string | null;
}

/** R21: a notice is active from its start date through its end date (open-ended without one). */
export function isKonfliktvarselAktivt(varsel: KonfliktvarselPeriode, dato: string): boolean {
  return isWithinPeriod(dato, varsel.fraDato, varsel.tilDato);
}

/**
 * R21: a company (or one of its P-units) is konfliktramt on `dato` when an active notice names the company,
 * either for all its P-units (no P-nummer) or for that P-unit. Without a P-nummer any notice on the CVR counts.
 */
export function isKonfliktramt(
  varsler: readonly KonfliktvarselPeriode[],
  enhed: { cvrNummer: string; pNummer?: string | undefined },
  dato: string,
): boolean {
  return varsler.some(
    (varsel) =>
      varsel.cvrNummer === enhed.cvrNummer &&
      (enhed.pNummer === undefined || varsel.pNummer === null || varsel.pNummer === enhed.pNummer) &&
      isKonfliktvarselAktivt(varsel, dato),
  );
}
