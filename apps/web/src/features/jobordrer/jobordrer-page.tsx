import { jobordrestatusser } from '@jobcenter/domain/jobordre/jobordre.codelists';
import type { Jobordre } from '@jobcenter/domain/jobordre/jobordre.contract';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { BadgeList } from '../../components/badge';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icon';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { SelectField } from '../../components/select-field';
import { TableScroll } from '../../components/table-scroll';
import { TextField } from '../../components/text-field';
import { formatKalenderdato } from '../../lib/format';
import {
  JOBORDRER_PATH,
  type JobordreFiltre,
  jobordrePath,
  opretJobordrePath,
  virksomhedPath,
} from '../../lib/paths';
import { jobordrerQueryOptions } from '../../lib/queries';
import { JobordreStatusBadge, KonfliktramtBadge } from './jobordre-status';
import { parseFiltre } from './jobordrer-loaders';
import './jobordrer.css';

interface FilterValues {
  status: string;
  cvrNummer: string;
  q: string;
}

function tilValues(searchParams: URLSearchParams): FilterValues {
  return {
    status: searchParams.get('status') ?? '',
    cvrNummer: searchParams.get('cvrNummer') ?? '',
    q: searchParams.get('q') ?? '',
  };
}

/** Every jobcentre's jobordrer (all may read them), filtered by status, company and free text in the URL. */
export function JobordrerPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { filtre, fejl } = parseFiltre(searchParams);
  const values = tilValues(searchParams);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<FilterValues>({ defaultValues: values });

  // The URL is the source of the filters (back/forward, a shared link); the fields follow it.
  const key = searchParams.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL's query string is the trigger.
  useEffect(() => {
    reset(tilValues(searchParams));
    for (const [felt, message] of Object.entries(fejl)) {
      setError(felt as keyof FilterValues, { type: 'validate', message });
    }
  }, [key]);

  const onSubmit = (next: FilterValues) => {
    const params = new URLSearchParams();
    if (next.status) params.set('status', next.status);
    if (next.cvrNummer.trim()) params.set('cvrNummer', next.cvrNummer.trim());
    if (next.q.trim()) params.set('q', next.q.trim());
    const parsed = parseFiltre(params);
    if (!parsed.filtre) {
      for (const [felt, message] of Object.entries(parsed.fejl)) {
        setError(felt as keyof FilterValues, { type: 'validate', message }, { shouldFocus: true });
      }
      return;
    }
    setSearchParams(params);
  };

  const harFiltre = key !== '';

  return (
    <>
      <PageTitle>Jobordrer</PageTitle>
      <div className="fane-top">
        <h1 className="mb-0">Jobordrer</h1>
        <Link to={opretJobordrePath(filtre?.cvrNummer)} className="button button-primary">
          <Icon name="plus" />
          Opret jobordre
        </Link>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and to browsers from before 2023; the role gives the same landmark. */}
      <form
        role="search"
        aria-label="Filtrér jobordrer"
        noValidate
        onSubmit={handleSubmit(onSubmit)}
        className="jobordre-filtre"
      >
        <SelectField id="filter-status" label="Status" error={errors.status?.message} {...register('status')}>
          <option value="">Alle</option>
          {jobordrestatusser.map((status) => (
            <option key={status.id} value={String(status.id)}>
              {status.navn}
            </option>
          ))}
        </SelectField>
        <TextField
          id="filter-cvr"
          label="Virksomhed (CVR-nummer)"
          inputMode="numeric"
          autoComplete="off"
          className="input-char-11"
          error={errors.cvrNummer?.message}
          {...register('cvrNummer')}
        />
        <TextField
          id="filter-q"
          type="search"
          label="Fritekst (titel, beskrivelse, virksomhed)"
          autoComplete="off"
          error={errors.q?.message}
          {...register('q')}
        />
        <div className="knap-raekke jobordre-filtre-knapper">
          <button type="submit" className="button button-secondary">
            Vis jobordrer
          </button>
          {harFiltre && (
            <Link to={JOBORDRER_PATH} className="button button-tertiary">
              Nulstil filtre
            </Link>
          )}
        </div>
      </form>
      {filtre ? (
        <Resultater filtre={filtre} harFiltre={harFiltre} />
      ) : (
        <p className="mt-6">Ret filtrene ovenfor for at se jobordrer.</p>
      )}
    </>
  );
}

function Resultater({ filtre, harFiltre }: { filtre: JobordreFiltre; harFiltre: boolean }) {
  const query = useQuery(jobordrerQueryOptions(filtre));
  const items = query.data?.items;
  const status =
    items === undefined
      ? query.isFetching
        ? 'Henter jobordrer …'
        : ''
      : items.length === 0
        ? 'Ingen jobordrer fundet.'
        : `${items.length} ${items.length === 1 ? 'jobordre' : 'jobordrer'}`;

  return (
    <section className="mt-5" aria-label="Fundne jobordrer">
      {/* One live region that outlives each search, so every new count is announced. */}
      <p role="status" className={items && items.length > 0 ? 'mb-3' : 'sr-only'}>
        {status}
      </p>
      <QueryState
        query={query}
        loading="Henter jobordrer"
        lines={5}
        isEmpty={(data) => data.items.length === 0}
        empty={
          harFiltre ? (
            <EmptyState>
              Ingen jobordrer matcher filtrene. Prøv en anden status eller en kortere tekst, eller{' '}
              <Link to={JOBORDRER_PATH}>nulstil filtrene</Link>.
            </EmptyState>
          ) : (
            <EmptyState>
              Der er ingen jobordrer endnu. Brug »Opret jobordre« for at oprette den første.
            </EmptyState>
          )
        }
      >
        {(data) => <JobordreTabel items={data.items} />}
      </QueryState>
    </section>
  );
}

function JobordreTabel({ items }: { items: readonly Jobordre[] }) {
  return (
    <TableScroll label="Jobordrer">
      <table className="table table--compact jobordre-tabel tabel-stak">
        <caption className="sr-only">Jobordrer</caption>
        <thead>
          <tr>
            <th scope="col">Titel</th>
            <th scope="col">Virksomhed</th>
            <th scope="col">Status</th>
            <th scope="col" className="align-text-right">
              Stillinger
            </th>
            <th scope="col" className="align-text-right">
              Kandidater
            </th>
            <th scope="col">Ansøgningsfrist</th>
            <th scope="col">Ansvarligt jobcenter</th>
          </tr>
        </thead>
        <tbody>
          {items.map((jobordre) => (
            <tr key={jobordre.id}>
              <td>
                <Link to={jobordrePath(jobordre.id)}>{jobordre.titel}</Link>
              </td>
              <td data-label="Virksomhed">
                <BadgeList>
                  <Link to={virksomhedPath(jobordre.virksomhed.cvrNummer)}>{jobordre.virksomhed.navn}</Link>
                  {jobordre.konfliktramt && <KonfliktramtBadge />}
                </BadgeList>
                <span className="d-block small-text">CVR {jobordre.virksomhed.cvrNummer}</span>
              </td>
              <td data-label="Status">
                <JobordreStatusBadge status={jobordre.status} />
              </td>
              <td className="align-text-right" data-label="Stillinger">
                {jobordre.antalStillinger}
              </td>
              <td className="align-text-right" data-label="Kandidater">
                {jobordre.antalKandidater}
              </td>
              <td className="text-nowrap" data-label="Ansøgningsfrist">
                {jobordre.ansoegningsfrist ? formatKalenderdato(jobordre.ansoegningsfrist) : '–'}
              </td>
              <td data-label="Ansvarligt jobcenter">{jobordre.ansvarligtJobcenter.navn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
