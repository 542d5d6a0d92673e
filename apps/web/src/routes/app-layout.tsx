import { rolleNavn } from '@jobcenter/domain/auth/auth.contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { AppHeader } from '../components/app-header';
import { ErrorState } from '../components/error-state';
import { MAIN_ID, SkipLink } from '../components/skip-link';
import { logoutMutationOptions, sessionQueryOptions } from '../features/auth/auth-queries';
import { isApiProblem } from '../lib/api-client';
import { useFocusOnNavigation } from '../lib/use-focus-on-navigation';
import { navItemsFor } from './nav-items';

/** The logged-in frame: header with the user and the navigation, and the page in <main>. */
export function AppLayout() {
  const navigate = useNavigate();
  // The route's loader has put the session in the cache before this renders.
  const { data: session } = useQuery(sessionQueryOptions());
  const logout = useMutation(logoutMutationOptions());
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);

  const onLogout = async () => {
    try {
      await logout.mutateAsync();
    } catch (error) {
      // A 401 means the session was already gone: that is logged out too.
      if (!isApiProblem(error) || error.status !== 401) return;
    }
    // The login page empties the cache once this frame has unmounted.
    await navigate('/login', { replace: true });
  };

  if (!session) return null;
  const { bruger } = session;
  return (
    <>
      <SkipLink />
      <AppHeader
        user={{
          navn: bruger.navn,
          rolle: rolleNavn[bruger.rolle],
          jobcenter: `${bruger.jobcenter.navn} (${bruger.jobcenter.nummer})`,
        }}
        navItems={navItemsFor(bruger.rolle)}
        onLogout={() => void onLogout()}
      />
      <main id={MAIN_ID} ref={main} tabIndex={-1} className="container page-container">
        {logout.isError && (
          <div className="mb-6">
            <ErrorState
              heading="Du blev ikke logget ud"
              error={logout.error}
              onRetry={() => void onLogout()}
            />
          </div>
        )}
        <Outlet />
      </main>
    </>
  );
}
