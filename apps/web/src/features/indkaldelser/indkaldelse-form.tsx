import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import type { Indkaldelse, Moedetilbud } from '@jobcenter/domain/moede/indkaldelse.contract';
import { samtaletyper } from '@jobcenter/domain/moede/moede.codelists';
import { kraeverMoedelink, valgAfMoedeformAfvisningTekst } from '@jobcenter/domain/moede/moede.rules';
import { type MoedeAdvarsel, moedeAdvarsler } from '@jobcenter/domain/moede/moede-advarsler';
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, type ReactNode, type Ref, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../components/alert';
import { FieldError, FieldHint, fieldDescription } from '../../components/field-parts';
import { FormKnapper } from '../../components/form-knapper';
import { Icon } from '../../components/icon';
import { LinkStatus } from '../../components/link-status';
import { moedeformIkon } from '../../components/moedeform';
import { ProblemAlert } from '../../components/problem-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { type ApiProblem, toApiProblem } from '../../lib/api-client';
import {
  addMinutesToTime,
  copenhagenDateOf,
  copenhagenTimeOf,
  isIsoDate,
  visKlokkeslaet,
} from '../../lib/copenhagen-time';
import { applyProblemToForm } from '../../lib/form-errors';
import { formatDato, formatKalenderdato, formatTid, formatTidsrum } from '../../lib/format';
import { indkaldelserQueryOptions } from '../../lib/queries';
import {
  aktiveMoedeformer,
  harRetTilValgVedMoede,
  INDKALDELSE_ALIASER,
  INDKALDELSE_FELTER,
  INDKALDELSE_KODEFELTER,
  type IndkaldelseData,
  type IndkaldelseFormValues,
  indkaldelseResolver,
  STANDARD_VARIGHED_MINUTTER,
} from './indkaldelse-form-model';

export interface LedigeTider {
  items: readonly Moedetilbud[] | undefined;
  isLoading: boolean;
  isError: boolean;
}

interface IndkaldelseFormProps {
  /** Prefix of the field ids: several forms can be open on one page. */
  idPrefix: string;
  borger: Borger;
  defaultValues: IndkaldelseFormValues;
  /** Free slots from the jobcentre's offers: one click fills date and times. */
  ledigeTider?: LedigeTider;
  submitTekst: string;
  /** Throws an ApiProblem to show it beside the fields; handles what it can itself (412) and returns. */
  onSubmit: (data: IndkaldelseData) => Promise<void>;
  onCancel: () => void;
  /** Shown above the fields (the 412 message with the current version). */
  besked?: ReactNode;
  /** The field that gets focus when the form opens. */
  autoFocus?: 'dato' | 'samtaletype';
  /** The meeting being changed: it is not "another meeting at the same time", and its unchanged time is not asked about. */
  aendrer?: { id: string; start: string };
}

/**
 * The fields of a meeting, shared by "Indkald til samtale" and "Ret": a Copenhagen date and times, the active
 * mødeformer as large radio buttons, the place or the link for the chosen form, and R4's reason.
 */
