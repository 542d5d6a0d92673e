import { AppHeader } from '../components/app-header';
import { LoadingSkeleton } from '../components/loading-skeleton';
import { PageTitle } from '../components/page-title';
import { MAIN_ID, SkipLink } from '../components/skip-link';

/** Shown while the first session check runs, before the user is known. */
export function AppLoading() {
  return (
    <>
      <PageTitle>Indlæser</PageTitle>
      <SkipLink />
      <AppHeader />
      <main id={MAIN_ID} tabIndex={-1} className="container page-container">
        <h1 className="sr-only">Indlæser</h1>
        <LoadingSkeleton label="Indlæser Jobcenter" />
      </main>
    </>
  );
}
