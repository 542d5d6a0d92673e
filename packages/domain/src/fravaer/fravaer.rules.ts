import type { SelvbookingGrund } from '../borger/borger.contract.js';
import { findKontaktgruppe } from '../borger/kontaktgruppe.codelists.js';
import { type JoblogKrav, joblogKrav } from '../joblog/joblog.rules.js';
import { isWithinPeriod } from '../tid/copenhagen.js';
import { findFravaersaarsag } from './fravaer.codelists.js';
import type { FravaerKonsekvens } from './fravaer.contract.js';

export interface AktivtFravaer {
  id: string;
  fravaersaarsag: number;
  startdato: string;
  slutdato: string | null;
}

/** Who receives a webservicebesked: an a-kasse by its kode, a jobcentre by its nummer. */
export interface BeskedModtager {
  type: 'akasse' | 'jobcenter';
  kode: string;
}

/**
 * R9: a change of a kontaktgruppe 1 citizen's fravær is told to the citizen's a-kasse (when it has one) and
 * jobcentre, as they are at the time of the change; a change for any other kontaktgruppe is told to nobody.
 */
export function fravaerBeskedModtagere(borger: {
  kontaktgruppe: number;
  akasseKode: string | null;
  jobcenterNummer: string;
}): BeskedModtager[] {
  if (borger.kontaktgruppe !== 1) return [];
  return [
    ...(faarAkasseBesked(borger) && borger.akasseKode
      ? [{ type: 'akasse' as const, kode: borger.akasseKode }]
      : []),
    { type: 'jobcenter', kode: borger.jobcenterNummer },
  ];
}

/** R9: whether the citizen's a-kasse is told of each change of the citizen's fravær, when it is saved. */
export function faarAkasseBesked(borger: { kontaktgruppe: number; akasseKode: string | null }): boolean {
  return borger.kontaktgruppe === 1 && borger.akasseKode !== null;
}

/** A fravær is active from its startdato through its slutdato (open-ended without one). */
export function isFravaerAktivt(
  fravaer: Pick<AktivtFravaer, 'startdato' | 'slutdato'>,
  dato: string,
): boolean {
  return isWithinPeriod(dato, fravaer.startdato, fravaer.slutdato);
}

export type FravaersaarsagAfvisning =
  | 'FRAVAERSAARSAG_KAN_IKKE_OPRETTES'
  | 'FRAVAERSAARSAG_IKKE_TILLADT'
  | 'UKENDT';

/**
 * R10: 78 can no longer be created. R8 and the kontaktgruppe matrix (data): whether the reason is allowed for the
 * citizen's kontaktgruppe. `tilladt` answers from the matrix rows.
 */
export function afvisFravaersaarsag(
  fravaersaarsag: number,
  kontaktgruppe: number,
  tilladt: (fravaersaarsag: number, kontaktgruppe: number) => boolean,
): FravaersaarsagAfvisning | null {
  const aarsag = findFravaersaarsag(fravaersaarsag);
  if (!aarsag) return 'UKENDT';
  if (!aarsag.kanOprettes) return 'FRAVAERSAARSAG_KAN_IKKE_OPRETTES';
  if (!tilladt(fravaersaarsag, kontaktgruppe)) return 'FRAVAERSAARSAG_IKKE_TILLADT';
  return null;
}

/**
 * Issue 18: a citizen cannot have two fravær of the same reason at once when one of them has no end: the
 * open-ended one already covers the other. Returns the existing fravær the new or changed one collides with
 * (itself excluded by id), or null. Two closed periods that overlap are not refused.
 */
export function findOverlappendeFravaer(
  fravaer: AktivtFravaer,
  eksisterende: readonly AktivtFravaer[],
): AktivtFravaer | null {
  return (
    findFravaerSammeAarsag(fravaer, eksisterende).find(
      (andet) => andet.slutdato === null || fravaer.slutdato === null,
    ) ?? null
  );
}

