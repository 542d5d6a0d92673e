import { isValidCvr } from '@jobcenter/domain/identifiers/cvr.rules';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { ErrorState } from '../../components/error-state';
import { Icon } from '../../components/icon';
import { LoadingSkeleton } from '../../components/loading-skeleton';
import { PageTitle } from '../../components/page-title';
import { isApiProblem } from '../../lib/api-client';
import { formatDato, formatDatoTid, formatKalenderdato } from '../../lib/format';
import { virksomhedPath, virksomhedSoegPath } from '../../lib/paths';
import { virksomhedQueryOptions } from '../../lib/queries';
import { useSession } from '../../lib/session';
import { periodeTekst } from './konfliktvarsler';
import type { VirksomhedDetalje } from './virksomheder-queries';
import './virksomheder.css';

/**
 * "Udskriv besøgsark": what the virksomhedskonsulent takes to the visit, on one A4 page. On screen a toolbar
 * offers "Udskriv" and the way back; in print only the sheet remains (virksomheder.css).
 */
export function BesoegsarkPage() {
  const { cvr = '' } = useParams();
  if (!isValidCvr(cvr)) {
    return (
      <>
        <PageTitle>Virksomheden blev ikke fundet</PageTitle>
        <h1>Virksomheden blev ikke fundet</h1>
        <p>»{cvr}« er ikke et gyldigt CVR-nummer. Søg på navnet eller CVR-nummeret i stedet.</p>
        <p>
          <Link to={virksomhedSoegPath()}>Gå til søgningen</Link>
        </p>
      </>
    );
  }
  return <BesoegsarkIndhold cvr={cvr} />;
}

function BesoegsarkIndhold({ cvr }: { cvr: string }) {
  const query = useQuery(virksomhedQueryOptions(cvr));
  const back = <BackLink to={virksomhedPath(cvr)}>Tilbage til virksomheden</BackLink>;

  if (query.data) return <Besoegsark virksomhed={query.data} />;
  if (query.isFetching) {
    return (
      <>
        <PageTitle>Besøgsark</PageTitle>
        {back}
        <h1>
          <span className="sr-only">Indlæser besøgsark</span>
          <span className="skeleton-bar skeleton-bar--heading" aria-hidden="true" />
        </h1>
        <LoadingSkeleton label={`Indlæser besøgsarket for CVR-nummer ${cvr}`} lines={6} />
      </>
    );
  }
  const ikkeFundet = isApiProblem(query.error) && query.error.status === 404;
  return (
    <>
      <PageTitle>{ikkeFundet ? 'Virksomheden blev ikke fundet' : 'Besøgsark'}</PageTitle>
      {back}
      <h1>{ikkeFundet ? 'Virksomheden blev ikke fundet' : `Besøgsark for CVR-nummer ${cvr}`}</h1>
      {ikkeFundet ? (
        <p>
          Der findes ingen virksomhed med CVR-nummer {cvr}.{' '}
          <Link to={virksomhedSoegPath()}>Søg virksomheden frem</Link>.
        </p>
      ) : (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      )}
    </>
  );
}

/** The time on the sheet: when it was opened, and again the moment the browser prints it. */
function useUdskrivningstidspunkt(): Date {
  const [nu, setNu] = useState(() => new Date());
  useEffect(() => {
    const opdater = () => setNu(new Date());
    window.addEventListener('beforeprint', opdater);
    return () => window.removeEventListener('beforeprint', opdater);
  }, []);
  return nu;
}

