import { zodResolver } from '@hookform/resolvers/zod';
import { isValidCvr } from '@jobcenter/domain/identifiers/cvr.rules';
import { type OpretJobordre, opretJobordreSchema } from '@jobcenter/domain/jobordre/jobordre.contract';
import { kanAendreJobordre } from '@jobcenter/domain/jobordre/jobordre.rules';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { Alert } from '../../components/alert';
import { BackLink } from '../../components/back-link';
import { PageTitle } from '../../components/page-title';
import { ProblemAlert } from '../../components/problem-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { type ApiProblem, isApiProblem, toApiProblem } from '../../lib/api-client';
import { applyProblemToForm } from '../../lib/form-errors';
import { type BeskedState, JOBORDRER_PATH, jobordrePath, virksomhedPath } from '../../lib/paths';
import { jobcentreQueryOptions, virksomhedQueryOptions } from '../../lib/queries';
import { useSession } from '../../lib/session';
import { JobordreFelter, type JobordreFeltVaerdier, jobordreFeltBody, medAntalFejl } from './jobordre-felter';
import { opretJobordreMutationOptions } from './jobordrer-queries';
import './jobordrer.css';

interface OpretValues extends JobordreFeltVaerdier {
  cvrNummer: string;
  pNummer: string;
  ansvarligtJobcenter: string;
}
type OpretOutput = z.output<typeof opretJobordreSchema>;

const FELTER = [
  'titel',
  'beskrivelse',
  'cvrNummer',
  'pNummer',
  'antalStillinger',
  'ansoegningsfrist',
  'ansvarligtJobcenter',
] as const;

const schemaResolver = zodResolver(opretJobordreSchema);

/** The contract's schema on what the fields hold (strings); empty optional fields are left out. */
const opretResolver: Resolver<OpretValues, unknown, OpretOutput> = async (values, context, options) => {
  const body = {
    ...jobordreFeltBody(values),
    cvrNummer: values.cvrNummer.trim(),
    pNummer: values.pNummer === '' ? null : values.pNummer,
    ansvarligtJobcenter: values.ansvarligtJobcenter,
  };
  // biome-ignore lint/suspicious/noExplicitAny: the schema's resolver is typed for its own input; the body is that input.
  const result = await schemaResolver(body, context, options as any);
  const errors = medAntalFejl({ ...result.errors } as Record<string, { type: string }>, body.antalStillinger);
  if (values.cvrNummer.trim() === '') errors.cvrNummer = { type: 'required', message: 'Skriv CVR-nummeret' };
  if (Object.keys(errors).length > 0) return { values: {}, errors: errors as never };
  return { values: result.values as OpretOutput, errors: {} };
};

