import { zodResolver } from '@hookform/resolvers/zod';
import { type LoginBody, loginBodySchema } from '@jobcenter/domain/auth/auth.contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { Alert } from '../../components/alert';
import { PageTitle } from '../../components/page-title';
import { TextField } from '../../components/text-field';
import { type ApiProblem, toApiProblem } from '../../lib/api-client';
import { applyProblemToForm } from '../../lib/form-errors';
import { formatVentetid } from '../../lib/format';
import { loginMutationOptions, sessionQueryOptions } from './auth-queries';
import { safeReturnTo } from './login-path';

const FIELDS = ['brugernavn', 'adgangskode'] as const;

export function LoginPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const login = useMutation(loginMutationOptions());
  // Each failed attempt gets a new alert element, so role="alert" is announced again for the same message.
  const [failure, setFailure] = useState<{ problem: ApiProblem; attempt: number } | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  // Whoever arrives here (logged out, or a session that expired) leaves nothing of the last user's data in
  // memory. Emptied here, once the frame and its pages have unmounted: emptied before that, their queries
  // would only be fetched again with the ended session.
  useEffect(() => {
    queryClient.clear();
  }, [queryClient]);

  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<z.input<typeof loginBodySchema>, unknown, LoginBody>({
    resolver: zodResolver(loginBodySchema),
    defaultValues: { brugernavn: '', adgangskode: '' },
  });

  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure]);

  const onSubmit = async (body: LoginBody) => {
    if (login.isPending) return;
    try {
      const session = await login.mutateAsync(body);
      // Nothing cached for an earlier user may survive into this session.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryOptions().queryKey, session);
      await navigate(returnTo, { replace: true });
    } catch (error) {
      const problem = toApiProblem(error);
      const unmatched = applyProblemToForm(problem, FIELDS, setError);
      if (problem.errors.length > 0 && unmatched.length === 0) {
        setFailure(null);
      } else {
        setFailure((previous) => ({ problem, attempt: (previous?.attempt ?? 0) + 1 }));
      }
    }
  };

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <PageTitle>Log ind</PageTitle>
        <h1>Log ind</h1>
        <p className="font-lead">Log ind med dit brugernavn og din adgangskode.</p>
        {failure && (
          <Alert
            key={failure.attempt}
            ref={alertRef}
            tabIndex={-1}
            variant="error"
            heading={failure.problem.title}
            className="mt-5"
          >
            <LoginFailureText problem={failure.problem} />
          </Alert>
        )}
        <form noValidate onSubmit={handleSubmit(onSubmit)} className="mt-5">
          <TextField
            id="brugernavn"
            label="Brugernavn"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            error={errors.brugernavn?.message}
            {...register('brugernavn')}
          />
          <TextField
            id="adgangskode"
            type="password"
            label="Adgangskode"
            autoComplete="current-password"
            error={errors.adgangskode?.message}
            {...register('adgangskode')}
          />
          <button
            type="submit"
            className="button button-primary mt-6"
            aria-disabled={login.isPending || undefined}
          >
            Log ind
          </button>
        </form>
      </div>
    </div>
  );
}

function LoginFailureText({ problem }: { problem: ApiProblem }) {
  if (problem.status === 429 && problem.retryAfterSeconds !== undefined) {
    return <p className="alert-text">Du kan prøve igen om {formatVentetid(problem.retryAfterSeconds)}.</p>;
  }
  if (problem.code === 'LOGIN_FEJLET') {
    return <p className="alert-text">Tjek brugernavn og adgangskode, og prøv igen.</p>;
  }
  return problem.detail && problem.detail !== problem.title ? (
    <p className="alert-text">{problem.detail}</p>
  ) : null;
}
