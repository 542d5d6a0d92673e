import type { Cv } from '@jobcenter/domain/cv/cv.contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  type Control,
  type FieldErrors,
  type Path,
  type UseFormRegister,
  useFieldArray,
  useForm,
} from 'react-hook-form';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { FieldError, fieldDescription } from '../../components/field-parts';
import { FormKnapper } from '../../components/form-knapper';
import { Icon } from '../../components/icon';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryState } from '../../components/query-state';
import { TextField } from '../../components/text-field';
import { type ApiProblem, toApiProblem } from '../../lib/api-client';
import { placeProblem } from '../../lib/form-errors';
import {
  type CvFormValues,
  cvResolver,
  formFelter,
  type GemCvOutput,
  TOM_PERIODE,
  tilFormSti,
  tilFormValues,
} from './cv-form-model';
import { cvQueryOptions, gemCvMutationOptions } from './cv-queries';
import { CvVisning } from './cv-visning';
import './cv.css';

/** The CV tab of the person page: the citizen's CV, and the form that creates or changes it. */
export function CvFane() {
  const { id } = useParams();
  if (!id) return null;
  return <CvIndhold key={id} borgerId={id} />;
}

function CvIndhold({ borgerId }: { borgerId: string }) {
  const query = useQuery(cvQueryOptions(borgerId));
  const [redigerer, setRedigerer] = useState(false);
  const [besked, setBesked] = useState<string | null>(null);
  const knap = useRef<HTMLButtonElement>(null);
  const fokusTilKnap = useRef(false);
  const cv = query.data;

  const luk = (tekst?: string) => {
    setRedigerer(false);
    if (tekst) setBesked(tekst);
    fokusTilKnap.current = true;
  };

  // After the form closes, focus goes back to the button that opened it, once that button is rendered again.
  useEffect(() => {
    if (!redigerer && fokusTilKnap.current && knap.current) {
      fokusTilKnap.current = false;
      knap.current.focus();
    }
  });

  return (
    <>
      <div className="fane-top">
        <h2 className="mt-0">CV</h2>
        {query.isSuccess && !redigerer && (
          <button
            ref={knap}
            type="button"
            className={cv ? 'button button-secondary' : 'button button-primary'}
            onClick={() => {
              setBesked(null);
              setRedigerer(true);
            }}
          >
            <Icon name={cv ? 'edit' : 'plus'} />
            {cv ? 'Ret CV' : 'Opret CV'}
          </button>
        )}
      </div>
      <p className="moede-besked cv-besked" role="status">
        {besked && (
          <>
            <Icon name="check" /> {besked}
          </>
        )}
      </p>
      <QueryState
        query={query}
        loading="Indlæser CV"
        lines={4}
        headingLevel={3}
        isEmpty={(cv) => cv === null && !redigerer}
        empty={
          <EmptyState>
            Borgeren har ikke noget CV endnu. Brug »Opret CV« for at skrive det, så borgeren kan findes i
            CV-søgning og foreslås til jobordrer.
          </EmptyState>
        }
      >
        {(cv) =>
          redigerer ? (
            <CvForm borgerId={borgerId} cv={cv} onLuk={luk} />
          ) : (
            cv && <CvVisning cv={cv} headingLevel={3} />
          )
        }
      </QueryState>
    </>
  );
}

// ---------- The form ----------

