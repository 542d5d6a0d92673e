import { type BrugerRef, brugerListeSchema } from '@jobcenter/domain/auth/auth.contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Ref } from 'react';
import { apiFetch } from '../lib/api-client';
import { brugerKeys } from '../lib/query-keys';
import { SelectField } from './select-field';

/** The sagsbehandlere of the user's own jobcentre: the ones the API lets the user make ansvarlig. */
export const sagsbehandlereQueryOptions = () =>
  queryOptions({
    queryKey: brugerKeys.sagsbehandlere,
    queryFn: ({ signal }) =>
      apiFetch('/api/brugere?rolle=sagsbehandler', { signal, schema: brugerListeSchema }),
    staleTime: 10 * 60_000,
  });

/** The select's value for nobody. */
export const INGEN_ANSVARLIG = '';

/**
 * "Ansvarlig sagsbehandler": a labelled select of the own jobcentre's sagsbehandlere and "Ingen". The present
 * ansvarlig stays an option when the list does not hold it (a colleague of another jobcentre of the kommune), so
 * opening the select never changes it by itself. The value is a brugernavn, or INGEN_ANSVARLIG.
 */
export function AnsvarligSelect({
  id,
  value,
  nuvaerende,
  onChange,
  error,
  hint,
  ref,
}: {
  id: string;
  value: string;
  nuvaerende: BrugerRef | null;
  onChange: (brugernavn: string) => void;
  error?: string | undefined;
  hint?: string;
  ref?: Ref<HTMLSelectElement>;
}) {
  const query = useQuery(sagsbehandlereQueryOptions());
  const kolleger = query.data?.items ?? [];
  const valg =
    nuvaerende && !kolleger.some((b) => b.brugernavn === nuvaerende.brugernavn)
      ? [nuvaerende, ...kolleger]
      : kolleger;
  return (
    <SelectField
      ref={ref}
      id={id}
      label="Ansvarlig sagsbehandler"
      value={value}
      error={error}
      hint={query.isError ? 'Kollegerne kunne ikke hentes. Prøv igen om lidt.' : hint}
      className="input-width-l"
      onChange={(event) => onChange(event.target.value)}
    >
      <option value={INGEN_ANSVARLIG}>Ingen ansvarlig</option>
      {query.isPending && <option disabled>Henter sagsbehandlere …</option>}
      {valg.map((bruger) => (
        <option key={bruger.brugernavn} value={bruger.brugernavn}>
          {bruger.navn} ({bruger.brugernavn})
        </option>
      ))}
    </SelectField>
  );
}