/**
 * The citizen's other fravær of the same reason whose period overlaps this one's (itself excluded by id), by
 * start date. Unusual when both are closed (said before saving), impossible when one is open-ended (above).
 */
export function findFravaerSammeAarsag(
  fravaer: AktivtFravaer,
  eksisterende: readonly AktivtFravaer[],
): AktivtFravaer[] {
  const SLUT = '9999-12-31';
  return eksisterende
    .filter(
      (andet) =>
        andet.id !== fravaer.id &&
        andet.fravaersaarsag === fravaer.fravaersaarsag &&
        andet.startdato <= (fravaer.slutdato ?? SLUT) &&
        fravaer.startdato <= (andet.slutdato ?? SLUT),
    )
    .sort((a, b) => a.startdato.localeCompare(b.startdato));
}

export interface SelvbookingStatus {
  pligt: boolean;
  /** The citizen may not self-book at all (an active 57), whatever the duty. */
  frataget: boolean;
  fritagetAf: string[];
  grund: SelvbookingGrund;
}

/** 57 (domain.md): an active "Frataget ret til selvbook" takes the right to self-book away, not only the deadline. */
export function isSelvbookingFrataget(aktiveFravaer: readonly AktivtFravaer[]): boolean {
  return aktiveFravaer.some((fravaer) => findFravaersaarsag(fravaer.fravaersaarsag)?.fratagerSelvbooking);
}

/**
 * R11: kontaktgruppe 1 has the duty to self-book; an active fravær flagged S exempts, 11 only while the citizen is
 * in an active indsats.
 */
export function selvbookingStatus(
  kontaktgruppe: number,
  aktiveFravaer: readonly AktivtFravaer[],
  iAktivIndsats: boolean,
): SelvbookingStatus {
  const frataget = aktiveFravaer.find(
    (fravaer) => findFravaersaarsag(fravaer.fravaersaarsag)?.fratagerSelvbooking,
  );
  if (frataget) {
    return {
      pligt: false,
      frataget: true,
      fritagetAf: [frataget.id],
      grund: { kind: 'frataget', fravaersaarsag: frataget.fravaersaarsag, slutdato: frataget.slutdato },
    };
  }
  if (!findKontaktgruppe(kontaktgruppe)?.selvbookingspligt) {
    return {
      pligt: false,
      frataget: false,
      fritagetAf: [],
      grund: { kind: 'kontaktgruppe-uden-pligt', kontaktgruppe },
    };
  }
  const fritagende = aktiveFravaer.filter((fravaer) => {
    const flag = findFravaersaarsag(fravaer.fravaersaarsag)?.selvbooking;
    return flag === 'ja' || (flag === 'kun-i-aktiv-indsats' && iAktivIndsats);
  });
  const [forste] = fritagende;
  if (forste) {
    return {
      pligt: false,
      frataget: false,
      fritagetAf: fritagende.map((f) => f.id),
      grund: { kind: 'fritaget', fravaersaarsag: forste.fravaersaarsag, slutdato: forste.slutdato },
    };
  }
  return {
    pligt: true,
    frataget: false,
    fritagetAf: [],
    grund: { kind: 'pligt', kontaktgruppe },
  };
}

/** R8: no a-dagpenge for a dagpengemodtager during sorgorlov (79). */
export function isDagpengeUdelukket(kontaktgruppe: number, aktiveFravaer: readonly AktivtFravaer[]): boolean {
  return (
    kontaktgruppe === 1 &&
    aktiveFravaer.some((fravaer) => findFravaersaarsag(fravaer.fravaersaarsag)?.udelukkerDagpenge)
  );
}

/** M flag [ASSUMED]: the citizen has mindre intensiv indsats while such a fravær is active (R17 searches on it). */
export function isMindreIntensivIndsats(aktiveFravaer: readonly AktivtFravaer[]): boolean {
  return aktiveFravaer.some((fravaer) => findFravaersaarsag(fravaer.fravaersaarsag)?.mindreIntensivIndsats);
}

