import type { Bruger, Rolle } from '@jobcenter/domain/auth/auth.contract';

export interface MyndighedRef {
  type: 'jobcenter' | 'akasse' | 'system';
  kode: string;
  navn: string;
}

/** A logged-in member of staff, acting for the myndighed of their jobcentre (R24). */
export interface BrugerAktoer {
  type: 'bruger';
  brugerId: string;
  brugernavn: string;
  navn: string;
  rolle: Rolle;
  jobcenter: { nummer: string; navn: string };
  myndighed: MyndighedRef;
  session: { id: string; csrfToken: string };
}

/** A system client of /v1 (an a-kasse, a jobcentre's case system, Jobnet, VITAS, a planner). */
export interface SystemAktoer {
  type: 'system';
  klientId: string;
  navn: string;
  myndighed: MyndighedRef;
  jobcenterNummer: string | null;
  akasseKode: string | null;
  tilladelser: readonly string[];
  /** Jobnet acts for one citizen a request: the CPR of its header, set by the route (never from a token). */
  paaVegneAf?: string;
}

export type Aktoer = BrugerAktoer | SystemAktoer;

export function toBrugerDto(aktoer: BrugerAktoer): Bruger {
  return {
    brugernavn: aktoer.brugernavn,
    navn: aktoer.navn,
    rolle: aktoer.rolle,
    jobcenter: aktoer.jobcenter,
  };
}