export function OpretJobordrePage() {
  const navigate = useNavigate();
  const { bruger } = useSession();
  const [searchParams] = useSearchParams();
  const fraCvr = searchParams.get('cvr') ?? '';
  const fraVirksomhed = isValidCvr(fraCvr);
  const opret = useMutation(opretJobordreMutationOptions());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    setValue,
    getValues,
    watch,
    formState: { errors },
  } = useForm<OpretValues, unknown, OpretOutput>({
    resolver: opretResolver,
    defaultValues: {
      titel: '',
      beskrivelse: '',
      cvrNummer: fraVirksomhed ? fraCvr : '',
      pNummer: '',
      antalStillinger: '1',
      ansoegningsfrist: '',
      ansvarligtJobcenter: bruger.jobcenter.nummer,
    },
  });

  // From a company's page the company is known: the title comes next. Otherwise the company comes first.
  useEffect(() => setFocus(fraVirksomhed ? 'titel' : 'cvrNummer'), [setFocus, fraVirksomhed]);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  const cvr = watch('cvrNummer').trim();
  const gyldigCvr = isValidCvr(cvr) ? cvr : null;
  const virksomhed = useQuery({ ...virksomhedQueryOptions(gyldigCvr ?? ''), enabled: gyldigCvr !== null });
  const pEnheder = gyldigCvr && virksomhed.data?.cvrNummer === gyldigCvr ? virksomhed.data.pEnheder : [];

  // A P-unit of another company must not be sent along after the CVR number changed.
  useEffect(() => {
    const valgt = getValues('pNummer');
    if (valgt && !pEnheder.some((enhed) => enhed.pNummer === valgt)) setValue('pNummer', '');
  }, [pEnheder, getValues, setValue]);

  const jobcentre = useQuery(jobcentreQueryOptions());
  // R19: only jobcentres of the user's own myndighed can be responsible; the others are not offered.
  const egne = (jobcentre.data?.items ?? []).filter((jobcenter) =>
    kanAendreJobordre(bruger.jobcenter.nummer, jobcenter.nummer),
  );
  const jobcenterValg = egne.length > 0 ? egne : [bruger.jobcenter];

  const onSubmit = async (body: OpretOutput) => {
    if (opret.isPending) return;
    setProblem(null);
    try {
      const jobordre = await opret.mutateAsync(body as OpretJobordre);
      const state: BeskedState = { besked: `Jobordren »${jobordre.titel}« er oprettet` };
      await navigate(jobordrePath(jobordre.id), { state });
    } catch (error) {
      const svar = toApiProblem(error);
      const unmatched = applyProblemToForm(svar, FELTER, setError, {
        setFocus,
        codeFields: { JOBORDRE_ANDEN_MYNDIGHED: 'ansvarligtJobcenter' },
      });
      if (unmatched.length > 0 || (svar.errors.length === 0 && svar.code !== 'JOBORDRE_ANDEN_MYNDIGHED'))
        setProblem(svar);
    }
  };

  const virksomhedHint = !gyldigCvr
    ? '8 cifre'
    : virksomhed.isPending
      ? 'Henter virksomheden …'
      : virksomhed.data
        ? virksomhed.data.navn
        : isApiProblem(virksomhed.error) && virksomhed.error.status === 404
          ? 'Der findes ingen virksomhed med CVR-nummeret'
          : 'Virksomheden kunne ikke hentes';

  return (
    <div className="row jobordre-form-side">
      <div className="col-12 col-xl-10">
        <PageTitle>Opret jobordre</PageTitle>
        {fraVirksomhed ? (
          <BackLink to={virksomhedPath(fraCvr)}>Tilbage til virksomheden</BackLink>
        ) : (
          <BackLink to={JOBORDRER_PATH}>Jobordrer</BackLink>
        )}
        <h1>Opret jobordre</h1>
        {problem && <ProblemAlert problem={problem} ref={problemRef} tabIndex={-1} className="mt-5" />}
        <form noValidate onSubmit={handleSubmit(onSubmit)} className="kompakt-form">
          <div className="form-raekke">
            <TextField
              id="cvrNummer"
              label="CVR-nummer"
              hint={virksomhedHint}
              inputMode="numeric"
              autoComplete="off"
              className="input-char-11"
              error={errors.cvrNummer?.message}
              {...register('cvrNummer')}
            />
            <SelectField
              id="pNummer"
              label="P-enhed (valgfri)"
              error={errors.pNummer?.message}
              disabled={pEnheder.length === 0}
              {...register('pNummer')}
            >
              <option value="">
                {pEnheder.length === 0 ? 'Skriv først CVR-nummeret' : 'Hele virksomheden'}
              </option>
              {pEnheder.map((enhed) => (
                <option key={enhed.pNummer} value={enhed.pNummer}>
                  {enhed.pNummer} · {enhed.adresse.vejOgNummer}, {enhed.adresse.by}
                </option>
              ))}
            </SelectField>
          </div>
          {virksomhed.data?.konfliktramt && virksomhed.data.cvrNummer === gyldigCvr && (
            <Alert variant="warning" heading="Virksomheden er konfliktramt" headingLevel={2} className="mt-4">
              <p className="alert-text">
                Jobordren kan oprettes, men jobcentret formidler ikke borgere til den, mens konflikten varer.
              </p>
            </Alert>
          )}
          <JobordreFelter register={register} errors={errors}>
            <SelectField
              id="ansvarligtJobcenter"
              label="Ansvarligt jobcenter"
              hint="Kun jobcentre i din egen kommune kan være ansvarlige"
              error={errors.ansvarligtJobcenter?.message}
              {...register('ansvarligtJobcenter')}
            >
              {jobcenterValg.map((jobcenter) => (
                <option key={jobcenter.nummer} value={jobcenter.nummer}>
                  {jobcenter.navn} ({jobcenter.nummer})
                </option>
              ))}
            </SelectField>
          </JobordreFelter>
          <div className="knap-raekke mt-5">
            <button
              type="submit"
              className="button button-primary"
              aria-disabled={opret.isPending || undefined}
            >
              Opret jobordre
            </button>
            <span className="handling-forklaring">Jobordren oprettes med status Åben.</span>
          </div>
        </form>
      </div>
    </div>
  );
}
