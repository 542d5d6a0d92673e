// Which citizens a system client (an a-kasse's or a jobcentre's own system) may read through /v1.

export interface SystemKlientRef {
  akasseKode: string | null;
  jobcenterNummer: string | null;
  /** The citizen a citizen-facing system (Jobnet) acts for in this request: the CPR of its header. */
  paaVegneAf?: string | null | undefined;
}

export interface BorgerTilhoer {
  akasseKode: string | null;
  jobcenterNummer: string;
  cpr?: string | undefined;
}

/**
 * An a-kasse reads its own members; a jobcentre's system reads the citizens of its myndighed (the kommune: the
 * first three digits of the jobcentre number, as the caseworkers' own access); Jobnet the citizen it acts for.
 * Anyone else sees no one, and is answered as if the citizen did not exist.
 */
export function systemKlientSerBorger(klient: SystemKlientRef, borger: BorgerTilhoer): boolean {
  if (klient.paaVegneAf && borger.cpr === klient.paaVegneAf) return true;
  if (klient.akasseKode !== null && borger.akasseKode === klient.akasseKode) return true;
  return (
    klient.jobcenterNummer !== null &&
    borger.jobcenterNummer.slice(0, 3) === klient.jobcenterNummer.slice(0, 3)
  );
}
