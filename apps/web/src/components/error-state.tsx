import { toApiProblem } from '../lib/api-client';
import { Alert } from './alert';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  headingLevel?: 2 | 3 | 4;
  /** What failed, when the problem's title alone would not say it ("Du blev ikke logget ud"). */
  heading?: string;
}

/** The problem's Danish title, its detail when there is one, and a way to try again. */
export function ErrorState({ error, onRetry, headingLevel = 2, heading }: ErrorStateProps) {
  const problem = toApiProblem(error);
  return (
    <Alert variant="error" heading={heading ?? problem.title} headingLevel={headingLevel}>
      {heading && <p className="alert-text">{problem.title}</p>}
      {problem.detail && problem.detail !== problem.title && <p className="alert-text">{problem.detail}</p>}
      {onRetry && (
        <button type="button" className="button button-secondary mt-4" onClick={onRetry}>
          Prøv igen
        </button>
      )}
    </Alert>
  );
}
