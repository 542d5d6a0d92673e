import { type Borger, soegBorgerSchema } from '@jobcenter/domain/borger/borger.contract';
import { kontaktgruppeNavn } from '@jobcenter/domain/borger/kontaktgruppe.codelists';
import { type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate } from 'react-router';
import { Alert } from '../../components/alert';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icon';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { TableScroll } from '../../components/table-scroll';
import { TextField } from '../../components/text-field';
import { BORGERE_PATH, beskedFraState, borgerPath, OPRET_BORGER_PATH, STANDARD_FANE } from '../../lib/paths';
import { borgerQueryOptions, borgerSoegQueryOptions, type SoegBorgerBody } from '../../lib/queries';
import { glemBorgerFraState, navneSoegningFraState } from './borgere-paths';
import { mineBorgereQueryOptions, senestAabnedeQueryOptions } from './borgere-queries';
import './borger-soeg.css';

interface SoegValues {
  q: string;
}

/** 10 digits, or DDMMYY-XXXX, is a CPR number; anything else is (part of) a name. */
export function tilSoegBody(q: string): SoegBorgerBody {
  const trimmed = q.trim();
  return /^\d{10}$/.test(trimmed) || /^\d{6}-\d{4}$/.test(trimmed) ? { cpr: trimmed } : { navn: trimmed };
}

/** The contract's schema decides what can be searched; its message goes beside the one field. */
const soegResolver: Resolver<SoegValues, unknown, SoegBorgerBody> = async ({ q }) => {
  const parsed = soegBorgerSchema.safeParse(tilSoegBody(q));
  if (parsed.success) return { values: parsed.data, errors: {} as Record<string, never> };
  const message = parsed.error.issues[0]?.message ?? 'Søgningen er ikke gyldig';
  return { values: {}, errors: { q: { type: 'validate', message } } };
};

export function BorgerSoegPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const besked = beskedFraState(location.state);
  const glemBorger = glemBorgerFraState(location.state);
  const queryClient = useQueryClient();
  useEffect(() => {
    // A citizen who moved to another myndighed: its page has unmounted, so nothing refetches what is dropped.
    if (glemBorger) queryClient.removeQueries({ queryKey: borgerQueryOptions(glemBorger).queryKey });
  }, [glemBorger, queryClient]);
  // Only a name search comes back with "back"; a CPR number is never kept in history.
  const tidligereNavn = navneSoegningFraState(location.state);
  const [soegning, setSoegning] = useState<SoegBorgerBody | null>(
    tidligereNavn ? { navn: tidligereNavn } : null,
  );

  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SoegValues, unknown, SoegBorgerBody>({
    resolver: soegResolver,
    defaultValues: { q: tidligereNavn ?? '' },
  });

  const onSubmit = (body: SoegBorgerBody) => {
    setSoegning(body);
    void navigate(BORGERE_PATH, { replace: true, state: body.navn ? { navneSoegning: body.navn } : null });
  };

  return (
    <>
      <PageTitle>Borgere</PageTitle>
      <div className="fane-top">
        <h1 className="mb-0">Borgere</h1>
        <Link to={OPRET_BORGER_PATH} className="button button-secondary">
          <Icon name="person-add" />
          Opret borger
        </Link>
      </div>
      {besked && (
        <Alert variant="success" className="mt-4">
          <p className="alert-text">{besked}</p>
        </Alert>
      )}
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and to browsers from before 2023; the role gives the same landmark. */}
      <form
        role="search"
        aria-label="Søg borger"
        noValidate
        onSubmit={handleSubmit(onSubmit)}
        className="mt-4"
      >
        <TextField
          id="q"
          type="search"
          label="Navn eller CPR-nummer"
          hint="Et CPR-nummer sendes kun i forespørgslen og kommer aldrig i adressefeltet"
          autoComplete="off"
          spellCheck={false}
          error={errors.q?.message}
          button={
            <button type="submit" className="button button-search">
              Søg
            </button>
          }
          {...register('q')}
        />
      </form>
      {soegning ? (
        <SoegeResultater soegning={soegning} />
      ) : (
        <p className="mt-6">Skriv en del af borgerens navn, eller et CPR-nummer på 10 cifre (DDMMÅÅ-XXXX).</p>
      )}
      <BorgerOversigt />
    </>
  );
}

