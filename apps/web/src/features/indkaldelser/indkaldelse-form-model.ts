import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import { kontaktgruppeIds } from '@jobcenter/domain/borger/kontaktgruppe.codelists';
import {
  type Indkaldelse,
  type OpdaterIndkaldelse,
  type OpretIndkaldelse,
  opretIndkaldelseSchema,
} from '@jobcenter/domain/moede/indkaldelse.contract';
import { moedeformer } from '@jobcenter/domain/moede/moede.codelists';
import {
  findIndkaldelseRegelbrud,
  harRetTilValgAfMoedeform,
  isMoedeformAktiv,
  kraeverMoedelink,
} from '@jobcenter/domain/moede/moede.rules';
import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  copenhagenDateOf,
  copenhagenTimeOf,
  copenhagenToday,
  isIsoDate,
  KLOKKESLAET_FORMAT,
  parseKlokkeslaet,
  toCopenhagenInstant,
} from '../../lib/copenhagen-time';

/** What the caseworker types: Copenhagen date and wall-clock times, ids as the strings form controls hold. */
export interface IndkaldelseFormValues {
  samtaletype: string;
  dato: string;
  starttid: string;
  sluttid: string;
  moedeform: string;
  adresse: string;
  lokationsuddybning: string;
  digitaltMoedelink: string;
  personligtFremmoedePaakraevet: boolean;
  begrundelse: string;
}

/** The meeting as it will be stored, with null for what does not apply to the chosen form. */
export interface IndkaldelseData {
  samtaletype: number;
  start: string;
  slut: string;
  moedeform: number;
  adresse: string | null;
  lokationsuddybning: string | null;
  digitaltMoedelink: string | null;
  personligtFremmoedePaakraevet: boolean;
  begrundelse: string | null;
}

/** The fields in reading order: focus goes to the first one with an error. */
export const INDKALDELSE_FELTER = [
  'samtaletype',
  'dato',
  'starttid',
  'sluttid',
  'moedeform',
  'adresse',
  'lokationsuddybning',
  'digitaltMoedelink',
  'personligtFremmoedePaakraevet',
  'begrundelse',
] as const satisfies readonly (keyof IndkaldelseFormValues)[];

/** The API's paths that belong to a differently named field. */
export const INDKALDELSE_ALIASER = { start: 'starttid', slut: 'sluttid' } as const;

/** Rule codes that name one field, also when a problem has no `errors[]`. */
export const INDKALDELSE_KODEFELTER = {
  DIGITALT_MOEDELINK_MANGLER: 'digitaltMoedelink',
  MOEDEFORM_UDGAAET: 'moedeform',
} as const;

/** R1: the forms offered for a new or changed meeting. */
export const aktiveMoedeformer = moedeformer.filter((form) => isMoedeformAktiv(form.id));

export const STANDARD_VARIGHED_MINUTTER = 30;

export function tomIndkaldelse(): IndkaldelseFormValues {
  return {
    samtaletype: '7',
    dato: '',
    starttid: '',
    sluttid: '',
    moedeform: '',
    adresse: '',
    lokationsuddybning: '',
    digitaltMoedelink: '',
    personligtFremmoedePaakraevet: false,
    begrundelse: '',
  };
}

export function fraIndkaldelse(indkaldelse: Indkaldelse): IndkaldelseFormValues {
  return {
    samtaletype: String(indkaldelse.samtaletype.id),
    dato: copenhagenDateOf(indkaldelse.start),
    starttid: copenhagenTimeOf(indkaldelse.start),
    sluttid: copenhagenTimeOf(indkaldelse.slut),
    moedeform: String(indkaldelse.moedeform.id),
    adresse: indkaldelse.adresse ?? '',
    lokationsuddybning: indkaldelse.lokationsuddybning ?? '',
    digitaltMoedelink: indkaldelse.digitaltMoedelink ?? '',
    personligtFremmoedePaakraevet: indkaldelse.personligtFremmoedePaakraevet,
    begrundelse: indkaldelse.begrundelse ?? '',
  };
}

