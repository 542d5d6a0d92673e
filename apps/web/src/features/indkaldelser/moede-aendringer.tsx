import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { formatDatoTid } from '../../lib/format';

type AendringAf = Indkaldelse['oprettet'];
type Myndighed = AendringAf['myndighed'];

/**
 * Who did it, as a caseworker reads it: a colleague by name, a system by its name marked as a system
 * ("Jobnet (system)"; a name that already says so, "… (fagsystem)", is not marked twice), and the myndighed
 * only when it is not the user's own and not the system's own name (Jobnet acts as the myndighed Jobnet).
 */
export function aktoerTekst(
  af: { type?: 'bruger' | 'system'; navn: string },
  myndighed: Myndighed,
  egenMyndighedKode: string | null,
): string {
  const system = af.type === 'system' && !/system/i.test(af.navn) ? ' (system)' : '';
  const fremmed = myndighed.kode !== egenMyndighedKode && myndighed.navn !== af.navn;
  return `${af.navn}${system}${fremmed ? `, ${myndighed.navn}` : ''}`;
}

/** "Oprettet 19.11.2026 kl. 10.15 af Signe Bach · Senest ændret … af Jobnet (system)": one calm line. */
export function MoedeAendringer({
  moede,
  egenMyndighedKode,
}: {
  moede: Indkaldelse;
  egenMyndighedKode: string | null;
}) {
  return (
    <dl className="moede-aendringer">
      <Aendring term="Oprettet" aendring={moede.oprettet} egenMyndighedKode={egenMyndighedKode} />
      {moede.senestAendret && (
        <Aendring term="Senest ændret" aendring={moede.senestAendret} egenMyndighedKode={egenMyndighedKode} />
      )}
    </dl>
  );
}

function Aendring({
  term,
  aendring,
  egenMyndighedKode,
}: {
  term: string;
  aendring: AendringAf;
  egenMyndighedKode: string | null;
}) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        <time dateTime={aendring.tidspunkt}>{formatDatoTid(aendring.tidspunkt)}</time> af{' '}
        {aktoerTekst(aendring.af, aendring.myndighed, egenMyndighedKode)}
      </dd>
    </div>
  );
}
