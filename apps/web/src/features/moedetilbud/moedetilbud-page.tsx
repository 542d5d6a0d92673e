import {
  type Moedetilbud,
  type OpretMoedetilbud,
  opretMoedetilbudSchema,
} from '@jobcenter/domain/moede/indkaldelse.contract';
import { findMoedeform, valgbareMoedeformIds } from '@jobcenter/domain/moede/moede.codelists';
import {
  findMoedetilbudRegelbrud,
  isGyldigtMoedelink,
  kraeverMoedelink,
} from '@jobcenter/domain/moede/moede.rules';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { EmptyState } from '../../components/empty-state';
import { FieldError, fieldDescription } from '../../components/field-parts';
import { Icon } from '../../components/icon';
import { LinkStatus } from '../../components/link-status';
import { MoedeformVisning, moedeformIkon } from '../../components/moedeform';
import { PageTitle } from '../../components/page-title';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryState } from '../../components/query-state';
import { TableScroll } from '../../components/table-scroll';
import { TextField } from '../../components/text-field';
import { type ApiProblem, toApiProblem } from '../../lib/api-client';
import {
  addMinutesToTime,
  isIsoDate,
  KLOKKESLAET_FORMAT,
  parseKlokkeslaet,
  toCopenhagenInstant,
  visKlokkeslaet,
} from '../../lib/copenhagen-time';
import { applyProblemToForm } from '../../lib/form-errors';
import { formatTidsrum } from '../../lib/format';
import { moedetilbudQueryOptions } from '../../lib/queries';
import { opretMoedetilbudMutationOptions } from './moedetilbud-queries';

export function MoedetilbudPage() {
  return (
    <>
      <PageTitle>Mødetilbud</PageTitle>
      <h1>Mødetilbud</h1>
      <p className="font-lead mt-0">
        Ledige tider, som borgerne kan booke selv, og som du kan vælge med ét klik, når du indkalder.
      </p>
      <div className="row">
        <div className="col-12 col-lg-8">
          <TilbudListe />
        </div>
        <div className="col-12 col-lg-4">
          <OffentliggoerTilbud />
        </div>
      </div>
    </>
  );
}

