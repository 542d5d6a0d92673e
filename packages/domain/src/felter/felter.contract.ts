import { z } from 'zod';

// Every text and date a client sends enters through these blocks (architecture.md), so one place decides what
// may reach the database: PostgreSQL refuses NUL in text and years outside its calendar, and either ended as a
// 500 before. Identifiers with their own anchored pattern (CPR, CVR, uuid, postnummer) need not come here.

/** Dates and instants are refused outside these years: far beyond any case, and inside PostgreSQL's range. */
export const TIDLIGSTE_AAR = 1900;
export const SENESTE_AAR = 2999;

export const DATO_BESKED = 'Datoen skal skrives som ÅÅÅÅ-MM-DD';
export const TIDSPUNKT_BESKED = 'Tidspunktet skal have dato, klokkeslæt og tidszone';
export const MAANED_BESKED = 'Måneden skal skrives som ÅÅÅÅ-MM';
export const UGYLDIGE_TEGN_BESKED = 'Feltet indeholder ugyldige tegn';
export const KONTROLTEGN_BESKED = 'Feltet må ikke indeholde kontroltegn';
export const KONTROLTEGN_FLERLINJET_BESKED =
  'Feltet må ikke indeholde andre kontroltegn end linjeskift og tabulator';

export const aarBesked = (fraAar = TIDLIGSTE_AAR, tilAar = SENESTE_AAR) =>
  `Året skal ligge mellem ${fraAar} og ${tilAar}`;

// The same test as String.prototype.isWellFormed (ES2024), which the ES2023 lib does not type and browsers
// before Chrome 111 lack: with the u flag, a surrogate only matches when it is not half of a pair.
const ENLIG_SURROGAT = /\p{Surrogate}/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const KONTROLTEGN = /[\u0000-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const KONTROLTEGN_UNDTAGEN_LINJESKIFT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const erVelformet = (vaerdi: string) => !ENLIG_SURROGAT.test(vaerdi);

export interface TekstValg {
  /** Most characters after trimming and NFC; a bound keeps every stored text and search term small. */
  max: number;
  /** Fewest characters after trimming; 1 makes the field required. */
  min?: number;
  /** A textarea: tab and line breaks are kept, and CRLF or a lone CR becomes LF so one text has one form. */
  flerlinjet?: boolean;
  minBesked?: string;
  maxBesked?: string;
}

/**
 * Free text. A ZodString with checks and in-place rewrites (no transform), so z.input and z.output stay
 * string, the OpenAPI document keeps minLength/maxLength, and react-hook-form's zodResolver can use it.
 * NFC before trimming and counting: 'e' + U+0301 and 'é' are one letter to a reader, to a search and to the
 * bounds, and a name typed on macOS must find the same name typed on Windows.
 */
export function tekst({ max, min = 0, flerlinjet = false, minBesked, maxBesked }: TekstValg) {
  const kontroltegn = flerlinjet ? KONTROLTEGN_UNDTAGEN_LINJESKIFT : KONTROLTEGN;
  // Aborting: a text with a bad character gets that one message, not a length message on top.
  let schema = z.string().refine(erVelformet, { message: UGYLDIGE_TEGN_BESKED, abort: true });
  if (flerlinjet) schema = schema.overwrite((vaerdi) => vaerdi.replace(/\r\n?/g, '\n'));
  // Trimmed before the control characters are looked for: a tab or line break pasted at either end of a
  // one-line field is whitespace to remove, and a whitespace-only value is empty (R5), not refused.
  schema = schema
    .normalize('NFC')
    .trim()
    .refine((vaerdi) => !kontroltegn.test(vaerdi), {
      message: flerlinjet ? KONTROLTEGN_FLERLINJET_BESKED : KONTROLTEGN_BESKED,
      abort: true,
    });
  if (min > 0) {
    schema = schema.min(min, minBesked ?? (min === 1 ? 'Feltet skal udfyldes' : `Skriv mindst ${min} tegn`));
  }
  return schema.max(max, maxBesked ?? `Højst ${max} tegn`);
}

export interface HemmelighedValg {
  max: number;
  min?: number;
  minBesked?: string;
}

/**
 * A password: compared exactly as typed, so it is neither trimmed nor normalised (that would change which
 * password is checked); it is only kept free of characters no keyboard gives and the database refuses.
 */
export function hemmelighed({ max, min = 1, minBesked }: HemmelighedValg) {
  return z
    .string()
    .refine(erVelformet, { message: UGYLDIGE_TEGN_BESKED, abort: true })
    .refine((vaerdi) => !KONTROLTEGN.test(vaerdi), { message: KONTROLTEGN_BESKED, abort: true })
    .min(min, minBesked ?? 'Feltet skal udfyldes')
    .max(max, `Højst ${max} tegn`);
}

export interface AarValg {
  /** The format message. */
  besked?: string;
  /** Only for a rule that names its own, earlier limit and must win over this one (R15's DATO_FOER_2015). */
  fraAar?: number;
  tilAar?: number;
}

// Aborting like the format check, so a bad date gets one message and the rules that compare it with another
// date (slutdato after startdato) do not add a second one.
const iAarene = (fraAar: number, tilAar: number) =>
  [
    (vaerdi: string) => {
      const aar = Number(vaerdi.slice(0, 4));
      return aar >= fraAar && aar <= tilAar;
    },
    { message: aarBesked(fraAar, tilAar), abort: true },
  ] as const;

/** YYYY-MM-DD, a real calendar date (no 30 February), in the years TIDLIGSTE_AAR–SENESTE_AAR. */
export function dato({ besked = DATO_BESKED, fraAar = TIDLIGSTE_AAR, tilAar = SENESTE_AAR }: AarValg = {}) {
  return z.iso.date({ message: besked, abort: true }).refine(...iAarene(fraAar, tilAar));
}

/**
 * An ISO 8601 instant with seconds and an offset (Z or ±hh:mm), fractional seconds allowed (api.md): a time
 * without an offset is ambiguous around daylight saving and is refused. The year bound reads the written year.
 */
export function tidspunkt({
  besked = TIDSPUNKT_BESKED,
  fraAar = TIDLIGSTE_AAR,
  tilAar = SENESTE_AAR,
}: AarValg = {}) {
  return z.iso.datetime({ offset: true, message: besked, abort: true }).refine(...iAarene(fraAar, tilAar));
}

/** A calendar month, YYYY-MM (the joblog is counted per month, R16). */
export function maaned({
  besked = MAANED_BESKED,
  fraAar = TIDLIGSTE_AAR,
  tilAar = SENESTE_AAR,
}: AarValg = {}) {
  return z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: besked, abort: true })
    .refine(...iAarene(fraAar, tilAar));
}

/** A date or an instant (as tidspunkt), for a service that takes either (the joblog's submissionDate). */
export function datoEllerTidspunkt({
  besked = DATO_BESKED,
  fraAar = TIDLIGSTE_AAR,
  tilAar = SENESTE_AAR,
}: AarValg = {}) {
  return z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], { message: besked })
    .refine(...iAarene(fraAar, tilAar));
}

/** For responses: the format the API writes dates and instants in. Stored data is not re-checked on the way out. */
export const datoFormat = z.iso.date();
export const tidspunktFormat = z.iso.datetime({ offset: true });
