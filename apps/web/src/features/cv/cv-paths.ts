import { cvSoegSchema } from '@jobcenter/domain/cv/cv.contract';
import { z } from 'zod';

/**
 * The filters of CV-søgning as they stand in the URL: `/cv-soegning?kompetence=Tagarbejde&postnummer=2970
 * &kontaktgruppe=1&mindre=nej`. The free text is never among them: it goes in the request body only (api.md),
 * and between pages it lives in history state (`FritekstState`, lib/paths), never in the address.
 */
export interface CvFiltre {
  kompetence?: string | undefined;
  postnummer?: string | undefined;
  kontaktgruppe?: number | undefined;
  mindreIntensivIndsats?: boolean | undefined;
}

export type CvFilterFelt = 'kompetence' | 'postnummer' | 'kontaktgruppe' | 'mindre';

export interface ParsedeCvFiltre {
  /** What the API is asked, or null when a filter in the URL is not valid (then nothing is asked). */
  filtre: CvFiltre | null;
  /** The contract's message per invalid filter, for beside its field. */
  fejl: Partial<Record<CvFilterFelt, string>>;
}

const filterSchema = cvSoegSchema.pick({ kompetence: true, postnummer: true, kontaktgruppe: true });

/** The filters from the URL, checked by the contract's own schema. Empty values are absent. */
export function parseCvFiltre(searchParams: URLSearchParams): ParsedeCvFiltre {
  const fejl: ParsedeCvFiltre['fejl'] = {};
  const raw: Record<string, unknown> = {};
  const kompetence = searchParams.get('kompetence')?.trim();
  if (kompetence) raw.kompetence = kompetence;
  const postnummer = searchParams.get('postnummer')?.trim();
  if (postnummer) raw.postnummer = postnummer;
  const kontaktgruppe = searchParams.get('kontaktgruppe')?.trim();
  if (kontaktgruppe) raw.kontaktgruppe = /^\d+$/.test(kontaktgruppe) ? Number(kontaktgruppe) : Number.NaN;

  const filtre: CvFiltre = {};
  const parsed = filterSchema.safeParse(raw);
  if (parsed.success) {
    Object.assign(filtre, parsed.data);
  } else {
    for (const issue of parsed.error.issues) {
      const felt = issue.path[0];
      if (felt === 'kompetence') fejl.kompetence ??= 'Vælg en kompetence i listen';
      if (felt === 'postnummer') fejl.postnummer ??= issue.message;
      if (felt === 'kontaktgruppe') fejl.kontaktgruppe ??= 'Vælg en kontaktgruppe i listen';
    }
  }
  const mindre = searchParams.get('mindre');
  if (mindre === 'ja') filtre.mindreIntensivIndsats = true;
  else if (mindre === 'nej') filtre.mindreIntensivIndsats = false;
  else if (mindre) fejl.mindre = 'Vælg Ja, Nej eller Alle';

  return Object.keys(fejl).length > 0 ? { filtre: null, fejl } : { filtre, fejl };
}

/** The jobordre chosen for "Foreslå til jobordre" (`?jobordre=<id>`), or null when there is none or it is no id. */
export function valgtJobordreId(searchParams: URLSearchParams): string | null {
  const id = searchParams.get('jobordre');
  return id && z.uuid().safeParse(id).success ? id : null;
}

/**
 * The filters as a query string, in a fixed order (and so one URL per search), and the chosen jobordre last:
 * it is kept while the filters change.
 */
export function cvFilterSearch(filtre: CvFiltre, jobordreId?: string | null): string {
  const params = new URLSearchParams();
  if (filtre.kompetence) params.set('kompetence', filtre.kompetence);
  if (filtre.postnummer) params.set('postnummer', filtre.postnummer);
  if (filtre.kontaktgruppe) params.set('kontaktgruppe', String(filtre.kontaktgruppe));
  if (filtre.mindreIntensivIndsats !== undefined) {
    params.set('mindre', filtre.mindreIntensivIndsats ? 'ja' : 'nej');
  }
  if (jobordreId) params.set('jobordre', jobordreId);
  const query = params.toString();
  return query ? `?${query}` : '';
}
