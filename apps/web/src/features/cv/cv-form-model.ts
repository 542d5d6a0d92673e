import { toNestErrors } from '@hookform/resolvers';
import { type Cv, type GemCv, gemCvSchema } from '@jobcenter/domain/cv/cv.contract';
import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';

// The CV form. Lists of words are lists of `{ tekst }` in the form (react-hook-form's field arrays hold
// objects), and empty dates are ''. The contract's gemCvSchema decides what may be saved; its paths
// (`jobOensker.0`, `erfaring.0.titel`) are turned into the form's (`jobOensker.0.tekst`).

export interface PeriodeValues {
  titel: string;
  sted: string;
  fra: string;
  til: string;
}

export interface CvFormValues {
  overskrift: string;
  jobOensker: { tekst: string }[];
  kompetencer: { tekst: string }[];
  erfaring: PeriodeValues[];
  uddannelse: PeriodeValues[];
  postnummer: string;
  soegbart: boolean;
}

export type GemCvOutput = z.output<typeof gemCvSchema>;

export const TOM_PERIODE: PeriodeValues = { titel: '', sted: '', fra: '', til: '' };

/** A new CV: searchable by default, as a CV is written to be found. */
export const TOM_CV: CvFormValues = {
  overskrift: '',
  jobOensker: [],
  kompetencer: [],
  erfaring: [],
  uddannelse: [],
  postnummer: '',
  soegbart: true,
};

export function tilFormValues(cv: Cv | null): CvFormValues {
  if (!cv) return TOM_CV;
  const periode = (p: Cv['erfaring'][number]): PeriodeValues => ({
    titel: p.titel,
    sted: p.sted,
    fra: p.fra ?? '',
    til: p.til ?? '',
  });
  return {
    overskrift: cv.overskrift,
    jobOensker: cv.jobOensker.map((tekst) => ({ tekst })),
    kompetencer: cv.kompetencer.map((tekst) => ({ tekst })),
    erfaring: cv.erfaring.map(periode),
    uddannelse: cv.uddannelse.map(periode),
    postnummer: cv.postnummer,
    soegbart: cv.soegbart,
  };
}

/** The whole CV as PUT takes it. */
export function tilGemCv(values: CvFormValues): GemCv {
  const periode = (p: PeriodeValues) => ({
    titel: p.titel,
    sted: p.sted,
    fra: p.fra === '' ? null : p.fra,
    til: p.til === '' ? null : p.til,
  });
  return {
    overskrift: values.overskrift,
    jobOensker: values.jobOensker.map((o) => o.tekst),
    kompetencer: values.kompetencer.map((k) => k.tekst),
    erfaring: values.erfaring.map(periode),
    uddannelse: values.uddannelse.map(periode),
    postnummer: values.postnummer.trim(),
    soegbart: values.soegbart,
  };
}

/** A contract path as the form's field: `jobOensker.2` → `jobOensker.2.tekst`; `body.` is ignored. */
export function tilFormSti(path: string): string {
  const sti = path.replace(/^body\./, '');
  return /^(jobOensker|kompetencer)\.\d+$/.test(sti) ? `${sti}.tekst` : sti;
}

/** Every field of the form in reading order, for putting the API's errors beside them (and focus first). */
export function formFelter(values: CvFormValues): string[] {
  return [
    'overskrift',
    ...values.jobOensker.map((_, i) => `jobOensker.${i}.tekst`),
    'jobOensker',
    ...values.kompetencer.map((_, i) => `kompetencer.${i}.tekst`),
    'kompetencer',
    ...values.erfaring.flatMap((_, i) => ['titel', 'sted', 'fra', 'til'].map((f) => `erfaring.${i}.${f}`)),
    'erfaring',
    ...values.uddannelse.flatMap((_, i) =>
      ['titel', 'sted', 'fra', 'til'].map((f) => `uddannelse.${i}.${f}`),
    ),
    'uddannelse',
    'postnummer',
    'soegbart',
  ];
}

/**
 * The contract's message, in Danish also where the schema leaves zod's default (a length limit, a date): the
 * form's own limits (maxLength, date fields) keep those from happening, this only keeps them Danish if they do.
 */
function besked(issue: z.core.$ZodIssue): string {
  const standard = issue.message.startsWith('Too big') || issue.message.startsWith('Invalid');
  if (!standard) return issue.message;
  if (issue.code === 'too_big') return `Højst ${String(issue.maximum)} tegn`;
  if (issue.code === 'invalid_format') return 'Skriv en gyldig dato (dd.mm.åååå)';
  return 'Værdien er ikke gyldig';
}

/** react-hook-form's resolver over the contract's gemCvSchema. */
export const cvResolver: Resolver<CvFormValues, unknown, GemCvOutput> = async (values, _context, options) => {
  const parsed = gemCvSchema.safeParse(tilGemCv(values));
  if (parsed.success) return { values: parsed.data, errors: {} };
  const flade: Record<string, FieldError> = {};
  for (const issue of parsed.error.issues) {
    const sti = tilFormSti(issue.path.map(String).join('.'));
    flade[sti] ??= { type: issue.code, message: besked(issue) };
  }
  return { values: {}, errors: toNestErrors(flade, options) as FieldErrors<CvFormValues> };
};