export interface BorgerEffekter {
  selvbooking: SelvbookingStatus;
  joblog: JoblogKrav;
  dagpengeUdelukket: boolean;
  mindreIntensivIndsats: boolean;
}

/** Every effect of the citizen's fravær on `dato`, computed from the registrations, never stored. */
export function borgerEffekter(input: {
  kontaktgruppe: number;
  fravaer: readonly AktivtFravaer[];
  iAktivIndsats: boolean;
  dato: string;
}): BorgerEffekter {
  const aktive = input.fravaer.filter((fravaer) => isFravaerAktivt(fravaer, input.dato));
  return {
    selvbooking: selvbookingStatus(input.kontaktgruppe, aktive, input.iAktivIndsats),
    joblog: joblogKrav(input.kontaktgruppe, aktive),
    dagpengeUdelukket: isDagpengeUdelukket(input.kontaktgruppe, aktive),
    mindreIntensivIndsats: isMindreIntensivIndsats(aktive),
  };
}

/**
 * What registering `nyt` would change, before it is saved: the same rule functions as the status. `moeder` are the
 * citizen's meetings that are not cancelled (Copenhagen dates). `fravaerKonsekvensTekst` says each in Danish.
 */
export function fravaerKonsekvenser(input: {
  kontaktgruppe: number;
  fravaer: readonly AktivtFravaer[];
  nyt: AktivtFravaer;
  iAktivIndsats: boolean;
  idag: string;
  moeder: readonly { id: string; dato: string }[];
  /** The citizen's a-kasse: for kontaktgruppe 1 it is told when the fravær is saved (R9). */
  akasse?: { kode: string; navn: string } | null;
}): FravaerKonsekvens[] {
  // ISO dates compare as text: the later of the start date and today.
  const fra = [input.nyt.startdato, input.idag].sort()[1] as string;
  const uden = input.fravaer.filter((fravaer) => fravaer.id !== input.nyt.id);
  const foer = borgerEffekter({ ...input, fravaer: uden, dato: fra });
  const efter = borgerEffekter({ ...input, fravaer: [...uden, input.nyt], dato: fra });
  const konsekvenser: FravaerKonsekvens[] = [];
  const sammeAarsag = findFravaerSammeAarsag(input.nyt, input.fravaer);
  if (sammeAarsag.length > 0) {
    konsekvenser.push({
      kind: 'samme-aarsag-i-perioden',
      fravaer: sammeAarsag.map(({ id, startdato, slutdato }) => ({ id, startdato, slutdato })),
    });
  }
  if (foer.selvbooking.pligt && !efter.selvbooking.pligt) {
    konsekvenser.push({ kind: 'selvbookingspligt-bortfalder', fra });
  }
  if (foer.joblog.krav && !efter.joblog.krav) konsekvenser.push({ kind: 'joblog-ikke-paakraevet' });
  if (!foer.dagpengeUdelukket && efter.dagpengeUdelukket) konsekvenser.push({ kind: 'ingen-dagpenge', fra });
  if (!foer.mindreIntensivIndsats && efter.mindreIntensivIndsats) {
    konsekvenser.push({ kind: 'mindre-intensiv-indsats' });
  }
  const moeder = input.moeder
    .filter((moede) => isFravaerAktivt(input.nyt, moede.dato))
    .map(({ id, dato }) => ({ id, dato }));
  if (moeder.length > 0) konsekvenser.push({ kind: 'moeder-boer-flyttes', moeder });
  if (!konsekvenser.some((konsekvens) => konsekvens.kind !== 'samme-aarsag-i-perioden')) {
    konsekvenser.push({ kind: 'ingen-aendring' });
  }
  const akasse = input.akasse ?? null;
  if (akasse && faarAkasseBesked({ kontaktgruppe: input.kontaktgruppe, akasseKode: akasse.kode })) {
    konsekvenser.push({ kind: 'akasse-faar-besked', akasse });
  }
  return konsekvenser;
}
