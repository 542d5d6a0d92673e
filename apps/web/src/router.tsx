import type { Rolle } from '@jobcenter/domain/auth/auth.contract';
import type { QueryClient } from '@tanstack/react-query';
import { type createBrowserRouter, type LoaderFunction, type RouteObject, redirect } from 'react-router';
import { sessionQueryOptions } from './features/auth/auth-queries';
import { LoginPage } from './features/auth/login-page';
import { isLoginPath, loginPath } from './features/auth/login-path';
import { requireSession } from './features/auth/require-session';
import { BorgerPage } from './features/borgere/borger-page';
import { BorgerSoegPage } from './features/borgere/borger-soeg-page';
import {
  borgerIndexLoader,
  borgerLoader,
  historikFaneLoader,
  moederFaneLoader,
  opretBorgerLoader,
} from './features/borgere/borgere-loaders';
import { FravaerFane } from './features/borgere/fravaer-fane';
import { fravaerFaneLoader } from './features/borgere/fravaer-loaders';
import { HistorikFane } from './features/borgere/historik-fane';
import { JoblogFane } from './features/borgere/joblog-fane';
import { joblogFaneLoader } from './features/borgere/joblog-loaders';
import { KontaktpersonerFane } from './features/borgere/kontaktpersoner-fane';
import { MoederFane } from './features/borgere/moeder-fane';
import { OpretBorgerPage } from './features/borgere/opret-borger-page';
import { PlanFane } from './features/borgere/plan-fane';
import { planFaneLoader } from './features/borgere/plan-loaders';
import { CvFane } from './features/cv/cv-fane';
import { cvFaneLoader, cvSoegningLoader } from './features/cv/cv-loaders';
import { CvSoegningPage } from './features/cv/cv-soegning-page';
import { JobordrePage } from './features/jobordrer/jobordre-page';
import { jobordreLoader, jobordrerLoader, opretJobordreLoader } from './features/jobordrer/jobordrer-loaders';
import { JobordrerPage } from './features/jobordrer/jobordrer-page';
import { OpretJobordrePage } from './features/jobordrer/opret-jobordre-page';
import { MineMoederPage } from './features/moeder/mine-moeder-page';
import { mineMoederLoader, moedetilbudLoader } from './features/moeder/moeder-loaders';
import { MoedetilbudPage } from './features/moeder/moedetilbud-page';
import { BesoegsarkPage } from './features/virksomheder/besoegsark-page';
import { VirksomhedPage } from './features/virksomheder/virksomhed-page';
import { VirksomhedSoegPage } from './features/virksomheder/virksomhed-soeg-page';
import { virksomhedLoader, virksomhedSoegLoader } from './features/virksomheder/virksomheder-loaders';
import { configureApiClient } from './lib/api-client';
import { AppLayout } from './routes/app-layout';
import { AppLoading } from './routes/app-loading';
import { startsideFor } from './routes/nav-items';
import { NotFoundPage } from './routes/not-found-page';
import { PublicLayout } from './routes/public-layout';
import { RolleGuard } from './routes/rolle-guard';
import { PageErrorBoundary, RootErrorBoundary } from './routes/route-error';

