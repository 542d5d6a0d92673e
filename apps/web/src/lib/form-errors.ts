import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiProblem } from './api-client';

/**
 * Puts the API's `errors[]` beside the fields they name (a path such as "brugernavn" or "adresse.by"; a
 * "body." prefix is ignored). Returns the problem's entries that match no field, for a summary above the form.
 */
export function applyProblemToForm<T extends FieldValues>(
  problem: ApiProblem,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): ApiProblem['errors'] {
  const unmatched: ApiProblem['errors'] = [];
  let first = true;
  for (const entry of problem.errors) {
    const path = entry.path.replace(/^body\./, '') as Path<T>;
    if (fields.includes(path)) {
      setError(path, { type: 'server', message: entry.message }, { shouldFocus: first });
      first = false;
    } else {
      unmatched.push(entry);
    }
  }
  return unmatched;
}
