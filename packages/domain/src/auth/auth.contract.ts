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
