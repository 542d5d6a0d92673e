import { zodResolver } from '@hookform/resolvers/zod';
import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import {
  type Fravaer,
  type FravaerKonsekvens,
  opretFravaerSchema,
} from '@jobcenter/domain/fravaer/fravaer.contract';
import { fravaerKonsekvensTekst } from '@jobcenter/domain/fravaer/fravaer-konsekvens.tekst';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { fieldDescription } from '../../components/field-parts';
import { Icon } from '../../components/icon';
import { ProblemAlert } from '../../components/problem-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { type ApiProblem, toApiProblem } from '../../lib/api-client';
import { isIsoDate } from '../../lib/copenhagen-time';
import { placeProblem } from '../../lib/form-errors';
import { formatTidsrum } from '../../lib/format';
import { flytMoederPath } from '../../lib/paths';
import { indkaldelserQueryOptions } from '../../lib/queries';
import { KEEP_FOCUS_STATE } from '../../lib/use-focus-on-navigation';
import {
  type FravaerForhaandsvisning,
  type FravaersaarsagValg,
  type FravaerUdkast,
  forhaandsvisningQueryOptions,
  fravaersaarsagerQueryOptions,
} from './fravaer-queries';

export interface FravaerFormValues {
  fravaersaarsag: string;
  startdato: string;
  slutdato: string;
  kommentar: string;
}

/** The form's strings as the contract's body, checked by the contract's own schema. */
const fravaerFormSchema = z
  .object({
    fravaersaarsag: z.string().min(1, 'Vælg en årsag'),
    startdato: z.string().min(1, 'Skriv startdatoen'),
    slutdato: z.string(),
    kommentar: z.string(),
  })
  .transform(
    (values): z.input<typeof opretFravaerSchema> => ({
      fravaersaarsag: Number(values.fravaersaarsag),
      startdato: values.startdato,
      slutdato: values.slutdato === '' ? null : values.slutdato,
      kommentar: values.kommentar.trim() === '' ? null : values.kommentar.trim(),
    }),
  )
  .pipe(opretFravaerSchema);

export type FravaerData = z.output<typeof fravaerFormSchema>;

const FELTER = ['fravaersaarsag', 'startdato', 'slutdato', 'kommentar'] as const;

/** How long typing may pause before the preview is asked again. */
const FORHAANDSVISNING_VENT_MS = 300;

export function fravaerFormValues(fravaer: Fravaer): FravaerFormValues {
  return {
    fravaersaarsag: String(fravaer.fravaersaarsag.id),
    startdato: fravaer.startdato,
    slutdato: fravaer.slutdato ?? '',
    kommentar: fravaer.kommentar ?? '',
  };
}

interface FravaerFormProps {
  /** Prefix of the field ids: several forms can be open on one page. */
  idPrefix: string;
  borger: Borger;
  defaultValues: FravaerFormValues;
  /** The fravær being corrected: the preview counts it as replaced, and its own reason stays selectable. */
  fravaer?: Fravaer;
  submitTekst: string;
  /** Throws an ApiProblem to show it beside the fields. `konsekvenser` are the ones shown when saving. */
  onSubmit: (data: FravaerData, konsekvenser: readonly FravaerKonsekvens[]) => Promise<void>;
  onCancel: () => void;
  /** Shown above the fields (the 412 message with the current version). */
  besked?: ReactNode;
}

/**
 * The fields of a fravær, shared by "Registrér fravær" and "Ret": the reasons allowed for the citizen (never 78,
 * R10; never a reason the kontaktgruppe may not have), start (default today), optional end and comment, and
 * before "Gem" the consequences the API computes with the rules. A refused reason disables "Gem".
 */
