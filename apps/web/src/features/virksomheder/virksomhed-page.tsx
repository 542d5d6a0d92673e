import { isValidCvr } from '@jobcenter/domain/identifiers/cvr.rules';
import type { PEnhed } from '@jobcenter/domain/virksomhed/virksomhed.contract';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { Badge, BadgeList } from '../../components/badge';
import { ErrorState } from '../../components/error-state';
import { Icon } from '../../components/icon';
import { LoadingSkeleton } from '../../components/loading-skeleton';
import { PageTitle } from '../../components/page-title';
import { RelativeTime } from '../../components/relative-time';
import { TableScroll } from '../../components/table-scroll';
import { isApiProblem } from '../../lib/api-client';
import { formatKalenderdato } from '../../lib/format';
import { besoegsarkPath, jobordrePath, opretJobordrePath, virksomhedSoegPath } from '../../lib/paths';
import { virksomhedQueryOptions } from '../../lib/queries';
import { KonfliktAlert } from './konflikt-alert';
import { Konfliktvarsler } from './konfliktvarsler';
import { soegningFraState } from './virksomheder-paths';
import type { SenesteFormidling, VirksomhedDetalje } from './virksomheder-queries';
import './virksomheder.css';

export function VirksomhedPage() {
  const { cvr = '' } = useParams();
  const backTo = virksomhedSoegPath(soegningFraState(useLocation().state));

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

function VirksomhedVisning({ virksomhed, back }: { virksomhed: VirksomhedDetalje; back: ReactNode }) {
  return (
    <div className="virksomhed-side">
      <PageTitle>{virksomhed.navn}</PageTitle>
      {back}
      <div className="virksomhed-top">
        <div>
          <h1 className="mb-2">{virksomhed.navn}</h1>
          <p className="mt-0 mb-0">CVR-nummer {virksomhed.cvrNummer}</p>
        </div>
        <div className="knap-raekke">
          <Link to={opretJobordrePath(virksomhed.cvrNummer)} className="button button-secondary">
            <Icon name="plus" />
            Opret jobordre
          </Link>
          <Link to={besoegsarkPath(virksomhed.cvrNummer)} className="button button-tertiary">
            <Icon name="print" />
            Udskriv besøgsark
          </Link>
        </div>
      </div>
      {/* The alert comes before anything else about the company: nobody may overlook the conflict (R21). */}
      {virksomhed.konfliktramt && <KonfliktAlert varsler={virksomhed.konfliktvarsler} />}
      <h2>P-enheder</h2>
      {virksomhed.pEnheder.length === 0 ? (
        <p>Virksomheden har ingen P-enheder.</p>
      ) : (
        <PEnhedTabel pEnheder={virksomhed.pEnheder} />
      )}
      <VirksomhedJobordrer virksomhed={virksomhed} />
      <SenesteFormidlinger formidlinger={virksomhed.senesteFormidlinger ?? []} />
      <Konfliktvarsler virksomhed={virksomhed} />
    </div>
  );
}

function VirksomhedJobordrer({ virksomhed }: { virksomhed: VirksomhedDetalje }) {
  const jobordrer = virksomhed.jobordrer ?? [];
  return (
    <section className="virksomhed-sektion" aria-labelledby="virksomhed-jobordrer-heading">
      <h2 id="virksomhed-jobordrer-heading">Jobordrer</h2>
      {jobordrer.length === 0 ? (
        <p>
          Virksomheden har ingen jobordrer. Brug{' '}
          <Link to={opretJobordrePath(virksomhed.cvrNummer)}>Opret jobordre</Link>, når virksomheden vil
          rekruttere.
        </p>
      ) : (
        <TableScroll label="Tabel over virksomhedens jobordrer">
          <table className="table table--compact">
            <caption className="sr-only">Virksomhedens jobordrer</caption>
            <thead>
              <tr>
                <th scope="col">Titel</th>
                <th scope="col">Status</th>
                <th scope="col" className="align-text-right">
                  Stillinger
                </th>
                <th scope="col" className="align-text-right">
                  Kandidater
                </th>
                <th scope="col">Ansøgningsfrist</th>
                <th scope="col">Ansvarligt jobcenter</th>
              </tr>
            </thead>
            <tbody>
              {jobordrer.map((jobordre) => (
                <tr key={jobordre.id}>
                  <td>
                    <Link to={jobordrePath(jobordre.id)}>{jobordre.titel}</Link>
                  </td>
                  <td>
                    <JobordreStatus status={jobordre.status} />
                  </td>
                  <td className="align-text-right">{jobordre.antalStillinger}</td>
                  <td className="align-text-right">{jobordre.antalKandidater}</td>
                  <td className="text-nowrap">
                    {jobordre.ansoegningsfrist ? formatKalenderdato(jobordre.ansoegningsfrist) : '–'}
                  </td>
                  <td>{jobordre.ansvarligtJobcenter.navn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** Åben green, Midlertidig inaktiv yellow, Lukket grey; the name is always written out. */
export function JobordreStatus({ status }: { status: { id: number; navn: string } }) {
  const variant = status.id === 1 ? 'success' : status.id === 2 ? 'warning' : 'neutral';
  return <Badge variant={variant}>{status.navn}</Badge>;
}

/** The latest status changes on the company's jobordrer, without citizens (the API names none here). */
function SenesteFormidlinger({ formidlinger }: { formidlinger: readonly SenesteFormidling[] }) {
  return (
    <section className="virksomhed-sektion" aria-labelledby="seneste-formidlinger-heading">
      <h2 id="seneste-formidlinger-heading">Seneste formidlinger</h2>
      {formidlinger.length === 0 ? (
        <p>Ingen borgere er foreslået til virksomhedens jobordrer endnu.</p>
      ) : (
        <TableScroll label="Tabel over seneste formidlinger">
          <table className="table table--compact">
            <caption className="sr-only">Seneste formidlinger til virksomhedens jobordrer</caption>
            <thead>
              <tr>
                <th scope="col">Tidspunkt</th>
                <th scope="col">Jobordre</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {formidlinger.map((formidling) => (
                <tr
                  key={`${formidling.jobordreId}-${formidling.tidspunkt}-${formidling.formidlingsstatus.id}`}
                >
                  <td className="text-nowrap">
                    <RelativeTime instant={formidling.tidspunkt} />
                  </td>
                  <td>
                    <Link to={jobordrePath(formidling.jobordreId)}>{formidling.jobordreTitel}</Link>
                  </td>
                  <td>{formidling.formidlingsstatus.navn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
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