function Besoegsark({ virksomhed }: { virksomhed: VirksomhedDetalje }) {
  const { bruger } = useSession();
  const nu = useUdskrivningstidspunkt();
  const aktiveVarsler = virksomhed.konfliktvarsler.filter((varsel) => varsel.aktiv);
  const jobordrer = virksomhed.jobordrer ?? [];
  const aabne = jobordrer.filter((jobordre) => jobordre.status.id === 1);
  const formidlinger = virksomhed.senesteFormidlinger ?? [];

  return (
    <div className="besoegsark-side">
      <PageTitle>{`Besøgsark: ${virksomhed.navn}`}</PageTitle>
      <div className="besoegsark-vaerktoej d-print-none">
        <BackLink to={virksomhedPath(virksomhed.cvrNummer)}>Tilbage til virksomheden</BackLink>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          <Icon name="print" />
          Udskriv
        </button>
      </div>
      <article className="besoegsark" aria-labelledby="besoegsark-heading">
        <header className="besoegsark-hoved">
          <h1 id="besoegsark-heading">{virksomhed.navn}</h1>
          <p>CVR-nummer {virksomhed.cvrNummer} · Besøgsark</p>
        </header>

        {virksomhed.konfliktramt && (
          <section className="besoegsark-konflikt" aria-labelledby="besoegsark-konflikt-heading">
            <h2 id="besoegsark-konflikt-heading">Konfliktramt virksomhed</h2>
            <ul className="no-max-width">
              {aktiveVarsler.map((varsel) => (
                <li key={varsel.id}>
                  {varsel.tekst}{' '}
                  <span className="besoegsark-lille">
                    ({periodeTekst(varsel)}, {varsel.pNummer ? `P-enhed ${varsel.pNummer}` : 'alle P-enheder'}
                    ; registreret af {varsel.myndighed.navn})
                  </span>
                </li>
              ))}
            </ul>
            <p>
              Jobcentret forholder sig neutralt: ingen formidling til virksomhedens jobordrer, mens konflikten
              varer.
            </p>
          </section>
        )}

        <section aria-labelledby="besoegsark-penheder-heading">
          <h2 id="besoegsark-penheder-heading">P-enheder</h2>
          {virksomhed.pEnheder.length === 0 ? (
            <p>Virksomheden har ingen P-enheder.</p>
          ) : (
            <table className="besoegsark-tabel">
              <thead>
                <tr>
                  <th scope="col">P-nummer</th>
                  <th scope="col">Adresse</th>
                  <th scope="col">JobAG-profil</th>
                  <th scope="col">Status</th>
                  <th scope="col">Seneste login</th>
                </tr>
              </thead>
              <tbody>
                {virksomhed.pEnheder.map((enhed) => (
                  <tr key={enhed.pNummer}>
                    <td>{enhed.pNummer}</td>
                    <td>
                      {enhed.adresse.vejOgNummer}, {enhed.adresse.postnummer} {enhed.adresse.by}
                    </td>
                    <td>{enhed.jobagProfil ? 'Ja' : 'Nej'}</td>
                    <td>
                      {enhed.aktiv
                        ? 'Aktiv'
                        : `Inaktiv${enhed.inaktivAarsag ? `: ${enhed.inaktivAarsag}` : ''}`}
                      {enhed.konfliktramt && <strong> · Konfliktramt</strong>}
                    </td>
                    <td>
                      {enhed.senesteLogintidspunkt ? formatDato(enhed.senesteLogintidspunkt) : 'Aldrig'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section aria-labelledby="besoegsark-jobordrer-heading">
          <h2 id="besoegsark-jobordrer-heading">Åbne jobordrer</h2>
          {aabne.length === 0 ? (
            <p>Ingen åbne jobordrer.</p>
          ) : (
            <table className="besoegsark-tabel">
              <thead>
                <tr>
                  <th scope="col">Titel</th>
                  <th scope="col" className="besoegsark-tal">
                    Stillinger
                  </th>
                  <th scope="col" className="besoegsark-tal">
                    Kandidater
                  </th>
                  <th scope="col">Ansøgningsfrist</th>
                  <th scope="col">Ansvarligt jobcenter</th>
                </tr>
              </thead>
              <tbody>
                {aabne.map((jobordre) => (
                  <tr key={jobordre.id}>
                    <td>{jobordre.titel}</td>
                    <td className="besoegsark-tal">{jobordre.antalStillinger}</td>
                    <td className="besoegsark-tal">{jobordre.antalKandidater}</td>
                    <td>{jobordre.ansoegningsfrist ? formatKalenderdato(jobordre.ansoegningsfrist) : '–'}</td>
                    <td>{jobordre.ansvarligtJobcenter.navn}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {jobordrer.length > aabne.length && (
            <p className="besoegsark-lille">
              Desuden {jobordrer.length - aabne.length}{' '}
              {jobordrer.length - aabne.length === 1 ? 'jobordre' : 'jobordrer'}, der er lukket eller
              midlertidigt inaktiv.
            </p>
          )}
        </section>

        <section aria-labelledby="besoegsark-formidlinger-heading">
          <h2 id="besoegsark-formidlinger-heading">Seneste formidlinger</h2>
          {formidlinger.length === 0 ? (
            <p>Ingen formidlinger til virksomhedens jobordrer endnu.</p>
          ) : (
            <table className="besoegsark-tabel">
              <thead>
                <tr>
                  <th scope="col">Dato</th>
                  <th scope="col">Jobordre</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {formidlinger.map((formidling) => (
                  <tr
                    key={`${formidling.jobordreId}-${formidling.tidspunkt}-${formidling.formidlingsstatus.id}`}
                  >
                    <td>{formatDato(formidling.tidspunkt)}</td>
                    <td>{formidling.jobordreTitel}</td>
                    <td>{formidling.formidlingsstatus.navn}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <footer className="besoegsark-fod">
          Udskrevet {formatDatoTid(nu)} af {bruger.navn}
        </footer>
      </article>
    </div>
  );
}
