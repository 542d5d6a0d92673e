import { z } from 'zod';
import { normalizeCpr } from './cpr.rules.js';
import { isValidCvr, isValidPNummer } from './cvr.rules.js';
import { isValidJobcenternummer } from './jobcenter.rules.js';

/** R22: accepts DDMMYYSSSS and DDMMYY-SSSS, yields the 10 digits. */
export const cprSchema = z
  .string()
  .transform((value, ctx) => {
    const cpr = normalizeCpr(value);
    if (cpr === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'CPR-nummeret skal være 10 cifre med en gyldig dato (DDMMÅÅ-XXXX)',
      });
      return z.NEVER;
    }
    return cpr;
  })
  .meta({
    description: 'CPR-nummer, 10 cifre (bindestreg efter sjette ciffer accepteres)',
    example: '0101901234',
  });

/** R23 */
export const cvrNummerSchema = z
  .string()
  .refine(isValidCvr, { message: 'CVR-nummeret skal være 8 cifre og bestå modulus 11-kontrollen' })
  .meta({ description: 'CVR-nummer, 8 cifre med modulus 11-kontrol', example: '31501202' });

/** R23 */
export const pNummerSchema = z
  .string()
  .refine(isValidPNummer, { message: 'P-nummeret skal være 10 cifre' })
  .meta({ description: 'P-nummer, 10 cifre', example: '1017654321' });

/** R24 */
export const jobcenternummerSchema = z
  .string()
  .refine(isValidJobcenternummer, { message: 'Jobcenternummeret skal være 5 cifre' })
  .meta({ description: 'Jobcenternummer, 5 cifre', example: '22300' });
