import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { useQuery } from '@tanstack/react-query';
import { Icon } from '../../components/icon';
import { brevPdfPath } from '../../lib/paths';
import { breveQueryOptions } from '../../lib/queries';

const brevTitel = {
  INDKALDELSE: 'Indkaldelsen',
  KVITTERING: 'Kvitteringen',
  AENDRING: 'Ændringsbrevet',
  AFLYSNING: 'Aflysningen',
} as const;

/**
 * The latest letter the citizen got about this meeting, as PDF, one click from the meeting (the list of all
 * letters is the tab "Breve og beskeder"). Reminders are left out: the letter says what the meeting is.
 */
export function MoedeBrev({ borgerId, moede }: { borgerId: string; moede: Indkaldelse }) {
  const breve = useQuery(breveQueryOptions(borgerId));
  const brev = breve.data?.items.find((b) => b.indkaldelseId === moede.id && b.type !== 'PAAMINDELSE');
  if (!brev || brev.type === 'PAAMINDELSE') return null;
  return (
    <a
      href={brevPdfPath(brev.id)}
      target="_blank"
      rel="noopener noreferrer"
      className="function-link moede-brev"
      aria-label={`${brevTitel[brev.type]} til mødet som PDF (åbner i nyt vindue)`}
    >
      <Icon name="file-pdf" />
      {brevTitel[brev.type]} (PDF)
    </a>
  );
}
