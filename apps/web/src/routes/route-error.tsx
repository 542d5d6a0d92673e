import { useEffect } from 'react';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { AppHeader } from '../components/app-header';
import { ErrorState } from '../components/error-state';
import { PageTitle } from '../components/page-title';
import { MAIN_ID, SkipLink } from '../components/skip-link';
import { isApiProblem } from '../lib/api-client';
import { NotFoundPage } from './not-found-page';

/** A failed loader or a crashed page, shown inside the frame with the problem's title and a retry. */
export function PageErrorBoundary() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  useEffect(() => {
    // An ApiProblem is an expected answer; anything else is a defect that belongs in the console.
    if (!isApiProblem(error) && !isRouteErrorResponse(error)) console.error(error);
  }, [error]);

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <>
      <PageTitle>Der opstod en fejl</PageTitle>
      <h1>Der opstod en fejl</h1>
      <ErrorState error={error} onRetry={() => void revalidator.revalidate()} />
    </>
  );
}

/** When even the frame could not load (no answer to the session check), the error gets a frame of its own. */
export function RootErrorBoundary() {
  return (
    <>
      <SkipLink />
      <AppHeader />
      <main id={MAIN_ID} tabIndex={-1} className="container page-container">
        <PageErrorBoundary />
      </main>
    </>
  );
}
