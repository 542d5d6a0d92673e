import type { Indkaldelse, MoedeAnsvarligFilter } from '@jobcenter/domain/moede/indkaldelse.contract';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icon';
import { MoedeformVisning } from '../../components/moedeform';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { TableScroll } from '../../components/table-scroll';
import { TextField } from '../../components/text-field';
import { UdfoertBesked } from '../../components/udfoert-besked';
import './mine-moeder.css';
import { addDaysToDate, copenhagenToday } from '../../lib/copenhagen-time';
import { formatTid, formatUgedagDato } from '../../lib/format';
import { borgerPath, mineMoederPath } from '../../lib/paths';
import { parseAnsvarlig, parseDato } from './indkaldelser-loaders';
import { mineMoederQueryOptions } from './indkaldelser-queries';
import {
  AfholdtForm,
  kanRegistrereUdfald,
  UDEBLEVET_FORKLARING,
  UdfaldBadge,
  UdfaldKnapper,
  UdfaldProblem,
  udfaldRegistreret,
  useUdfaldForloeb,
} from './moede-udfald';

/**
 * The day's meetings: the user's own by default, the whole jobcentre's one click away (both in the URL), with a
 * day switcher and j/k/Enter.
 */
export function MineMoederPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('dato');
  const dato = parseDato(raw);
  const ansvarlig = parseAnsvarlig(searchParams.get('ansvarlig'));
  const idag = copenhagenToday();

  return (
    <>
      <PageTitle>Mine møder</PageTitle>
      <h1>Mine møder</h1>
      <div className="moede-visning">
        <nav className="dag-skifter" aria-label="Vælg dag">
          {dato && (
            <Link to={mineMoederPath(addDaysToDate(dato, -1), ansvarlig)} className="button button-secondary">
              <Icon name="chevron-left" />
              Forrige dag
            </Link>
          )}
          <TextField
            id="dato"
            type="date"
            label="Dag"
            className="input-width-s"
            value={dato ?? ''}
            onChange={(event) => {
              // Each typed part of a date changes the field; only a whole date moves the page, in place.
              if (parseDato(event.target.value)) {
                const naeste = new URLSearchParams({ dato: event.target.value });
                if (ansvarlig === 'alle') naeste.set('ansvarlig', 'alle');
                setSearchParams(naeste, { replace: true });
              }
            }}
          />
          {dato && (
            <Link to={mineMoederPath(addDaysToDate(dato, 1), ansvarlig)} className="button button-secondary">
              Næste dag
              <Icon name="chevron-right" />
            </Link>
          )}
          {dato !== idag && (
            <Link to={mineMoederPath(idag, ansvarlig)} className="button button-tertiary">
              I dag
            </Link>
          )}
        </nav>
        <AnsvarligSkifter dato={dato ?? idag} ansvarlig={ansvarlig} />
      </div>
      {dato ? (
        <Dag dato={dato} idag={idag} ansvarlig={ansvarlig} />
      ) : (
        <EmptyState heading="Ukendt dato">
          »{raw}« er ikke en dato. Vælg en dag i feltet, eller gå til i dag.
        </EmptyState>
      )}
    </>
  );
}

/**
 * "Mine" or "Hele jobcentret": two links, the chosen one marked as current, so the choice is in the URL and a
 * keyboard reaches each with Tab and follows it with Enter.
 */
