import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { Alert } from '../../components/alert';
import { BackLink } from '../../components/back-link';
import { ErrorState } from '../../components/error-state';
import { LoadingSkeleton } from '../../components/loading-skeleton';
import { PageTitle } from '../../components/page-title';
import { type RouteTab, RouteTabs } from '../../components/route-tabs';
import { isApiProblem } from '../../lib/api-client';
import { type BorgerOutlet, isBorgerId } from '../../lib/borger-outlet';
import { copenhagenToday } from '../../lib/copenhagen-time';
import { antalAktiveOgKommende } from '../../lib/fravaer-status';
import { BORGERE_PATH, borgerFaner, borgerPath } from '../../lib/paths';
import {
  borgerQueryOptions,
  breveQueryOptions,
  fravaerListeQueryOptions,
  indkaldelserQueryOptions,
  indsatserQueryOptions,
  kontaktpersonerQueryOptions,
} from '../../lib/queries';
import { KEEP_FOCUS_STATE } from '../../lib/use-focus-on-navigation';
import { BorgerKort } from './borger-kort';
import './borger-faner.css';

/** The caseworker's home for one citizen: the card, and the tabs with the tab in the URL. */
export function BorgerPage() {
  const { id } = useParams();
  if (!isBorgerId(id)) return <IkkeFundet />;
  // A new citizen is a new page: nothing (a revealed CPR number, an open form) carries over.
  return <BorgerIndhold key={id} borgerId={id} />;
}

function BorgerIndhold({ borgerId }: { borgerId: string }) {
  const query = useQuery(borgerQueryOptions(borgerId));

  if (query.data) return <BorgerVisning borger={query.data} />;
  if (query.isFetching) {
    return (
      <>
        <PageTitle>Borger</PageTitle>
        <BackLink to={BORGERE_PATH}>Borgere</BackLink>
        <h1>
          <span className="sr-only">Indlæser borger</span>
          <span className="skeleton-bar skeleton-bar--heading" aria-hidden="true" />
        </h1>
        <LoadingSkeleton label="Indlæser borgerens oplysninger" lines={5} />
      </>
    );
  }
  if (isApiProblem(query.error) && query.error.status === 404) return <IkkeFundet />;
  return (
    <>
      <PageTitle>Borger</PageTitle>
      <BackLink to={BORGERE_PATH}>Borgere</BackLink>
      <h1>Borger</h1>
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    </>
  );
}

function IkkeFundet() {
  return (
    <>
      <PageTitle>Borgeren blev ikke fundet</PageTitle>
      <h1>Borgeren blev ikke fundet</h1>
      <p>
        Borgeren findes ikke, eller borgeren hører under en anden myndighed, så du ikke kan se borgeren. Søg
        på navn eller CPR-nummer i stedet.
      </p>
      <p>
        <Link to={BORGERE_PATH}>Til borgersøgningen</Link>
      </p>
    </>
  );
}

function BorgerVisning({ borger }: { borger: Borger }) {
  const { pathname } = useLocation();
  const indkaldelser = useQuery(indkaldelserQueryOptions(borger.id));
  const kontaktpersoner = useQuery(kontaktpersonerQueryOptions(borger.id));
  const fravaer = useQuery(fravaerListeQueryOptions(borger.id));
  const indsatser = useQuery(indsatserQueryOptions(borger.id));
  const breve = useQuery(breveQueryOptions(borger.id));
  const fejlede = breve.data?.items.filter((brev) => brev.status === 'fejlet').length ?? 0;
  const navn = `${borger.fornavn} ${borger.efternavn}`;
  const valgt = Math.max(
    0,
    borgerFaner.findIndex((fane) => pathname.endsWith(`/${fane.fane}`)),
  );
  const nu = Date.now();
  const antal: Record<string, number | undefined> = {
    moeder: indkaldelser.data?.items.filter((m) => !m.aflyst && Date.parse(m.slut) > nu).length,
    // Active and coming: the ones the tab lists first (the label says so).
    fravaer: fravaer.data && antalAktiveOgKommende(fravaer.data.items, copenhagenToday()),
    plan: indsatser.data?.items.filter((i) => i.aktiv).length,
    // This calendar month's applications (R16), from the citizen itself: no extra request.
    joblog: borger.joblog.antalDenneMaaned,
    kontaktpersoner: kontaktpersoner.data?.items.length,
  };
  const tabs: RouteTab[] = borgerFaner.map((fane) => ({
    to: borgerPath(borger.id, fane.fane),
    tekst: fane.tekst,
    antal: antal[fane.fane],
    antalTekst: fane.fane === 'fravaer' ? 'aktive eller kommende' : undefined,
  }));
  const outlet: BorgerOutlet = { borger };

  return (
    <div className="borger-side">
      <PageTitle>{`${navn}: ${borgerFaner[valgt]?.tekst ?? 'Møder'}`}</PageTitle>
      <BackLink to={BORGERE_PATH}>Borgere</BackLink>
      <BorgerKort borger={borger} />
      {fejlede > 0 && !pathname.endsWith('/breve') && (
        <Alert
          variant="warning"
          heading={fejlede === 1 ? 'Et brev kunne ikke leveres' : `${fejlede} breve kunne ikke leveres`}
          className="mt-4"
        >
          <p className="alert-text">
            Borgeren har ikke fået {fejlede === 1 ? 'brevet' : 'brevene'}.{' '}
            <Link to={borgerPath(borger.id, 'breve')} state={KEEP_FOCUS_STATE}>
              Se {fejlede === 1 ? 'brevet' : 'brevene'} under Breve og beskeder, og prøv igen
            </Link>
          </p>
        </Alert>
      )}
      <RouteTabs id="borger-faner" label={`${navn}s sag`} tabs={tabs} selected={valgt}>
        <Outlet context={outlet} />
      </RouteTabs>
    </div>
  );
}
