import { zodResolver } from '@hookform/resolvers/zod';
import {
  type JobordreDetalje,
  type OpdaterJobordre,
  opdaterJobordreSchema,
} from '@jobcenter/domain/jobordre/jobordre.contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { FormKnapper } from '../../components/form-knapper';
import { KonfliktAlert } from '../../components/konflikt-alert';
import { ProblemAlert } from '../../components/problem-alert';
import type { ApiProblem } from '../../lib/api-client';
import { placeProblem } from '../../lib/form-errors';
import { jobordreQueryOptions } from '../../lib/queries';
import { useRetVersion } from '../../lib/use-ret-version';
import { JobordreFelter, type JobordreFeltVaerdier, jobordreFeltBody, medAntalFejl } from './jobordre-felter';
import { JOBORDRE_KONFLIKT_TEKST, JobordreVersion } from './jobordre-version';
import { opdaterJobordreMutationOptions } from './jobordrer-queries';

type RetValues = JobordreFeltVaerdier;
type RetOutput = z.output<typeof opdaterJobordreSchema>;

const FELTER = ['titel', 'beskrivelse', 'antalStillinger', 'ansoegningsfrist'] as const;

const schemaResolver = zodResolver(opdaterJobordreSchema);

const retResolver: Resolver<RetValues, unknown, RetOutput> = async (values, context, options) => {
  const body = jobordreFeltBody(values);
  // biome-ignore lint/suspicious/noExplicitAny: the schema's resolver is typed for its own input; the body is that input.
  const result = await schemaResolver(body, context, options as any);
  const errors = medAntalFejl({ ...result.errors } as Record<string, { type: string }>, body.antalStillinger);
  if (Object.keys(errors).length > 0) return { values: {}, errors: errors as never };
  return { values: result.values as RetOutput, errors: {} };
};

function fraJobordre(jobordre: JobordreDetalje): RetValues {
  return {
    titel: jobordre.titel,
    beskrivelse: jobordre.beskrivelse,
    antalStillinger: String(jobordre.antalStillinger),
    ansoegningsfrist: jobordre.ansoegningsfrist ?? '',
  };
}

/** PATCH body: only what differs from the version the form builds on. */
function aendringer(values: RetOutput, base: JobordreDetalje): OpdaterJobordre {
  const body: OpdaterJobordre = {};
  if (values.titel !== undefined && values.titel !== base.titel) body.titel = values.titel;
  if (values.beskrivelse !== undefined && values.beskrivelse !== base.beskrivelse)
    body.beskrivelse = values.beskrivelse;
  if (values.antalStillinger !== undefined && values.antalStillinger !== base.antalStillinger)
    body.antalStillinger = values.antalStillinger;
  if (values.ansoegningsfrist !== undefined && values.ansoegningsfrist !== base.ansoegningsfrist)
    body.ansoegningsfrist = values.ansoegningsfrist;
  return body;
}

/**
 * "Ret jobordre": a PATCH with If-Match on the version the panel was opened on. A 412 shows the jobordre as
 * it is now and keeps everything typed; saving again then builds on the new version (a deliberate overwrite).
 */
export function RetJobordre({
  jobordre,
  onLuk,
}: {
  jobordre: JobordreDetalje;
  onLuk: (besked?: string) => void;
}) {
  const queryClient = useQueryClient();
  const opdater = useMutation(opdaterJobordreMutationOptions());
  const { base, konflikt, konfliktRef: beskedRef, gem } = useRetVersion(jobordre);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [defaultValues] = useState(() => fraJobordre(jobordre));
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    resetField,
    formState: { errors, dirtyFields },
  } = useForm<RetValues, unknown, RetOutput>({ resolver: retResolver, defaultValues, mode: 'onTouched' });

  useEffect(() => setFocus('titel'), [setFocus]);
  // The same place announces a refused change; the hook focuses it after a 412.
  useEffect(() => {
    if (problem) beskedRef.current?.focus();
  }, [problem, beskedRef]);

  const onSubmit = async (values: RetOutput) => {
    if (opdater.isPending) return;
    setProblem(null);
    const body = aendringer(values, base);
    try {
      const resultat = await gem(
        body,
        () => opdater.mutateAsync({ jobordreId: base.id, version: base.version, body }),
        // The page behind the panel shows the new version too; the fields keep what was typed.
        () => queryClient.fetchQuery({ ...jobordreQueryOptions(base.id), staleTime: 0 }),
      );
      if (resultat.udfald === 'ingen') return onLuk('Ingen ændringer at gemme');
      if (resultat.udfald === 'konflikt') {
        // A field the user did not touch takes the new value, so saving again cannot undo a colleague's change.
        const nye = fraJobordre(resultat.nu);
        for (const felt of FELTER) if (!dirtyFields[felt]) resetField(felt, { defaultValue: nye[felt] });
        return;
      }
      onLuk('Jobordren er rettet');
    } catch (error) {
      setProblem(placeProblem(error, FELTER, setError, { setFocus }));
    }
  };

  return (
    <section className="inline-panel" aria-labelledby="ret-jobordre-heading">
      <h2 id="ret-jobordre-heading" className="h4 mt-0">
        Ret jobordre
      </h2>
      {konflikt && (
        <KonfliktAlert konflikt={konflikt} ref={beskedRef} heading={JOBORDRE_KONFLIKT_TEKST}>
          <p className="alert-text">
            Sådan ser jobordren ud nu. Dine ændringer står stadig i felterne, og felter, du ikke har rettet,
            viser den nye version: gem igen for at bruge dine ændringer, eller annuller for at beholde den nye
            version.
          </p>
          <JobordreVersion jobordre={konflikt.nu} />
        </KonfliktAlert>
      )}
      {problem && (
        <ProblemAlert problem={problem} ref={beskedRef} tabIndex={-1} headingLevel={3} className="mb-4" />
      )}
      <form noValidate onSubmit={handleSubmit(onSubmit)} className="kompakt-form">
        <JobordreFelter register={register} errors={errors} idPrefix="ret-" />
        <FormKnapper
          submitTekst="Gem ændringer"
          sender={opdater.isPending}
          onAnnuller={onLuk}
          className="mt-5"
        />
      </form>
    </section>
  );
}