function AnsvarligSkifter({ dato, ansvarlig }: { dato: string; ansvarlig: MoedeAnsvarligFilter }) {
  const valg: { vaerdi: MoedeAnsvarligFilter; tekst: string }[] = [
    { vaerdi: 'mig', tekst: 'Mine' },
    { vaerdi: 'alle', tekst: 'Hele jobcentret' },
  ];
  return (
    <nav className="segment-skifter" aria-label="Vis møder for">
      <span className="form-label segment-skifter-label" aria-hidden="true">
        Vis
      </span>
      <ul className="segment-skifter-valg">
        {valg.map(({ vaerdi, tekst }) => (
          <li key={vaerdi}>
            <Link
              to={mineMoederPath(dato, vaerdi)}
              replace
              aria-current={vaerdi === ansvarlig ? 'page' : undefined}
              className={vaerdi === ansvarlig ? 'segment-valgt' : undefined}
            >
              {tekst}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Dag({ dato, idag, ansvarlig }: { dato: string; idag: string; ansvarlig: MoedeAnsvarligFilter }) {
  const query = useQuery(mineMoederQueryOptions(dato, ansvarlig));
  const overskrift = formatUgedagDato(dato);
  const items = [...(query.data?.items ?? [])].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

  return (
    <section aria-labelledby="dag-overskrift">
      <h2 id="dag-overskrift" className="dag-overskrift">
        {overskrift.charAt(0).toUpperCase() + overskrift.slice(1)}
        {dato === idag && <span className="small-text"> · i dag</span>}
        {query.data && (
          <span className="small-text">
            {' '}
            · {items.length} {items.length === 1 ? 'møde' : 'møder'}
            {ansvarlig === 'mig' ? ', du er ansvarlig for' : ' i jobcentret'}
          </span>
        )}
      </h2>
      <QueryState
        query={query}
        loading="Indlæser dagens møder"
        lines={5}
        headingLevel={3}
        isEmpty={() => items.length === 0}
        empty={
          ansvarlig === 'mig' ? (
            <EmptyState heading="Ingen møder, du er ansvarlig for, denne dag" headingLevel={3}>
              Se <Link to={mineMoederPath(dato, 'alle')}>hele jobcentrets møder</Link> denne dag, vælg en
              anden dag, eller indkald en borger fra borgerens side: du bliver ansvarlig for de møder, du
              indkalder til.
            </EmptyState>
          ) : (
            <EmptyState heading="Ingen møder denne dag" headingLevel={3}>
              Vælg en anden dag, eller indkald en borger fra borgerens side.
            </EmptyState>
          )
        }
      >
        {() => <MoedeTabel key={dato} items={items} visAnsvarlig={ansvarlig === 'alle'} />}
      </QueryState>
    </section>
  );
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select, [role="textbox"]') !== null)
  );
}

/**
 * j and k move the selected row (focus goes to the row's citizen link, so Enter opens the citizen and the
 * focus ring shows where one is); anywhere on the page except while typing in a field.
 */
function MoedeTabel({ items, visAnsvarlig }: { items: readonly Indkaldelse[]; visAnsvarlig: boolean }) {
  const [valgt, setValgt] = useState<number | null>(null);
  const valgtRef = useRef<number | null>(null);
  const links = useRef<(HTMLAnchorElement | null)[]>([]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key !== 'j' && event.key !== 'k') return;
      event.preventDefault();
      const forrige = valgtRef.current;
      const naeste =
        forrige === null
          ? event.key === 'j'
            ? 0
            : items.length - 1
          : Math.min(items.length - 1, Math.max(0, forrige + (event.key === 'j' ? 1 : -1)));
      valgtRef.current = naeste;
      setValgt(naeste);
      links.current[naeste]?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [items.length]);

  const nu = Date.now();
  const [besked, setBesked] = useState<string | null>(null);
  const beskedRef = useRef<HTMLDivElement>(null);
  const afholdtKnapper = useRef(new Map<string, HTMLButtonElement>());
  const mangler = items.filter((moede) => !moede.udfald && kanRegistrereUdfald(moede, nu));

  return (
    <>
      {mangler.length > 0 && (
        <div className="udfald-mangler">
          <p className="mb-0">
            <strong>
              {mangler.length === 1
                ? '1 møde mangler et udfald:'
                : `${mangler.length} møder mangler et udfald:`}
            </strong>{' '}
            {mangler.map((moede, index) => (
              <Fragment key={moede.id}>
                {index > 0 && ', '}
                <button
                  type="button"
                  className="function-link"
                  onClick={() => afholdtKnapper.current.get(moede.id)?.focus()}
                >
                  {formatTid(moede.start)} {moede.borger.navn}
                </button>
              </Fragment>
            ))}
          </p>
          <p className="small-text mb-0" id="udeblevet-forklaring">
            {UDEBLEVET_FORKLARING}
          </p>
        </div>
      )}
      <div ref={beskedRef} tabIndex={-1} className="udfald-besked">
        <UdfoertBesked besked={besked} />
      </div>
      <p className="small-text tastatur-hint" id="moeder-tastatur">
        Tast <kbd>j</kbd> og <kbd>k</kbd> for at gå ned og op i listen og <kbd>Enter</kbd> for at åbne
        borgeren.
      </p>
      <TableScroll label="Dagens møder">
        <table className="table table--compact moede-tabel tabel-stak" aria-describedby="moeder-tastatur">
          <caption className="sr-only">Dagens møder</caption>
          <thead>
            <tr>
              <th scope="col">Tid</th>
              <th scope="col">Borger</th>
              <th scope="col">Samtaletype</th>
              <th scope="col">Mødeform og borgerens valg</th>
              <th scope="col">Sted eller link</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((moede, index) => (
              <MoedeRaekke
                key={moede.id}
                moede={moede}
                nu={nu}
                visAnsvarlig={visAnsvarlig}
                valgt={valgt === index}
                onValgt={() => {
                  valgtRef.current = index;
                  setValgt(index);
                }}
                linkRef={(element) => {
                  links.current[index] = element;
                }}
                afholdtRef={(element) => {
                  if (element) afholdtKnapper.current.set(moede.id, element);
                  else afholdtKnapper.current.delete(moede.id);
                }}
                onUdfoert={(tekst) => {
                  setBesked(tekst);
                  // The row's buttons are gone with the new outcome: focus goes to what happened.
                  beskedRef.current?.focus();
                }}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** One meeting; an open samtalenotat or a refusal takes a row of its own beneath it. */
function MoedeRaekke({
  moede,
  nu,
  visAnsvarlig,
  valgt,
  onValgt,
  linkRef,
  afholdtRef,
  onUdfoert,
}: {
  moede: Indkaldelse;
  nu: number;
  /** The jobcentre's meetings name each one's ansvarlig; in "Mine" every one is the user's. */
  visAnsvarlig: boolean;
  valgt: boolean;
  onValgt: () => void;
  linkRef: (element: HTMLAnchorElement | null) => void;
  afholdtRef: (element: HTMLButtonElement | null) => void;
  onUdfoert: (besked: string) => void;
}) {
  const forloeb = useUdfaldForloeb(moede, { borgerId: moede.borger.id, onUdfoert });
  const { isPending, notatAabent, retter, problem, afholdtKnap } = forloeb;
  const formId = `udfald-${moede.id}`;

  const visKnapper = kanRegistrereUdfald(moede, nu) && (!moede.udfald || retter);

  return (
    <>
      <tr
        id={`moede-${moede.id}`}
        aria-selected={valgt}
        className={valgt ? 'raekke-valgt' : undefined}
        onFocus={onValgt}
      >
        <td className="text-nowrap" data-label="Tid">
          <time dateTime={moede.start}>{formatTid(moede.start)}</time>–
          <time dateTime={moede.slut}>{formatTid(moede.slut)}</time>
        </td>
        <td data-label="Borger">
          {/* One block, so a row shown as a card keeps the name and its ansvarlig beside the label. */}
          <div>
            <Link ref={linkRef} to={borgerPath(moede.borger.id, 'moeder')}>
              {moede.borger.navn}
            </Link>
            {visAnsvarlig && (
              <span className="d-block small-text">
                {moede.ansvarlig ? `Ansvarlig: ${moede.ansvarlig.navn}` : 'Ingen ansvarlig'}
              </span>
            )}
          </div>
        </td>
        <td data-label="Samtaletype">{moede.samtaletype.navn}</td>
        <td data-label="Mødeform og borgerens valg">
          <MoedeformVisning id={moede.moedeform.id} navn={moede.moedeform.navn} />
          {moede.moededeltagelsesvalg && (
            <span className="d-block small-text">
              Borgerens valg: {moede.moededeltagelsesvalg.moedeform.navn}
            </span>
          )}
          {moede.personligtFremmoedePaakraevet && (
            <span className="d-block small-text">Personligt fremmøde påkrævet</span>
          )}
        </td>
        <td data-label="Sted eller link">
          <Sted moede={moede} />
        </td>
        <td className="moede-status" data-label="Status">
          <UdfaldBadge moede={moede} nu={nu} />
          {moede.aflyst && moede.aflysningsaarsag && (
            <span className="d-block small-text">{moede.aflysningsaarsag}</span>
          )}
          {moede.udfald && !moede.aflyst && (
            <span className="d-block small-text">
              {udfaldRegistreret(moede.udfald)}
              {!retter && (
                <>
                  {' · '}
                  <button
                    type="button"
                    className="function-link"
                    aria-label={`Ret udfald: ${moede.borger.navn}`}
                    onClick={forloeb.ret}
                  >
                    Ret udfald
                  </button>
                </>
              )}
            </span>
          )}
          {visKnapper && (
            <span className="d-block mt-2">
              <UdfaldKnapper
                moede={moede}
                sender={isPending}
                afholdtRef={(element) => {
                  afholdtKnap.current = element;
                  afholdtRef(element);
                }}
                forklaringId={moede.udfald ? undefined : 'udeblevet-forklaring'}
                onAfholdt={forloeb.vaelgAfholdt}
                onUdeblevet={forloeb.vaelgUdeblevet}
              />
              {retter && (
                <button type="button" className="function-link d-block mt-2" onClick={forloeb.fortryd}>
                  Fortryd rettelse
                </button>
              )}
            </span>
          )}
        </td>
      </tr>
      {(notatAabent || problem) && (
        <tr className="udfald-raekke">
          <td colSpan={6}>
            {notatAabent ? (
              <AfholdtForm
                id={formId}
                moede={moede}
                headingLevel={3}
                problem={problem}
                sender={isPending}
                onRegistrer={forloeb.registrerAfholdt}
                onLuk={forloeb.lukNotat}
              />
            ) : (
              problem && <UdfaldProblem problem={problem} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}

function Sted({ moede }: { moede: Indkaldelse }) {
  if (moede.digitaltMoedelink) {
    return (
      <a href={moede.digitaltMoedelink} target="_blank" rel="noreferrer noopener" className="moede-link">
        Åbn mødelink <span className="sr-only">for {moede.borger.navn} (åbner i nyt vindue)</span>
      </a>
    );
  }
  const sted = [moede.adresse, moede.lokationsuddybning].filter(Boolean).join(', ');
  return <>{sted || '–'}</>;
}