function TilbudListe() {
  const query = useQuery(moedetilbudQueryOptions());
  const items = [...(query.data?.items ?? [])].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return (
    <section aria-labelledby="tilbud-heading">
      <h2 id="tilbud-heading" className="mt-0">
        Kommende mødetilbud
      </h2>
      <QueryState
        query={query}
        loading="Indlæser mødetilbud"
        lines={5}
        headingLevel={3}
        isEmpty={() => items.length === 0}
        empty={
          <EmptyState>Jobcentret har ingen kommende mødetilbud. Offentliggør et med formularen.</EmptyState>
        }
      >
        {() => (
          <>
            <p className="small-text tilbud-forklaring" aria-hidden="true">
              {valgbareMoedeformIds.map((formId) => (
                <MoedeformVisning key={formId} id={formId} />
              ))}
            </p>
            <TableScroll label="Tabel over kommende mødetilbud">
              <table className="table table--compact">
                <caption className="sr-only">Kommende mødetilbud</caption>
                <thead>
                  <tr>
                    <th scope="col">Tid</th>
                    <th scope="col">Mødeformer</th>
                    <th scope="col">Sted eller link</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((tilbud) => (
                    <TilbudRaekke key={tilbud.id} tilbud={tilbud} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
      </QueryState>
    </section>
  );
}

function TilbudRaekke({ tilbud }: { tilbud: Moedetilbud }) {
  const sted = [tilbud.adresse, tilbud.lokationsuddybning].filter(Boolean).join(', ');
  return (
    <tr>
      <td className="text-nowrap">{formatTidsrum(tilbud.start, tilbud.slut)}</td>
      <td className="text-nowrap">
        {/* Icons only, named for screen readers and on hover; the legend above the table explains them. */}
        <span className="tilbud-former" title={tilbud.moedeformer.map((form) => form.navn).join(', ')}>
          {tilbud.moedeformer.map((form) => (
            <Icon key={form.id} name={moedeformIkon(form.id)} label={form.navn} className="moedeform-ikon" />
          ))}
        </span>
      </td>
      <td>
        {sted}
        {sted && tilbud.digitaltMoedelink && ' · '}
        {tilbud.digitaltMoedelink && (
          <a href={tilbud.digitaltMoedelink} target="_blank" rel="noreferrer noopener" className="moede-link">
            Mødelink <span className="sr-only">(åbner i nyt vindue)</span>
          </a>
        )}
        {!sted && !tilbud.digitaltMoedelink && '–'}
      </td>
      <td>
        {tilbud.booket ? <Badge variant="warning">Booket</Badge> : <Badge variant="success">Ledig</Badge>}
      </td>
    </tr>
  );
}

interface TilbudValues {
  dato: string;
  starttid: string;
  sluttid: string;
  moedeformer: string[];
  adresse: string;
  lokationsuddybning: string;
  digitaltMoedelink: string;
}

const FELTER = [
  'dato',
  'starttid',
  'sluttid',
  'moedeformer',
  'adresse',
  'lokationsuddybning',
  'digitaltMoedelink',
] as const;

const tekst = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The contract's schema, and R2 for an offer that includes a digital meeting. */
const tilbudResolver: Resolver<TilbudValues, unknown, OpretMoedetilbud> = async (values) => {
  const errors: FieldErrors<TilbudValues> = {};
  const add = (field: keyof TilbudValues, message: string) => {
    if (!errors[field]) errors[field] = { type: 'validate', message };
  };
  const datoOk = isIsoDate(values.dato);
  if (!datoOk) add('dato', values.dato === '' ? 'Skriv datoen' : 'Skriv datoen som dd.mm.åååå');
  const start = datoOk ? toCopenhagenInstant(values.dato, values.starttid) : null;
  const slut = datoOk ? toCopenhagenInstant(values.dato, values.sluttid) : null;
  if (values.starttid === '') add('starttid', 'Skriv, hvornår tiden starter');
  else if (!parseKlokkeslaet(values.starttid)) add('starttid', KLOKKESLAET_FORMAT);
  else if (datoOk && !start) add('starttid', 'Klokkeslættet findes ikke den dag (overgang til sommertid)');
  if (values.sluttid === '') add('sluttid', 'Skriv, hvornår tiden slutter');
  else if (!parseKlokkeslaet(values.sluttid)) add('sluttid', KLOKKESLAET_FORMAT);
  else if (datoOk && !slut) add('sluttid', 'Klokkeslættet findes ikke den dag (overgang til sommertid)');

  const moedeformer = values.moedeformer.map(Number);
  const body: OpretMoedetilbud = { start: start ?? '', slut: slut ?? '', moedeformer };
  const adresse = tekst(values.adresse);
  const lokationsuddybning = tekst(values.lokationsuddybning);
  const link = tekst(values.digitaltMoedelink);
  if (adresse) body.adresse = adresse;
  if (lokationsuddybning) body.lokationsuddybning = lokationsuddybning;
  if (link && moedeformer.some(kraeverMoedelink)) body.digitaltMoedelink = link;

  const parsed = opretMoedetilbudSchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0] ?? '');
      const field = path === 'start' ? 'starttid' : path === 'slut' ? 'sluttid' : path;
      // start/slut are already explained in words about the fields when they are missing.
      if ((FELTER as readonly string[]).includes(field) && !(start === null && field === 'starttid'))
        add(field as keyof TilbudValues, issue.message);
    }
  }
  // Bookable in each of its forms (issue 18): in person needs the address, digital an https link.
  const brud = findMoedetilbudRegelbrud({ moedeformer, adresse, digitaltMoedelink: link });
  if (brud?.path === 'adresse') add('adresse', brud.message);
  if (moedeformer.some(kraeverMoedelink) && !isGyldigtMoedelink(link)) {
    add('digitaltMoedelink', 'Et digitalt møde kræver et link, der begynder med https://');
  }
  return Object.keys(errors).length > 0 ? { values: {}, errors } : { values: body, errors: {} };
};

