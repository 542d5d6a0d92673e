import type { OpretKonfliktvarsel } from '@jobcenter/domain/jobordre/jobordre.contract';
import type { Virksomhed } from '@jobcenter/domain/virksomhed/virksomhed.contract';
import { virksomhedSchema, virksomhedSoegSvarSchema } from '@jobcenter/domain/virksomhed/virksomhed.contract';
import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api-client';
import { jobordreKeys, virksomhedKeys } from '../../lib/query-keys';

export type { SenesteFormidling, VirksomhedJobordre } from '@jobcenter/domain/virksomhed/virksomhed.contract';
export type { OpretKonfliktvarsel };
/** The company page's view of GET /api/virksomheder/:cvr. */
export type VirksomhedDetalje = Virksomhed;

const cvrPath = (cvr: string) => `/api/virksomheder/${encodeURIComponent(cvr)}`;

export const virksomhedSoegQueryOptions = (q: string) =>
  queryOptions({
    queryKey: virksomhedKeys.soeg(q),
    queryFn: ({ signal }) =>
      apiFetch(`/api/virksomheder?q=${encodeURIComponent(q)}`, { signal, schema: virksomhedSoegSvarSchema }),
  });

/** R21: a virksomhedskonsulent registers a konflikt notice; the answer is the company as it is now. */
export const opretKonfliktvarselMutationOptions = (cvr: string) =>
  mutationOptions({
    mutationKey: ['konfliktvarsler', 'opret', cvr],
    onSuccess: (virksomhed, _variables, _result, { client }) => visNyVersion(client, virksomhed),
    mutationFn: (body: OpretKonfliktvarsel) =>
      apiFetch(`${cvrPath(cvr)}/konfliktvarsler`, { method: 'POST', body, schema: virksomhedSchema }),
  });

/** Ends a notice on a date (through that day); the answer is the company as it is now. */
export const afslutKonfliktvarselMutationOptions = () =>
  mutationOptions({
    mutationKey: ['konfliktvarsler', 'afslut'],
    onSuccess: (virksomhed, _variables, _result, { client }) => visNyVersion(client, virksomhed),
    mutationFn: ({ varselId, tilDato }: { varselId: string; tilDato: string }) =>
      apiFetch(`/api/konfliktvarsler/${encodeURIComponent(varselId)}/afslut`, {
        method: 'POST',
        body: { tilDato },
        schema: virksomhedSchema,
      }),
  });

/** The company as the API answered after a change; its jobordrer's formidling state follows (R21). */
function visNyVersion(queryClient: QueryClient, virksomhed: VirksomhedDetalje): void {
  queryClient.setQueryData(virksomhedKeys.detalje(virksomhed.cvrNummer), virksomhed);
  void queryClient.invalidateQueries({ queryKey: virksomhedKeys.soegninger() });
  void queryClient.invalidateQueries({ queryKey: jobordreKeys.all });
}
