import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import type { Fravaer } from '@jobcenter/domain/fravaer/fravaer.contract';
import { isFravaerAktivt } from '@jobcenter/domain/fravaer/fravaer.rules';
import { isValidJobcenternummer, myndighedskodeOf } from '@jobcenter/domain/identifiers/jobcenter.rules';
import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { MOEDEFORM_PERSONLIG } from '@jobcenter/domain/moede/moede.codelists';
import { afvisValgAfMoedeform, valgAfMoedeformAfvisningTekst } from '@jobcenter/domain/moede/moede.rules';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert';
import { Badge, BadgeList } from '../../components/badge';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icon';
import { MoedeformVisning } from '../../components/moedeform';
import { QueryState } from '../../components/query-state';
import { UdfoertBesked } from '../../components/udfoert-besked';
import { useBorgerOutlet } from '../../lib/borger-outlet';
import { copenhagenDateOf } from '../../lib/copenhagen-time';
import { formatDatoTid, formatKalenderdato, formatTidsrum } from '../../lib/format';
import { borgerPath } from '../../lib/paths';
import {
  fravaerListeQueryOptions,
  indkaldelserQueryOptions,
  moedetilbudQueryOptions,
} from '../../lib/queries';
import { useSession } from '../../lib/session';
import { KEEP_FOCUS_STATE } from '../../lib/use-focus-on-navigation';
import { AflysIndkaldelse } from './aflys-indkaldelse';
import { IndkaldelseForm } from './indkaldelse-form';
import { tilOpretBody, tomIndkaldelse } from './indkaldelse-form-model';
import { opretIndkaldelseMutationOptions } from './indkaldelser-queries';
import { MoedeAendringer } from './moede-aendringer';
import { MoedeBrev } from './moede-breve';
import { kanRegistrereUdfald, UdfaldBadge, UdfaldFakta, UdfaldHandling } from './moede-udfald';
import { RegistrerValg } from './registrer-valg';
import { RetIndkaldelse } from './ret-indkaldelse';
import { ValgHistorikKnap, ValgHistorikPanel } from './valg-historik';

/** Møder: the summon panel when asked for (?indkald), then upcoming and past meetings. */
export function MoederFane() {
  const { borger } = useBorgerOutlet();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const query = useQuery(indkaldelserQueryOptions(borger.id));
  const [gemt, setGemt] = useState<Indkaldelse | null>(null);
  const gemtRef = useRef<HTMLDivElement>(null);
  const indkaldAaben = searchParams.has('indkald');
  // The citizen's fravær marks the upcoming meetings that lie in one (they should be moved, issue 18); the
  // link from a fravær's consequences names them in ?flyt, and the first gets focus.
  const fravaer = useQuery(fravaerListeQueryOptions(borger.id));
  const flyt = (searchParams.get('flyt') ?? '').split(',').filter(Boolean);

  // The confirmation shows once the panel's address is gone, a render after `gemt` is set: focus moves to it
  // then, instead of falling to <body> with the closed panel.
  useEffect(() => {
    if (gemt && !indkaldAaben) gemtRef.current?.focus();
  }, [gemt, indkaldAaben]);

  // The panel's address is replaced on close, so "back" does not reopen a finished summons.
  const lukPanel = () =>
    void navigate(borgerPath(borger.id, 'moeder'), { replace: true, state: KEEP_FOCUS_STATE });

  const nu = Date.now();
  const items = query.data?.items ?? [];
  const kommende = items
    .filter((m) => Date.parse(m.slut) > nu)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const tidligere = items
    .filter((m) => Date.parse(m.slut) <= nu)
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));

  return (
    <>
      {indkaldAaben && (
        <IndkaldPanel
          borger={borger}
          onLuk={lukPanel}
          onGemt={(indkaldelse) => {
            setGemt(indkaldelse);
            lukPanel();
          }}
        />
      )}
      {gemt && !indkaldAaben && (
        <Alert
          ref={gemtRef}
          tabIndex={-1}
          role="status"
          variant="success"
          heading="Mødet er gemt"
          className="mb-5"
        >
          <p className="alert-text">
            {gemt.samtaletype.navn} {formatTidsrum(gemt.start, gemt.slut)},{' '}
            {gemt.moedeform.navn.toLowerCase()}.
          </p>
        </Alert>
      )}
      <h2 className="mt-0">Kommende møder</h2>
      <QueryState
        query={query}
        loading="Indlæser borgerens møder"
        lines={3}
        headingLevel={3}
        isEmpty={() => kommende.length === 0}
        empty={
          <EmptyState>
            Borgeren har ingen kommende møder. Brug »Indkald til samtale« for at indkalde.
          </EmptyState>
        }
      >
        {() => (
          <MoedeListe
            borger={borger}
            moeder={kommende}
            kommende
            fremhaevId={gemt?.id}
            flyt={{ ids: flyt, fravaer: fravaer.data?.items ?? [] }}
          />
        )}
      </QueryState>
      {query.isSuccess && (
        <>
          <h2>Tidligere møder</h2>
          {tidligere.length === 0 ? (
            <p>Ingen tidligere møder.</p>
          ) : (
            <MoedeListe borger={borger} moeder={tidligere} kommende={false} />
          )}
        </>
      )}
    </>
  );
}