const SAGSBEHANDLER: readonly Rolle[] = ['sagsbehandler'];

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
            { index: true, loader: startsideLoader(queryClient), element: null },
            {
              // Citizens and meetings are the sagsbehandler's (api.md, Roles).
              element: <RolleGuard roller={SAGSBEHANDLER} />,
              children: [
                {
                  path: 'borgere',
                  loader: afterSession(queryClient, () => null, SAGSBEHANDLER),
                  Component: BorgerSoegPage,
                },
                {
                  path: 'borgere/ny',
                  loader: afterSession(queryClient, opretBorgerLoader(queryClient), SAGSBEHANDLER),
                  Component: OpretBorgerPage,
                },
                {
                  path: 'borgere/:id',
                  loader: afterSession(queryClient, borgerLoader(queryClient), SAGSBEHANDLER),
                  Component: BorgerPage,
                  children: [
                    { index: true, loader: borgerIndexLoader, element: null },
                    {
                      path: 'moeder',
                      loader: afterSession(queryClient, moederFaneLoader(queryClient), SAGSBEHANDLER),
                      Component: MoederFane,
                    },
                    {
                      path: 'fravaer',
                      loader: afterSession(queryClient, fravaerFaneLoader(queryClient), SAGSBEHANDLER),
                      Component: FravaerFane,
                    },
                    {
                      path: 'plan',
                      loader: afterSession(queryClient, planFaneLoader(queryClient), SAGSBEHANDLER),
                      Component: PlanFane,
                    },
                    {
                      path: 'joblog',
                      loader: afterSession(queryClient, joblogFaneLoader(queryClient), SAGSBEHANDLER),
                      Component: JoblogFane,
                    },
                    {
                      path: 'cv',
                      loader: afterSession(queryClient, cvFaneLoader(queryClient), SAGSBEHANDLER),
                      Component: CvFane,
                    },
                    { path: 'kontaktpersoner', Component: KontaktpersonerFane },
                    {
                      path: 'historik',
                      loader: afterSession(queryClient, historikFaneLoader(queryClient), SAGSBEHANDLER),
                      Component: HistorikFane,
                    },
                    // An unknown tab (a tab of a later release, a typo) shows the default one.
                    { path: '*', loader: borgerIndexLoader, element: null },
                  ],
                },
                {
                  path: 'moeder',
                  loader: afterSession(queryClient, mineMoederLoader(queryClient), SAGSBEHANDLER),
                  Component: MineMoederPage,
                },
                {
                  path: 'moedetilbud',
                  loader: afterSession(queryClient, moedetilbudLoader(queryClient), SAGSBEHANDLER),
                  Component: MoedetilbudPage,
                },
              ],
            },
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
            {
              path: 'virksomheder/:cvr/besoegsark',
              loader: afterSession(queryClient, virksomhedLoader(queryClient)),
              Component: BesoegsarkPage,
            },
            // Jobordrer and formidling are both roles' (api.md, Roles).
            {
              path: 'jobordrer',
              loader: afterSession(queryClient, jobordrerLoader(queryClient)),
              Component: JobordrerPage,
            },
            {
              path: 'jobordrer/ny',
              loader: afterSession(queryClient, opretJobordreLoader(queryClient)),
              Component: OpretJobordrePage,
            },
            {
              path: 'jobordrer/:id',
              loader: afterSession(queryClient, jobordreLoader(queryClient)),
              Component: JobordrePage,
            },
            // CV-søgning is both roles' (api.md, Roles); the person page behind a result is the sagsbehandler's.
            {
              path: 'cv-soegning',
              loader: afterSession(queryClient, cvSoegningLoader(queryClient)),
              Component: CvSoegningPage,
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
 * request that can only answer 401. With `roller`, a user of another role asks for nothing either (the page
 * says "Ingen adgang").
 */
function afterSession(
  queryClient: QueryClient,
  loader: LoaderFunction,
  roller?: readonly Rolle[],
): LoaderFunction {
  return async (args) => {
    try {
      const session = await queryClient.ensureQueryData(sessionQueryOptions());
      if (roller && !roller.includes(session.bruger.rolle)) return null;
    } catch {
      return null;
    }
    return loader(args);
  };
}

/** "/" is the first page of the user's navigation: Borgere for a sagsbehandler, Virksomheder otherwise. */
function startsideLoader(queryClient: QueryClient): LoaderFunction {
  return async () => {
    try {
      const session = await queryClient.ensureQueryData(sessionQueryOptions());
      return redirect(startsideFor(session.bruger.rolle));
    } catch {
      // The frame's loader sends the visitor to login.
      return redirect('/virksomheder');
    }
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
