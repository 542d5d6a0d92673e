import type { Rolle } from '@jobcenter/domain/auth/auth.contract';
import type { QueryClient } from '@tanstack/react-query';
import { type createBrowserRouter, type LoaderFunction, type RouteObject, redirect } from 'react-router';
import { sessionQueryOptions } from './features/auth/auth-queries';
import { isLoginPath, loginPath } from './features/auth/login-path';
import { requireSession } from './features/auth/require-session';
import { configureApiClient, isApiProblem } from './lib/api-client';
import { AppLayout } from './routes/app-layout';
import { AppLoading } from './routes/app-loading';
import { startsideFor } from './routes/nav-items';
import { NotFoundPage } from './routes/not-found-page';
import { PublicLayout } from './routes/public-layout';
import { RolleGuard } from './routes/rolle-guard';
import { PageErrorBoundary, RootErrorBoundary } from './routes/route-error';

const SAGSBEHANDLER: readonly Rolle[] = ['sagsbehandler'];

// Every page arrives with its own code on first visit (`lazy`), so the first load is the frame only: the budget
// of 150 KB gzipped is checked in `npm test`. (Biome's noComponentHookFactories mistakes `lazy.Component`
// for a component defined in a function; biome.json turns it off for this file.)
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      Component: PublicLayout,
      // The login page's code arrives lazily: without a fallback, React Router warns on every first load.
      HydrateFallback: AppLoading,
      ErrorBoundary: RootErrorBoundary,
      children: [
        {
          path: '/login',
          lazy: { Component: () => import('./features/auth/login-page').then((m) => m.LoginPage) },
        },
      ],
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
                  lazy: {
                    Component: () =>
                      import('./features/borgere/borger-soeg-page').then((m) => m.BorgerSoegPage),
                  },
                },
                {
                  path: 'borgere/ny',
                  lazy: {
                    loader: siden(
                      queryClient,
                      () => import('./features/borgere/borgere-loaders').then((m) => m.opretBorgerLoader),
                      SAGSBEHANDLER,
                    ),
                    Component: () =>
                      import('./features/borgere/opret-borger-page').then((m) => m.OpretBorgerPage),
                  },
                },
                {
                  path: 'borgere/:id',
                  lazy: {
                    loader: siden(
                      queryClient,
                      () => import('./features/borgere/borgere-loaders').then((m) => m.borgerLoader),
                      SAGSBEHANDLER,
                    ),
                    Component: () => import('./features/borgere/borger-page').then((m) => m.BorgerPage),
                  },
                  children: [
                    {
                      index: true,
                      lazy: {
                        loader: () =>
                          import('./features/borgere/borgere-loaders').then((m) => m.borgerIndexLoader),
                      },
                      element: null,
                    },
                    {
                      path: 'moeder',
                      lazy: {
                        loader: siden(
                          queryClient,
                          () =>
                            import('./features/indkaldelser/indkaldelser-loaders').then(
                              (m) => m.moederFaneLoader,
                            ),
                          SAGSBEHANDLER,
                        ),
                        Component: () =>
                          import('./features/indkaldelser/moeder-fane').then((m) => m.MoederFane),
                      },
                    },
                    {
                      path: 'fravaer',
                      lazy: {
                        loader: siden(
                          queryClient,
                          () => import('./features/fravaer/fravaer-loaders').then((m) => m.fravaerFaneLoader),
                          SAGSBEHANDLER,
                        ),
                        Component: () => import('./features/fravaer/fravaer-fane').then((m) => m.FravaerFane),
                      },
                    },
                    {
                      path: 'plan',
                      lazy: {
                        loader: siden(
                          queryClient,
                          () =>
                            import('./features/indsatser/indsatser-loaders').then((m) => m.planFaneLoader),
                          SAGSBEHANDLER,
                        ),
                        Component: () => import('./features/indsatser/plan-fane').then((m) => m.PlanFane),
                      },
                    },
                    {
                      path: 'joblog',
                      lazy: {
                        loader: siden(
                          queryClient,
                          () => import('./features/joblog/joblog-loaders').then((m) => m.joblogFaneLoader),
                          SAGSBEHANDLER,
                        ),
                        Component: () => import('./features/joblog/joblog-fane').then((m) => m.JoblogFane),
                      },
                    },
                    {
                      path: 'cv',
                      lazy: {
                        loader: siden(
                          queryClient,
                          () => import('./features/cv/cv-loaders').then((m) => m.cvLoader),
                          SAGSBEHANDLER,
                        ),
                        Component: () => import('./features/cv/cv-fane').then((m) => m.CvFane),
                      },
                    },
                    {
                      path: 'kontaktpersoner',
                      lazy: {
                        Component: () =>
                          import('./features/kontaktpersoner/kontaktpersoner-fane').then(
                            (m) => m.KontaktpersonerFane,
                          ),
                      },
                    },
                    {
                      path: 'breve',
                      lazy: {
                        Component: () => import('./features/breve/breve-fane').then((m) => m.BreveFane),
                      },
                    },
                    {
                      path: 'historik',
                      lazy: {
                        loader: siden(
                          queryClient,
                          () =>
                            import('./features/historik/historik-loaders').then((m) => m.historikFaneLoader),
                          SAGSBEHANDLER,
                        ),
                        Component: () =>
                          import('./features/historik/historik-fane').then((m) => m.HistorikFane),
                      },
                    },
                    // An unknown tab (a tab of a later release, a typo) shows the default one.
                    {
                      path: '*',
                      lazy: {
                        loader: () =>
                          import('./features/borgere/borgere-loaders').then((m) => m.borgerIndexLoader),
                      },
                      element: null,
                    },
                  ],
                },
                {
                  path: 'moeder',
                  lazy: {
                    loader: siden(
                      queryClient,
                      () =>
                        import('./features/indkaldelser/indkaldelser-loaders').then(
                          (m) => m.mineMoederLoader,
                        ),
                      SAGSBEHANDLER,
                    ),
                    Component: () =>
                      import('./features/indkaldelser/mine-moeder-page').then((m) => m.MineMoederPage),
                  },
                },
                {
                  path: 'moedetilbud',
                  lazy: {
                    loader: siden(
                      queryClient,
                      () =>
                        import('./features/moedetilbud/moedetilbud-loaders').then((m) => m.moedetilbudLoader),
                      SAGSBEHANDLER,
                    ),
                    Component: () =>
                      import('./features/moedetilbud/moedetilbud-page').then((m) => m.MoedetilbudPage),
                  },
                },
              ],
            },
            {
              path: 'virksomheder',
              lazy: {
                loader: siden(queryClient, () =>
                  import('./features/virksomheder/virksomheder-loaders').then((m) => m.virksomhedSoegLoader),
                ),
                Component: () =>
                  import('./features/virksomheder/virksomhed-soeg-page').then((m) => m.VirksomhedSoegPage),
              },
            },
            {
              path: 'virksomheder/:cvr',
              lazy: {
                loader: siden(queryClient, () =>
                  import('./features/virksomheder/virksomheder-loaders').then((m) => m.virksomhedLoader),
                ),
                Component: () =>
                  import('./features/virksomheder/virksomhed-page').then((m) => m.VirksomhedPage),
              },
            },
            {
              path: 'virksomheder/:cvr/besoegsark',
              lazy: {
                loader: siden(queryClient, () =>
                  import('./features/virksomheder/virksomheder-loaders').then((m) => m.virksomhedLoader),
                ),
                Component: () =>
                  import('./features/virksomheder/besoegsark-page').then((m) => m.BesoegsarkPage),
              },
            },
            // Jobordrer and formidling are both roles' (api.md, Roles).
            {
              path: 'jobordrer',
              lazy: {
                loader: siden(queryClient, () =>
                  import('./features/jobordrer/jobordrer-loaders').then((m) => m.jobordrerLoader),
                ),
                Component: () => import('./features/jobordrer/jobordrer-page').then((m) => m.JobordrerPage),
              },
            },
            {
              path: 'jobordrer/ny',
              lazy: {
                loader: siden(queryClient, () =>
                  import('./features/jobordrer/jobordrer-loaders').then((m) => m.opretJobordreLoader),
                ),
                Component: () =>
                  import('./features/jobordrer/opret-jobordre-page').then((m) => m.OpretJobordrePage),
              },
            },
            {
              path: 'jobordrer/:id',
              lazy: {
                loader: siden(queryClient, () =>
                  import('./features/jobordrer/jobordrer-loaders').then((m) => m.jobordreLoader),
                ),
                Component: () => import('./features/jobordrer/jobordre-page').then((m) => m.JobordrePage),
              },
            },
            // CV-søgning is both roles' (api.md, Roles); the person page behind a result is the sagsbehandler's.
            {
              path: 'cv-soegning',
              lazy: {
                loader: siden(queryClient, () =>
                  import('./features/cv/cv-loaders').then((m) => m.cvSoegningLoader),
                ),
                Component: () => import('./features/cv/cv-soegning-page').then((m) => m.CvSoegningPage),
              },
            },
            // A searchable CV, read only: the virksomhedskonsulent's view of a candidate (api.md, Roles).
            {
              path: 'cv-soegning/cv/:id',
              lazy: {
                loader: siden(queryClient, () => import('./features/cv/cv-loaders').then((m) => m.cvLoader)),
                Component: () => import('./features/cv/cv-page').then((m) => m.CvPage),
              },
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}

/**
 * A page's loader arrives with the page's code on first visit, so the frame's first load stays small; it
 * then waits for the session as `afterSession` says.
 */
function siden(
  queryClient: QueryClient,
  load: () => Promise<(queryClient: QueryClient) => LoaderFunction>,
  roller?: readonly Rolle[],
): () => Promise<LoaderFunction> {
  return async () => afterSession(queryClient, (await load())(queryClient), roller);
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
    } catch (error) {
      // Not logged in: to login with no return address, so that after login this loader sends each role to
      // its own start page (a fixed page here was chosen before the role was known). Other failures show.
      if (isApiProblem(error) && error.status === 401) return redirect(loginPath());
      throw error;
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
      // The login page empties the cache: the old user's data must not outlive the session.
      void router.navigate(loginPath(target.pathname + target.search), { replace: true });
    },
  });
}
