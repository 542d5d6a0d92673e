import { zodResolver } from '@hookform/resolvers/zod';
import { type OpretBorger, opretBorgerSchema } from '@jobcenter/domain/borger/borger.contract';
import { kontaktgrupper } from '@jobcenter/domain/borger/kontaktgruppe.codelists';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { BackLink } from '../../components/back-link';
import { PageTitle } from '../../components/page-title';
import { ProblemAlert } from '../../components/problem-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { type ApiProblem, toApiProblem } from '../../lib/api-client';
import { applyProblemToForm } from '../../lib/form-errors';
import { BORGERE_PATH, borgerPath, STANDARD_FANE } from '../../lib/paths';
import { akasserQueryOptions, opretBorgerMutationOptions } from './borgere-queries';

interface OpretValues {
  cpr: string;
  fornavn: string;
  efternavn: string;
  kontaktgruppe: string;
  ledighedsdato: string;
  akasse: string;
  mobilnummer: string;
}
type OpretOutput = z.output<typeof opretBorgerSchema>;

const FELTER = [
  'cpr',
  'fornavn',
  'efternavn',
  'kontaktgruppe',
  'ledighedsdato',
  'akasse',
  'mobilnummer',
] as const;

const schemaResolver = zodResolver(opretBorgerSchema);

/**
 * The contract's schema on what the selects hold (strings); an empty choice gets a Danish "Vælg …" instead of
 * the schema's type error.
 */
const opretResolver: Resolver<OpretValues, unknown, OpretOutput> = async (values, context, options) => {
  const body = {
    cpr: values.cpr,
    fornavn: values.fornavn,
    efternavn: values.efternavn,
    kontaktgruppe: values.kontaktgruppe === '' ? Number.NaN : Number(values.kontaktgruppe),
    ledighedsdato: values.ledighedsdato,
    akasse: values.akasse === '' ? null : values.akasse,
    mobilnummer: values.mobilnummer.trim() === '' ? null : values.mobilnummer,
  };
  // biome-ignore lint/suspicious/noExplicitAny: the schema's resolver is typed for its own input; the body is that input.
  const result = await schemaResolver(body, context, options as any);
  const errors = { ...result.errors } as Record<string, { type: string; message?: string }>;
  if (values.kontaktgruppe === '')
    errors.kontaktgruppe = { type: 'required', message: 'Vælg en kontaktgruppe' };
  if (values.ledighedsdato === '')
    errors.ledighedsdato = { type: 'required', message: 'Skriv ledighedsdatoen' };
  if (Object.keys(errors).length > 0) return { values: {}, errors: errors as never };
  return { values: result.values as OpretOutput, errors: {} };
};

export function OpretBorgerPage() {
  const navigate = useNavigate();
  const akasser = useQuery(akasserQueryOptions());
  const opret = useMutation(opretBorgerMutationOptions());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<OpretValues, unknown, OpretOutput>({
    resolver: opretResolver,
    defaultValues: {
      cpr: '',
      fornavn: '',
      efternavn: '',
      kontaktgruppe: '',
      ledighedsdato: '',
      akasse: '',
      mobilnummer: '',
    },
  });

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  const onSubmit = async (body: OpretOutput) => {
    if (opret.isPending) return;
    setProblem(null);
    try {
      const borger = await opret.mutateAsync(body as OpretBorger);
      await navigate(borgerPath(borger.id, STANDARD_FANE));
    } catch (error) {
      const svar = toApiProblem(error);
      // BORGER_FINDES is about the CPR number: it goes beside that field.
      const unmatched = applyProblemToForm(svar, FELTER, setError, {
        setFocus,
        codeFields: { BORGER_FINDES: 'cpr' },
      });
      if (unmatched.length > 0 || (svar.errors.length === 0 && svar.code !== 'BORGER_FINDES'))
        setProblem(svar);
    }
  };

  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <PageTitle>Opret borger</PageTitle>
        <BackLink to={BORGERE_PATH}>Borgere</BackLink>
        <h1>Opret borger</h1>
        <p className="font-lead">Borgeren oprettes i dit jobcenter.</p>
        {problem && <ProblemAlert problem={problem} ref={problemRef} tabIndex={-1} className="mt-5" />}
        <form noValidate onSubmit={handleSubmit(onSubmit)} className="kompakt-form">
          <TextField
            id="cpr"
            label="CPR-nummer"
            hint="10 cifre, fx 010190-1234"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            className="input-char-11"
            error={errors.cpr?.message}
            {...register('cpr')}
          />
          <div className="form-raekke">
            <TextField
              id="fornavn"
              label="Fornavn"
              autoComplete="off"
              error={errors.fornavn?.message}
              {...register('fornavn')}
            />
            <TextField
              id="efternavn"
              label="Efternavn"
              autoComplete="off"
              error={errors.efternavn?.message}
              {...register('efternavn')}
            />
          </div>
          <SelectField
            id="kontaktgruppe"
            label="Kontaktgruppe"
            error={errors.kontaktgruppe?.message}
            {...register('kontaktgruppe')}
          >
            <option value="">Vælg kontaktgruppe</option>
            {kontaktgrupper.map((gruppe) => (
              <option key={gruppe.id} value={String(gruppe.id)}>
                {gruppe.id} · {gruppe.navn}
              </option>
            ))}
          </SelectField>
          <TextField
            id="ledighedsdato"
            type="date"
            label="Ledighedsdato"
            hint="Den dag borgerens nuværende ledighed begyndte"
            className="input-width-s"
            error={errors.ledighedsdato?.message}
            {...register('ledighedsdato')}
          />
          <SelectField
            id="akasse"
            label="A-kasse (valgfri)"
            error={errors.akasse?.message}
            hint={akasserQueryHint(akasser.isError)}
            {...register('akasse')}
          >
            <option value="">{akasser.isPending ? 'Henter a-kasser …' : 'Ingen a-kasse'}</option>
            {(akasser.data?.items ?? []).map((akasse) => (
              <option key={akasse.kode} value={akasse.kode}>
                {akasse.navn}
              </option>
            ))}
          </SelectField>
          <TextField
            id="mobilnummer"
            type="tel"
            label="Mobilnummer (valgfrit)"
            hint="8 cifre. Med et mobilnummer får borgeren påmindelser om møder som SMS, ellers i Digital Post."
            inputMode="numeric"
            autoComplete="off"
            className="input-char-11"
            error={errors.mobilnummer?.message}
            {...register('mobilnummer')}
          />
          <div className="knap-raekke mt-6">
            <button
              type="submit"
              className="button button-primary"
              aria-disabled={opret.isPending || undefined}
            >
              Opret borger
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

function akasserQueryHint(fejl: boolean): string | undefined {
  return fejl ? 'A-kasserne kunne ikke hentes. Opret borgeren uden, eller prøv igen senere.' : undefined;
}
