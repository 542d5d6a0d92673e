import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from './api-client';
import { placeProblem } from './form-errors';

type Felter = { navn: string; email: string };

const afvist = (errors: { path: string; message: string }[]) =>
  new ApiProblem({ status: 400, code: 'VALIDERINGSFEJL', title: 'Ugyldige oplysninger', errors });

describe('placeProblem', () => {
  it('puts every field error beside its field and leaves no alert when the fields say it all', () => {
    const setError = vi.fn();
    const problem = afvist([
      { path: 'body.email', message: 'Skriv en gyldig e-mailadresse' },
      { path: 'navn', message: 'Skriv et navn' },
    ]);
    expect(placeProblem<Felter>(problem, ['navn', 'email'], setError)).toBeNull();
    expect(setError).toHaveBeenCalledWith(
      'email',
      { type: 'server', message: 'Skriv en gyldig e-mailadresse' },
      expect.anything(),
    );
    expect(setError).toHaveBeenCalledWith(
      'navn',
      { type: 'server', message: 'Skriv et navn' },
      expect.anything(),
    );
  });

  it('returns the problem for the alert when an error belongs to no field of the form', () => {
    const problem = afvist([
      { path: 'navn', message: 'Skriv et navn' },
      { path: 'rolle', message: 'Ukendt rolle' },
    ]);
    expect(placeProblem<Felter>(problem, ['navn', 'email'], vi.fn())).toBe(problem);
  });

  it('returns a refusal without field errors (403, 412, 409) for the alert', () => {
    const problem = new ApiProblem({ status: 412, code: 'VERSION_KONFLIKT', title: 'Ændret af en anden' });
    expect(placeProblem<Felter>(problem, ['navn'], vi.fn())).toBe(problem);
  });

  it('turns anything that is not the API’s answer (a lost connection) into a problem for the alert', () => {
    const problem = placeProblem<Felter>(new TypeError('Failed to fetch'), ['navn'], vi.fn());
    expect(problem).toMatchObject({ code: 'INTERN_FEJL' });
  });
});
