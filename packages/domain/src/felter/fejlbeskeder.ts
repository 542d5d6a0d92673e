import { z } from 'zod';
import { DATO_BESKED, MAANED_BESKED, TIDSPUNKT_BESKED } from './felter.contract.js';

// One Danish wording for every schema message that no contract words itself (issue 18): zod's own texts
// ("Too big: expected number to be <=999", or its Danish locale's "Ugyldigt input: forventede streng, fik
// undefined") are for developers, not for a caseworker. Installed as zod's locale, so a message a schema sets
// explicitly (`min(1, 'Skriv en titel')`, a refine's message) always wins; the API and the SPA install it at
// start (`brugDanskeFejlbeskeder`), and so do their tests.

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const tal = (vaerdi: unknown) =>
  typeof vaerdi === 'number' || typeof vaerdi === 'bigint' ? vaerdi.toLocaleString('da-DK') : String(vaerdi);

const dato = (vaerdi: unknown) => {
  const d = vaerdi instanceof Date ? vaerdi : new Date(Number(vaerdi));
  return Number.isNaN(d.getTime()) ? String(vaerdi) : d.toISOString().slice(0, 10);
};

const TYPER: Record<string, string> = {
  string: 'Skal være en tekst',
  number: 'Skal være et tal',
  int: 'Skal være et helt tal',
  bigint: 'Skal være et helt tal',
  nan: 'Skal være et tal',
  boolean: 'Vælg ja eller nej',
  array: 'Skal være en liste',
  tuple: 'Skal være en liste',
  set: 'Skal være en liste',
  object: 'Felterne mangler',
  record: 'Felterne mangler',
  map: 'Felterne mangler',
  date: 'Skal være en dato',
  literal: 'Vælg en af mulighederne',
  enum: 'Vælg en af mulighederne',
};

const FORMATER: Record<string, string> = {
  email: 'Skal være en e-mailadresse',
  url: 'Skal være en webadresse',
  uuid: 'Ukendt id',
  guid: 'Ukendt id',
  cuid: 'Ukendt id',
  cuid2: 'Ukendt id',
  ulid: 'Ukendt id',
  nanoid: 'Ukendt id',
  date: DATO_BESKED,
  datetime: TIDSPUNKT_BESKED,
  time: 'Klokkeslættet skal skrives som TT:MM',
  duration: 'Varigheden har ikke den rigtige form',
  base64: 'Har ikke den rigtige form',
  base64url: 'Har ikke den rigtige form',
  lowercase: 'Skal skrives med små bogstaver',
  uppercase: 'Skal skrives med store bogstaver',
};

function forStor(issue: Extract<Issue, { code: 'too_big' }>): string {
  const max = issue.maximum;
  switch (issue.origin) {
    case 'string':
      return `Må højst være ${tal(max)} tegn`;
    case 'array':
    case 'set':
      return `Højst ${tal(max)} i listen`;
    case 'date':
      return issue.inclusive ? `Må ikke ligge efter ${dato(max)}` : `Skal ligge før ${dato(max)}`;
    case 'file':
      return 'Filen er for stor';
    default:
      return issue.inclusive ? `Må højst være ${tal(max)}` : `Skal være mindre end ${tal(max)}`;
  }
}

function forLille(issue: Extract<Issue, { code: 'too_small' }>): string {
  const min = issue.minimum;
  switch (issue.origin) {
    case 'string':
      return Number(min) <= 1 ? 'Skal udfyldes' : `Skriv mindst ${tal(min)} tegn`;
    case 'array':
    case 'set':
      return Number(min) <= 1 ? 'Vælg mindst én' : `Vælg mindst ${tal(min)}`;
    case 'date':
      return issue.inclusive ? `Må ikke ligge før ${dato(min)}` : `Skal ligge efter ${dato(min)}`;
    case 'file':
      return 'Filen er tom';
    default:
      return issue.inclusive ? `Skal være mindst ${tal(min)}` : `Skal være større end ${tal(min)}`;
  }
}

function forkertFormat(issue: Extract<Issue, { code: 'invalid_format' }>): string {
  const kendt = FORMATER[issue.format];
  if (kendt) return kendt;
  if (issue.format === 'starts_with' && 'prefix' in issue) return `Skal begynde med "${issue.prefix}"`;
  if (issue.format === 'ends_with' && 'suffix' in issue) return `Skal slutte med "${issue.suffix}"`;
  if (issue.format === 'includes' && 'includes' in issue) return `Skal indeholde "${issue.includes}"`;
  if (/^iso|month/i.test(issue.format)) return MAANED_BESKED;
  return 'Har ikke den rigtige form';
}

/** Plain Danish for every zod issue code; the message a schema sets itself is used before this one. */
export const danskeFejlbeskeder: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Skal udfyldes';
      return TYPER[issue.expected] ?? 'Har en forkert type';
    case 'too_big':
      return forStor(issue);
    case 'too_small':
      return forLille(issue);
    case 'invalid_format':
      return forkertFormat(issue);
    case 'not_multiple_of':
      return `Skal gå op i ${tal(issue.divisor)}`;
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `Ukendt felt: ${issue.keys[0]}`
        : `Ukendte felter: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Skal være ${JSON.stringify(issue.values[0])}`
        : 'Vælg en af mulighederne';
    case 'invalid_union':
      return 'Vælg en af mulighederne';
    case 'invalid_key':
      return 'Feltet har et ugyldigt navn';
    case 'invalid_element':
      return 'Listen indeholder en værdi, der ikke kan bruges';
    default:
      return 'Værdien kan ikke bruges';
  }
};

/** Installs the Danish messages as zod's locale: once at the start of the API, the SPA and their tests. */
export function brugDanskeFejlbeskeder(): void {
  z.config({ localeError: danskeFejlbeskeder });
}
