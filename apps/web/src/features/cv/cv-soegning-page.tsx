import { kontaktgruppeNavn, kontaktgrupper } from '@jobcenter/domain/borger/kontaktgruppe.codelists';
import { type CvSoegSvar, cvSoegSchema } from '@jobcenter/domain/cv/cv.contract';
import {
  type InfiniteData,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { FieldError } from '../../components/field-parts';
import { LoadingSkeleton } from '../../components/loading-skeleton';
import { PageTitle } from '../../components/page-title';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import {
  borgerPath,
  CV_SOEGNING_PATH,
  type CvVisningState,
  cvPath,
  cvSoegningPath,
  type FritekstState,
  fritekstFraState,
  jobordrePath,
} from '../../lib/paths';
import { type CvKriterier, cvSoegQueryOptions, jobordrerQueryOptions } from '../../lib/queries';
import { useSession } from '../../lib/session';
import { type CvFilterFelt, type CvFiltre, cvFilterSearch, parseCvFiltre, valgtJobordreId } from './cv-paths';
import { AABNE_JOBORDRER, type CvResultat } from './cv-queries';
import { ForeslaaTilJobordre } from './foreslaa-jobordre';
import { Fremhaevet, fremhaevOrd } from './fremhaev';
import './cv.css';

interface FilterValues {
  q: string;
  kompetence: string;
  postnummer: string;
  kontaktgruppe: string;
  mindre: '' | 'ja' | 'nej';
}

function tilValues(searchParams: URLSearchParams, q: string): FilterValues {
  const mindre = searchParams.get('mindre');
  return {
    q,
    kompetence: searchParams.get('kompetence') ?? '',
    postnummer: searchParams.get('postnummer') ?? '',
    kontaktgruppe: searchParams.get('kontaktgruppe') ?? '',
    mindre: mindre === 'ja' || mindre === 'nej' ? mindre : '',
  };
}

const antalCv = (antal: number) => `${antal} ${antal === 1 ? 'CV' : 'CV’er'}`;
const medAntal = (tekst: string, antal: number | undefined) =>
  antal === undefined ? tekst : `${tekst} (${antal})`;

/**
 * CV-søgning (R17) for both roles: filters on the left with counts from the current result, results on the
 * right with the matched words marked. The filters are in the URL; the free text never is: it is sent in the
 * request body and kept in history state, so "back" from a citizen finds the same search.
 */
export function CvSoegningPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const q = fritekstFraState(location.state);
  const { filtre, fejl } = parseCvFiltre(searchParams);
  const jobordreId = valgtJobordreId(searchParams);
  const kriterier: CvKriterier = { ...filtre, q: q || undefined };
  const query = useInfiniteQuery({ ...cvSoegQueryOptions(kriterier), enabled: filtre !== null });

  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<FilterValues>({ defaultValues: tilValues(searchParams, q) });

  // The URL and history state are the source of the search (back/forward, a shared link); the fields follow.
  const key = `${location.search}|${q}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the address and its state are the trigger.
  useEffect(() => {
    reset(tilValues(searchParams, q));
    for (const [felt, message] of Object.entries(fejl)) {
      setError(felt as CvFilterFelt, { type: 'validate', message });
    }
  }, [key]);

  const onSubmit = (values: FilterValues) => {
    const fritekst = values.q.trim();
    const postnummer = values.postnummer.trim();
    const parsed = cvSoegSchema.safeParse({ q: fritekst || undefined, postnummer: postnummer || undefined });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === 'postnummer')
          setError('postnummer', { message: issue.message }, { shouldFocus: true });
        if (issue.path[0] === 'q') setError('q', { message: 'Højst 200 tegn' }, { shouldFocus: true });
      }
      return;
    }
    const naeste: CvFiltre = {
      kompetence: values.kompetence || undefined,
      postnummer: postnummer || undefined,
      kontaktgruppe: values.kontaktgruppe ? Number(values.kontaktgruppe) : undefined,
      mindreIntensivIndsats: values.mindre === '' ? undefined : values.mindre === 'ja',
    };
    const search = cvFilterSearch(naeste, jobordreId);
    const state: FritekstState | null = fritekst ? { cvFritekst: fritekst } : null;
    // A new text with the same filters replaces the entry; a new filter is a step "back" can undo.
    void navigate({ pathname: CV_SOEGNING_PATH, search }, { state, replace: search === location.search });
  };
  const anvend = () => void handleSubmit(onSubmit)();

  const foersteSide = query.data?.pages[0];
  const facetter = foersteSide?.facetter;
  const harKriterier = [...searchParams.keys()].some((key) => key !== 'jobordre') || q !== '';

  // Counts are those of the current result. For a facet whose own filter is set, the other values' counts
  // are unknown (the result holds only the chosen one), so they are shown without a number.
  const kompetenceValgt = filtre?.kompetence;
  const kompetenceValg = [...(facetter?.kompetence ?? [])];
  if (kompetenceValgt && !kompetenceValg.some((f) => f.vaerdi === kompetenceValgt)) {
    kompetenceValg.unshift({ vaerdi: kompetenceValgt, antal: foersteSide?.total ?? 0 });
  }
  const kompetenceAntal = (vaerdi: string, antal: number) =>
    !facetter || (kompetenceValgt && vaerdi !== kompetenceValgt) ? undefined : antal;
  const gruppeAntal = (id: number) => {
    if (!facetter) return undefined;
    if (filtre?.kontaktgruppe && filtre.kontaktgruppe !== id) return undefined;
    return facetter.kontaktgruppe.find((f) => f.vaerdi === id)?.antal ?? 0;
  };
  const mindreAntal = (vaerdi: boolean | undefined) => {
    if (!facetter || !foersteSide) return undefined;
    const valgt = filtre?.mindreIntensivIndsats;
    if (vaerdi === undefined) return valgt === undefined ? foersteSide.total : undefined;
    if (valgt !== undefined && valgt !== vaerdi) return undefined;
    return facetter.mindreIntensivIndsats.find((f) => f.vaerdi === vaerdi)?.antal ?? 0;
  };

  const postnummerListe = useId();
  const mindreFejl = errors.mindre?.message;

  return (
    <>
      <PageTitle>CV-søgning</PageTitle>
      <h1>CV-søgning</h1>
      {jobordreId && <ValgtJobordre jobordreId={jobordreId} />}
      <div className="cv-soegning">
        {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and to browsers from before 2023; the role gives the same landmark. */}
        <form
          role="search"
          aria-label="Søg og filtrér CV’er"
          // A submit that ever bypassed the handler would post the text, never put it in the address.
          method="post"
          noValidate
          onSubmit={handleSubmit(onSubmit)}
          className="cv-filtre"
        >
          <TextField
            id="cv-q"
            type="search"
            label="Søg i CV’er"
            hint="Overskrift, jobønsker og kompetencer; stavefejl rettes"
            autoComplete="off"
            maxLength={200}
            error={errors.q?.message}
            button={
              <button type="submit" className="button button-search">
                Søg
              </button>
            }
            {...register('q')}
          />
          <SelectField
            id="cv-kompetence"
            label="Kompetence"
            error={errors.kompetence?.message}
            {...register('kompetence', { onChange: anvend })}
          >
            <option value="">Alle kompetencer</option>
            {kompetenceValg.map((f) => (
              <option key={f.vaerdi} value={f.vaerdi}>
                {medAntal(f.vaerdi, kompetenceAntal(f.vaerdi, f.antal))}
              </option>
            ))}
          </SelectField>
          <TextField
            id="cv-postnummer"
            label="Postnummer"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            className="input-width-xs"
            list={postnummerListe}
            error={errors.postnummer?.message}
            {...register('postnummer', {
              // Four digits, or an emptied field, apply at once; anything between waits for the fourth.
              onChange: (event: { target: { value: string } }) => {
                const vaerdi = event.target.value.trim();
                if (vaerdi === '' || /^\d{4}$/.test(vaerdi)) anvend();
              },
            })}
          />
          <datalist id={postnummerListe}>
            {facetter?.postnummer.map((f) => (
              <option key={f.vaerdi} value={f.vaerdi} label={antalCv(f.antal)} />
            ))}
          </datalist>
          <SelectField
            id="cv-kontaktgruppe"
            label="Kontaktgruppe"
            error={errors.kontaktgruppe?.message}
            {...register('kontaktgruppe', { onChange: anvend })}
          >
            <option value="">Alle kontaktgrupper</option>
            {kontaktgrupper.map((gruppe) => (
              <option key={gruppe.id} value={String(gruppe.id)}>
                {medAntal(`${gruppe.id} · ${gruppe.navn}`, gruppeAntal(gruppe.id))}
              </option>
            ))}
          </SelectField>
          <div className={mindreFejl ? 'form-group form-error' : 'form-group'}>
            <fieldset aria-describedby={mindreFejl ? 'cv-mindre-error' : undefined}>
              <legend className="form-label">Mindre intensiv indsats</legend>
              {mindreFejl && <FieldError id="cv-mindre-error">{mindreFejl}</FieldError>}
              <div className="cv-radio-raekke">
                {(
                  [
                    ['ja', 'Ja', true],
                    ['nej', 'Nej', false],
                    ['', 'Alle', undefined],
                  ] as const
                ).map(([vaerdi, tekst, filter]) => (
                  <div className="form-group-radio" key={tekst}>
                    <input
                      type="radio"
                      className="form-radio"
                      id={`cv-mindre-${tekst.toLowerCase()}`}
                      value={vaerdi}
                      {...register('mindre', { onChange: anvend })}
                    />
                    <label className="form-label" htmlFor={`cv-mindre-${tekst.toLowerCase()}`}>
                      {medAntal(tekst, mindreAntal(filter))}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          {harKriterier && (
            <p className="cv-nulstil">
              <Link to={cvSoegningPath(jobordreId)} state={null}>
                Nulstil søgning og filtre
              </Link>
            </p>
          )}
        </form>
        <Resultater query={query} filtre={filtre} q={q} jobordreId={jobordreId} />
      </div>
    </>
  );
}

type CvQuery = UseInfiniteQueryResult<InfiniteData<CvSoegSvar, unknown>, Error>;

/**
 * The jobordre chosen in its "Foreslå borger": named above the search, so the user knows what the results
 * are for; "Foreslå til jobordre" has it first. One that is no longer open is said to be so.
 */
function ValgtJobordre({ jobordreId }: { jobordreId: string }) {
  const query = useQuery(jobordrerQueryOptions(AABNE_JOBORDRER));
  if (!query.isSuccess) return null;
  const jobordre = query.data.items.find((item) => item.id === jobordreId);
  if (!jobordre) {
    return (
      <Alert variant="warning" className="cv-valgt-jobordre">
        <p className="alert-text">
          Den valgte jobordre er ikke åben, så der kan ikke foreslås borgere til den.{' '}
          <Link to={jobordrePath(jobordreId)}>Se jobordren</Link>
        </p>
      </Alert>
    );
  }
  return (
    <Alert variant="info" className="cv-valgt-jobordre">
      <p className="alert-text">
        Du finder kandidater til <Link to={jobordrePath(jobordre.id)}>{jobordre.titel}</Link> hos{' '}
        {jobordre.virksomhed.navn}. »Foreslå til jobordre« har den øverst.
      </p>
      {!jobordre.kanFormidles && (
        <p className="alert-text">
          {jobordre.formidlingSpaerret ?? 'Der kan ikke foreslås borgere til jobordren lige nu'}
        </p>
      )}
    </Alert>
  );
}

function Resultater({
  query,
  filtre,
  q,
  jobordreId,
}: {
  query: CvQuery;
  filtre: CvFiltre | null;
  q: string;
  jobordreId: string | null;
}) {
  const { bruger } = useSession();
  const location = useLocation();
  // A virksomhedskonsulent may not open a citizen (api.md, Roles), only its searchable CV; back from there
  // finds this search, free text included.
  const navnLink = (item: CvResultat): { to: string; state?: CvVisningState } =>
    bruger.rolle === 'sagsbehandler'
      ? { to: borgerPath(item.borgerId) }
      : {
          to: cvPath(item.borgerId),
          state: {
            cvNavn: item.navn,
            tilbage: {
              sti: `${CV_SOEGNING_PATH}${location.search}`,
              tekst: 'CV-søgning',
              state: location.state,
            },
          },
        };
  const artikler = useRef(new Map<string, HTMLElement>());
  const fokusFra = useRef<number | null>(null);

  const pages = query.data?.pages;
  const foersteSide = pages?.[0];
  // Pages are joined without repeats: a citizen appears once, however the pages fall.
  const set = new Set<string>();
  const items: CvResultat[] = [];
  for (const side of pages ?? []) {
    for (const item of side.items) {
      if (set.has(item.borgerId)) continue;
      set.add(item.borgerId);
      items.push(item);
    }
  }
  const ord = foersteSide ? fremhaevOrd(foersteSide.fremhaev, query.isPlaceholderData ? undefined : q) : [];

  // After "Vis flere", focus goes to the first new result, where reading goes on.
  useEffect(() => {
    const fra = fokusFra.current;
    if (fra === null || items.length <= fra) return;
    fokusFra.current = null;
    const foerste = items[fra];
    if (foerste) artikler.current.get(foerste.borgerId)?.focus();
  });

  const status = !filtre
    ? ''
    : query.isError && !query.isFetchNextPageError
      ? ''
      : !foersteSide || query.isPlaceholderData
        ? 'Søger …'
        : foersteSide.total === 0
          ? 'Ingen CV’er matcher.'
          : antalCv(foersteSide.total);

  return (
    <section className="cv-resultater" aria-labelledby="cv-resultater-heading">
      <div className="cv-resultater-top">
        <h2 id="cv-resultater-heading" className="h3 m-0">
          Resultater
        </h2>
        {/* One live region that outlives each search, so every new count is announced. */}
        <p role="status" className="cv-antal">
          {status}
        </p>
      </div>
      {!filtre ? (
        <p>Ret filtrene til venstre for at søge.</p>
      ) : query.isError && !query.isFetchNextPageError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} headingLevel={3} />
      ) : !foersteSide ? (
        <LoadingSkeleton label="Søger i CV’er" lines={6} />
      ) : items.length === 0 ? (
        <EmptyState headingLevel={3}>Ingen CV’er matcher. Prøv færre ord eller fjern et filter.</EmptyState>
      ) : (
        <>
          <ul
            className="cv-resultat-liste nobullet-list no-max-width"
            aria-busy={query.isPlaceholderData || undefined}
          >
            {items.map((item) => (
              <li key={item.borgerId}>
                <article
                  className="cv-resultat"
                  aria-labelledby={`cv-${item.borgerId}-navn`}
                  tabIndex={-1}
                  ref={(element) => {
                    if (element) artikler.current.set(item.borgerId, element);
                    else artikler.current.delete(item.borgerId);
                  }}
                >
                  <ResultatIndhold item={item} ord={ord} link={navnLink(item)} jobordreId={jobordreId} />
                </article>
              </li>
            ))}
          </ul>
          {query.isFetchNextPageError && (
            <div className="mt-4">
              <ErrorState
                heading="Flere CV’er kunne ikke hentes"
                error={query.error}
                onRetry={() => void query.fetchNextPage()}
                headingLevel={3}
              />
            </div>
          )}
          <div className="cv-flere">
            <span className="small-text">
              Viser {items.length} af {antalCv(foersteSide.total)}
            </span>
            {query.hasNextPage && !query.isPlaceholderData && (
              <button
                type="button"
                className="button button-secondary"
                aria-disabled={query.isFetchingNextPage || undefined}
                onClick={() => {
                  if (query.isFetchingNextPage) return;
                  fokusFra.current = items.length;
                  void query.fetchNextPage();
                }}
              >
                {query.isFetchingNextPage ? 'Henter flere …' : 'Vis flere'}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function ResultatIndhold({
  item,
  ord,
  link,
  jobordreId,
}: {
  item: CvResultat;
  ord: readonly string[];
  link: { to: string; state?: CvVisningState };
  jobordreId: string | null;
}) {
  const navnId = `cv-${item.borgerId}-navn`;
  return (
    <>
      <div className="cv-resultat-hoved">
        <div className="cv-resultat-top">
          <h3 id={navnId} className="cv-resultat-navn">
            <Link to={link.to} state={link.state}>
              {item.navn}
            </Link>
          </h3>
          {item.mindreIntensivIndsats && <Badge variant="info">Mindre intensiv indsats</Badge>}
        </div>
        <p className="cv-resultat-overskrift">
          <Fremhaevet tekst={item.overskrift} ord={ord} />
        </p>
        <div className="cv-resultat-linje">
          {item.kompetencer.length > 0 && (
            <ul className="cv-kompetencer nobullet-list no-max-width" aria-label="Kompetencer">
              {item.kompetencer.map((kompetence) => (
                <li key={kompetence} className="badge">
                  <Fremhaevet tekst={kompetence} ord={ord} />
                </li>
              ))}
            </ul>
          )}
          <p className="cv-resultat-fakta">
            <span className="sr-only">Postnummer </span>
            {item.postnummer}
            <span aria-hidden="true"> · </span>
            <span className="sr-only">, kontaktgruppe </span>
            {kontaktgruppeNavn(item.kontaktgruppe)}
          </p>
        </div>
      </div>
      <ForeslaaTilJobordre resultat={item} valgtJobordreId={jobordreId} />
    </>
  );
}