/** "Mine borgere" and "Senest åbnede" beside each other (below each other on a narrow screen). */
function BorgerOversigt() {
  const mine = useQuery(mineBorgereQueryOptions());
  const senest = useQuery(senestAabnedeQueryOptions());
  return (
    <div className="borger-oversigt">
      <BorgerListe
        id="mine-borgere"
        overskrift="Mine borgere"
        query={mine}
        loading="Indlæser dine borgere"
        tom="Du er ikke ansvarlig sagsbehandler for nogen borgere endnu. Du bliver det for de borgere, du opretter eller indkalder, og du kan gøre dig ansvarlig på borgerens side."
      />
      <BorgerListe
        id="senest-aabnede"
        overskrift="Senest åbnede"
        query={senest}
        loading="Indlæser de borgere, du senest har åbnet"
        tom="Du har ikke åbnet nogen borgere de seneste 90 dage. Søg efter en borger ovenfor."
      />
    </div>
  );
}

const FOERSTE_BORGERE = 10;

function BorgerListe({
  id,
  overskrift,
  query,
  loading,
  tom,
}: {
  id: string;
  overskrift: string;
  query: UseQueryResult<{ items: Borger[] }>;
  loading: string;
  tom: string;
}) {
  const antal = query.data?.items.length;
  // A caseworker can be ansvarlig for many citizens: the page shows the first few, the rest a click away.
  const [alle, setAlle] = useState(false);
  return (
    <section className="borger-oversigt-liste" aria-labelledby={`${id}-overskrift`}>
      <h2 id={`${id}-overskrift`} className="h3">
        {overskrift}
        {antal !== undefined && antal > 0 && <span className="small-text"> · {antal}</span>}
      </h2>
      <QueryState
        query={query}
        loading={loading}
        lines={4}
        headingLevel={3}
        isEmpty={(data) => data.items.length === 0}
        empty={<EmptyState headingLevel={3}>{tom}</EmptyState>}
      >
        {(data) => (
          <>
            <ul className="nobullet-list borger-oversigt-punkter" id={`${id}-punkter`}>
              {(alle ? data.items : data.items.slice(0, FOERSTE_BORGERE)).map((borger) => (
                <li key={borger.id}>
                  <Link to={borgerPath(borger.id, STANDARD_FANE)}>
                    {borger.fornavn} {borger.efternavn}
                  </Link>
                  <span className="small-text d-block">
                    {borger.cprMaskeret} · kontaktgruppe {borger.kontaktgruppe} ·{' '}
                    {kontaktgruppeNavn(borger.kontaktgruppe)}
                  </span>
                </li>
              ))}
            </ul>
            {data.items.length > FOERSTE_BORGERE && (
              <button
                type="button"
                className="function-link"
                aria-expanded={alle}
                aria-controls={`${id}-punkter`}
                onClick={() => setAlle((vist) => !vist)}
              >
                {alle ? `Vis kun de første ${FOERSTE_BORGERE}` : `Vis alle ${data.items.length}`}
              </button>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

function SoegeResultater({ soegning }: { soegning: SoegBorgerBody }) {
  const query = useQuery(borgerSoegQueryOptions(soegning));
  const items = query.data?.items;
  const hvad = soegning.navn ? `»${soegning.navn}«` : 'CPR-nummeret';
  const status =
    items === undefined
      ? query.isFetching
        ? 'Søger …'
        : ''
      : items.length === 0
        ? 'Ingen borgere fundet.'
        : `${items.length} ${items.length === 1 ? 'borger' : 'borgere'} fundet for ${hvad}`;

  return (
    <section className="mt-6" aria-label="Søgeresultater">
      <p role="status" className={items && items.length > 0 ? 'mb-3' : 'sr-only'}>
        {status}
      </p>
      <QueryState
        query={query}
        loading="Søger efter borgere"
        isEmpty={(data) => data.items.length === 0}
        empty={
          <EmptyState>
            {soegning.navn
              ? `Ingen borgere i dit jobcenter matcher »${soegning.navn}«. Prøv en anden del af navnet eller CPR-nummeret, eller opret borgeren.`
              : 'Ingen borger i dit jobcenter har det CPR-nummer. Tjek nummeret, eller opret borgeren.'}
          </EmptyState>
        }
      >
        {(data) => <ResultatTabel items={data.items} />}
      </QueryState>
    </section>
  );
}

function ResultatTabel({ items }: { items: readonly Borger[] }) {
  return (
    <TableScroll label="Borgere">
      <table className="table table--compact">
        <caption className="sr-only">Borgere, der matcher søgningen</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">CPR-nummer</th>
            <th scope="col">Kontaktgruppe</th>
            <th scope="col">Jobcenter</th>
          </tr>
        </thead>
        <tbody>
          {items.map((borger) => (
            <tr key={borger.id}>
              <td>
                <Link to={borgerPath(borger.id, STANDARD_FANE)}>
                  {borger.fornavn} {borger.efternavn}
                </Link>
              </td>
              <td>{borger.cprMaskeret}</td>
              <td>
                {borger.kontaktgruppe} · {kontaktgruppeNavn(borger.kontaktgruppe)}
              </td>
              <td>{borger.jobcenter.navn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
