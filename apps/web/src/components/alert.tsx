import type { ReactNode, Ref } from 'react';
import { Icon } from './icon';

type AlertVariant = 'info' | 'success' | 'warning' | 'error';

const iconFor: Record<AlertVariant, { name: string; label: string }> = {
  info: { name: 'info', label: 'Information' },
  success: { name: 'success', label: 'Succes' },
  warning: { name: 'warning', label: 'Advarsel' },
  error: { name: 'error', label: 'Fejl' },
};

interface AlertProps {
  variant: AlertVariant;
  heading?: string;
  /** 4 inside a list item that has its own h3 (a meeting). */
  headingLevel?: 2 | 3 | 4;
  /** Block content; wrap running text in `<p className="alert-text">`. */
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
  /** -1 when focus is moved to the alert, so a screen reader starts reading there. */
  tabIndex?: number;
  /**
   * 'status' for a confirmation that focus moves to ("Mødet er gemt"), so it is read out as one; warnings and
   * errors are role=alert anyway.
   */
  role?: 'status';
  className?: string;
}

/** DKFDS's canonical alert: `.alert.alert-<variant>` > `svg.alert-icon` + `.alert-body`. */
export function Alert({
  variant,
  heading,
  headingLevel = 2,
  children,
  ref,
  tabIndex,
  role: givenRole,
  className,
}: AlertProps) {
  // As in DKFDS: warnings and errors are announced the moment they appear.
  const role = variant === 'error' || variant === 'warning' ? 'alert' : givenRole;
  const HeadingTag = `h${headingLevel}` as const;
  const icon = iconFor[variant];
  return (
    <div
      ref={ref}
      className={`alert alert-${variant}${className ? ` ${className}` : ''}`}
      role={role}
      tabIndex={tabIndex}
    >
      <Icon name={icon.name} label={icon.label} className="alert-icon" />
      <div className="alert-body">
        {heading && <HeadingTag className="alert-heading">{heading}</HeadingTag>}
        {children}
      </div>
    </div>
  );
}
