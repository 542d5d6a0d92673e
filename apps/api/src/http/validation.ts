import type { z } from 'zod';
import { AppError, type FieldError } from './app-error.js';

export function toFieldErrors(error: z.ZodError): FieldError[] {
  const fieldErrors: FieldError[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        fieldErrors.push({
          path: base ? `${base}.${key}` : key,
          message: 'Feltet er ukendt og må ikke sendes',
        });
      }
    } else {
      fieldErrors.push({ path: base, message: issue.message });
    }
  }
  return fieldErrors;
}

/** Parses input with a contract schema; a failure is 400 VALIDERINGSFEJL with one entry per bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError('VALIDERINGSFEJL', { errors: toFieldErrors(result.error) });
  return result.data;
}
