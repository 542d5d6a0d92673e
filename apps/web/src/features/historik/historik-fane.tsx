import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { TableScroll } from '../../components/table-scroll';
import { useBorgerOutlet } from '../../lib/borger-outlet';
import { formatDatoTid } from '../../lib/format';
import { historikQueryOptions } from './historik-queries';

/** Everything that happened on the citizen's case, newest first, and who did it. */
export function HistorikFane() {
  const { borger } = useBorgerOutlet();
  const query = useQuery(historikQueryOptions(borger.id));

  return (
    <>
      <h2 className="mt-0">Historik</h2>
      <QueryState
        query={query}
        loading="Indlæser historik"
        headingLevel={3}
        isEmpty={(data) => data.items.length === 0}
        empty={<EmptyState>Der er endnu ikke registreret noget på borgeren.</EmptyState>}
      >
        {(data) => (
          <TableScroll label="Historik">
            <table className="table table--compact">
              <caption className="sr-only">Borgerens historik, nyeste først</caption>
              <thead>
                <tr>
                  <th scope="col">Tidspunkt</th>
                  <th scope="col">Hændelse</th>
                  <th scope="col">Myndighed</th>
                  <th scope="col">Bruger</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item, index) => (
                  // The history has no ids; its order is fixed (newest first) and it only grows.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                  <tr key={`${item.tidspunkt}-${index}`}>
                    <td className="text-nowrap">
                      <time dateTime={item.tidspunkt}>{formatDatoTid(item.tidspunkt)}</time>
                    </td>
                    <td>{item.beskrivelse}</td>
                    <td>{item.myndighed.navn}</td>
                    <td>{item.bruger ?? 'System'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </QueryState>
    </>
  );
}