function IndkaldPanel({
  borger,
  onLuk,
  onGemt,
}: {
  borger: Borger;
  onLuk: () => void;
  onGemt: (indkaldelse: Indkaldelse) => void;
}) {
  const tilbud = useQuery(moedetilbudQueryOptions());
  const opret = useMutation(opretIndkaldelseMutationOptions(borger.id));
  const sektion = useRef<HTMLElement>(null);
  // Runs after the form has focused its first field: the whole panel, not only that field, comes into view.
  // Block body: Chromium's scroll methods return a promise, which React would take for a cleanup function.
  useEffect(() => {
    sektion.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  return (
    <section ref={sektion} className="panel mb-6 indkald-panel" aria-labelledby="indkald-heading">
      <h2 id="indkald-heading" className="mt-0">
        Indkald til samtale
      </h2>
      <IndkaldelseForm
        idPrefix="indkald"
        borger={borger}
        defaultValues={tomIndkaldelse()}
        ledigeTider={{ items: tilbud.data?.items, isLoading: tilbud.isPending, isError: tilbud.isError }}
        submitTekst="Gem"
        autoFocus="dato"
        onCancel={onLuk}
        onSubmit={async (data) => {
          if (opret.isPending) return;
          const indkaldelse = await opret.mutateAsync(tilOpretBody(data));
          onGemt(indkaldelse);
        }}
      />
    </section>
  );
}

type Handling = 'ret' | 'aflys' | 'valg';

function MoedeListe({
  borger,
  moeder,
  kommende,
  fremhaevId,
  flyt,
}: {
  borger: Borger;
  moeder: readonly Indkaldelse[];
  kommende: boolean;
  fremhaevId?: string | undefined;
  /** The meetings named by a fravær's consequences, and the citizen's fravær. */
  flyt?: { ids: readonly string[]; fravaer: readonly Fravaer[] };
}) {
  const { nummer } = useSession().bruger.jobcenter;
  const egenMyndighedKode = isValidJobcenternummer(nummer) ? myndighedskodeOf(nummer) : null;
  const flytFoerst = moeder.find((moede) => flyt?.ids.includes(moede.id))?.id;
  return (
    <ul className="moede-liste nobullet-list no-max-width">
      {moeder.map((moede) => (
        <MoedeItem
          key={moede.id}
          borger={borger}
          moede={moede}
          egenMyndighedKode={egenMyndighedKode}
          kanHandle={kommende && !moede.aflyst}
          fremhaev={moede.id === fremhaevId}
          boerFlyttes={kommende && !moede.aflyst ? boerFlyttes(moede, flyt) : null}
          fokusFlyt={moede.id === flytFoerst}
        />
      ))}
    </ul>
  );
}

function MoedeItem({
  borger,
  moede,
  egenMyndighedKode,
  kanHandle,
  fremhaev,
  boerFlyttes,
  fokusFlyt,
}: {
  borger: Borger;
  moede: Indkaldelse;
  egenMyndighedKode: string | null;
  kanHandle: boolean;
  fremhaev: boolean;
  /** Why the meeting should be moved: the fravær its day lies in (null when only the link named it). */
  boerFlyttes: { fravaer: Fravaer | null } | null;
  fokusFlyt: boolean;
}) {
  const [aaben, setAaben] = useState<Handling | null>(null);
  const [visValg, setVisValg] = useState(false);
  const [besked, setBesked] = useState<string | null>(null);
  const knapper = useRef<Partial<Record<Handling, HTMLButtonElement | null>>>({});
  const headingId = `moede-${moede.id}`;
  const valgAfvisning = afvisValgAfMoedeform({
    retTilValg: moede.retTilValgAfMoedeform,
    personligtFremmoedePaakraevet: moede.personligtFremmoedePaakraevet,
    valgtMoedeform: MOEDEFORM_PERSONLIG,
  });
  const valgForklaringId = `${headingId}-valg-forklaring`;
  const flytKnap = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!fokusFlyt) return;
    flytKnap.current?.focus();
    flytKnap.current?.scrollIntoView?.({ block: 'center' });
  }, [fokusFlyt]);
  const valgHistorikId = `${headingId}-valg-historik`;
  const nu = Date.now();

  const aabn = (handling: Handling) => {
    setBesked(null);
    setAaben((nu) => (nu === handling ? null : handling));
  };
  const luk = (handling: Handling) => (tekst?: string) => {
    setAaben(null);
    if (tekst) setBesked(tekst);
    knapper.current[handling]?.focus();
  };

  const classes = [
    'moede',
    moede.aflyst ? 'moede--aflyst' : '',
    fremhaev ? 'moede--ny' : '',
    boerFlyttes ? 'moede--boer-flyttes' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li className={classes}>
      <div className="moede-raekke">
        <div className="moede-tid">
          <h3 id={headingId} className="moede-titel">
            <span className="d-block">{formatTidsrum(moede.start, moede.slut)}</span>
            <span className="moede-samtaletype">{moede.samtaletype.navn}</span>
          </h3>
          <BadgeList>
            {moede.aflyst && <Badge variant="error">Aflyst</Badge>}
            {!moede.aflyst && (moede.udfald || kanRegistrereUdfald(moede, nu)) && (
              <UdfaldBadge moede={moede} nu={nu} />
            )}
            {moede.selvbooket && <Badge>Selvbooket</Badge>}
          </BadgeList>
        </div>
        <div className="moede-detaljer">
          <dl className="moede-fakta">
            <div>
              <dt>Mødeform</dt>
              <dd>
                <MoedeformVisning id={moede.moedeform.id} navn={moede.moedeform.navn} />
              </dd>
            </div>
            <div>
              <dt>{moede.digitaltMoedelink ? 'Link' : 'Sted'}</dt>
              <dd>
                <MoedeSted moede={moede} />
              </dd>
            </div>
            <div>
              <dt>Borgerens valg</dt>
              <dd>
                {moede.moededeltagelsesvalg ? (
                  <>
                    <MoedeformVisning
                      id={moede.moededeltagelsesvalg.moedeform.id}
                      navn={moede.moededeltagelsesvalg.moedeform.navn}
                    />
                    <span className="d-block small-text">
                      Registreret af {moede.moededeltagelsesvalg.registreretAf}{' '}
                      <span className="text-nowrap">
                        {formatDatoTid(moede.moededeltagelsesvalg.registreretTidspunkt)}
                      </span>
                    </span>
                    <ValgHistorikKnap
                      panelId={valgHistorikId}
                      aaben={visValg}
                      onSkift={() => setVisValg((nu) => !nu)}
                      moedeNavn={formatTidsrum(moede.start, moede.slut)}
                    />
                  </>
                ) : moede.retTilValgAfMoedeform && !moede.personligtFremmoedePaakraevet ? (
                  'Ikke registreret endnu'
                ) : (
                  <span className="small-text">Vælger ikke</span>
                )}
              </dd>
            </div>
            <div>
              <dt>Ansvarlig</dt>
              <dd>{moede.ansvarlig ? moede.ansvarlig.navn : <span className="small-text">Ingen</span>}</dd>
            </div>
            {moede.personligtFremmoedePaakraevet && (
              <div className="moede-fakta-bred">
                <dt>
                  <Icon name="person" /> Personligt fremmøde påkrævet
                </dt>
                <dd>{moede.begrundelse ?? 'Ingen begrundelse registreret'}</dd>
              </div>
            )}
            {moede.udfald && !moede.aflyst && <UdfaldFakta udfald={moede.udfald} />}
            {moede.aflyst && (
              <div className="moede-fakta-bred">
                <dt>Aflyst</dt>
                <dd>{moede.aflysningsaarsag ?? 'Ingen årsag registreret'}</dd>
              </div>
            )}
          </dl>
          <MoedeAendringer moede={moede} egenMyndighedKode={egenMyndighedKode} />
          <MoedeBrev borgerId={borger.id} moede={moede} />
          {visValg && moede.moededeltagelsesvalg && (
            <ValgHistorikPanel panelId={valgHistorikId} indkaldelseId={moede.id} />
          )}
        </div>
      </div>
      {boerFlyttes && (
        <p className="moede-boer-flyttes">
          <Icon name="warning" />
          <span>
            {boerFlyttes.fravaer
              ? `Ligger i borgerens fravær (${boerFlyttes.fravaer.fravaersaarsag.navn} ${fravaerPeriode(boerFlyttes.fravaer)}) og bør flyttes.`
              : 'Ligger i fraværsperioden og bør flyttes.'}
          </span>
          <button
            ref={flytKnap}
            type="button"
            className="button button-secondary button-small"
            aria-expanded={aaben === 'ret'}
            aria-describedby={headingId}
            onClick={() => aabn('ret')}
          >
            Flyt mødet
          </button>
        </p>
      )}
      {kanHandle && (
        <div className="moede-handlinger">
          <button
            ref={(element) => {
              knapper.current.ret = element;
            }}
            type="button"
            className="function-link"
            aria-expanded={aaben === 'ret'}
            onClick={() => aabn('ret')}
          >
            <Icon name="edit" />
            Ret
          </button>
          <button
            ref={(element) => {
              knapper.current.aflys = element;
            }}
            type="button"
            className="function-link"
            aria-expanded={aaben === 'aflys'}
            onClick={() => aabn('aflys')}
          >
            <Icon name="close" />
            Aflys
          </button>
          <button
            ref={(element) => {
              knapper.current.valg = element;
            }}
            type="button"
            className="function-link"
            aria-expanded={valgAfvisning ? undefined : aaben === 'valg'}
            disabled={valgAfvisning !== null}
            aria-describedby={valgAfvisning ? valgForklaringId : undefined}
            onClick={() => aabn('valg')}
          >
            <Icon name="how-to-reg" />
            Registrér borgerens valg
          </button>
          {valgAfvisning && (
            <span id={valgForklaringId} className="moede-handling-forklaring">
              {valgAfMoedeformAfvisningTekst[valgAfvisning]}
              {valgAfvisning === 'PERSONLIGT_FREMMOEDE_PAAKRAEVET' ? ' (LAB § 33, stk. 2).' : '.'}
            </span>
          )}
        </div>
      )}
      <UdfaldHandling
        borger={borger}
        moede={moede}
        nu={nu}
        onUdfoert={(tekst) => {
          setAaben(null);
          setBesked(tekst);
        }}
      />
      <UdfoertBesked besked={besked} />
      {kanHandle && aaben === 'ret' && (
        <RetIndkaldelse borger={borger} indkaldelse={moede} onLuk={luk('ret')} />
      )}
      {kanHandle && aaben === 'aflys' && (
        <AflysIndkaldelse borgerId={borger.id} indkaldelse={moede} onLuk={luk('aflys')} />
      )}
      {kanHandle && aaben === 'valg' && (
        <RegistrerValg borgerId={borger.id} indkaldelse={moede} onLuk={luk('valg')} />
      )}
    </li>
  );
}