function OffentliggoerTilbud() {
  const opret = useMutation(opretMoedetilbudMutationOptions());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [gemt, setGemt] = useState<Moedetilbud | null>(null);
  const gemtRef = useRef<HTMLDivElement>(null);
  const slutRoert = useRef(false);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    setValue,
    getValues,
    reset,
    watch,
    formState: { errors, isSubmitted },
  } = useForm<TilbudValues, unknown, OpretMoedetilbud>({
    resolver: tilbudResolver,
    defaultValues: {
      dato: '',
      starttid: '',
      sluttid: '',
      moedeformer: [],
      adresse: '',
      lokationsuddybning: '',
      digitaltMoedelink: '',
    },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const former = watch('moedeformer').map(Number);
  const formerBeskrivelse = fieldDescription('tilbud-moedeformer', undefined, errors.moedeformer?.message);

  useEffect(() => {
    if (gemt) gemtRef.current?.focus();
  }, [gemt]);

  const onSubmit = async (body: OpretMoedetilbud) => {
    if (opret.isPending) return;
    setProblem(null);
    setGemt(null);
    try {
      const tilbud = await opret.mutateAsync(body);
      // The next offer is often the same day, place and forms at another time.
      reset({ ...getValues(), starttid: '', sluttid: '' });
      slutRoert.current = false;
      setGemt(tilbud);
    } catch (error) {
      const svar = toApiProblem(error);
      const unmatched = applyProblemToForm(svar, FELTER, setError, {
        setFocus,
        aliases: { start: 'starttid', slut: 'sluttid' },
        codeFields: { DIGITALT_MOEDELINK_MANGLER: 'digitaltMoedelink' },
      });
      if (unmatched.length > 0 || (svar.errors.length === 0 && svar.code !== 'DIGITALT_MOEDELINK_MANGLER'))
        setProblem(svar);
    }
  };

  return (
    <section className="panel" aria-labelledby="offentliggoer-heading">
      <h2 id="offentliggoer-heading" className="mt-0">
        Offentliggør mødetilbud
      </h2>
      {gemt && (
        <Alert
          ref={gemtRef}
          tabIndex={-1}
          role="status"
          variant="success"
          headingLevel={3}
          heading="Mødetilbuddet er offentliggjort"
        >
          <p className="alert-text">{formatTidsrum(gemt.start, gemt.slut)}</p>
        </Alert>
      )}
      {problem && <ProblemAlert problem={problem} headingLevel={3} />}
      <form noValidate onSubmit={handleSubmit(onSubmit)} className="kompakt-form">
        <div className="form-raekke">
          <TextField
            id="tilbud-dato"
            type="date"
            label="Dato"
            error={errors.dato?.message}
            className="input-width-s"
            {...register('dato')}
          />
          <TextField
            id="tilbud-starttid"
            inputMode="numeric"
            autoComplete="off"
            label="Starter kl."
            error={errors.starttid?.message}
            className="input-width-xs"
            {...register('starttid', {
              onChange: () => {
                if (slutRoert.current) return;
                const slut = addMinutesToTime(getValues('starttid'), 30);
                if (slut) setValue('sluttid', slut, { shouldValidate: isSubmitted });
              },
              onBlur: () => setValue('starttid', visKlokkeslaet(getValues('starttid'))),
            })}
          />
          <TextField
            id="tilbud-sluttid"
            inputMode="numeric"
            autoComplete="off"
            label="Slutter kl."
            error={errors.sluttid?.message}
            className="input-width-xs"
            {...register('sluttid', {
              onChange: () => {
                slutRoert.current = true;
              },
              onBlur: () => setValue('sluttid', visKlokkeslaet(getValues('sluttid'))),
            })}
          />
        </div>
        <div className={errors.moedeformer ? 'form-group form-error' : 'form-group'}>
          <fieldset aria-describedby={formerBeskrivelse.describedBy}>
            <legend className="form-label">Mødeformer, borgeren kan vælge imellem</legend>
            {errors.moedeformer?.message && (
              <FieldError id={formerBeskrivelse.errorId}>{errors.moedeformer.message}</FieldError>
            )}
            <div className="valg-fliser valg-fliser--tre">
              {valgbareMoedeformIds.map((formId) => (
                <div className="form-group-checkbox valg-flise" key={formId}>
                  <input
                    type="checkbox"
                    className="form-checkbox"
                    id={`tilbud-moedeform-${formId}`}
                    value={String(formId)}
                    {...register('moedeformer')}
                  />
                  <label className="form-label" htmlFor={`tilbud-moedeform-${formId}`}>
                    <Icon name={moedeformIkon(formId)} className="valg-flise-ikon" />
                    <span>{findMoedeform(formId)?.navn}</span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        {former.includes(1) && (
          <div className="form-raekke">
            <TextField
              id="tilbud-adresse"
              label="Adresse"
              error={errors.adresse?.message}
              autoComplete="off"
              {...register('adresse')}
            />
            <TextField
              id="tilbud-lokationsuddybning"
              label="Lokale, etage (valgfri)"
              error={errors.lokationsuddybning?.message}
              autoComplete="off"
              {...register('lokationsuddybning')}
            />
          </div>
        )}
        {former.some(kraeverMoedelink) && (
          <TextField
            id="tilbud-digitaltMoedelink"
            type="url"
            inputMode="url"
            label="Link til det digitale møde"
            hint="Skal begynde med https://"
            error={errors.digitaltMoedelink?.message}
            autoComplete="off"
            spellCheck={false}
            {...register('digitaltMoedelink')}
          />
        )}
        {former.some(kraeverMoedelink) && (
          <LinkStatus link={watch('digitaltMoedelink')} harFejl={errors.digitaltMoedelink !== undefined} />
        )}
        <div className="knap-raekke mt-5">
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={opret.isPending || undefined}
          >
            Offentliggør
          </button>
        </div>
      </form>
    </section>
  );
}
