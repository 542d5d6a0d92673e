import { joblogGrundTekst } from '@jobcenter/domain/borger/borger-status.tekst';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Badge } from '../../components/badge';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { TableScroll } from '../../components/table-scroll';
import { useBorgerOutlet } from '../../lib/borger-outlet';
import { formatDatoTid, formatKalenderdato } from '../../lib/format';
import { joblogPath } from '../../lib/paths';
import { KEEP_FOCUS_STATE } from '../../lib/use-focus-on-navigation';
import { denneMaaned, flytMaaned, formatMaaned, parseMaaned } from './joblog-loaders';
import { joblogQueryOptions } from './joblog-queries';

/**
 * The joblog of one calendar month, with the month in the URL (?maaned=). The requirement follows the calendar
 * month (R16): there is deliberately no "30 days without joblog" warning.
 */
export function JoblogFane() {
  const { borger } = useBorgerOutlet();
  const [searchParams] = useSearchParams();
  const raw = searchParams.get('maaned');
  const maaned = parseMaaned(raw);
  const nu = denneMaaned();

  return (
    <>
      <div className="fane-top">
        <h2 className="mt-0">Joblog</h2>
        <nav className="maaned-skifter" aria-label="Vælg måned">
          {maaned && (
            <Link
              to={joblogPath(borger.id, flytMaaned(maaned, -1))}
              state={KEEP_FOCUS_STATE}
              className="button button-secondary"
            >
              <Icon name="chevron-left" />
              Forrige måned
            </Link>
          )}
          {maaned && maaned < nu && (
            <Link
              to={joblogPath(borger.id, flytMaaned(maaned, 1))}
              state={KEEP_FOCUS_STATE}
              className="button button-secondary"
            >
              Næste måned
              <Icon name="chevron-right" />
            </Link>
          )}
          {maaned !== nu && (
            <Link to={joblogPath(borger.id, nu)} state={KEEP_FOCUS_STATE} className="button button-tertiary">
              Denne måned
            </Link>
          )}
        </nav>
      </div>
      {maaned ? (
        <Maaned borgerId={borger.id} maaned={maaned} denne={maaned === nu} />
      ) : (
        <EmptyState heading="Ukendt måned" headingLevel={3}>
          »{raw}« er ikke en måned. Brug »Denne måned«, eller skriv måneden som ÅÅÅÅ-MM.
        </EmptyState>
      )}
    </>
  );
}

function Maaned({ borgerId, maaned, denne }: { borgerId: string; maaned: string; denne: boolean }) {
  const query = useQuery(joblogQueryOptions(borgerId, maaned));
  const navn = formatMaaned(maaned);
  const items = [...(query.data?.items ?? [])].sort((a, b) =>
    b.submissionDate.localeCompare(a.submissionDate),
  );

  return (
    <section aria-labelledby="joblog-maaned">
      <h3 id="joblog-maaned" className="joblog-maaned">
        {navn.charAt(0).toUpperCase() + navn.slice(1)}
        {denne && <span className="small-text"> · denne måned</span>}
      </h3>
      <QueryState query={query} loading={`Indlæser joblog for ${navn}`} lines={3} headingLevel={3}>
        {(data) => (
          <>
            <div className="joblog-status">
              <p className="joblog-antal">
                <strong>
                  {data.antal} {data.antal === 1 ? 'ansøgning' : 'ansøgninger'} i {navn}
                </strong>
              </p>
              <p className="joblog-krav">
                {data.krav ? (
                  <Badge variant="info">Joblog påkrævet</Badge>
                ) : (
                  <Badge variant="neutral">Ingen joblog</Badge>
                )}{' '}
                <span>{joblogGrundTekst(data.kravGrund)}</span>
              </p>
            </div>
            {items.length === 0 ? (
              <EmptyState>
                Der er ingen ansøgninger i joblogen i {navn}. Borgeren registrerer sine ansøgninger på Jobnet;
                vælg en anden måned for at se tidligere ansøgninger.
              </EmptyState>
            ) : (
              <TableScroll label={`Joblog for ${navn}`}>
                <table className="table table--compact joblog-tabel">
                  <caption className="sr-only">Ansøgninger i {navn}, nyeste først</caption>
                  <thead>
                    <tr>
                      <th scope="col">Søgt</th>
                      <th scope="col">Stilling</th>
                      <th scope="col">Virksomhed</th>
                      <th scope="col">Ansøgningsfrist</th>
                      <th scope="col">Registreret</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item) => (
                      <tr key={item.id}>
                        <td className="text-nowrap">{formatKalenderdato(item.submissionDate)}</td>
                        <td>{item.stillingsbetegnelse}</td>
                        <td>{item.virksomhed}</td>
                        <td className="text-nowrap">
                          {item.submissionDeadlineDate
                            ? formatKalenderdato(item.submissionDeadlineDate)
                            : '–'}
                        </td>
                        <td className="text-nowrap">
                          <time dateTime={item.registreret}>{formatDatoTid(item.registreret)}</time>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