export function FravaerForm({
  idPrefix,
  borger,
  defaultValues,
  fravaer,
  submitTekst,
  onSubmit,
  onCancel,
  besked,
}: FravaerFormProps) {
  const aarsager = useQuery(fravaersaarsagerQueryOptions(borger.kontaktgruppe));
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    setValue,
    getFieldState,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<FravaerFormValues, unknown, FravaerData>({
    resolver: zodResolver(fravaerFormSchema),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setFocus('fravaersaarsag');
  }, [setFocus]);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);
  // A select cannot hold a value before its option exists: the fravær's own reason is set again once the
  // reasons have arrived (unless the caseworker has chosen another meanwhile).
  const harAarsager = aarsager.isSuccess;
  useEffect(() => {
    if (harAarsager && defaultValues.fravaersaarsag && !getFieldState('fravaersaarsag').isDirty) {
      setValue('fravaersaarsag', defaultValues.fravaersaarsag);
    }
  }, [harAarsager, defaultValues.fravaersaarsag, getFieldState, setValue]);

  const values = watch();
  const udkast = tilUdkast(values, fravaer?.id);
  // A string, so an unchanged draft is the same value and the timer settles.
  const ventetUdkast = useDebouncedValue(udkast ? JSON.stringify(udkast) : null, FORHAANDSVISNING_VENT_MS);
  const forhaandsvisning = useQuery({
    ...forhaandsvisningQueryOptions(
      borger.id,
      ventetUdkast ? (JSON.parse(ventetUdkast) as FravaerUdkast) : tomt,
    ),
    enabled: ventetUdkast !== null,
  });
  const afvisning = udkast ? (forhaandsvisning.data?.afvisning ?? null) : null;
  // The API lets a fravær keep a reason that can no longer be chosen (only a changed reason is checked).
  const beholderEgenAarsag =
    fravaer !== undefined && Number(values.fravaersaarsag) === fravaer.fravaersaarsag.id;
  const spaerret = afvisning !== null && !beholderEgenAarsag;

  const valgbare = (aarsager.data?.items ?? []).filter((aarsag) => aarsag.kanOprettes && aarsag.tilladt);
  const egen =
    fravaer && !valgbare.some((aarsag) => aarsag.id === fravaer.fravaersaarsag.id)
      ? fravaer.fravaersaarsag
      : null;
  const valgt =
    aarsager.data?.items.find((aarsag) => String(aarsag.id) === values.fravaersaarsag) ??
    (egen && String(egen.id) === values.fravaersaarsag ? egen : undefined);

  const submit = async (data: FravaerData) => {
    if (spaerret) return;
    setProblem(null);
    try {
      await onSubmit(
        data,
        forhaandsvisning.data?.afvisning ? [] : (forhaandsvisning.data?.konsekvenser ?? []),
      );
    } catch (error) {
      setProblem(placeProblem(error, FELTER, setError, { setFocus }));
    }
  };

  const id = (felt: string) => `${idPrefix}-${felt}`;
  const aarsagFejl = errors.fravaersaarsag?.message;
  const aarsagBeskrivelse = fieldDescription(id('fravaersaarsag'), undefined, aarsagFejl);
  const beskrivelseId = id('fravaersaarsag-beskrivelse');
  const afvisningId = id('afvisning');

  return (
    <form noValidate onSubmit={handleSubmit(submit)} className="kompakt-form fravaer-form">
      {besked}
      {problem && <ProblemAlert problem={problem} ref={problemRef} tabIndex={-1} headingLevel={3} />}
      <div className="fravaer-form-felter">
        <div className="fravaer-form-aarsag">
          <SelectField
            id={id('fravaersaarsag')}
            label="Årsag"
            error={aarsagFejl}
            className="fravaer-aarsag-select"
            aria-describedby={[aarsagBeskrivelse.describedBy, beskrivelseId].filter(Boolean).join(' ')}
            {...register('fravaersaarsag')}
          >
            <option value="">
              {aarsager.isPending
                ? 'Henter årsager …'
                : aarsager.isError
                  ? 'Årsagerne kunne ikke hentes'
                  : 'Vælg årsag'}
            </option>
            {egen && (
              <option value={String(egen.id)}>
                {egen.navn} ({egen.id}) – kan ikke længere vælges
              </option>
            )}
            {valgbare.map((aarsag) => (
              <option key={aarsag.id} value={String(aarsag.id)}>
                {aarsag.navn} ({aarsag.id})
              </option>
            ))}
          </SelectField>
          <p id={beskrivelseId} className="form-hint fravaer-aarsag-beskrivelse">
            {valgt ? (
              beskrivAarsag(valgt)
            ) : aarsager.isError ? (
              <>
                De tilladte årsager kunne ikke hentes.{' '}
                <button type="button" className="function-link" onClick={() => void aarsager.refetch()}>
                  Prøv igen
                </button>
              </>
            ) : (
              'Skriv de første bogstaver af årsagen for at springe til den. Kun årsager, der er tilladt for borgerens kontaktgruppe, kan vælges.'
            )}
          </p>
        </div>
        <div className="form-raekke">
          <TextField
            id={id('startdato')}
            type="date"
            label="Startdato"
            error={errors.startdato?.message}
            className="input-width-s"
            {...register('startdato')}
          />
          <TextField
            id={id('slutdato')}
            type="date"
            label="Slutdato (valgfri)"
            hint="Tom: indtil videre"
            error={errors.slutdato?.message}
            className="input-width-s"
            {...register('slutdato')}
          />
        </div>
        <TextareaField
          id={id('kommentar')}
          label="Kommentar (valgfri)"
          hint="Skriv ikke diagnoser eller andre helbredsoplysninger"
          error={errors.kommentar?.message}
          className="input-width-xl"
          {...register('kommentar')}
        />
      </div>

      <Konsekvenser
        idPrefix={idPrefix}
        borgerId={borger.id}
        udkast={udkast}
        afvisningId={afvisningId}
        spaerret={spaerret}
        forhaandsvisning={forhaandsvisning}
      />

      <div className="knap-raekke mt-4">
        <button
          type="submit"
          className="button button-primary"
          disabled={spaerret}
          aria-describedby={spaerret ? afvisningId : undefined}
          aria-disabled={isSubmitting || undefined}
        >
          {submitTekst}
        </button>
        <button type="button" className="button button-tertiary" onClick={onCancel}>
          Annuller
        </button>
        {spaerret && (
          <span className="fravaer-spaerret-forklaring">Vælg en anden årsag for at kunne gemme.</span>
        )}
      </div>
    </form>
  );
}

