import type { ReactNode } from 'react';

export type BadgeVariant = 'neutral' | 'info' | 'success' | 'warning' | 'error';

/**
 * DKFDS's status label. (DKFDS 11's `.tag` is a clickable filter chip without colours; `.badge` is the
 * component meant for a status such as "Aktiv" or "Konfliktramt".)
 */
export function Badge({ variant = 'neutral', children }: { variant?: BadgeVariant; children: ReactNode }) {
  return <span className={variant === 'neutral' ? 'badge' : `badge badge-${variant}`}>{children}</span>;
}

/** Badges side by side with DKFDS spacing. */
export function BadgeList({ children }: { children: ReactNode }) {
  return <span className="badge-list">{children}</span>;
}
