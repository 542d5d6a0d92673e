import type { Brev } from '@jobcenter/domain/brev/brev.contract';
import type { BrevType } from '@jobcenter/domain/brev/brev.rules';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Badge } from '../../components/badge';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icon';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryState } from '../../components/query-state';
import { TableScroll } from '../../components/table-scroll';
import { UdfoertBesked } from '../../components/udfoert-besked';
import { type ApiProblem, toApiProblem } from '../../lib/api-client';
import { useBorgerOutlet } from '../../lib/borger-outlet';
import { formatDatoTid } from '../../lib/format';
import { brevPdfPath } from '../../lib/paths';
import { breveQueryOptions } from '../../lib/queries';
import { sendIgenMutationOptions } from './breve-queries';
import './breve.css';

const typeTekst: Record<BrevType, string> = {
  INDKALDELSE: 'Indkaldelse',
  KVITTERING: 'Kvittering',
  AENDRING: 'Ændring',
  AFLYSNING: 'Aflysning',
  PAAMINDELSE: 'Påmindelse',
};

const kanalTekst: Record<Brev['kanal'], { tekst: string; ikon: string }> = {
  digital_post: { tekst: 'Digital Post', ikon: 'email' },
  sms: { tekst: 'SMS', ikon: 'chat' },
};

/** "Påmindelse (SMS) 26.11.2026 kl. 09.00": which letter, in words a screen reader can say in a link or button. */
function brevNavn(brev: Brev): string {
  return `${typeTekst[brev.type]} (${kanalTekst[brev.kanal].tekst}) ${formatDatoTid(brev.sendtTidspunkt ?? brev.planlagtTil)}`;
}

/** Every letter and reminder to the citizen, newest first, with its state; a failed one can be sent again. */
export function BreveFane() {
  const { borger } = useBorgerOutlet();
  // Always asked again when the tab opens: what the frame fetched may be older than the letters' state. The
  // frame starts the same query, so there is no loader of its own.
  const query = useQuery({ ...breveQueryOptions(borger.id), staleTime: 0 });
  const sendIgen = useMutation(sendIgenMutationOptions(borger.id));
  const [besked, setBesked] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const beskedRef = useRef<HTMLDivElement>(null);

  const onSendIgen = async (brev: Brev) => {
    if (sendIgen.isPending) return;
    setBesked(null);
    setProblem(null);
    try {
      await sendIgen.mutateAsync(brev.id);
      setBesked(
        `${typeTekst[brev.type]} (${kanalTekst[brev.kanal].tekst}) er sat til at blive sendt igen nu.`,
      );
    } catch (error) {
      setProblem(toApiProblem(error));
    }
    // The button is gone with the failed state: focus goes to what happened instead of being lost.
    beskedRef.current?.focus();
  };

  return (
    <>
      <h2 className="mt-0">Breve og beskeder</h2>
      <p className="small-text breve-intro">
        Breve går til borgerens Digital Post.{' '}
        {borger.mobilnummer
          ? 'Påmindelser dagen før et møde går som SMS til borgerens mobilnummer.'
          : 'Borgeren har intet mobilnummer, så påmindelser dagen før et møde går også til Digital Post.'}
      </p>
      <div ref={beskedRef} tabIndex={-1} className="breve-besked">
        <UdfoertBesked besked={besked} />
        {problem && <ProblemAlert problem={problem} headingLevel={3} className="mb-4" />}
      </div>
      <QueryState
        query={query}
        loading="Indlæser breve og beskeder"
        headingLevel={3}
        isEmpty={(data) => data.items.length === 0}
        empty={
          <EmptyState>
            Borgeren har endnu ikke fået breve eller påmindelser. Når du indkalder borgeren til en samtale,
            sendes indkaldelsen her, og dagen før mødet en påmindelse.
          </EmptyState>
        }
      >
        {(data) => (
          <TableScroll label="Breve og beskeder">
            <table className="table table--compact breve-tabel">
              <caption className="sr-only">Breve og påmindelser til borgeren, nyeste først</caption>
              <thead>
                <tr>
                  <th scope="col">Brev</th>
                  <th scope="col">Kanal</th>
                  <th scope="col">Status</th>
                  <th scope="col">Handlinger</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((brev) => (
                  <tr key={brev.id}>
                    <td>
                      <strong>{typeTekst[brev.type]}</strong>
                    </td>
                    <td className="text-nowrap">
                      <Icon name={kanalTekst[brev.kanal].ikon} className="breve-kanal-ikon" />
                      {kanalTekst[brev.kanal].tekst}
                    </td>
                    <td>
                      <BrevStatus brev={brev} />
                    </td>
                    <td>
                      <div className="breve-handlinger">
                        <a
                          href={brevPdfPath(brev.id)}
                          target="_blank"
                          rel="noopener noreferrer"
                          className="breve-pdf"
                          aria-label={`Åbn PDF: ${brevNavn(brev)} (åbner i nyt vindue)`}
                        >
                          <Icon name="file-pdf" />
                          Åbn PDF
                        </a>
                        {brev.status === 'fejlet' && (
                          <button
                            type="button"
                            className="function-link"
                            aria-disabled={sendIgen.isPending || undefined}
                            aria-label={`Send igen: ${brevNavn(brev)}`}
                            onClick={() => void onSendIgen(brev)}
                          >
                            <Icon name="refresh" />
                            Send igen
                          </button>
                        )}
                      </div>
                    </td>
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

function BrevStatus({ brev }: { brev: Brev }) {
  switch (brev.status) {
    case 'planlagt':
      return (
        <Badge variant="info">
          Planlagt til <time dateTime={brev.planlagtTil}>{formatDatoTid(brev.planlagtTil)}</time>
        </Badge>
      );
    case 'sendt':
      return brev.sendtTidspunkt ? (
        <Badge variant="success">
          Sendt <time dateTime={brev.sendtTidspunkt}>{formatDatoTid(brev.sendtTidspunkt)}</time>
        </Badge>
      ) : (
        <Badge variant="success">Sendt</Badge>
      );
    case 'fejlet':
      return (
        <>
          <Badge variant="error">Fejlet efter {brev.forsoeg} forsøg</Badge>
          {brev.fejl && <span className="d-block small-text breve-fejl">{brev.fejl}</span>}
        </>
      );
    case 'annulleret':
      return <Badge variant="neutral">Annulleret</Badge>;
  }
}