function MoedeSted({ moede }: { moede: Indkaldelse }) {
  if (moede.digitaltMoedelink) {
    return (
      <a href={moede.digitaltMoedelink} target="_blank" rel="noreferrer noopener" className="moede-link">
        {moede.digitaltMoedelink} <span className="sr-only">(åbner i nyt vindue)</span>
      </a>
    );
  }
  const sted = [moede.adresse, moede.lokationsuddybning].filter(Boolean).join(', ');
  return <>{sted || <span className="small-text">Ikke angivet</span>}</>;
}

/** The fravær whose period holds the meeting's day, or (named by the link from a fravær's consequences) none known. */
function boerFlyttes(
  moede: Indkaldelse,
  flyt: { ids: readonly string[]; fravaer: readonly Fravaer[] } | undefined,
): { fravaer: Fravaer | null } | null {
  if (!flyt) return null;
  const dag = copenhagenDateOf(moede.start);
  const fravaer = flyt.fravaer.find((f) => isFravaerAktivt(f, dag)) ?? null;
  return fravaer || flyt.ids.includes(moede.id) ? { fravaer } : null;
}

function fravaerPeriode(fravaer: Fravaer): string {
  return fravaer.slutdato
    ? `${formatKalenderdato(fravaer.startdato)}–${formatKalenderdato(fravaer.slutdato)}`
    : `fra ${formatKalenderdato(fravaer.startdato)}`;
}