const tomt: FravaerUdkast = { fravaersaarsag: 0, startdato: '' };

/** The draft the API can judge: a reason and a whole start date, and an end that is a date (or none). */
function tilUdkast(values: FravaerFormValues, fravaerId: string | undefined): FravaerUdkast | null {
  if (values.fravaersaarsag === '' || !isIsoDate(values.startdato)) return null;
  if (values.slutdato !== '' && (!isIsoDate(values.slutdato) || values.slutdato < values.startdato))
    return null;
  const udkast: FravaerUdkast = {
    fravaersaarsag: Number(values.fravaersaarsag),
    startdato: values.startdato,
    slutdato: values.slutdato === '' ? null : values.slutdato,
  };
  if (fravaerId) udkast.fravaerId = fravaerId;
  return udkast;
}

function useDebouncedValue<T>(value: T, ms: number): T {
  const [ventet, setVentet] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setVentet(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return ventet;
}

/** The chosen reason's description (when it says more than the name) and what it does, under the select. */
function beskrivAarsag(
  aarsag: Pick<FravaersaarsagValg, 'navn' | 'beskrivelse'> & Partial<FravaersaarsagValg>,
): string {
  const dele: string[] = [];
  if (aarsag.beskrivelse && aarsag.beskrivelse !== aarsag.navn) dele.push(aarsag.beskrivelse);
  if (aarsag.fritagerForSelvbooking === 'ja') dele.push('Fritager for selvbooking');
  if (aarsag.fritagerForSelvbooking === 'kun-i-aktiv-indsats')
    dele.push('Fritager kun for selvbooking, mens borgeren er i en aktiv indsats');
  if (aarsag.fritagerForSelvbooking === 'nej') dele.push('Fritager ikke for selvbooking');
  if (aarsag.mindreIntensivIndsats) dele.push('giver mindre intensiv indsats');
  if (aarsag.kanOprettes === false) dele.push('kan ikke længere oprettes');
  return dele.join(' · ');
}

/**
 * The consequences before "Gem", refreshed as the fields change (role="status": read out politely). The
 * meetings that should be moved link to the Møder tab and are listed by time.
 */
function Konsekvenser({
  idPrefix,
  borgerId,
  udkast,
  afvisningId,
  spaerret,
  forhaandsvisning,
}: {
  idPrefix: string;
  borgerId: string;
  udkast: FravaerUdkast | null;
  afvisningId: string;
  /** False when the refusal does not stop saving: a fravær keeps its own, no longer creatable, reason. */
  spaerret: boolean;
  forhaandsvisning: {
    data: FravaerForhaandsvisning | undefined;
    isError: boolean;
    error: unknown;
    isFetching: boolean;
    refetch: () => unknown;
  };
}) {
  const headingId = `${idPrefix}-konsekvenser-heading`;
  const data = udkast ? forhaandsvisning.data : undefined;
  return (
    <section className="fravaer-konsekvenser" aria-labelledby={headingId}>
      <h3 id={headingId} className="fravaer-konsekvenser-heading">
        Konsekvenser, hvis du gemmer
      </h3>
      <div role="status" aria-live="polite" className="fravaer-konsekvenser-indhold">
        {!udkast ? (
          <p className="m-0">Vælg årsag og startdato for at se, hvad registreringen betyder for borgeren.</p>
        ) : forhaandsvisning.isError && !data ? (
          <p className="m-0 fravaer-afvisning">
            Konsekvenserne kunne ikke beregnes: {toApiProblem(forhaandsvisning.error).title}.{' '}
          </p>
        ) : !data ? (
          <p className="m-0">Beregner konsekvenserne …</p>
        ) : data.afvisning && spaerret ? (
          <p id={afvisningId} className="m-0 fravaer-afvisning">
            <Icon name="error" label="Fejl" /> {data.afvisning}
          </p>
        ) : data.afvisning ? (
          <p className="m-0">
            {data.afvisning}. Fraværet beholder sin årsag og kan stadig rettes; vælg en anden årsag, hvis den
            skal skiftes.
          </p>
        ) : (
          <ul className="fravaer-konsekvens-liste">
            {data.konsekvenser.map((konsekvens) => (
              <li key={konsekvens.kind}>
                <KonsekvensTekst konsekvens={konsekvens} borgerId={borgerId} />
              </li>
            ))}
          </ul>
        )}
      </div>
      {udkast && forhaandsvisning.isError && !data && (
        <button type="button" className="function-link" onClick={() => void forhaandsvisning.refetch()}>
          Prøv igen
        </button>
      )}
    </section>
  );
}

/** One consequence in the domain's Danish; the meetings that should be moved link to the Møder tab. */
export function KonsekvensTekst({
  konsekvens,
  borgerId,
}: {
  konsekvens: FravaerKonsekvens;
  borgerId: string;
}) {
  const indkaldelser = useQuery(indkaldelserQueryOptions(borgerId));
  const tekst = fravaerKonsekvensTekst(konsekvens);
  if (konsekvens.kind !== 'moeder-boer-flyttes') return <>{tekst}</>;
  const ids = new Set(konsekvens.moeder.map((moede) => moede.id));
  const moeder = (indkaldelser.data?.items ?? [])
    .filter((moede) => ids.has(moede.id))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return (
    <>
      {/* The Møder tab focuses "Flyt mødet" on the meeting itself, instead of the page's main content. */}
      <Link
        to={flytMoederPath(
          borgerId,
          konsekvens.moeder.map((moede) => moede.id),
        )}
        state={KEEP_FOCUS_STATE}
      >
        {tekst}
      </Link>
      {moeder.length > 0 && (
        <ul className="fravaer-moeder">
          {moeder.map((moede) => (
            <li key={moede.id}>
              <Link to={flytMoederPath(borgerId, [moede.id])} state={KEEP_FOCUS_STATE}>
                <span className="sr-only">Flyt mødet </span>
                {formatTidsrum(moede.start, moede.slut)} · {moede.samtaletype.navn}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
