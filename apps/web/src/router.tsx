import type { QueryClient } from '@tanstack/react-query';
import { type createBrowserRouter, type LoaderFunction, type RouteObject, redirect } from 'react-router';
import { sessionQueryOptions } from './features/auth/auth-queries';
import { LoginPage } from './features/auth/login-page';
import { isLoginPath, loginPath } from './features/auth/login-path';
import { requireSession } from './features/auth/require-session';
import { VirksomhedPage } from './features/virksomheder/virksomhed-page';
import { VirksomhedSoegPage } from './features/virksomheder/virksomhed-soeg-page';
import { virksomhedLoader, virksomhedSoegLoader } from './features/virksomheder/virksomheder-loaders';
import { configureApiClient } from './lib/api-client';
import { AppLayout } from './routes/app-layout';
import { AppLoading } from './routes/app-loading';
import { NotFoundPage } from './routes/not-found-page';
import { PublicLayout } from './routes/public-layout';
import { PageErrorBoundary, RootErrorBoundary } from './routes/route-error';

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      Component: PublicLayout,
      ErrorBoundary: RootErrorBoundary,
      children: [{ path: '/login', Component: LoginPage }],
    },
    {
      id: 'app',
      path: '/',
      loader: requireSession(queryClient),
      Component: AppLayout,
      HydrateFallback: AppLoading,
      ErrorBoundary: RootErrorBoundary,
      children: [
        {
          // Errors below this point render inside the frame, so header and navigation stay usable.
          ErrorBoundary: PageErrorBoundary,
          children: [
            // `element: null` only tells the router that rendering nothing is intended; the loader redirects.
            { index: true, loader: () => redirect('/virksomheder'), element: null },
            {
              path: 'virksomheder',
              loader: afterSession(queryClient, virksomhedSoegLoader(queryClient)),
              Component: VirksomhedSoegPage,
            },
            {
              path: 'virksomheder/:cvr',
              loader: afterSession(queryClient, virksomhedLoader(queryClient)),
              Component: VirksomhedPage,
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}

/**
 * Route loaders run in parallel with the frame's session check. A page's loader waits for that check, so
 * without a session it asks for nothing (the frame's loader sends the user to login) instead of firing a
 * request that can only answer 401.
 */
function afterSession(queryClient: QueryClient, loader: LoaderFunction): LoaderFunction {
  return async (args) => {
    try {
      await queryClient.ensureQueryData(sessionQueryOptions());
    } catch {
      return null;
    }
    return loader(args);
  };
}

type AppRouter = ReturnType<typeof createBrowserRouter>;

/** Gives the api-client the session's CSRF token and the way to the login page when a session expires. */
export function connectApiClient(router: AppRouter, queryClient: QueryClient): void {
  configureApiClient({
    getCsrfToken: () => queryClient.getQueryData(sessionQueryOptions().queryKey)?.csrfToken,
    onUnauthorized: () => {
      // A 401 during a navigation belongs to the page being opened: come back to that one after login.
      const target = router.state.navigation.location ?? router.state.location;
      if (isLoginPath(target.pathname)) return;
      void router
        .navigate(loginPath(target.pathname + target.search), { replace: true })
        // Cleared after leaving the frame: the old user's data must not outlive the session.
        .then(() => queryClient.clear());
    },
  });
}
