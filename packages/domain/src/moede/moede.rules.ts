import { addMonths } from '../tid/dato.js';
import {
  findMoedeform,
  MOEDEFORM_DIGITALT_MOEDE,
  MOEDEFORM_PERSONLIG,
  type SamtaletypeId,
  valgbareMoedeformIds,
} from './moede.codelists.js';

/** R1: only active forms (1, 2, 3, 8, 9) on a new or changed indkaldelse. */
export function isMoedeformAktiv(id: number): boolean {
  return findMoedeform(id)?.aktiv === true;
}

/** R2: a digital meeting needs a link the citizen can open: an absolute https URL. */
export function isGyldigtMoedelink(link: string | null | undefined): boolean {
  if (!link) return false;
  try {
    const url = new URL(link.trim());
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export function kraeverMoedelink(moedeform: number): boolean {
  return moedeform === MOEDEFORM_DIGITALT_MOEDE;
}

/** An in-person meeting (form 1) needs the address where the citizen meets (api.md, issue 18). */
export function kraeverAdresse(moedeform: number): boolean {
  return moedeform === MOEDEFORM_PERSONLIG;
}

/**
 * Where a meeting booked on an offer takes place: in person at the offer's address (never its link), digitally
 * by the offer's link (never its address); by phone or any other form neither.
 */
export function moedestedFraTilbud(
  tilbud: {
    adresse: string | null;
    lokationsuddybning: string | null;
    digitaltMoedelink: string | null;
  },
  moedeform: number,
): { adresse: string | null; lokationsuddybning: string | null; digitaltMoedelink: string | null } {
  const personligt = kraeverAdresse(moedeform);
  return {
    adresse: personligt ? tilbud.adresse : null,
    lokationsuddybning: personligt ? tilbud.lokationsuddybning : null,
    digitaltMoedelink: kraeverMoedelink(moedeform) ? tilbud.digitaltMoedelink : null,
  };
}

/** R5: an empty or whitespace-only lokationsuddybning is stored as absent. */
export function normalizeLokationsuddybning(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** R3: the right applies to jobsamtaler (7) and opfølgningssamtaler (4). */
const SAMTALETYPER_MED_VALG: readonly number[] = [7, 4] satisfies SamtaletypeId[];

export interface RetTilValgInput {
  kontaktgruppe: number;
  ledighedsdato: string;
  /** The jobcentre's "målgruppe for valg af mødeform": the kontaktgrupper that get the choice. */
  maalgruppe: readonly number[];
  /** The meeting's date in Copenhagen time. */
  moedeDato: string;
  samtaletype?: number;
}

/**
 * R3 (LAB § 33 stk. 1): after 6 months of unemployment, counted from the ledighedsdato to the meeting's date,
 * the citizen chooses whether the meeting is in person, by phone or digital, if the jobcentre's målgruppe
 * includes the citizen's kontaktgruppe.
 */
export function harRetTilValgAfMoedeform(input: RetTilValgInput): boolean {
  if (input.samtaletype !== undefined && !SAMTALETYPER_MED_VALG.includes(input.samtaletype)) return false;
  if (!input.maalgruppe.includes(input.kontaktgruppe)) return false;
  return addMonths(input.ledighedsdato, 6) <= input.moedeDato;
}

export type ValgAfMoedeformAfvisning = 'INGEN_RET' | 'PERSONLIGT_FREMMOEDE_PAAKRAEVET' | 'IKKE_VALGBAR_FORM';

export const valgAfMoedeformAfvisningTekst: Record<ValgAfMoedeformAfvisning, string> = {
  INGEN_RET:
    'Borgeren har ikke ret til at vælge mødeform: retten gælder efter 6 måneders ledighed og for jobcentrets målgruppe',
  PERSONLIGT_FREMMOEDE_PAAKRAEVET: 'Jobcentret har besluttet, at netop dette møde kræver personligt fremmøde',
  IKKE_VALGBAR_FORM: 'Borgeren kan kun vælge personligt fremmøde, telefon eller digitalt møde',
};

/** R3, R4: why the citizen's choice of mødeform cannot be registered on this meeting, or null when it can. */
export function afvisValgAfMoedeform(input: {
  retTilValg: boolean;
  personligtFremmoedePaakraevet: boolean;
  valgtMoedeform: number;
}): ValgAfMoedeformAfvisning | null {
  if (!(valgbareMoedeformIds as readonly number[]).includes(input.valgtMoedeform)) return 'IKKE_VALGBAR_FORM';
  if (input.personligtFremmoedePaakraevet) return 'PERSONLIGT_FREMMOEDE_PAAKRAEVET';
  if (!input.retTilValg) return 'INGEN_RET';
  return null;
}

/** R3 for self-booking: the forms of an offer the citizen may choose; without the right, only its first form. */
export function valgbareMoedeformerForTilbud(
  tilbudsformer: readonly number[],
  retTilValg: boolean,
): number[] {
  if (retTilValg) return [...tilbudsformer];
  return tilbudsformer.slice(0, 1);
}

export type IndkaldelseRegelbrud =
  | { code: 'VALIDERINGSFEJL'; path: string; message: string }
  | { code: 'MOEDEFORM_UDGAAET'; path: 'moedeform'; message: string }
  | { code: 'DIGITALT_MOEDELINK_MANGLER'; path: 'digitaltMoedelink'; message: string };

/**
 * R1, R2, R4 on an indkaldelse as it will be stored (a PATCH merged with the current meeting), in the
 * contract's order: validation (R4's written reason and form, form 1's address) before rules (R1, then R2).
 */
export function findIndkaldelseRegelbrud(indkaldelse: {
  moedeform: number;
  adresse: string | null | undefined;
  digitaltMoedelink: string | null | undefined;
  personligtFremmoedePaakraevet: boolean;
  begrundelse: string | null | undefined;
}): IndkaldelseRegelbrud | null {
  if (indkaldelse.personligtFremmoedePaakraevet && !indkaldelse.begrundelse?.trim()) {
    return {
      code: 'VALIDERINGSFEJL',
      path: 'begrundelse',
      message: 'Skriv begrundelsen for, at netop dette møde kræver personligt fremmøde',
    };
  }
  if (indkaldelse.personligtFremmoedePaakraevet && !kraeverAdresse(indkaldelse.moedeform)) {
    return {
      code: 'VALIDERINGSFEJL',
      path: 'moedeform',
      message: 'Når personligt fremmøde er påkrævet, skal mødeformen være personlig kontakt (1)',
    };
  }
  if (kraeverAdresse(indkaldelse.moedeform) && !indkaldelse.adresse?.trim()) {
    return {
      code: 'VALIDERINGSFEJL',
      path: 'adresse',
      message: 'Skriv adressen, hvor borgeren skal møde op',
    };
  }
  if (!isMoedeformAktiv(indkaldelse.moedeform)) {
    return {
      code: 'MOEDEFORM_UDGAAET',
      path: 'moedeform',
      message: 'Mødeformen er udgået: vælg 1, 2, 3, 8 eller 9',
    };
  }
  if (kraeverMoedelink(indkaldelse.moedeform) && !isGyldigtMoedelink(indkaldelse.digitaltMoedelink)) {
    return {
      code: 'DIGITALT_MOEDELINK_MANGLER',
      path: 'digitaltMoedelink',
      message: 'Et digitalt møde kræver et link, der begynder med https://',
    };
  }
  return null;
}

/**
 * An offer must be bookable in each of its forms: in person (1) needs its address, digital (8) an https link.
 * Validation (the address) before the rule's own code (R2).
 */
export function findMoedetilbudRegelbrud(tilbud: {
  moedeformer: readonly number[];
  adresse: string | null | undefined;
  digitaltMoedelink: string | null | undefined;
}): IndkaldelseRegelbrud | null {
  if (tilbud.moedeformer.some(kraeverAdresse) && !tilbud.adresse?.trim()) {
    return {
      code: 'VALIDERINGSFEJL',
      path: 'adresse',
      message: 'Et tilbud med personligt fremmøde kræver adressen, hvor borgeren skal møde op',
    };
  }
  if (tilbud.moedeformer.some(kraeverMoedelink) && !isGyldigtMoedelink(tilbud.digitaltMoedelink)) {
    return {
      code: 'DIGITALT_MOEDELINK_MANGLER',
      path: 'digitaltMoedelink',
      message: 'Et tilbud med digitalt møde kræver et link, der begynder med https://',
    };
  }
  return null;
}

/**
 * The webservicebesked of a created, changed or cancelled meeting (RN 1.1, api.md): always to the citizen's
 * jobcentre; for kontaktgruppe 1 also to the citizen's a-kasse (when it has one), as they are at the change.
 */
export function indkaldelseBeskedModtagere(borger: {
  kontaktgruppe: number;
  akasseKode: string | null;
  jobcenterNummer: string;
}): { type: 'akasse' | 'jobcenter'; kode: string }[] {
  return [
    { type: 'jobcenter', kode: borger.jobcenterNummer },
    ...(borger.kontaktgruppe === 1 && borger.akasseKode
      ? [{ type: 'akasse' as const, kode: borger.akasseKode }]
      : []),
  ];
}

/** Why an outcome cannot be recorded yet or at all (api.md): before the start, or on a cancelled meeting. */
export function afvisUdfald(
  moede: { start: Date; aflyst: boolean },
  nu: Date,
): 'MOEDE_AFLYST' | 'MOEDE_IKKE_BEGYNDT' | null {
  if (moede.aflyst) return 'MOEDE_AFLYST';
  if (nu < moede.start) return 'MOEDE_IKKE_BEGYNDT';
  return null;
}

/**
 * Whose a-kasse is told when the citizen is recorded as absent (api.md "The citizen is told"): a kontaktgruppe 1
 * citizen's a-kasse, for its rådighedsvurdering; nobody's otherwise.
 */
export function udeblivelseAkasse<K>(borger: { kontaktgruppe: number; akasse: K | null }): K | null {
  return borger.kontaktgruppe === 1 ? borger.akasse : null;
}

/**
 * The UDEBLIVELSE message an outcome gives the a-kasse of a kontaktgruppe 1 citizen (the jobcentre's
 * underretning for the rådighedsvurdering): 1 when the citizen is recorded as absent, 2 when an absence is
 * recorded again (the note changed), 3 when it is no longer an absence; none otherwise.
 */
export function udeblivelseAendringstype(
  foer: 'afholdt' | 'udeblevet' | null,
  efter: 'afholdt' | 'udeblevet',
): 1 | 2 | 3 | null {
  if (efter === 'udeblevet') return foer === 'udeblevet' ? 2 : 1;
  return foer === 'udeblevet' ? 3 : null;
}
