import { useQuery } from '@tanstack/react-query';
import { Icon } from '../../components/icon';
import { MoedeformVisning } from '../../components/moedeform';
import { QueryState } from '../../components/query-state';
import { formatDatoTid } from '../../lib/format';
import { moededeltagelsesvalgQueryOptions } from './indkaldelser-queries';

/**
 * The disclosure of the citizen's choices of mødeform on a meeting. A button with aria-expanded (not a native
 * <details>) so the list is fetched only when it is opened, and only what is open is in the page.
 */
export function ValgHistorikKnap({
  panelId,
  aaben,
  onSkift,
  moedeNavn,
}: {
  panelId: string;
  aaben: boolean;
  onSkift: () => void;
  /** The meeting's time, so each meeting's button has a name of its own for a screen reader. */
  moedeNavn: string;
}) {
  return (
    <button
      type="button"
      className="function-link valg-historik-knap"
      aria-expanded={aaben}
      aria-controls={aaben ? panelId : undefined}
      onClick={onSkift}
    >
      <Icon name={aaben ? 'chevron-up' : 'chevron-down'} />
      Alle valg <span className="sr-only">til mødet {moedeNavn}</span>
    </button>
  );
}

/** Every choice registered on the meeting, newest first, replaced ones included; fetched when shown. */
export function ValgHistorikPanel({ panelId, indkaldelseId }: { panelId: string; indkaldelseId: string }) {
  const query = useQuery(moededeltagelsesvalgQueryOptions(indkaldelseId));
  return (
    <div id={panelId} className="valg-historik">
      <QueryState
        query={query}
        loading="Indlæser borgerens valg"
        lines={2}
        headingLevel={4}
        isEmpty={(data) => data.items.length === 0}
        empty={<p className="small-text m-0">Der er ikke registreret noget valg til mødet.</p>}
      >
        {(data) => (
          <table className="table table--compact valg-historik-tabel">
            <caption>Borgerens valg af mødeform, nyeste først</caption>
            <thead>
              <tr>
                <th scope="col">Valgt</th>
                <th scope="col">Registreret</th>
                <th scope="col">Af</th>
                <th scope="col">Myndighed</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((valg, index) => (
                // A choice has no id of its own; the list is fixed, newest first, and only grows.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                <tr key={`${valg.registreret}-${index}`}>
                  <td>
                    <span className="valg-historik-valgt">
                      <MoedeformVisning id={valg.moedeform.id} navn={valg.moedeform.navn} />
                      <span className="valg-historik-status">{index === 0 ? 'gældende' : 'erstattet'}</span>
                    </span>
                  </td>
                  <td className="text-nowrap">
                    <time dateTime={valg.registreret}>{formatDatoTid(valg.registreret)}</time>
                  </td>
                  <td>{valg.af}</td>
                  <td>{valg.myndighed.navn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </div>
  );
}
