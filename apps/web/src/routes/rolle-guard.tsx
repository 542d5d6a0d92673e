import type { Rolle } from '@jobcenter/domain/auth/auth.contract';
import { rolleNavn } from '@jobcenter/domain/auth/auth.contract';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet } from 'react-router';
import { PageTitle } from '../components/page-title';
import { sessionQueryOptions } from '../features/auth/auth-queries';
import { startsideFor } from './nav-items';

/** Pages for some roles only: anyone else gets a page that says so, not a failed request. */
export function RolleGuard({ roller }: { roller: readonly Rolle[] }) {
  const { data: session } = useQuery(sessionQueryOptions());
  if (!session) return null;
  if (roller.includes(session.bruger.rolle)) return <Outlet />;
  return (
    <>
      <PageTitle>Ingen adgang</PageTitle>
      <h1>Ingen adgang</h1>
      <p>
        Siden er for {roller.map((rolle) => rolleNavn[rolle].toLowerCase()).join(' og ')}e. Som{' '}
        {rolleNavn[session.bruger.rolle].toLowerCase()} har du ikke adgang til den.
      </p>
      <p>
        <Link to={startsideFor(session.bruger.rolle)}>Gå til forsiden</Link>
      </p>
    </>
  );
}
