import { aflysIndkaldelseSchema, type Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BegrundetHandling } from '../../components/begrundet-handling';
import { aflysIndkaldelseMutationOptions } from './indkaldelser-queries';
import { KONFLIKT_TEKST } from './ret-indkaldelse';

/** Aflysning: the reason is mandatory and asked for inline, beside the meeting. */
export function AflysIndkaldelse({
  borgerId,
  indkaldelse,
  onLuk,
}: {
  borgerId: string;
  indkaldelse: Indkaldelse;
  onLuk: (besked?: string) => void;
}) {
  const _queryClient = useQueryClient();
  const aflys = useMutation(aflysIndkaldelseMutationOptions(borgerId));
  return (
    <BegrundetHandling
      id={`aflys-${indkaldelse.id}`}
      overskrift="Aflys mødet"
      schema={aflysIndkaldelseSchema}
      felt="aflysningsaarsag"
      label="Årsag til aflysning"
      hint="Årsagen gemmes på mødet og i borgerens historik"
      knap="Aflys mødet"
      konflikt={{
        overskrift: KONFLIKT_TEKST,
        tekst:
          'Mødet ovenfor viser nu den nyeste version. Aflys igen, hvis det stadig er rigtigt; din årsag står stadig i feltet.',
      }}
      udfoer={async (aflysningsaarsag) => {
        // The version from the list as it is now: after a 412 the list is refetched, and a new try builds on it.
        await aflys.mutateAsync({
          indkaldelseId: indkaldelse.id,
          version: indkaldelse.version,
          aflysningsaarsag,
        });
        onLuk('Mødet er aflyst');
      }}
      onLuk={() => onLuk()}
    />
  );
}
