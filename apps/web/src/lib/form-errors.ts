import type { FieldValues, Path, UseFormSetError, UseFormSetFocus } from 'react-hook-form';
import { type ApiProblem, toApiProblem } from './api-client';

interface ApplyOptions<T extends FieldValues> {
  /** API paths that belong to a differently named field: `{ start: 'starttid' }`. */
  aliases?: Partial<Record<string, Path<T>>>;
  /**
   * With it, focus goes to the first field in `fields` order (the form's reading order), also for a radio
   * group, which `setError`'s own focus cannot reach.
   */
  setFocus?: UseFormSetFocus<T>;
  /**
   * A problem code that names one field although the problem has no `errors[]`
   * (`{ DIGITALT_MOEDELINK_MANGLER: 'digitaltMoedelink' }`): its detail goes beside that field.
   */
  codeFields?: Partial<Record<string, Path<T>>>;
}

/**
 * Puts the API's `errors[]` beside the fields they name (a path such as "brugernavn" or "adresse.by"; a
 * "body." prefix is ignored). Returns the problem's entries that match no field, for a summary above the form.
 */
export function applyProblemToForm<T extends FieldValues>(
  problem: ApiProblem,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
  options: ApplyOptions<T> = {},
): ApiProblem['errors'] {
  const unmatched: ApiProblem['errors'] = [];
  const matched = new Set<Path<T>>();
  let first = true;
  const entries =
    problem.errors.length === 0 && options.codeFields?.[problem.code]
      ? [{ path: options.codeFields[problem.code] as string, message: problem.detail ?? problem.title }]
      : problem.errors;
  for (const entry of entries) {
    const raw = entry.path.replace(/^body\./, '');
    const path = (options.aliases?.[raw] ?? raw) as Path<T>;
    if (fields.includes(path)) {
      // Only the first message per field: a second would replace the first.
      if (matched.has(path)) continue;
      setError(path, { type: 'server', message: entry.message }, { shouldFocus: !options.setFocus && first });
      matched.add(path);
      first = false;
    } else {
      unmatched.push(entry);
    }
  }
  const firstInOrder = fields.find((field) => matched.has(field));
  if (options.setFocus && firstInOrder) options.setFocus(firstInOrder);
  return unmatched;
}

/**
 * A submit's refusal as a form shows it: the field errors go beside their fields (`applyProblemToForm`), and
 * the problem is returned for the alert above the form when part of it belongs to no field or it names no
 * field at all; null when the fields say everything.
 */
export function placeProblem<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
  options: ApplyOptions<T> = {},
): ApiProblem | null {
  const problem = toApiProblem(error);
  const unmatched = applyProblemToForm(problem, fields, setError, options);
  return unmatched.length > 0 || problem.errors.length === 0 ? problem : null;
}
