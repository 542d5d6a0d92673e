import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { type FieldValues, type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { type ApiProblem, isApiProblem } from '../lib/api-client';
import { placeProblem } from '../lib/form-errors';
import { ProblemAlert } from './problem-alert';
import { TextareaField } from './textarea-field';

/**
 * An irreversible action that needs a written reason, asked for inline beside the record: aflysning of a
 * meeting, deletion of a fravær (R12). The contract's one-field schema checks the reason; the API's refusal
 * goes beside the field, or above it, and a 412 says the record above now shows the newest version.
 */
export function BegrundetHandling<F extends string>({
  id,
  overskrift,
  schema,
  felt,
  label,
  hint,
  knap,
  konflikt,
  udfoer,
  efterKonflikt,
  onLuk,
}: {
  id: string;
  overskrift: string;
  schema: z.ZodType<Record<F, string>, Record<F, string>>;
  felt: F;
  label: string;
  hint: string;
  knap: string;
  konflikt: { overskrift: string; tekst: string };
  /** Carries out the action with the reason; throws the API's refusal. */
  udfoer: (begrundelse: string) => Promise<void>;
  /** After a 412: refresh what the record above shows, so a new try builds on the newest version. */
  /** After a 412, besides showing `konflikt` (the mutation itself refreshes what the list shows). */
  efterKonflikt?: () => void;
  onLuk: () => void;
}) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sender, setSender] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<FieldValues>({
    // The schema has exactly the field `felt`; react-hook-form cannot type a field name given as a parameter.
    resolver: zodResolver(schema) as unknown as Resolver<FieldValues>,
    defaultValues: { [felt]: '' },
  });

  useEffect(() => {
    setFocus(felt);
  }, [setFocus, felt]);

  const onSubmit = async (values: FieldValues) => {
    if (sender) return;
    setSender(true);
    setProblem(null);
    try {
      await udfoer(String(values[felt]));
    } catch (error) {
      if (isApiProblem(error) && error.status === 412) efterKonflikt?.();
      setProblem(placeProblem(error, [felt], setError, { setFocus }));
    } finally {
      setSender(false);
    }
  };

  const fejl = errors[felt]?.message;
  return (
    <form
      className="inline-panel"
      noValidate
      onSubmit={handleSubmit(onSubmit)}
      aria-labelledby={`${id}-heading`}
    >
      <h4 id={`${id}-heading`} className="mt-0">
        {overskrift}
      </h4>
      {problem && <ProblemAlert problem={problem} headingLevel={3} className="mb-4" konflikt={konflikt} />}
      <TextareaField
        id={`${id}-begrundelse`}
        label={label}
        hint={hint}
        error={typeof fejl === 'string' ? fejl : undefined}
        className="input-width-xl"
        {...register(felt)}
      />
      <div className="knap-raekke mt-4">
        <button type="submit" className="button button-warning" aria-disabled={sender || undefined}>
          {knap}
        </button>
        <button type="button" className="button button-tertiary" onClick={() => onLuk()}>
          Fortryd
        </button>
      </div>
    </form>
  );
}
