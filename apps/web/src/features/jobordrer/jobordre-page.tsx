import { jobordrestatusser } from '@jobcenter/domain/jobordre/jobordre.codelists';
import type { JobordreDetalje } from '@jobcenter/domain/jobordre/jobordre.contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '../../components/alert';
import { BackLink } from '../../components/back-link';
import { BadgeList } from '../../components/badge';
import { ErrorState } from '../../components/error-state';
import { Icon } from '../../components/icon';
import { KonfliktAlert } from '../../components/konflikt-alert';
import { LoadingSkeleton } from '../../components/loading-skeleton';
import { PageTitle } from '../../components/page-title';
import { ProblemAlert } from '../../components/problem-alert';
import { type ApiProblem, isApiProblem, toApiProblem } from '../../lib/api-client';
import { formatKalenderdato } from '../../lib/format';
import { beskedFraState, JOBORDRER_PATH, virksomhedPath } from '../../lib/paths';
import { jobordreQueryOptions } from '../../lib/queries';
import type { Konflikt } from '../../lib/use-ret-version';
import { JobordreStatusBadge, KonfliktramtBadge } from './jobordre-status';
import { JOBORDRE_KONFLIKT_TEKST, JobordreVersion } from './jobordre-version';
import { isJobordreId } from './jobordrer-loaders';
import { opdaterJobordreMutationOptions } from './jobordrer-queries';
import { Kandidater } from './kandidater';
import { RetJobordre } from './ret-jobordre';
import './jobordrer.css';

/** R19 in words, from the API's own verdict (`kanAendres`) and the responsible jobcentre. */
export function aendringSpaerretTekst(jobordre: JobordreDetalje): string {
  return `Jobordren hører til ${jobordre.ansvarligtJobcenter.navn}. Kun jobcentre i samme kommune kan ændre den.`;
}

export function JobordrePage() {
  const { id } = useParams();
  if (!isJobordreId(id)) return <IkkeFundet />;
  return <JobordreIndhold jobordreId={id} />;
}

function JobordreIndhold({ jobordreId }: { jobordreId: string }) {
  const query = useQuery(jobordreQueryOptions(jobordreId));
  const back = <BackLink to={JOBORDRER_PATH}>Jobordrer</BackLink>;

  if (query.data) return <JobordreVisning jobordre={query.data} back={back} />;
  if (query.isFetching) {
    return (
      <>
        <PageTitle>Jobordre</PageTitle>
        {back}
        <h1>
          <span className="sr-only">Indlæser jobordre</span>
          <span className="skeleton-bar skeleton-bar--heading" aria-hidden="true" />
        </h1>
        <LoadingSkeleton label="Indlæser jobordren og kandidaterne" lines={6} />
      </>
    );
  }
  if (isApiProblem(query.error) && query.error.status === 404) return <IkkeFundet />;
  return (
    <>
      <PageTitle>Jobordre</PageTitle>
      {back}
      <h1>Jobordre</h1>
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    </>
  );
}

function IkkeFundet() {
  return (
    <>
      <PageTitle>Jobordren blev ikke fundet</PageTitle>
      <h1>Jobordren blev ikke fundet</h1>
      <p>Jobordren findes ikke. Den kan være skrevet forkert i adressen. Find den i listen over jobordrer.</p>
      <p>
        <Link to={JOBORDRER_PATH}>Gå til jobordrerne</Link>
      </p>
    </>
  );
}

function JobordreVisning({ jobordre, back }: { jobordre: JobordreDetalje; back: ReactNode }) {
  const location = useLocation();
  const [besked, setBesked] = useState<string | null>(() => beskedFraState(location.state));
  const [retAaben, setRetAaben] = useState(false);
  const retKnap = useRef<HTMLButtonElement>(null);

  return (
    <div className="jobordre-side">
      <PageTitle>{jobordre.titel}</PageTitle>
      {back}
      <div className="jobordre-top">
        <h1 className="mb-0">{jobordre.titel}</h1>
        <BadgeList>
          <JobordreStatusBadge status={jobordre.status} />
          {jobordre.konfliktramt && <KonfliktramtBadge />}
        </BadgeList>
      </div>
      {besked && (
        <p className="jobordre-besked" role="status">
          <Icon name="check" /> {besked}
        </p>
      )}
      {jobordre.konfliktramt && (
        <Alert variant="error" heading="Virksomheden er konfliktramt" className="mt-4">
          <p className="alert-text">
            Jobcentret forholder sig neutralt i arbejdskonflikter: der kan ikke foreslås borgere til
            jobordren, mens konflikten varer. Se konfliktvarslet på{' '}
            <Link to={virksomhedPath(jobordre.virksomhed.cvrNummer)}>virksomhedens side</Link>.
          </p>
        </Alert>
      )}
      <JobordreFakta jobordre={jobordre} />
      <StatusHandlinger
        jobordre={jobordre}
        retAaben={retAaben}
        retKnap={retKnap}
        onRet={() => {
          setBesked(null);
          setRetAaben((aaben) => !aaben);
        }}
        onBesked={setBesked}
      />
      {retAaben && (
        <RetJobordre
          jobordre={jobordre}
          onLuk={(tekst) => {
            setRetAaben(false);
            if (tekst) setBesked(tekst);
            retKnap.current?.focus();
          }}
        />
      )}
      <Kandidater jobordre={jobordre} />
    </div>
  );
}

