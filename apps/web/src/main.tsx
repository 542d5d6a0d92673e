import 'dkfds/dist/css/dkfds.min.css';
import './styles.css';
import { brugDanskeFejlbeskeder } from '@jobcenter/domain/felter/fejlbeskeder';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from './lib/query-client';
import { connectApiClient, createRoutes } from './router';

// Every schema message the contracts do not word themselves in plain Danish, as the API answers (issue 18).
brugDanskeFejlbeskeder();

const queryClient = createQueryClient();
const router = createBrowserRouter(createRoutes(queryClient));
connectApiClient(router, queryClient);

const container = document.getElementById('root');
if (!container) throw new Error('index.html mangler <div id="root">');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
