import { isValidCvr } from '@jobcenter/domain/identifiers/cvr.rules';
import type { PEnhed, Virksomhed } from '@jobcenter/domain/virksomhed/virksomhed.contract';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { Badge, BadgeList } from '../../components/badge';
import { ErrorState } from '../../components/error-state';
import { LoadingSkeleton } from '../../components/loading-skeleton';
import { PageTitle } from '../../components/page-title';
import { RelativeTime } from '../../components/relative-time';
import { TableScroll } from '../../components/table-scroll';
import { isApiProblem } from '../../lib/api-client';
import { KonfliktAlert } from './konflikt-alert';
import { soegningFraState, soegPath } from './virksomheder-paths';
import { virksomhedQueryOptions } from './virksomheder-queries';

export function VirksomhedPage() {
  const { cvr = '' } = useParams();
  const backTo = soegPath(soegningFraState(useLocation().state));

  if (!isValidCvr(cvr)) return <IkkeFundet cvr={cvr} backTo={backTo} ugyldig />;
  return <VirksomhedIndhold cvr={cvr} backTo={backTo} />;
}

function VirksomhedIndhold({ cvr, backTo }: { cvr: string; backTo: string }) {
  const query = useQuery(virksomhedQueryOptions(cvr));
  const back = <BackLink to={backTo}>Tilbage til søgningen</BackLink>;

  if (query.data) return <VirksomhedVisning virksomhed={query.data} back={back} />;
  if (query.isFetching) {
    return (
      <>
        <PageTitle>Virksomhed</PageTitle>
        {back}
        <h1>
          <span className="sr-only">Indlæser virksomhed</span>
          <span className="skeleton-bar skeleton-bar--heading" aria-hidden="true" />
        </h1>
        <LoadingSkeleton label={`Indlæser virksomhed med CVR-nummer ${cvr}`} lines={5} />
      </>
    );
  }
  if (isApiProblem(query.error) && query.error.status === 404)
    return <IkkeFundet cvr={cvr} backTo={backTo} />;
  return (
    <>
      <PageTitle>Virksomhed</PageTitle>
      {back}
      <h1>Virksomhed med CVR-nummer {cvr}</h1>
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    </>
  );
}

function IkkeFundet({ cvr, backTo, ugyldig = false }: { cvr: string; backTo: string; ugyldig?: boolean }) {
  return (
    <>
      <PageTitle>Virksomheden blev ikke fundet</PageTitle>
      <h1>Virksomheden blev ikke fundet</h1>
      <p>
        {ugyldig
          ? `»${cvr}« er ikke et gyldigt CVR-nummer.`
          : `Der findes ingen virksomhed med CVR-nummer ${cvr}.`}{' '}
        Søg på navnet eller CVR-nummeret i stedet.
      </p>
      <p>
        <Link to={backTo}>Tilbage til søgningen</Link>
      </p>
    </>
  );
}

function VirksomhedVisning({ virksomhed, back }: { virksomhed: Virksomhed; back: ReactNode }) {
  return (
    <>
      <PageTitle>{virksomhed.navn}</PageTitle>
      {back}
      <h1 className="mb-2">{virksomhed.navn}</h1>
      <p className="mt-0">CVR-nummer {virksomhed.cvrNummer}</p>
      {/* The alert comes before anything else about the company: nobody may overlook the conflict (R21). */}
      {virksomhed.konfliktramt && <KonfliktAlert varsler={virksomhed.konfliktvarsler} />}
      <h2>P-enheder</h2>
      {virksomhed.pEnheder.length === 0 ? (
        <p>Virksomheden har ingen P-enheder.</p>
      ) : (
        <PEnhedTabel pEnheder={virksomhed.pEnheder} />
      )}
    </>
  );
}

function PEnhedTabel({ pEnheder }: { pEnheder: readonly PEnhed[] }) {
  return (
    <TableScroll label="P-enheder">
      <table className="table table--compact">
        <caption className="sr-only">P-enheder</caption>
        <thead>
          <tr>
            <th scope="col">P-nummer</th>
            <th scope="col">Navn</th>
            <th scope="col">Adresse</th>
            <th scope="col">JobAG-profil</th>
            <th scope="col">Status</th>
            <th scope="col">Seneste login på JobAG</th>
          </tr>
        </thead>
        <tbody>
          {pEnheder.map((enhed) => (
            <tr key={enhed.pNummer}>
              <td>{enhed.pNummer}</td>
              <td>{enhed.navn}</td>
              <td>
                {enhed.adresse.vejOgNummer}, {enhed.adresse.postnummer} {enhed.adresse.by}
              </td>
              <td>{enhed.jobagProfil ? 'Ja' : 'Nej'}</td>
              <td>
                <BadgeList>
                  {enhed.aktiv ? (
                    <Badge variant="success">Aktiv</Badge>
                  ) : (
                    <Badge variant="warning">Inaktiv</Badge>
                  )}
                  {!enhed.aktiv && enhed.inaktivAarsag && (
                    <span className="small-text">{enhed.inaktivAarsag}</span>
                  )}
                  {enhed.konfliktramt && <Badge variant="error">Konfliktramt</Badge>}
                </BadgeList>
              </td>
              <td>
                {enhed.senesteLogintidspunkt ? (
                  <RelativeTime instant={enhed.senesteLogintidspunkt} />
                ) : (
                  'Aldrig'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
