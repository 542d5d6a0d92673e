import type { ReactNode } from 'react';

/** The ids that tie a field to its hint and error, and the `aria-describedby` that names them. */
export function fieldDescription(id: string, hint: ReactNode | undefined, error: string | undefined) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span className="form-hint" id={id}>
      {children}
    </span>
  );
}

/** DKFDS's error text above the field, read before the field's own value. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span className="form-error-message" id={id}>
      <span className="sr-only">Fejl: </span>
      {children}
    </span>
  );
}
