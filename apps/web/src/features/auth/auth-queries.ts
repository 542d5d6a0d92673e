import type { LoginBody } from '@jobcenter/domain/auth/auth.contract';
import { sessionSvarSchema } from '@jobcenter/domain/auth/auth.contract';
import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api-client';
import { sessionKeys } from '../../lib/query-keys';

// The session and the login call answer 401 as a normal outcome ("not logged in", "wrong password"), so they
// must not trigger the api-client's session-expired redirect.

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.session,
    queryFn: ({ signal }) =>
      apiFetch('/api/auth/me', { signal, onUnauthorized: 'throw', schema: sessionSvarSchema }),
    // The session lives until logout or a 401 elsewhere clears the cache; polling it adds nothing.
    staleTime: Number.POSITIVE_INFINITY,
  });

export const loginMutationOptions = () =>
  mutationOptions({
    mutationKey: ['auth', 'login'],
    mutationFn: (body: LoginBody) =>
      apiFetch('/api/auth/login', {
        method: 'POST',
        body,
        onUnauthorized: 'throw',
        schema: sessionSvarSchema,
      }),
  });

export const logoutMutationOptions = () =>
  mutationOptions({
    mutationKey: ['auth', 'logout'],
    mutationFn: () => apiFetch<void>('/api/auth/logout', { method: 'POST', onUnauthorized: 'throw' }),
  });
