import type { ReactNode, Ref } from 'react';
import type { Konflikt } from '../lib/use-ret-version';
import { Alert } from './alert';

/**
 * The warning after a 412: someone else saved first. A "Ret" form (`useRetVersion`) now builds on their
 * version; a single action shows it before the user tries again. A new `konflikt.gang` mounts the alert
 * afresh, so a second 412 is announced too; `ref` is where the form moves focus.
 */
export function KonfliktAlert({
  konflikt,
  ref,
  heading,
  className = 'mb-4',
  children,
}: {
  konflikt: Konflikt<unknown>;
  ref: Ref<HTMLDivElement>;
  heading: string;
  className?: string;
  /** What the newest version is, and that the user's input is still in the fields. */
  children: ReactNode;
}) {
  return (
    <Alert
      key={konflikt.gang}
      ref={ref}
      tabIndex={-1}
      variant="warning"
      heading={heading}
      headingLevel={3}
      className={className}
    >
      {children}
    </Alert>
  );
}
