import { findKontaktgruppe } from '../borger/kontaktgruppe.codelists.js';
import { findFravaersaarsag } from '../fravaer/fravaer.codelists.js';
import { copenhagenDate } from '../tid/copenhagen.js';
import type { JoblogGrund } from './joblog.contract.js';

/** R15: joblog dates before this are refused. */
export const JOBLOG_TIDLIGSTE_DATO = '2015-01-01';

export type JoblogDatoFejl =
  | { code: 'DATO_FOER_2015'; path: string; message: string }
  | { code: 'VALIDERINGSFEJL'; path: string; message: string };

/**
 * R15: SubmissionDate and SubmissionDeadlineDate before 2015-01-01 are refused, and that error wins over the
 * other date errors; a SubmissionDate after today (Copenhagen) is refused too.
 */
export function findJoblogDatoFejl(
  datoer: { submissionDate: string; submissionDeadlineDate?: string | null | undefined },
  idag: string,
): JoblogDatoFejl | null {
  for (const [path, dato] of [
    ['submissionDate', datoer.submissionDate],
    ['submissionDeadlineDate', datoer.submissionDeadlineDate],
  ] as const) {
    if (dato && dato < JOBLOG_TIDLIGSTE_DATO) {
      return { code: 'DATO_FOER_2015', path, message: 'Datoen må ikke ligge før 1. januar 2015' };
    }
  }
  if (datoer.submissionDate > idag) {
    return {
      code: 'VALIDERINGSFEJL',
      path: 'submissionDate',
      message: 'Ansøgningsdatoen må ikke ligge i fremtiden',
    };
  }
  return null;
}

/** R16: the joblog is counted per calendar month ("YYYY-MM"); there is no 30-day warning. */
export function maanedFor(dato: string): string {
  return dato.slice(0, 7);
}

/** The calendar month an instant falls in, in Copenhagen time. */
export function copenhagenMaaned(instant: Date): string {
  return maanedFor(copenhagenDate(instant));
}

export interface JoblogKrav {
  krav: boolean;
  grund: JoblogGrund;
  /** The active fravær that lift the requirement. */
  fritagetAf: string[];
}

/** R13: the joblog requirement by kontaktgruppe, lifted by an active fravær that exempts the kontaktgruppe (11 for 7). */
export function joblogKrav(
  kontaktgruppe: number,
  aktiveFravaer: readonly { id: string; fravaersaarsag: number }[],
): JoblogKrav {
  const gruppe = findKontaktgruppe(kontaktgruppe);
  if (!gruppe?.joblogkrav) {
    return {
      krav: false,
      grund: { kind: 'kontaktgruppe-uden-krav', kontaktgruppe },
      fritagetAf: [],
    };
  }
  const fritagende = aktiveFravaer.filter((fravaer) =>
    findFravaersaarsag(fravaer.fravaersaarsag)?.joblogFritagetForKontaktgrupper.includes(kontaktgruppe),
  );
  const [forste] = fritagende;
  if (forste) {
    return {
      krav: false,
      grund: { kind: 'fritaget', fravaersaarsag: forste.fravaersaarsag },
      fritagetAf: fritagende.map((f) => f.id),
    };
  }
  return {
    krav: true,
    grund: { kind: 'krav', kontaktgruppe },
    fritagetAf: [],
  };
}

/** The dates [first day of the month, first day of the next) of a "YYYY-MM" month. */
export function maanedsgraenser(maaned: string): [string, string] {
  const [year, month] = maaned.split('-').map(Number) as [number, number];
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  return [`${maaned}-01`, `${next}-01`];
}
