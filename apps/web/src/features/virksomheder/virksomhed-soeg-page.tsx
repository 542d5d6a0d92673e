import { zodResolver } from '@hookform/resolvers/zod';
import {
  type VirksomhedSoegSvar,
  virksomhedSoegQuerySchema,
} from '@jobcenter/domain/virksomhed/virksomhed.contract';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { Badge, BadgeList } from '../../components/badge';
import { EmptyState } from '../../components/empty-state';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { TableScroll } from '../../components/table-scroll';
import { TextField } from '../../components/text-field';
import { virksomhedPath } from '../../lib/paths';
import { parseSoegning } from './virksomheder-loaders';
import type { FraSoegning } from './virksomheder-paths';
import { virksomhedSoegQueryOptions } from './virksomheder-queries';

type SoegInput = z.input<typeof virksomhedSoegQuerySchema>;
type SoegOutput = z.output<typeof virksomhedSoegQuerySchema>;

export function VirksomhedSoegPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('q') ?? '';
  const q = parseSoegning(raw);

  const {
    register,
    handleSubmit,
    reset,
    trigger,
    formState: { errors },
  } = useForm<SoegInput, unknown, SoegOutput>({
    resolver: zodResolver(virksomhedSoegQuerySchema),
    defaultValues: { q: raw },
  });

  // The URL is the source of the search (back/forward, a shared link); the field follows it.
  useEffect(() => {
    reset({ q: raw });
    if (raw !== '' && parseSoegning(raw) === null) void trigger('q');
  }, [raw, reset, trigger]);

  const onSubmit = (values: SoegOutput) => setSearchParams({ q: values.q });

  return (
    <>
      <PageTitle>Virksomheder</PageTitle>
      <h1>Virksomheder</h1>
      <p className="font-lead">Find virksomheden før besøget: P-enheder, JobAG-profil og konfliktvarsler.</p>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and to browsers from before 2023; the role gives the same landmark. */}
      <form role="search" aria-label="Søg virksomhed" noValidate onSubmit={handleSubmit(onSubmit)}>
        <TextField
          id="q"
          type="search"
          label="Navn eller CVR-nummer"
          autoComplete="off"
          error={errors.q?.message}
          button={
            <button type="submit" className="button button-search">
              Søg
            </button>
          }
          {...register('q')}
        />
      </form>
      {q ? (
        <SoegeResultater q={q} />
      ) : (
        <p className="mt-6">Skriv en del af virksomhedens navn eller et CVR-nummer på 8 cifre.</p>
      )}
    </>
  );
}

function SoegeResultater({ q }: { q: string }) {
  const query = useQuery(virksomhedSoegQueryOptions(q));
  const items = query.data?.items;
  const status =
    items === undefined
      ? query.isFetching
        ? 'Søger …'
        : ''
      : items.length === 0
        ? 'Ingen virksomheder fundet.'
        : `${items.length} ${items.length === 1 ? 'virksomhed' : 'virksomheder'} fundet for »${q}«`;

  return (
    <section className="mt-6" aria-label="Søgeresultater">
      {/* One live region that outlives each search, so every new result count is announced. */}
      <p role="status" className={items && items.length > 0 ? 'mb-3' : 'sr-only'}>
        {status}
      </p>
      <QueryState
        query={query}
        loading="Søger efter virksomheder"
        isEmpty={(data) => data.items.length === 0}
        empty={
          <EmptyState>
            Ingen virksomheder matcher »{q}«. Prøv en del af navnet eller et CVR-nummer på 8 cifre.
          </EmptyState>
        }
      >
        {(data) => <ResultatTabel q={q} items={data.items} />}
      </QueryState>
    </section>
  );
}

function ResultatTabel({ q, items }: { q: string; items: VirksomhedSoegSvar['items'] }) {
  const state: FraSoegning = { soegning: q };
  return (
    <TableScroll label="Virksomheder">
      <table className="table table--compact">
        <caption className="sr-only">Virksomheder, der matcher »{q}«</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">CVR-nummer</th>
            <th scope="col" className="align-text-right">
              P-enheder
            </th>
            <th scope="col">JobAG-profil</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((virksomhed) => (
            <tr key={virksomhed.cvrNummer}>
              <td>
                <Link to={virksomhedPath(virksomhed.cvrNummer)} state={state}>
                  {virksomhed.navn}
                </Link>
              </td>
              <td>{virksomhed.cvrNummer}</td>
              <td className="align-text-right">{virksomhed.antalPEnheder}</td>
              <td>{virksomhed.jobagProfil ? 'Ja' : 'Nej'}</td>
              <td>
                <BadgeList>
                  {virksomhed.aktiv ? (
                    <Badge variant="success">Aktiv</Badge>
                  ) : (
                    <Badge variant="warning">Inaktiv</Badge>
                  )}
                  {virksomhed.konfliktramt && <Badge variant="error">Konfliktramt</Badge>}
                </BadgeList>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
