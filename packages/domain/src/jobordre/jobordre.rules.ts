import { isSameMyndighed } from '../identifiers/jobcenter.rules.js';
import { FORMIDLING_TILGAENGELIG, formidlingsstatusser, JOBORDRE_AABEN } from './jobordre.codelists.js';

/** R19: a user's jobcentre may change a jobordre when it shares the first three digits with the responsible one. */
export function kanAendreJobordre(brugerensJobcenter: string, ansvarligtJobcenter: string): boolean {
  return isSameMyndighed(brugerensJobcenter, ansvarligtJobcenter);
}

export type FormidlingAfvisning = 'JOBORDRE_IKKE_AABEN' | 'VIRKSOMHED_KONFLIKTRAMT' | 'UKENDT_STATUS';

export const formidlingAfvisningTekst: Record<FormidlingAfvisning, string> = {
  JOBORDRE_IKKE_AABEN: 'Jobordren er ikke åben: borgere kan kun foreslås, mens jobordren er åben',
  VIRKSOMHED_KONFLIKTRAMT:
    'Virksomheden er konfliktramt: jobcentret formidler ikke til virksomheden, mens konflikten varer',
  UKENDT_STATUS: 'Ukendt formidlingsstatus',
};

/**
 * R18, R21: a new formidling, or setting status 2 (tilgængelig for virksomhed), only while the jobordre is Åben and
 * the company is not konfliktramt. The outcome statuses (Ansat, Ikke ansat) can be recorded on any jobordre.
 */
export function afvisFormidling(input: {
  ny: boolean;
  formidlingsstatus: number;
  jobordrestatus: number;
  konfliktramt: boolean;
}): FormidlingAfvisning | null {
  const status = formidlingsstatusser.find((s) => s.id === input.formidlingsstatus);
  if (!status) return 'UKENDT_STATUS';
  const begraenset = input.ny || input.formidlingsstatus === FORMIDLING_TILGAENGELIG;
  if (!begraenset || (status.udfald && !input.ny)) return null;
  if (input.jobordrestatus !== JOBORDRE_AABEN) return 'JOBORDRE_IKKE_AABEN';
  if (input.konfliktramt) return 'VIRKSOMHED_KONFLIKTRAMT';
  return null;
}

/**
 * A citizen is proposed to a jobordre once (the API's unique formidling per jobordre and citizen): one already
 * among its candidates is not offered it again. Another myndighed's candidates carry no id and match nobody.
 */
export function erForeslaaet(
  formidlinger: readonly { borger: { id: string | null } }[],
  borgerId: string,
): boolean {
  return formidlinger.some((formidling) => formidling.borger.id === borgerId);
}

/**
 * Issue 18: an Åben jobordre takes applications, so it cannot have an ansøgningsfrist that has passed (before
 * today, Copenhagen time; the deadline day itself is still open). Checked when a jobordre is created (it starts
 * Åben) and when a change sets the status or the deadline; a deadline that simply passes later is not a change.
 */
export function isAabenMedPasseretFrist(
  jobordre: { status: number; ansoegningsfrist: string | null },
  idag: string,
): boolean {
  return (
    jobordre.status === JOBORDRE_AABEN &&
    jobordre.ansoegningsfrist !== null &&
    jobordre.ansoegningsfrist < idag
  );
}

export const aabenMedPasseretFristTekst =
  'Ansøgningsfristen er overskredet: en åben jobordre skal have en frist i dag eller senere';
