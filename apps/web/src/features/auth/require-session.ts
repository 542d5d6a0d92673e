import type { SessionSvar } from '@jobcenter/domain/auth/auth.contract';
import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { isApiProblem } from '../../lib/api-client';
import { sessionQueryOptions } from './auth-queries';
import { loginPath } from './login-path';

/** Loader for the logged-in part of the app: no session → the login page, and back here afterwards. */
export function requireSession(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs): Promise<SessionSvar> => {
    try {
      return await queryClient.ensureQueryData(sessionQueryOptions());
    } catch (error) {
      if (isApiProblem(error) && error.status === 401) {
        const url = new URL(request.url);
        throw redirect(loginPath(url.pathname + url.search));
      }
      throw error;
    }
  };
}
