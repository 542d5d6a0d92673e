import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import {
  type Fravaer,
  type FravaerDetalje,
  type FravaerKonsekvens,
  type OpdaterFravaer,
  type OpretFravaer,
  sletFravaerSchema,
} from '@jobcenter/domain/fravaer/fravaer.contract';
import { faarAkasseBesked } from '@jobcenter/domain/fravaer/fravaer.rules';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Ref, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { BegrundetHandling } from '../../components/begrundet-handling';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Icon } from '../../components/icon';
import { KonfliktAlert } from '../../components/konflikt-alert';
import { LoadingSkeleton } from '../../components/loading-skeleton';
import { QueryState } from '../../components/query-state';
import { TableScroll } from '../../components/table-scroll';
import { UdfoertBesked } from '../../components/udfoert-besked';
import { useBorgerOutlet } from '../../lib/borger-outlet';
import { copenhagenToday } from '../../lib/copenhagen-time';
import { formatDatoTid, formatKalenderdato } from '../../lib/format';
import { type FravaerStatus, fravaerStatus } from '../../lib/fravaer-status';
import { borgerPath } from '../../lib/paths';
import { fravaerListeQueryOptions } from '../../lib/queries';
import { KEEP_FOCUS_STATE } from '../../lib/use-focus-on-navigation';
import { useRetVersion } from '../../lib/use-ret-version';
import { type FravaerData, FravaerForm, fravaerFormValues, KonsekvensTekst } from './fravaer-form';
import {
  fravaerDetaljeQueryOptions,
  opdaterFravaerMutationOptions,
  opretFravaerMutationOptions,
  sletFravaerMutationOptions,
} from './fravaer-queries';

export const FRAVAER_KONFLIKT_TEKST = 'Nogen har ændret fraværet, siden du åbnede det';

type Besked =
  | { type: 'registreret'; fravaer: Fravaer; konsekvenser: readonly FravaerKonsekvens[] }
  | { type: 'slettet'; fravaer: Fravaer };