export function IndkaldelseForm({
  idPrefix,
  borger,
  defaultValues,
  ledigeTider,
  submitTekst,
  onSubmit,
  onCancel,
  besked,
  autoFocus,
  aendrer,
}: IndkaldelseFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    setValue,
    watch,
    getValues,
    formState: { errors, isSubmitting, isSubmitted },
  } = useForm<IndkaldelseFormValues, unknown, IndkaldelseData>({
    resolver: indkaldelseResolver,
    defaultValues,
    // Missing fields are said at "Gem", not while the caseworker is still moving through the form; a link is
    // checked as soon as it has been typed (below), and every error is re-checked as it is corrected.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  // The end follows the start (keeping the meeting's length) until the caseworker sets the end themself.
  const varighed = useRef(varighedMinutter(defaultValues) ?? STANDARD_VARIGHED_MINUTTER);
  const slutRoert = useRef(false);
  const [valgtTilbud, setValgtTilbud] = useState<string | null>(null);
  // The citizen's meetings, every myndighed's: the Møder tab has them already.
  const borgerensMoeder = useQuery(indkaldelserQueryOptions(borger.id));
  const [advarsel, setAdvarsel] = useState<{ noegle: string; advarsler: MoedeAdvarsel[] } | null>(null);
  const bekraeftet = useRef<string | null>(null);
  const advarselRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (autoFocus) setFocus(autoFocus);
  }, [autoFocus, setFocus]);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);
  useEffect(() => {
    if (advarsel) advarselRef.current?.focus();
  }, [advarsel]);

  const moedeform = Number(watch('moedeform'));
  const personligt = watch('personligtFremmoedePaakraevet');
  const dato = watch('dato');
  const samtaletype = Number(watch('samtaletype'));
  const link = watch('digitaltMoedelink');
  const ret = harRetTilValgVedMoede(borger, dato || null, samtaletype);
  const validering = { shouldValidate: isSubmitted, shouldDirty: true };

  // Registered in reading order: RHF focuses the first field with an error in the order fields registered.
  const samtaletypeFelt = register('samtaletype');
  const datoFelt = register('dato', { onChange: () => setValgtTilbud(null) });
  const starttid = register('starttid', {
    onChange: () => {
      setValgtTilbud(null);
      if (slutRoert.current) return;
      const slut = addMinutesToTime(getValues('starttid'), varighed.current);
      if (slut) setValue('sluttid', slut, validering);
    },
    onBlur: () => setValue('starttid', visKlokkeslaet(getValues('starttid'))),
  });
  const sluttid = register('sluttid', {
    onChange: () => {
      slutRoert.current = true;
      setValgtTilbud(null);
    },
    onBlur: () => setValue('sluttid', visKlokkeslaet(getValues('sluttid'))),
  });

  const vaelgTilbud = (tilbud: Moedetilbud) => {
    // The slot's values are complete, so checking them can only clear an earlier "Skriv …".
    const fyldt = { shouldValidate: true, shouldDirty: true };
    setValue('dato', copenhagenDateOf(tilbud.start), fyldt);
    setValue('starttid', copenhagenTimeOf(tilbud.start), fyldt);
    setValue('sluttid', copenhagenTimeOf(tilbud.slut), fyldt);
    // The slot's place comes with it (issue 18: an in-person meeting from a slot had no address), and its
    // first form when none is chosen yet.
    if (tilbud.adresse) setValue('adresse', tilbud.adresse, fyldt);
    if (tilbud.lokationsuddybning) setValue('lokationsuddybning', tilbud.lokationsuddybning, fyldt);
    if (tilbud.digitaltMoedelink) setValue('digitaltMoedelink', tilbud.digitaltMoedelink, fyldt);
    const foersteForm = tilbud.moedeformer[0];
    if (getValues('moedeform') === '' && foersteForm) setValue('moedeform', String(foersteForm.id), fyldt);
    varighed.current = Math.round((Date.parse(tilbud.slut) - Date.parse(tilbud.start)) / 60_000);
    slutRoert.current = false;
    setValgtTilbud(tilbud.id);
  };

  const submit = async (data: IndkaldelseData) => {
    setProblem(null);
    // What is unusual is asked about once for the time it concerns; "Gem alligevel" saves that time.
    const noegle = `${data.start}|${data.slut}`;
    if (bekraeftet.current !== noegle) {
      const advarsler = moedeAdvarsler({
        start: data.start,
        slut: data.slut,
        nu: new Date(),
        andreMoeder: borgerensMoeder.data?.items ?? [],
        aendrer,
      });
      if (advarsler.length > 0) {
        setAdvarsel({ noegle, advarsler });
        return;
      }
    }
    setAdvarsel(null);
    try {
      await onSubmit(data);
    } catch (error) {
      const svar = toApiProblem(error);
      const unmatched = applyProblemToForm(svar, INDKALDELSE_FELTER, setError, {
        aliases: INDKALDELSE_ALIASER,
        codeFields: INDKALDELSE_KODEFELTER,
        setFocus,
      });
      const placeret =
        unmatched.length === 0 && (svar.errors.length > 0 || svar.code in INDKALDELSE_KODEFELTER);
      if (!placeret) setProblem(svar);
    }
  };

  const id = (felt: string) => `${idPrefix}-${felt}`;
  const moedeformFejl = errors.moedeform?.message;
  const moedeformBeskrivelse = fieldDescription(id('moedeform'), true, moedeformFejl);

  return (
    <form noValidate onSubmit={handleSubmit(submit)} className="kompakt-form">
      {besked}
      {problem && (
        <ProblemAlert problem={problem} ref={problemRef} tabIndex={-1} headingLevel={3} medFeltfejl />
      )}
      <div className="form-raekke">
        <SelectField
          id={id('samtaletype')}
          label="Samtaletype"
          error={errors.samtaletype?.message}
          className="input-width-s"
          {...samtaletypeFelt}
        >
          {samtaletyper.map((type) => (
            <option key={type.id} value={String(type.id)}>
              {type.navn}
            </option>
          ))}
        </SelectField>
        <TextField
          id={id('dato')}
          type="date"
          label="Dato"
          error={errors.dato?.message}
          className="input-width-s"
          {...datoFelt}
        />
        <TextField
          id={id('starttid')}
          inputMode="numeric"
          autoComplete="off"
          label="Starter kl."
          error={errors.starttid?.message}
          className="input-width-xs"
          {...starttid}
        />
        <TextField
          id={id('sluttid')}
          inputMode="numeric"
          autoComplete="off"
          label="Slutter kl."
          error={errors.sluttid?.message}
          className="input-width-xs"
          {...sluttid}
        />
      </div>

      {ledigeTider && (
        <LedigeTiderValg
          labelId={id('ledige-tider')}
          dato={isIsoDate(dato) ? dato : null}
          tider={ledigeTider}
          valgt={valgtTilbud}
          onVaelg={vaelgTilbud}
        />
      )}

      <div className={moedeformFejl ? 'form-group form-error' : 'form-group'}>
        <fieldset aria-describedby={moedeformBeskrivelse.describedBy}>
          <legend className="form-label">Mødeform</legend>
          <FieldHint id={moedeformBeskrivelse.hintId}>
            <Icon name={ret ? 'how-to-reg' : 'info'} className="hint-ikon" />
            {ret
              ? dato && !borger.retTilValgAfMoedeform
                ? 'Borgeren har på mødets dato ret til at vælge mellem personligt fremmøde, telefon og digitalt møde (LAB § 33).'
                : 'Borgeren har ret til at vælge mellem personligt fremmøde, telefon og digitalt møde (LAB § 33).'
              : `${valgAfMoedeformAfvisningTekst.INGEN_RET}.`}
          </FieldHint>
          {moedeformFejl && <FieldError id={moedeformBeskrivelse.errorId}>{moedeformFejl}</FieldError>}
          <div className="valg-fliser">
            {aktiveMoedeformer.map((form) => (
              <div className="form-group-radio valg-flise" key={form.id}>
                <input
                  type="radio"
                  className="form-radio"
                  id={id(`moedeform-${form.id}`)}
                  value={String(form.id)}
                  aria-invalid={moedeformFejl ? true : undefined}
                  {...register('moedeform')}
                />
                <label className="form-label" htmlFor={id(`moedeform-${form.id}`)}>
                  <Icon name={moedeformIkon(form.id)} className="valg-flise-ikon" />
                  <span>{form.navn}</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>

      {moedeform === 1 && (
        <div className="form-raekke">
          <TextField
            id={id('adresse')}
            label="Adresse"
            error={errors.adresse?.message}
            className="input-width-l"
            autoComplete="off"
            {...register('adresse')}
          />
          <TextField
            id={id('lokationsuddybning')}
            label="Lokale, etage (valgfri)"
            error={errors.lokationsuddybning?.message}
            className="input-width-m"
            autoComplete="off"
            {...register('lokationsuddybning')}
          />
        </div>
      )}
      {kraeverMoedelink(moedeform) && (
        <TextField
          id={id('digitaltMoedelink')}
          type="url"
          inputMode="url"
          label="Link til det digitale møde"
          hint="Linket vises for borgeren og skal begynde med https://"
          error={errors.digitaltMoedelink?.message}
          className="input-width-xl"
          autoComplete="off"
          spellCheck={false}
          {...register('digitaltMoedelink')}
        />
      )}
      {kraeverMoedelink(moedeform) && (
        <LinkStatus link={link} harFejl={errors.digitaltMoedelink !== undefined} />
      )}

      <div className="form-group-checkbox">
        <input
          type="checkbox"
          className="form-checkbox"
          id={id('personligtFremmoedePaakraevet')}
          aria-describedby={id('personligtFremmoedePaakraevet-hint')}
          aria-expanded={personligt}
          aria-controls={personligt ? id('begrundelse-felt') : undefined}
          {...register('personligtFremmoedePaakraevet')}
        />
        <label className="form-label" htmlFor={id('personligtFremmoedePaakraevet')}>
          Personligt fremmøde påkrævet
        </label>
        <span className="form-hint" id={id('personligtFremmoedePaakraevet-hint')}>
          Efter en konkret vurdering af netop dette møde (LAB § 33, stk. 2).
        </span>
      </div>
      {personligt && (
        <div className="checkbox-content" id={id('begrundelse-felt')}>
          <TextareaField
            id={id('begrundelse')}
            label="Begrundelse"
            hint="Skal skrives: borgeren kan så ikke vælge en anden mødeform til dette møde"
            error={errors.begrundelse?.message}
            className="input-width-xl"
            {...register('begrundelse')}
          />
        </div>
      )}

      {advarsel && (
        <MoedeAdvarsler
          ref={advarselRef}
          advarsler={advarsel.advarsler}
          andreMoeder={borgerensMoeder.data?.items ?? []}
          onGemAlligevel={() => {
            bekraeftet.current = advarsel.noegle;
            void handleSubmit(submit)();
          }}
          onRet={() => {
            setAdvarsel(null);
            setFocus('dato');
          }}
        />
      )}

      <FormKnapper submitTekst={submitTekst} sender={isSubmitting} onAnnuller={onCancel} className="mt-5" />
    </form>
  );
}

/**
 * Asked before a meeting in the past, more than a year ahead or at the time of another of the citizen's meetings
 * is saved (issue 18): the caseworker saves it anyway or corrects the time.
 */
function MoedeAdvarsler({
  advarsler,
  andreMoeder,
  onGemAlligevel,
  onRet,
  ref,
}: {
  advarsler: readonly MoedeAdvarsel[];
  andreMoeder: readonly Indkaldelse[];
  onGemAlligevel: () => void;
  onRet: () => void;
  ref: Ref<HTMLDivElement>;
}) {
  const moedeMedId = new Map(andreMoeder.map((moede) => [moede.id, moede]));
  return (
    <Alert variant="warning" heading="Vil du gemme mødet alligevel?" headingLevel={3} ref={ref} tabIndex={-1}>
      <ul className="alert-text">
        {advarsler.map((advarsel) => (
          <li key={advarsel.kind}>{advarselIndhold(advarsel, moedeMedId)}</li>
        ))}
      </ul>
      <div className="knap-raekke">
        <button type="button" className="button button-primary" onClick={onGemAlligevel}>
          Gem alligevel
        </button>
        <button type="button" className="button button-secondary" onClick={onRet}>
          Ret tidspunktet
        </button>
      </div>
    </Alert>
  );
}

function advarselIndhold(advarsel: MoedeAdvarsel, moedeMedId: Map<string, Indkaldelse>): ReactNode {
  switch (advarsel.kind) {
    case 'i-fortiden':
      return 'Mødet ligger før nu. Gem kun, hvis du registrerer et møde, der er holdt.';
    case 'mere-end-et-aar-frem':
      return 'Mødet ligger mere end et år ude i fremtiden.';
    case 'samme-tid':
      return (
        <>
          {advarsel.moeder.length === 1
            ? 'Borgeren har et andet møde på samme tid:'
            : `Borgeren har ${advarsel.moeder.length} andre møder på samme tid:`}
          <ul>
            {advarsel.moeder.map((andet) => {
              const moede = moedeMedId.get(andet.id);
              return (
                <li key={andet.id}>
                  {formatTidsrum(andet.start, andet.slut)}
                  {moede && ` · ${moede.samtaletype.navn} · ${moede.jobcenter.navn}`}
                </li>
              );
            })}
          </ul>
        </>
      );
  }
}

function varighedMinutter(values: IndkaldelseFormValues): number | null {
  const [sh, sm] = values.starttid.split(':').map(Number);
  const [eh, em] = values.sluttid.split(':').map(Number);
  if ([sh, sm, eh, em].some((n) => n === undefined || Number.isNaN(n))) return null;
  const minutter = (eh as number) * 60 + (em as number) - ((sh as number) * 60 + (sm as number));
  return minutter > 0 ? minutter : null;
}

const MAKS_LEDIGE_TIDER = 8;

/**
 * The free slots of the jobcentre's offers: the soonest ones, or, once a date is typed, that day's. A slot
 * that was picked stays listed (it fills the date itself).
 */
function LedigeTiderValg({
  labelId,
  dato,
  tider,
  valgt,
  onVaelg,
}: {
  labelId: string;
  dato: string | null;
  tider: LedigeTider;
  valgt: string | null;
  onVaelg: (tilbud: Moedetilbud) => void;
}) {
  const nu = Date.now();
  const frie = (tider.items ?? [])
    .filter((tilbud) => !tilbud.booket && Date.parse(tilbud.start) > nu)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const paaDagen = dato ? frie.filter((tilbud) => copenhagenDateOf(tilbud.start) === dato) : [];
  const ledige = (paaDagen.length > 0 ? paaDagen : frie).slice(0, MAKS_LEDIGE_TIDER);
  // The slots are one stop in the tab order (the picked one, else the first) and the arrow keys move between
  // them, so a keyboard user passes eight slots with one Tab instead of eight (issue 18).
  const listeRef = useRef<HTMLUListElement>(null);
  const [aktivId, setAktivId] = useState<string | null>(null);
  const aktiv = ledige.find((tilbud) => tilbud.id === (valgt ?? aktivId)) ?? ledige[0];
  const flytFokus = (event: KeyboardEvent<HTMLUListElement>) => {
    const trin = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    const indeks = ledige.findIndex((tilbud) => tilbud.id === aktiv?.id);
    const nyt =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? ledige.length - 1
          : trin === undefined
            ? null
            : (indeks + trin + ledige.length) % ledige.length;
    if (nyt === null) return;
    event.preventDefault();
    const tilbud = ledige[nyt];
    if (!tilbud) return;
    setAktivId(tilbud.id);
    listeRef.current?.querySelectorAll<HTMLButtonElement>('button')[nyt]?.focus();
  };
  return (
    <div className="form-group ledige-tider">
      <p className="form-label" id={labelId}>
        {paaDagen.length > 0
          ? `Ledige tider ${formatKalenderdato(dato ?? '')} fra jobcentrets mødetilbud`
          : 'Ledige tider fra jobcentrets mødetilbud'}
      </p>
      {tider.isLoading ? (
        <p className="form-hint">Henter ledige tider …</p>
      ) : tider.isError ? (
        <p className="form-hint">De ledige tider kunne ikke hentes. Skriv dato og tid selv.</p>
      ) : ledige.length === 0 ? (
        <p className="form-hint">Ingen ledige mødetilbud lige nu. Skriv dato og tid selv.</p>
      ) : (
        <>
          <span id={`${labelId}-hint`} className="sr-only">
            Piletasterne flytter mellem tiderne, og Enter vælger en.
          </span>
          <ul
            ref={listeRef}
            className="ledige-tider-liste nobullet-list no-max-width"
            aria-labelledby={labelId}
            aria-describedby={`${labelId}-hint`}
            onKeyDown={flytFokus}
          >
            {ledige.map((tilbud) => (
              <li key={tilbud.id}>
                <button
                  type="button"
                  className={valgt === tilbud.id ? 'tid-knap tid-knap--valgt' : 'tid-knap'}
                  aria-pressed={valgt === tilbud.id}
                  tabIndex={tilbud.id === aktiv?.id ? 0 : -1}
                  onFocus={() => setAktivId(tilbud.id)}
                  onClick={() => onVaelg(tilbud)}
                >
                  <span>
                    {formatDato(tilbud.start)} kl. {formatTid(tilbud.start)}–{formatTid(tilbud.slut)}
                  </span>
                  <span
                    className="tid-knap-former"
                    title={tilbud.moedeformer.map((form) => form.navn).join(', ')}
                  >
                    {tilbud.moedeformer.map((form) => (
                      <Icon key={form.id} name={moedeformIkon(form.id)} />
                    ))}
                    <span className="sr-only">
                      ({tilbud.moedeformer.map((form) => form.navn).join(', ')})
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
