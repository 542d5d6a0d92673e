import { type KeyboardEvent, useId, useState } from 'react';
import type { BadgeVariant } from './badge';

/**
 * A status label that explains itself: the explanation shows on hover and on keyboard focus, is read as the
 * label's description, stays put when clicked (touch), and Escape hides it (WCAG 1.4.13). The label is a
 * button, as DKFDS's tooltip targets are, so it is in the tab order with a role.
 */
export function StatusChip({
  children,
  forklaring,
  variant = 'info',
}: {
  children: string;
  forklaring: string;
  variant?: BadgeVariant;
}) {
  const tooltipId = useId();
  const [tilstand, setTilstand] = useState<'auto' | 'skjult' | 'fast'>('auto');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setTilstand('skjult');
  };
  return (
    <span className={`status-chip status-chip--${tilstand}`}>
      <button
        type="button"
        className={`status-chip-knap ${variant === 'neutral' ? 'badge' : `badge badge-${variant}`}`}
        aria-describedby={tooltipId}
        onKeyDown={onKeyDown}
        onClick={() => setTilstand((nu) => (nu === 'fast' ? 'skjult' : 'fast'))}
        onBlur={() => setTilstand('auto')}
        onMouseLeave={() => setTilstand((nu) => (nu === 'skjult' ? 'auto' : nu))}
      >
        {children}
      </button>
      <span role="tooltip" id={tooltipId} className="status-chip-tooltip">
        {forklaring}
      </span>
    </span>
  );
}
