import type { ReactNode } from 'react';
import { Alert } from './alert';

/** Said when a view has nothing to show: what happened and what to do instead. */
export function EmptyState({
  heading,
  headingLevel,
  children,
}: {
  heading?: string;
  /** 3 when the empty view sits under a section's own h2. */
  headingLevel?: 2 | 3;
  children: ReactNode;
}) {
  return (
    <Alert variant="info" heading={heading} headingLevel={headingLevel}>
      <p className="alert-text">{children}</p>
    </Alert>
  );
}
