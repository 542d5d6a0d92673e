import type { SessionSvar } from '@jobcenter/domain/auth/auth.contract';
import { useRouteLoaderData } from 'react-router';

/** The id of the logged-in frame's route (router.tsx); its loader answers with the session. */
const APP_ROUTE_ID = 'app';

/**
 * The logged-in user, for a page inside the frame: the frame's loader has checked the session before any page
 * renders, so a page can rely on it without a request of its own (and without importing the auth feature).
 */
export function useSession(): SessionSvar {
  const session = useRouteLoaderData(APP_ROUTE_ID) as SessionSvar | undefined;
  if (!session) throw new Error('useSession bruges uden for den indloggede ramme');
  return session;
}
