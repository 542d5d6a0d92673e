import { Outlet } from 'react-router';
import { AppHeader } from '../components/app-header';
import { MAIN_ID, SkipLink } from '../components/skip-link';

/** The frame of pages shown without a session (login). */
export function PublicLayout() {
  return (
    <>
      <SkipLink />
      <AppHeader />
      <main id={MAIN_ID} tabIndex={-1} className="container page-container">
        <Outlet />
      </main>
    </>
  );
}
