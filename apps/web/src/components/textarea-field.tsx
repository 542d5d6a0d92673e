import type { ComponentProps, ReactNode } from 'react';
import { FieldError, FieldHint, fieldDescription } from './field-parts';

interface TextareaFieldProps extends Omit<ComponentProps<'textarea'>, 'id'> {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
}

/** DKFDS textarea with its label, optional hint and the error beside the field. */
export function TextareaField({ id, label, error, hint, className, rows = 2, ...props }: TextareaFieldProps) {
  const { hintId, errorId, describedBy } = fieldDescription(id, hint, error);
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && <FieldHint id={hintId}>{hint}</FieldHint>}
      {error && <FieldError id={errorId}>{error}</FieldError>}
      <textarea
        id={id}
        rows={rows}
        className={className ? `form-input ${className}` : 'form-input'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...props}
      />
    </div>
  );
}