function JobordreFakta({ jobordre }: { jobordre: JobordreDetalje }) {
  return (
    <dl className="jobordre-fakta">
      <div>
        <dt>Virksomhed</dt>
        <dd>
          <Link to={virksomhedPath(jobordre.virksomhed.cvrNummer)}>{jobordre.virksomhed.navn}</Link>
          <span className="d-block small-text">CVR {jobordre.virksomhed.cvrNummer}</span>
        </dd>
      </div>
      <div>
        <dt>P-enhed</dt>
        <dd>{jobordre.virksomhed.pNummer ?? 'Hele virksomheden'}</dd>
      </div>
      <div>
        <dt>Stillinger</dt>
        <dd>{jobordre.antalStillinger}</dd>
      </div>
      <div>
        <dt>Ansøgningsfrist</dt>
        <dd>{jobordre.ansoegningsfrist ? formatKalenderdato(jobordre.ansoegningsfrist) : 'Ingen frist'}</dd>
      </div>
      <div>
        <dt>Ansvarligt jobcenter</dt>
        <dd>
          {jobordre.ansvarligtJobcenter.navn} ({jobordre.ansvarligtJobcenter.nummer})
        </dd>
      </div>
      <div>
        <dt>Kandidater</dt>
        <dd>{jobordre.antalKandidater}</dd>
      </div>
      <div className="jobordre-fakta-bred">
        <dt>Beskrivelse</dt>
        <dd className="jobordre-beskrivelse">{jobordre.beskrivelse || 'Ingen beskrivelse'}</dd>
      </div>
    </dl>
  );
}

const statusKnapTekst: Record<number, string> = {
  1: 'Åbn jobordren',
  2: 'Sæt midlertidigt inaktiv',
  3: 'Luk jobordren',
};

/**
 * The status as buttons (one click each) and "Ret jobordre". When R19 forbids changes, the actions stay
 * visible but disabled, with the reason beside them.
 */
function StatusHandlinger({
  jobordre,
  retAaben,
  retKnap,
  onRet,
  onBesked,
}: {
  jobordre: JobordreDetalje;
  retAaben: boolean;
  retKnap: RefObject<HTMLButtonElement | null>;
  onRet: () => void;
  onBesked: (besked: string | null) => void;
}) {
  const queryClient = useQueryClient();
  const opdater = useMutation(opdaterJobordreMutationOptions());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [konflikt, setKonflikt] = useState<Konflikt<JobordreDetalje> | null>(null);
  const beskedRef = useRef<HTMLDivElement>(null);
  const spaerret = !jobordre.kanAendres;
  const forklaringId = 'jobordre-aendring-spaerret';

  useEffect(() => {
    if (problem || konflikt) beskedRef.current?.focus();
  }, [problem, konflikt]);

  const skiftStatus = async (status: number) => {
    if (opdater.isPending) return;
    setProblem(null);
    setKonflikt(null);
    onBesked(null);
    try {
      const ny = await opdater.mutateAsync({
        jobordreId: jobordre.id,
        version: jobordre.version,
        body: { status },
      });
      onBesked(`Status er ændret til ${ny.status.navn}`);
    } catch (error) {
      if (isApiProblem(error) && error.status === 412) {
        const nu = await queryClient.fetchQuery({ ...jobordreQueryOptions(jobordre.id), staleTime: 0 });
        setKonflikt((forrige) => ({ nu, gang: (forrige?.gang ?? 0) + 1 }));
        return;
      }
      setProblem(toApiProblem(error));
    }
  };

  return (
    <section className="jobordre-handlinger" aria-labelledby="jobordre-handlinger-heading">
      <h2 id="jobordre-handlinger-heading" className="sr-only">
        Status og ændringer
      </h2>
      <div className="knap-raekke">
        {jobordrestatusser
          .filter((status) => status.id !== jobordre.status.id)
          .map((status) => (
            <button
              key={status.id}
              type="button"
              className="button button-secondary"
              disabled={spaerret}
              aria-describedby={spaerret ? forklaringId : undefined}
              aria-disabled={opdater.isPending || undefined}
              onClick={() => void skiftStatus(status.id)}
            >
              {statusKnapTekst[status.id] ?? status.navn}
            </button>
          ))}
        <button
          ref={retKnap}
          type="button"
          className="button button-tertiary"
          disabled={spaerret}
          aria-describedby={spaerret ? forklaringId : undefined}
          aria-expanded={spaerret ? undefined : retAaben}
          onClick={onRet}
        >
          <Icon name="edit" />
          Ret jobordre
        </button>
        {spaerret && (
          <span id={forklaringId} className="handling-forklaring">
            <Icon name="lock" className="hint-ikon" />
            {aendringSpaerretTekst(jobordre)}
          </span>
        )}
      </div>
      {konflikt && (
        <KonfliktAlert konflikt={konflikt} ref={beskedRef} heading={JOBORDRE_KONFLIKT_TEKST} className="mt-4">
          <p className="alert-text">
            Statussen er ikke ændret. Sådan ser jobordren ud nu; vælg status igen, hvis du stadig vil ændre
            den.
          </p>
          <JobordreVersion jobordre={konflikt.nu} />
        </KonfliktAlert>
      )}
      {problem && (
        <ProblemAlert problem={problem} ref={beskedRef} tabIndex={-1} headingLevel={3} className="mt-4" />
      )}
    </section>
  );
}
