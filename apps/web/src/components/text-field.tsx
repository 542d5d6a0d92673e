import type { ComponentProps, ReactNode } from 'react';

interface TextFieldProps extends Omit<ComponentProps<'input'>, 'id'> {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  /** A button joined to the input, as in DKFDS's search field (`.search`). */
  button?: ReactNode;
}

/** DKFDS text input with its label, optional hint and the error beside the field (`form-error`). */
export function TextField({ id, label, error, hint, button, className, ...inputProps }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const input = (
    <input
      id={id}
      type="text"
      className={className ? `form-input ${className}` : 'form-input'}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
      {...inputProps}
    />
  );
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={errorId}>
          <span className="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      {button ? (
        <div className="search">
          {input}
          {button}
        </div>
      ) : (
        input
      )}
    </div>
  );
}
