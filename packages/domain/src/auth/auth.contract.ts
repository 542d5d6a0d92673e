import { z } from 'zod';
import { hemmelighed, tekst } from '../felter/felter.contract.js';

export const roller = ['sagsbehandler', 'virksomhedskonsulent'] as const;
export type Rolle = (typeof roller)[number];

export const loginBodySchema = z
  .strictObject({
    brugernavn: tekst({ min: 1, max: 100, minBesked: 'Skriv dit brugernavn' }),
    adgangskode: hemmelighed({ max: 200, minBesked: 'Skriv din adgangskode' }),
  })
  .meta({ id: 'LoginBody' });
export type LoginBody = z.infer<typeof loginBodySchema>;

export const jobcenterRefSchema = z
  .object({ nummer: z.string(), navn: z.string() })
  .meta({ id: 'JobcenterRef' });

export const brugerSchema = z
  .object({
    brugernavn: z.string(),
    navn: z.string(),
    rolle: z.enum(roller),
    jobcenter: jobcenterRefSchema,
  })
  .meta({ id: 'Bruger' });
export type Bruger = z.infer<typeof brugerSchema>;

/** A colleague as other records name it: the ansvarlig sagsbehandler of a citizen or a meeting (ADR 0018). */
export const brugerRefSchema = z
  .object({ brugernavn: z.string(), navn: z.string() })
  .meta({ id: 'BrugerRef' });
export type BrugerRef = z.infer<typeof brugerRefSchema>;

/** `GET /api/brugere`: the active users of the caller's own jobcentre, by name. */
export const brugerListeSchema = z.object({ items: z.array(brugerRefSchema) }).meta({ id: 'BrugerListe' });
export type BrugerListe = z.infer<typeof brugerListeSchema>;

export const brugereQuerySchema = z
  .strictObject({
    rolle: z.enum(roller, { message: 'Vælg rollen sagsbehandler eller virksomhedskonsulent' }).optional(),
  })
  .meta({ id: 'BrugereQuery' });

/** A colleague chosen by brugernavn, or null for nobody. */
export const ansvarligBrugernavnSchema = tekst({
  min: 1,
  max: 100,
  minBesked: 'Vælg en sagsbehandler',
}).nullable();

export const sessionSvarSchema = z
  .object({ bruger: brugerSchema, csrfToken: z.string() })
  .meta({ id: 'Session', description: 'Den indloggede bruger og CSRF-tokenet til X-CSRF-Token' });
export type SessionSvar = z.infer<typeof sessionSvarSchema>;

export const rolleNavn: Record<Rolle, string> = {
  sagsbehandler: 'Sagsbehandler',
  virksomhedskonsulent: 'Virksomhedskonsulent',
};

/** The /v1 services a system client can be allowed to call (a client's `tilladelser`). */
export const systemTilladelser = [
  'virksomhedskonto',
  'beskeder',
  'personstatus',
  'personhistorik',
  'medlemstilgang',
  'borgerbooking',
  'booking',
  'joblog',
  'moedetilbud',
  'vitas',
  /** IndkaldelseService: create, change and cancel (a jobcentre's case system). */
  'indkaldelse',
  /** IndkaldelseService: read meetings, their history and the choices (case system, Jobnet, a-kasse). */
  'indkaldelse-laes',
  /** IndkaldelseService: SaveDeltagelsesvalg (case system, Jobnet for the citizen). */
  'moededeltagelsesvalg',
] as const;
export type SystemTilladelse = (typeof systemTilladelser)[number];