function CvForm({
  borgerId,
  cv,
  onLuk,
}: {
  borgerId: string;
  cv: Cv | null;
  onLuk: (besked?: string) => void;
}) {
  const _queryClient = useQueryClient();
  const gem = useMutation(gemCvMutationOptions(borgerId));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setFocus,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<CvFormValues, unknown, GemCvOutput>({
    resolver: cvResolver,
    defaultValues: tilFormValues(cv),
    // Errors at "Gem", then re-checked as they are corrected: an error that appeared on blur would move
    // the control the user is about to click.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  useEffect(() => setFocus('overskrift'), [setFocus]);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  const submit = async (body: GemCvOutput) => {
    if (gem.isPending) return;
    setProblem(null);
    try {
      await gem.mutateAsync(body);
    } catch (error) {
      const svar = toApiProblem(error);
      const aliases = Object.fromEntries(
        svar.errors.map((e) => [e.path.replace(/^body\./, ''), tilFormSti(e.path)]),
      );
      setProblem(
        placeProblem(svar, formFelter(getValues()) as Path<CvFormValues>[], setError, {
          aliases: aliases as Record<string, Path<CvFormValues>>,
          setFocus,
        }),
      );
      return;
    }
    onLuk(cv ? 'CV’et er gemt' : 'CV’et er oprettet');
  };

  return (
    <form
      className="cv-form kompakt-form"
      noValidate
      onSubmit={handleSubmit(submit)}
      aria-labelledby="cv-form-heading"
    >
      <h3 id="cv-form-heading" className="cv-sektion-heading">
        {cv ? 'Ret CV' : 'Opret CV'}
      </h3>
      {problem && (
        <ProblemAlert
          problem={problem}
          ref={problemRef}
          tabIndex={-1}
          headingLevel={3}
          className="mb-4"
          medFeltfejl
        />
      )}
      <TextField
        id="cv-overskrift"
        label="Overskrift"
        hint="Fx »Erfaren tømrer med svendebrev«"
        autoComplete="off"
        maxLength={200}
        className="input-width-xl"
        error={errors.overskrift?.message}
        {...register('overskrift')}
      />
      <div className="cv-form-lister">
        <OrdFelter
          control={control}
          register={register}
          errors={errors}
          navn="jobOensker"
          legend="Jobønsker"
          enkelt="jobønske"
        />
        <OrdFelter
          control={control}
          register={register}
          errors={errors}
          navn="kompetencer"
          legend="Kompetencer"
          enkelt="kompetence"
        />
      </div>
      <PeriodeFelter
        control={control}
        register={register}
        errors={errors}
        navn="erfaring"
        legend="Erfaring"
      />
      <PeriodeFelter
        control={control}
        register={register}
        errors={errors}
        navn="uddannelse"
        legend="Uddannelse"
      />
      <TextField
        id="cv-postnummer"
        label="Postnummer"
        hint="Hvor borgeren bor; bruges til at søge job i nærheden"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        className="input-width-xs"
        error={errors.postnummer?.message}
        {...register('postnummer')}
      />
      <div className="form-group">
        <div className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox"
            id="cv-soegbart"
            aria-describedby="cv-soegbart-hint"
            {...register('soegbart')}
          />
          <label className="form-label" htmlFor="cv-soegbart">
            Søgbart
          </label>
          <span className="form-hint" id="cv-soegbart-hint">
            Kun søgbare CV’er kan findes i CV-søgning
          </span>
        </div>
      </div>
      <FormKnapper
        submitTekst={cv ? 'Gem CV' : 'Opret CV'}
        sender={isSubmitting}
        onAnnuller={onLuk}
        className="mt-5"
      />
    </form>
  );
}

interface ListeProps {
  control: Control<CvFormValues, unknown, GemCvOutput>;
  register: UseFormRegister<CvFormValues>;
  errors: FieldErrors<CvFormValues>;
}

/** An editable list of words (job wishes, competences): one field per word, add and remove. */
function OrdFelter({
  control,
  register,
  errors,
  navn,
  legend,
  enkelt,
}: ListeProps & { navn: 'jobOensker' | 'kompetencer'; legend: string; enkelt: string }) {
  const { fields, append, remove } = useFieldArray({ control, name: navn });
  const tilfoej = useRef<HTMLButtonElement>(null);
  const listeFejl = errors[navn]?.message ?? errors[navn]?.root?.message;
  const Enkelt = enkelt.charAt(0).toUpperCase() + enkelt.slice(1);

  return (
    <fieldset className="cv-liste-felt" aria-describedby={listeFejl ? `cv-${navn}-error` : undefined}>
      <legend className="form-label">{legend}</legend>
      {listeFejl && <FieldError id={`cv-${navn}-error`}>{listeFejl}</FieldError>}
      {fields.length === 0 && <p className="small-text cv-liste-tom">Ingen endnu.</p>}
      <ul className="cv-ord-felter nobullet-list no-max-width">
        {fields.map((field, index) => {
          const id = `cv-${navn}-${index}`;
          const fejl = errors[navn]?.[index]?.tekst?.message;
          const { errorId, describedBy } = fieldDescription(id, undefined, fejl);
          return (
            <li key={field.id} className={fejl ? 'form-group form-error' : 'form-group'}>
              <label className="sr-only" htmlFor={id}>
                {Enkelt} {index + 1}
              </label>
              {fejl && <FieldError id={errorId}>{fejl}</FieldError>}
              <div className="cv-felt-raekke">
                <input
                  id={id}
                  type="text"
                  className="form-input"
                  autoComplete="off"
                  maxLength={100}
                  aria-invalid={fejl ? true : undefined}
                  aria-describedby={describedBy}
                  {...register(`${navn}.${index}.tekst`)}
                />
                <button
                  type="button"
                  className="function-link"
                  onClick={() => {
                    remove(index);
                    tilfoej.current?.focus();
                  }}
                >
                  <Icon name="close" />
                  Fjern{' '}
                  <span className="sr-only">
                    {enkelt} {index + 1}
                  </span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <button
        ref={tilfoej}
        type="button"
        className="function-link cv-tilfoej"
        onClick={() => append({ tekst: '' })}
      >
        <Icon name="plus" />
        Tilføj {enkelt}
      </button>
    </fieldset>
  );
}

/** Experience or education: one row per period (titel, sted, fra, til), add and remove. */
function PeriodeFelter({
  control,
  register,
  errors,
  navn,
  legend,
}: ListeProps & { navn: 'erfaring' | 'uddannelse'; legend: string }) {
  const { fields, append, remove } = useFieldArray({ control, name: navn });
  const tilfoej = useRef<HTMLButtonElement>(null);
  const listeFejl = errors[navn]?.message ?? errors[navn]?.root?.message;
  const enkelt = legend.toLowerCase();

  return (
    <fieldset
      className="cv-liste-felt cv-periode-felt"
      aria-describedby={listeFejl ? `cv-${navn}-error` : undefined}
    >
      <legend className="form-label">{legend}</legend>
      {listeFejl && <FieldError id={`cv-${navn}-error`}>{listeFejl}</FieldError>}
      {fields.length === 0 && <p className="small-text cv-liste-tom">Ingen endnu.</p>}
      {fields.map((field, index) => {
        const fejl = errors[navn]?.[index];
        const id = (felt: string) => `cv-${navn}-${index}-${felt}`;
        return (
          <fieldset key={field.id} className="cv-periode">
            <legend className="sr-only">
              {legend} {index + 1}
            </legend>
            <TextField
              id={id('titel')}
              label="Titel"
              autoComplete="off"
              maxLength={200}
              error={fejl?.titel?.message}
              {...register(`${navn}.${index}.titel`)}
            />
            <TextField
              id={id('sted')}
              label={navn === 'erfaring' ? 'Arbejdssted' : 'Uddannelsessted'}
              autoComplete="off"
              maxLength={200}
              error={fejl?.sted?.message}
              {...register(`${navn}.${index}.sted`)}
            />
            <TextField
              id={id('fra')}
              type="date"
              label="Fra (valgfri)"
              className="cv-dato"
              error={fejl?.fra?.message}
              {...register(`${navn}.${index}.fra`)}
            />
            <TextField
              id={id('til')}
              type="date"
              label="Til (valgfri)"
              className="cv-dato"
              error={fejl?.til?.message}
              {...register(`${navn}.${index}.til`)}
            />
            <button
              type="button"
              className="function-link cv-periode-fjern"
              onClick={() => {
                remove(index);
                tilfoej.current?.focus();
              }}
            >
              <Icon name="close" />
              Fjern{' '}
              <span className="sr-only">
                {enkelt} {index + 1}
              </span>
            </button>
          </fieldset>
        );
      })}
      <button
        ref={tilfoej}
        type="button"
        className="function-link cv-tilfoej"
        onClick={() => append({ ...TOM_PERIODE }, { focusName: `${navn}.${fields.length}.titel` })}
      >
        <Icon name="plus" />
        Tilføj {enkelt}
      </button>
    </fieldset>
  );
}
