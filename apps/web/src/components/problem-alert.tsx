import type { Ref } from 'react';
import type { ApiProblem } from '../lib/api-client';
import { Alert } from './alert';

interface ProblemAlertProps {
  problem: ApiProblem;
  headingLevel?: 2 | 3;
  ref?: Ref<HTMLDivElement>;
  /** -1 when the form moves focus here after a failed submit. */
  tabIndex?: number;
  className?: string;
  /** List the field errors too: for forms that cannot place every error beside its field. */
  medFeltfejl?: boolean;
  /**
   * What a 412 means in this form. Someone else changed the record; the list now shows their version,
   * so it is a warning to look again, not an error.
   */
  konflikt?: { overskrift: string; tekst: string };
}

/** A refused change as the form shows it: the contract's Danish title, and its detail when it adds to it. */
export function ProblemAlert({
  problem,
  headingLevel = 2,
  ref,
  tabIndex,
  className,
  medFeltfejl = false,
  konflikt,
}: ProblemAlertProps) {
  // A 412 is a warning to look again when the form says what it means there; anything else is an error.
  const advarsel = konflikt && problem.status === 412 ? konflikt : null;
  return (
    <Alert
      ref={ref}
      tabIndex={tabIndex}
      variant={advarsel ? 'warning' : 'error'}
      heading={advarsel ? advarsel.overskrift : problem.title}
      headingLevel={headingLevel}
      className={className}
    >
      {advarsel ? (
        <p className="alert-text">{advarsel.tekst}</p>
      ) : (
        <>
          {problem.detail && problem.detail !== problem.title && (
            <p className="alert-text">{problem.detail}</p>
          )}
          {medFeltfejl && problem.errors.length > 0 && (
            <ul className="alert-text">
              {problem.errors.map((fejl) => (
                <li key={`${fejl.path}-${fejl.message}`}>{fejl.message}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </Alert>
  );
}
