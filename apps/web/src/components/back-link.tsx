import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Icon } from './icon';

/** `state`: the history state of the page it leads back to (a search's free text), when that page has one. */
export function BackLink({ to, state, children }: { to: string; state?: unknown; children: ReactNode }) {
  return (
    <div>
      <Link to={to} state={state} className="back-link">
        <Icon name="chevron-left" />
        {children}
      </Link>
    </div>
  );
}
