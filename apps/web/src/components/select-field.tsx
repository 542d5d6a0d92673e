import type { ComponentProps, ReactNode } from 'react';
import { FieldError, FieldHint, fieldDescription } from './field-parts';

interface SelectFieldProps extends Omit<ComponentProps<'select'>, 'id'> {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
}

/** DKFDS select with its label, optional hint and the error beside the field. */
export function SelectField({
  id,
  label,
  error,
  hint,
  className,
  children,
  ...selectProps
}: SelectFieldProps) {
  const { hintId, errorId, describedBy } = fieldDescription(id, hint, error);
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && <FieldHint id={hintId}>{hint}</FieldHint>}
      {error && <FieldError id={errorId}>{error}</FieldError>}
      <select
        id={id}
        className={className ? `form-select ${className}` : 'form-select'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...selectProps}
      >
        {children}
      </select>
    </div>
  );
}
