import type { ReactNode } from 'react';

/**
 * DKFDS's horizontal scroll container for a table. It is focusable so a keyboard user can scroll a table
 * wider than the screen, and it is named so that stop makes sense to a screen-reader user.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section
      className="table--responsive-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable (axe scrollable-region-focusable).
      tabIndex={0}
      aria-label={label}
    >
      {children}
    </section>
  );
}