const tekst = (value: string): string | null => {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

function tilData(values: IndkaldelseFormValues, start: string, slut: string): IndkaldelseData {
  const moedeform = Number(values.moedeform);
  // Fields of another form than the chosen one are kept in the form (nothing typed is lost when the form
  // changes back) but are not sent.
  const personlig = moedeform === 1;
  return {
    samtaletype: Number(values.samtaletype),
    start,
    slut,
    moedeform,
    adresse: personlig ? tekst(values.adresse) : null,
    lokationsuddybning: personlig ? tekst(values.lokationsuddybning) : null,
    digitaltMoedelink: kraeverMoedelink(moedeform) ? tekst(values.digitaltMoedelink) : null,
    personligtFremmoedePaakraevet: values.personligtFremmoedePaakraevet,
    begrundelse: values.personligtFremmoedePaakraevet ? tekst(values.begrundelse) : null,
  };
}

/** POST body: what does not apply is left out. */
export function tilOpretBody(data: IndkaldelseData): OpretIndkaldelse {
  const body: OpretIndkaldelse = {
    samtaletype: data.samtaletype,
    start: data.start,
    slut: data.slut,
    moedeform: data.moedeform,
    personligtFremmoedePaakraevet: data.personligtFremmoedePaakraevet,
  };
  if (data.adresse) body.adresse = data.adresse;
  if (data.lokationsuddybning) body.lokationsuddybning = data.lokationsuddybning;
  if (data.digitaltMoedelink) body.digitaltMoedelink = data.digitaltMoedelink;
  if (data.begrundelse) body.begrundelse = data.begrundelse;
  return body;
}

/** PATCH body: only what differs from the version the change is based on (null clears a field). */
export function tilAendringer(data: IndkaldelseData, base: Indkaldelse): OpdaterIndkaldelse {
  const body: OpdaterIndkaldelse = {};
  if (data.samtaletype !== base.samtaletype.id) body.samtaletype = data.samtaletype;
  if (Date.parse(data.start) !== Date.parse(base.start)) body.start = data.start;
  if (Date.parse(data.slut) !== Date.parse(base.slut)) body.slut = data.slut;
  if (data.moedeform !== base.moedeform.id) body.moedeform = data.moedeform;
  if (data.adresse !== base.adresse) body.adresse = data.adresse;
  if (data.lokationsuddybning !== base.lokationsuddybning) body.lokationsuddybning = data.lokationsuddybning;
  if (data.digitaltMoedelink !== base.digitaltMoedelink) body.digitaltMoedelink = data.digitaltMoedelink;
  if (data.personligtFremmoedePaakraevet !== base.personligtFremmoedePaakraevet) {
    body.personligtFremmoedePaakraevet = data.personligtFremmoedePaakraevet;
  }
  if (data.begrundelse !== base.begrundelse) body.begrundelse = data.begrundelse;
  return body;
}

type Felt = keyof IndkaldelseFormValues;

/**
 * Validates what was typed with the contract's schema and the rule functions (R1, R2, R4) before anything is
 * sent, so the caseworker sees each problem beside its field at once; the API checks the same again.
 */
export const indkaldelseResolver: Resolver<IndkaldelseFormValues, unknown, IndkaldelseData> = async (
  values,
) => {
  const errors: FieldErrors<IndkaldelseFormValues> = {};
  const add = (field: Felt, message: string) => {
    if (!errors[field]) errors[field] = { type: 'validate', message };
  };

  const datoOk = isIsoDate(values.dato);
  if (values.dato === '') add('dato', 'Skriv mødets dato');
  else if (!datoOk) add('dato', 'Skriv datoen som dd.mm.åååå');
  const start = datoOk ? toCopenhagenInstant(values.dato, values.starttid) : null;
  const slut = datoOk ? toCopenhagenInstant(values.dato, values.sluttid) : null;
  if (values.starttid === '') add('starttid', 'Skriv, hvornår mødet starter');
  else if (!parseKlokkeslaet(values.starttid)) add('starttid', KLOKKESLAET_FORMAT);
  else if (datoOk && !start) add('starttid', 'Klokkeslættet findes ikke den dag (overgang til sommertid)');
  if (values.sluttid === '') add('sluttid', 'Skriv, hvornår mødet slutter');
  else if (!parseKlokkeslaet(values.sluttid)) add('sluttid', KLOKKESLAET_FORMAT);
  else if (datoOk && !slut) add('sluttid', 'Klokkeslættet findes ikke den dag (overgang til sommertid)');
  if (values.moedeform === '') add('moedeform', 'Vælg en mødeform');

  const data = tilData(values, start ?? '', slut ?? '');
  if (start && slut && values.moedeform !== '') {
    const parsed = opretIndkaldelseSchema.safeParse(tilOpretBody(data));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = String(issue.path[0] ?? '');
        const field = (INDKALDELSE_ALIASER as Record<string, Felt>)[path] ?? path;
        if ((INDKALDELSE_FELTER as readonly string[]).includes(field)) add(field as Felt, issue.message);
      }
    }
  }
  // R4 (the written reason, and form 1 when in person is required), then form 1's address, R1 and R2 on their
  // own, so every broken rule shows at once (issue 18).
  const regel = {
    moedeform: data.moedeform,
    adresse: data.adresse,
    digitaltMoedelink: data.digitaltMoedelink,
    personligtFremmoedePaakraevet: data.personligtFremmoedePaakraevet,
    begrundelse: data.begrundelse,
  };
  const r4 = findIndkaldelseRegelbrud(regel);
  if (r4?.path === 'begrundelse' || (r4?.path === 'moedeform' && values.moedeform !== '')) {
    add(r4.path, r4.message);
  }
  if (values.moedeform !== '') {
    const r1r2 = findIndkaldelseRegelbrud({ ...regel, personligtFremmoedePaakraevet: false });
    if (r1r2) add(r1r2.path as Felt, r1r2.message);
  }

  return Object.keys(errors).length > 0 ? { values: {}, errors } : { values: data, errors: {} };
};

/**
 * R3 on the meeting's date. The API says whether the citizen has the right today; a later meeting may fall
 * after the 6 months. The API does not expose the jobcentre's målgruppe, so the rule is asked with the
 * default målgruppe (domain.md R3), and only when that agrees with the API's answer for today.
 */
export function harRetTilValgVedMoede(
  borger: Borger,
  moedeDato: string | null,
  samtaletype: number,
): boolean {
  if (borger.retTilValgAfMoedeform) return true;
  if (!moedeDato || !isIsoDate(moedeDato)) return false;
  const regel = {
    kontaktgruppe: borger.kontaktgruppe,
    ledighedsdato: borger.ledighedsdato,
    maalgruppe: kontaktgruppeIds,
    samtaletype,
  };
  // The rule says yes for today, yet the API says no: the jobcentre's målgruppe leaves this kontaktgruppe out.
  if (harRetTilValgAfMoedeform({ ...regel, moedeDato: copenhagenToday() })) return false;
  return harRetTilValgAfMoedeform({ ...regel, moedeDato });
}
