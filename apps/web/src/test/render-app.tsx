import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, type InitialEntry } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from '../lib/query-client';
import { connectApiClient, createRoutes } from '../router';

/**
 * The whole app (real routes, loaders and api-client) at `path`, in memory, against the mocked fetch. `path`
 * may carry history state (`{ pathname, state }`), as a page opened by a link with state would.
 */
export function renderApp(path: InitialEntry) {
  const queryClient = createQueryClient();
  // The app's own cache settings, except retries: a test states each answer once.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  connectApiClient(router, queryClient);
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
