import type { ReactNode } from 'react';
import { Alert } from './alert';

/** Said when a view has nothing to show: what happened and what to do instead. */
export function EmptyState({ heading, children }: { heading?: string; children: ReactNode }) {
  return (
    <Alert variant="info" heading={heading}>
      <p className="alert-text">{children}</p>
    </Alert>
  );
}
