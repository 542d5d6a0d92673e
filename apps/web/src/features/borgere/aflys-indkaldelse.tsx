import { zodResolver } from '@hookform/resolvers/zod';
import { aflysIndkaldelseSchema, type Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ProblemAlert } from '../../components/problem-alert';
import { TextareaField } from '../../components/textarea-field';
import { type ApiProblem, isApiProblem, toApiProblem } from '../../lib/api-client';
import { applyProblemToForm } from '../../lib/form-errors';
import { aflysIndkaldelseMutationOptions, afterIndkaldelseChange } from './borgere-queries';
import { KONFLIKT_TEKST } from './ret-indkaldelse';

type AflysInput = z.input<typeof aflysIndkaldelseSchema>;
type AflysOutput = z.output<typeof aflysIndkaldelseSchema>;

/** Aflysning: the reason is mandatory and asked for inline, beside the meeting. */
export function AflysIndkaldelse({
  borgerId,
  indkaldelse,
  onLuk,
}: {
  borgerId: string;
  indkaldelse: Indkaldelse;
  onLuk: (besked?: string) => void;
}) {
  const queryClient = useQueryClient();
  const aflys = useMutation(aflysIndkaldelseMutationOptions());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<AflysInput, unknown, AflysOutput>({
    resolver: zodResolver(aflysIndkaldelseSchema),
    defaultValues: { aflysningsaarsag: '' },
  });
  const id = `aflys-${indkaldelse.id}`;

  useEffect(() => {
    setFocus('aflysningsaarsag');
  }, [setFocus]);

  const onSubmit = async ({ aflysningsaarsag }: AflysOutput) => {
    if (aflys.isPending) return;
    setProblem(null);
    try {
      // The version from the list as it is now: after a 412 the list is refetched, and a new try builds on it.
      await aflys.mutateAsync({
        indkaldelseId: indkaldelse.id,
        version: indkaldelse.version,
        aflysningsaarsag,
      });
      void afterIndkaldelseChange(queryClient, borgerId);
      onLuk('Mødet er aflyst');
    } catch (error) {
      const svar = toApiProblem(error);
      if (isApiProblem(error) && error.status === 412) void afterIndkaldelseChange(queryClient, borgerId);
      const unmatched = applyProblemToForm(svar, ['aflysningsaarsag'], setError, { setFocus });
      if (unmatched.length > 0 || svar.errors.length === 0) setProblem(svar);
    }
  };

  return (
    <form
      className="inline-panel"
      noValidate
      onSubmit={handleSubmit(onSubmit)}
      aria-labelledby={`${id}-heading`}
    >
      <h4 id={`${id}-heading`} className="mt-0">
        Aflys mødet
      </h4>
      {problem && (
        <ProblemAlert
          problem={problem}
          headingLevel={3}
          className="mb-4"
          konflikt={{
            overskrift: KONFLIKT_TEKST,
            tekst:
              'Mødet ovenfor viser nu den nyeste version. Aflys igen, hvis det stadig er rigtigt; din årsag står stadig i feltet.',
          }}
        />
      )}
      <TextareaField
        id={`${id}-aarsag`}
        label="Årsag til aflysning"
        hint="Årsagen gemmes på mødet og i borgerens historik"
        error={errors.aflysningsaarsag?.message}
        className="input-width-xl"
        {...register('aflysningsaarsag')}
      />
      <div className="knap-raekke mt-4">
        <button type="submit" className="button button-warning" aria-disabled={aflys.isPending || undefined}>
          Aflys mødet
        </button>
        <button type="button" className="button button-tertiary" onClick={() => onLuk()}>
          Fortryd
        </button>
      </div>
    </form>
  );
}
