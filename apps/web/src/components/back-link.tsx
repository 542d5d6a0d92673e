import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Icon } from './icon';

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <div>
      <Link to={to} className="back-link">
        <Icon name="chevron-left" />
        {children}
      </Link>
    </div>
  );
}