/** Fravær: the "Registrér fravær" panel when asked for (?registrer), then the citizen's fravær, active first. */
export function FravaerFane() {
  const { borger } = useBorgerOutlet();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const query = useQuery(fravaerListeQueryOptions(borger.id));
  const [besked, setBesked] = useState<Besked | null>(null);
  const beskedRef = useRef<HTMLDivElement>(null);
  const panelAaben = searchParams.has('registrer');

  useEffect(() => {
    if (besked) beskedRef.current?.focus();
  }, [besked]);

  // The panel's address is replaced on close, so "back" does not reopen a finished registration.
  const lukPanel = () =>
    void navigate(borgerPath(borger.id, 'fravaer'), { replace: true, state: KEEP_FOCUS_STATE });

  const idag = copenhagenToday();
  const items = sorterFravaer(query.data?.items ?? [], idag);

  return (
    <>
      {panelAaben && (
        <RegistrerFravaerPanel
          borger={borger}
          onLuk={lukPanel}
          onGemt={(fravaer, konsekvenser) => {
            setBesked({ type: 'registreret', fravaer, konsekvenser });
            lukPanel();
          }}
        />
      )}
      {besked && !panelAaben && <FravaerBesked ref={beskedRef} besked={besked} borgerId={borger.id} />}
      <h2 className="mt-0">Fravær</h2>
      <QueryState
        query={query}
        loading="Indlæser borgerens fravær"
        lines={3}
        headingLevel={3}
        isEmpty={() => items.length === 0}
        empty={
          <EmptyState>
            Borgeren har intet registreret fravær. Brug »Registrér fravær« øverst for at registrere et.
          </EmptyState>
        }
      >
        {() => (
          <ul className="fravaer-liste nobullet-list no-max-width">
            {items.map((fravaer) => (
              <FravaerItem
                key={fravaer.id}
                borger={borger}
                fravaer={fravaer}
                idag={idag}
                onSlettet={() => setBesked({ type: 'slettet', fravaer })}
              />
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}

/** Active first, then coming ones (soonest first), then ended ones (latest first). */
function sorterFravaer(items: readonly Fravaer[], idag: string): Fravaer[] {
  const orden: Record<FravaerStatus, number> = { aktiv: 0, kommende: 1, afsluttet: 2 };
  return [...items].sort((a, b) => {
    const forskel = orden[fravaerStatus(a, idag)] - orden[fravaerStatus(b, idag)];
    if (forskel !== 0) return forskel;
    return fravaerStatus(a, idag) === 'kommende'
      ? a.startdato.localeCompare(b.startdato)
      : b.startdato.localeCompare(a.startdato);
  });
}

export function formatPeriode(startdato: string, slutdato: string | null): string {
  return slutdato
    ? `${formatKalenderdato(startdato)}–${formatKalenderdato(slutdato)}`
    : `fra ${formatKalenderdato(startdato)}, indtil videre`;
}

function FravaerBesked({
  ref,
  besked,
  borgerId,
}: {
  ref: Ref<HTMLDivElement>;
  besked: Besked;
  borgerId: string;
}) {
  const [visHistorik, setVisHistorik] = useState(false);
  const { fravaer } = besked;
  const tekst = `${fravaer.fravaersaarsag.navn} ${formatPeriode(fravaer.startdato, fravaer.slutdato)}.`;
  if (besked.type === 'registreret') {
    const konsekvenser = besked.konsekvenser.filter((k) => k.kind !== 'ingen-aendring');
    return (
      <Alert ref={ref} tabIndex={-1} variant="success" heading="Fraværet er registreret" className="mb-5">
        <p className="alert-text">{tekst}</p>
        {konsekvenser.length > 0 && (
          <ul className="alert-text fravaer-konsekvens-liste">
            {konsekvenser.map((konsekvens) => (
              <li key={konsekvens.kind}>
                <KonsekvensTekst konsekvens={konsekvens} borgerId={borgerId} />
              </li>
            ))}
          </ul>
        )}
      </Alert>
    );
  }
  return (
    <Alert ref={ref} tabIndex={-1} variant="success" heading="Fraværet er slettet" className="mb-5">
      <p className="alert-text">
        {tekst} Berigtigelseskommentaren står i fraværets historik.{' '}
        <button
          type="button"
          className="function-link"
          aria-expanded={visHistorik}
          onClick={() => setVisHistorik((vis) => !vis)}
        >
          {visHistorik ? 'Skjul historik' : 'Vis historik'}
        </button>
      </p>
      {visHistorik && <FravaerHistorik fravaerId={fravaer.id} />}
    </Alert>
  );
}

function RegistrerFravaerPanel({
  borger,
  onLuk,
  onGemt,
}: {
  borger: Borger;
  onLuk: () => void;
  onGemt: (fravaer: Fravaer, konsekvenser: readonly FravaerKonsekvens[]) => void;
}) {
  const _queryClient = useQueryClient();
  const opret = useMutation(opretFravaerMutationOptions(borger.id));
  const sektion = useRef<HTMLElement>(null);
  const [defaultValues] = useState(() => ({
    fravaersaarsag: '',
    startdato: copenhagenToday(),
    slutdato: '',
    kommentar: '',
  }));
  // Block body: Chromium's scroll methods return a promise, which React would take for a cleanup function.
  useEffect(() => {
    sektion.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  return (
    <section ref={sektion} className="panel mb-6 fravaer-panel" aria-labelledby="registrer-fravaer-heading">
      <h2 id="registrer-fravaer-heading" className="mt-0">
        Registrér fravær
      </h2>
      <FravaerForm
        idPrefix="registrer-fravaer"
        borger={borger}
        defaultValues={defaultValues}
        submitTekst="Gem"
        onCancel={onLuk}
        onSubmit={async (data, konsekvenser) => {
          if (opret.isPending) return;
          const fravaer = await opret.mutateAsync(tilOpretBody(data));
          onGemt(fravaer, konsekvenser);
        }}
      />
    </section>
  );
}

function tilOpretBody(data: FravaerData): OpretFravaer {
  const body: OpretFravaer = { fravaersaarsag: data.fravaersaarsag, startdato: data.startdato };
  if (data.slutdato) body.slutdato = data.slutdato;
  if (data.kommentar) body.kommentar = data.kommentar;
  return body;
}

/** PATCH body: only what differs from the version it builds on. */
function tilAendringer(data: FravaerData, base: Fravaer): OpdaterFravaer {
  const body: OpdaterFravaer = {};
  if (data.fravaersaarsag !== base.fravaersaarsag.id) body.fravaersaarsag = data.fravaersaarsag;
  if (data.startdato !== base.startdato) body.startdato = data.startdato;
  if ((data.slutdato ?? null) !== base.slutdato) body.slutdato = data.slutdato ?? null;
  if ((data.kommentar ?? null) !== base.kommentar) body.kommentar = data.kommentar ?? null;
  return body;
}

type Handling = 'ret' | 'slet' | 'historik';

const statusBadge: Record<FravaerStatus, { tekst: string; variant: 'success' | 'info' | 'neutral' }> = {
  aktiv: { tekst: 'Aktiv', variant: 'success' },
  kommende: { tekst: 'Kommende', variant: 'info' },
  afsluttet: { tekst: 'Afsluttet', variant: 'neutral' },
};

function FravaerItem({
  borger,
  fravaer,
  idag,
  onSlettet,
}: {
  borger: Borger;
  fravaer: Fravaer;
  idag: string;
  onSlettet: () => void;
}) {
  const [aaben, setAaben] = useState<Handling | null>(null);
  const [besked, setBesked] = useState<string | null>(null);
  const knapper = useRef<Partial<Record<Handling, HTMLButtonElement | null>>>({});
  const headingId = `fravaer-${fravaer.id}`;
  const status = statusBadge[fravaerStatus(fravaer, idag)];
  const periode = formatPeriode(fravaer.startdato, fravaer.slutdato);

  const aabn = (handling: Handling) => {
    setBesked(null);
    setAaben((nu) => (nu === handling ? null : handling));
  };
  const luk = (handling: Handling) => (tekst?: string) => {
    setAaben(null);
    if (tekst) setBesked(tekst);
    knapper.current[handling]?.focus();
  };
  const knap = (handling: Handling, ikon: string, tekst: string) => (
    <button
      ref={(element) => {
        knapper.current[handling] = element;
      }}
      type="button"
      className="function-link"
      aria-expanded={aaben === handling}
      onClick={() => aabn(handling)}
    >
      <Icon name={ikon} />
      {tekst}{' '}
      <span className="sr-only">
        fravær: {fravaer.fravaersaarsag.navn} {periode}
      </span>
    </button>
  );

  return (
    <li className={`fravaer fravaer--${fravaerStatus(fravaer, idag)}`} aria-labelledby={headingId}>
      <div className="fravaer-raekke">
        <div>
          <h3 id={headingId} className="fravaer-titel">
            {fravaer.fravaersaarsag.navn} <span className="fravaer-kode">({fravaer.fravaersaarsag.id})</span>
          </h3>
          <Badge variant={status.variant}>{status.tekst}</Badge>
        </div>
        <dl className="fravaer-fakta">
          <div>
            <dt>Periode</dt>
            <dd className="text-nowrap">{periode}</dd>
          </div>
          <div>
            <dt>Kommentar</dt>
            <dd>{fravaer.kommentar ?? <span className="small-text">Ingen</span>}</dd>
          </div>
          <div>
            <dt>Registreret af</dt>
            <dd>{fravaer.jobcenter.navn || fravaer.jobcenter.nummer}</dd>
          </div>
        </dl>
        <div className="fravaer-handlinger">
          {knap('ret', 'edit', 'Ret')}
          {knap('slet', 'delete', 'Slet')}
          {knap('historik', 'time', 'Historik')}
        </div>
      </div>
      <UdfoertBesked besked={besked} />
      {aaben === 'ret' && <RetFravaer borger={borger} fravaer={fravaer} onLuk={luk('ret')} />}
      {aaben === 'slet' && (
        <SletFravaer
          borgerId={borger.id}
          fravaer={fravaer}
          akasse={
            borger.akasse &&
            faarAkasseBesked({ kontaktgruppe: borger.kontaktgruppe, akasseKode: borger.akasse.kode })
              ? borger.akasse.navn
              : null
          }
          onLuk={luk('slet')}
          onSlettet={onSlettet}
        />
      )}
      {aaben === 'historik' && (
        <div className="inline-panel">
          <h4 className="mt-0">Historik</h4>
          <FravaerHistorik fravaerId={fravaer.id} />
        </div>
      )}
    </li>
  );
}

/**
 * "Ret": a PATCH with If-Match on the version the form was opened on. A 412 shows the fravær as it is now and
 * keeps everything typed; saving again then builds on the new version.
 */
function RetFravaer({
  borger,
  fravaer,
  onLuk,
}: {
  borger: Borger;
  fravaer: Fravaer;
  onLuk: (besked?: string) => void;
}) {
  const queryClient = useQueryClient();
  const opdater = useMutation(opdaterFravaerMutationOptions(borger.id));
  const { base, konflikt, konfliktRef, gem } = useRetVersion<Fravaer, FravaerDetalje>(fravaer);
  const [defaultValues] = useState(() => fravaerFormValues(fravaer));
  const id = `ret-fravaer-${fravaer.id}`;

  const onSubmit = async (data: FravaerData) => {
    if (opdater.isPending) return;
    const body = tilAendringer(data, base);
    const { udfald } = await gem(
      body,
      () => opdater.mutateAsync({ fravaerId: base.id, version: base.version, body }),
      () => queryClient.fetchQuery(fravaerDetaljeQueryOptions(base.id)),
    );
    if (udfald === 'ingen') return onLuk('Ingen ændringer at gemme');
    if (udfald === 'gemt') onLuk('Fraværet er rettet');
  };

  return (
    <section className="inline-panel" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} className="mt-0">
        Ret fraværet
      </h4>
      <FravaerForm
        idPrefix={id}
        borger={borger}
        defaultValues={defaultValues}
        fravaer={base}
        submitTekst="Gem ændringer"
        onSubmit={onSubmit}
        onCancel={() => onLuk()}
        besked={
          konflikt && (
            <KonfliktAlert konflikt={konflikt} ref={konfliktRef} heading={FRAVAER_KONFLIKT_TEKST}>
              <p className="alert-text">
                {konflikt.nu.slettet
                  ? 'Fraværet er slettet i mellemtiden og kan ikke længere rettes. Annuller for at lukke.'
                  : 'Sådan ser fraværet ud nu. Dine ændringer står stadig i felterne: gem igen for at bruge dem i stedet, eller annuller for at beholde den nye version.'}
              </p>
              <dl className="alert-text konflikt-version">
                <div>
                  <dt>Årsag</dt>
                  <dd>
                    {konflikt.nu.fravaersaarsag.navn} ({konflikt.nu.fravaersaarsag.id})
                  </dd>
                </div>
                <div>
                  <dt>Periode</dt>
                  <dd>{formatPeriode(konflikt.nu.startdato, konflikt.nu.slutdato)}</dd>
                </div>
                <div>
                  <dt>Kommentar</dt>
                  <dd>{konflikt.nu.kommentar ?? 'Ingen'}</dd>
                </div>
              </dl>
            </KonfliktAlert>
          )
        }
      />
    </section>
  );
}

/** R12: deleting asks for the berigtigelseskommentar inline, beside the fravær. */
function SletFravaer({
  borgerId,
  fravaer,
  akasse,
  onLuk,
  onSlettet,
}: {
  borgerId: string;
  fravaer: Fravaer;
  /** The a-kasse that is told of the deletion (R9), by name. */
  akasse: string | null;
  onLuk: (besked?: string) => void;
  onSlettet: () => void;
}) {
  const _queryClient = useQueryClient();
  const slet = useMutation(sletFravaerMutationOptions(borgerId));
  return (
    <BegrundetHandling
      id={`slet-fravaer-${fravaer.id}`}
      overskrift="Slet fraværet"
      schema={sletFravaerSchema}
      felt="berigtigelseskommentar"
      label="Berigtigelseskommentar"
      hint={`Skal skrives: hvorfor registreringen slettes. Den gemmes i fraværets historik og sendes ikke til borgeren.${
        akasse ? ` ${akasse} får besked om sletningen, når du bekræfter.` : ''
      }`}
      knap="Bekræft sletning"
      konflikt={{
        overskrift: FRAVAER_KONFLIKT_TEKST,
        tekst:
          'Fraværet ovenfor viser nu den nyeste version. Slet igen, hvis det stadig er rigtigt; din kommentar står stadig i feltet.',
      }}
      udfoer={async (berigtigelseskommentar) => {
        // The version from the list as it is now: after a 412 the list is refetched, and a new try builds on it.
        await slet.mutateAsync({ fravaerId: fravaer.id, version: fravaer.version, berigtigelseskommentar });
        onSlettet();
      }}
      onLuk={() => onLuk()}
    />
  );
}

const aendringstypeTekst: Record<1 | 2 | 3, string> = { 1: 'Oprettet', 2: 'Ændret', 3: 'Slettet' };

/** Every version of a fravær: who, when, what changed, and the berigtigelseskommentar of a deletion. */
export function FravaerHistorik({ fravaerId }: { fravaerId: string }) {
  const query = useQuery(fravaerDetaljeQueryOptions(fravaerId));
  if (query.isPending) return <LoadingSkeleton label="Indlæser fraværets historik" lines={2} />;
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} headingLevel={3} />;
  }
  const versioner = [...query.data.versioner].sort((a, b) => b.version - a.version);
  return (
    <TableScroll label="Fraværets historik">
      <table className="table table--compact fravaer-historik">
        <caption className="sr-only">Fraværets versioner, nyeste først</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Ændring</th>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Bruger</th>
            <th scope="col">Indhold</th>
          </tr>
        </thead>
        <tbody>
          {versioner.map((version) => (
            <tr key={version.version}>
              <td>{version.version}</td>
              <td>{aendringstypeTekst[version.aendringstype]}</td>
              <td className="text-nowrap">
                <time dateTime={version.tidspunkt}>{formatDatoTid(version.tidspunkt)}</time>
              </td>
              <td>
                {version.bruger}
                <span className="d-block small-text">{version.myndighed.navn}</span>
              </td>
              <td>
                {version.aendringstype === 3 ? (
                  <>
                    <strong>Berigtigelse:</strong> {version.berigtigelseskommentar ?? '–'}
                  </>
                ) : version.aendringstype === 2 && version.aendringer.length > 0 ? (
                  <ul className="fravaer-aendringer">
                    {version.aendringer.map((aendring) => (
                      <li key={aendring}>{aendring}</li>
                    ))}
                  </ul>
                ) : (
                  <>
                    {version.fravaersaarsag.navn} ({version.fravaersaarsag.id}),{' '}
                    {formatPeriode(version.startdato, version.slutdato)}
                    {version.kommentar && (
                      <span className="d-block small-text">Kommentar: {version.kommentar}</span>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
