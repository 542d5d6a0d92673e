import { z } from 'zod';

/** The contract's error codes (api.md, "Error codes") with their HTTP status and Danish title. */
export const problemCodes = {
  VALIDERINGSFEJL: { status: 400, title: 'Oplysningerne er ikke gyldige' },
  DIGITALT_MOEDELINK_MANGLER: { status: 400, title: 'Et digitalt møde kræver et https-link' },
  MOEDEFORM_UDGAAET: { status: 400, title: 'Mødeformen er udgået og kan ikke bruges' },
  FRAVAERSAARSAG_KAN_IKKE_OPRETTES: { status: 400, title: 'Fraværsårsagen kan ikke længere oprettes' },
  FRAVAERSAARSAG_IKKE_TILLADT: {
    status: 400,
    title: 'Fraværsårsagen er ikke tilladt for borgerens kontaktgruppe',
  },
  OPHOERSAARSAG_KUN_VITAS: { status: 400, title: 'Ophørsårsagen kan kun bruges af VITAS' },
  DATO_FOER_2015: { status: 400, title: 'Datoen må ikke ligge før 1. januar 2015' },
  LOGIN_FEJLET: { status: 401, title: 'Forkert brugernavn eller adgangskode' },
  IKKE_LOGGET_IND: { status: 401, title: 'Du er ikke logget ind' },
  UGYLDIG_TOKEN: { status: 401, title: 'Manglende eller ukendt adgangstoken' },
  CSRF: { status: 403, title: 'Forespørgslen mangler et gyldigt CSRF-token' },
  IKKE_ADGANG: { status: 403, title: 'Du har ikke adgang til denne funktion' },
  '60018': { status: 403, title: 'FagprofessionelKontaktId tilhører en anden myndighed' },
  JOBORDRE_ANDEN_MYNDIGHED: { status: 403, title: 'Jobordren hører til en anden myndighed' },
  IKKE_FUNDET: { status: 404, title: 'Ikke fundet' },
  BORGER_FINDES: { status: 409, title: 'Borgeren findes allerede' },
  VALG_AF_MOEDEFORM_IKKE_TILLADT: { status: 409, title: 'Borgeren kan ikke vælge mødeform til dette møde' },
  MOEDETILBUD_OPTAGET: { status: 409, title: 'Mødetilbuddet er allerede booket' },
  SELVBOOKING_FRATAGET: { status: 409, title: 'Borgeren er frataget retten til selvbooking' },
  MOEDE_IKKE_BEGYNDT: { status: 409, title: 'Mødet er ikke begyndt endnu' },
  MOEDE_AFLYST: { status: 409, title: 'Mødet er aflyst' },
  BREV_IKKE_FEJLET: { status: 409, title: 'Brevet er ikke fejlet og kan ikke sendes igen' },
  JOBORDRE_IKKE_AABEN: { status: 409, title: 'Jobordren er ikke åben' },
  VIRKSOMHED_KONFLIKTRAMT: { status: 409, title: 'Virksomheden er konfliktramt' },
  IDEMPOTENS_I_GANG: { status: 409, title: 'En forespørgsel med samme Idempotency-Key er i gang' },
  VERSION_KONFLIKT: { status: 412, title: 'Nogen har ændret oplysningerne, siden du åbnede dem' },
  IDEMPOTENS_NOEGLE_GENBRUGT: {
    status: 422,
    title: 'Idempotency-Key er brugt før med en anden forespørgsel',
  },
  VERSION_MANGLER: { status: 428, title: 'Forespørgslen mangler If-Match med versionen' },
  FORESPOERGSEL_FOR_STOR: { status: 413, title: 'Forespørgslen er for stor' },
  INDHOLD_IKKE_UNDERSTOETTET: {
    status: 415,
    title: 'Forespørgslens indhold har et format, der ikke kan læses',
  },
  FOR_MANGE_FORESPOERGSLER: { status: 429, title: 'For mange forsøg. Vent lidt, og prøv igen' },
  INTERN_FEJL: { status: 500, title: 'Der opstod en uventet fejl' },
  DATABASE_UTILGAENGELIG: { status: 503, title: 'Databasen svarer ikke lige nu. Prøv igen om lidt' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problemCodes;

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem+json med en stabil kode' });

export type Problem = z.infer<typeof problemSchema>;
