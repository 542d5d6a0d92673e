import type { Jobordre } from '@jobcenter/domain/jobordre/jobordre.contract';
import { erForeslaaet } from '@jobcenter/domain/jobordre/jobordre.rules';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/alert';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { toApiProblem } from '../../lib/api-client';
import { jobordrePath, opretJobordrePath } from '../../lib/paths';
import { jobordreQueryOptions, jobordrerQueryOptions } from '../../lib/queries';
import { AABNE_JOBORDRER, type CvResultat, foreslaaMutationOptions } from './cv-queries';

interface Afvisning {
  titel: string;
  tekst: string;
}

/**
 * "Foreslå til jobordre" in two user actions: the button opens the open jobordrer in place, focused, and
 * choosing one sends the proposal at once (status 1 "Under vurdering"). The outcome stays beside the result.
 */
export function ForeslaaTilJobordre({
  resultat,
  valgtJobordreId,
}: {
  resultat: CvResultat;
  /** The jobordre chosen before the search (`?jobordre=`): first in the list, and focused when it opens. */
  valgtJobordreId?: string | null;
}) {
  const _queryClient = useQueryClient();
  const foreslaa = useMutation(foreslaaMutationOptions());
  const [aaben, setAaben] = useState(false);
  const [foreslaaet, setForeslaaet] = useState<{ id: string; titel: string } | null>(null);
  const [afvisning, setAfvisning] = useState<Afvisning | null>(null);
  const knap = useRef<HTMLButtonElement>(null);
  const afvisningRef = useRef<HTMLDivElement>(null);
  const panelId = `cv-${resultat.borgerId}-foreslaa`;

  useEffect(() => {
    if (afvisning) afvisningRef.current?.focus();
  }, [afvisning]);

  const luk = () => {
    setAaben(false);
    knap.current?.focus();
  };

  const vaelg = async (jobordre: Jobordre) => {
    if (foreslaa.isPending) return;
    setAfvisning(null);
    try {
      await foreslaa.mutateAsync({ jobordreId: jobordre.id, borgerId: resultat.borgerId });
    } catch (error) {
      const svar = toApiProblem(error);
      const feltFejl = svar.errors.find((e) => e.path.replace(/^body\./, '') === 'borgerId');
      setAfvisning({
        titel: `${resultat.navn} blev ikke foreslået til ${jobordre.titel}`,
        tekst: feltFejl?.message ?? svar.detail ?? svar.title,
      });
      return;
    }
    setForeslaaet({ id: jobordre.id, titel: jobordre.titel });
    luk();
  };

  // Laid out by the result: the button beside the name, the rest in full width below it.
  return (
    <>
      <button
        ref={knap}
        type="button"
        className="button button-secondary cv-foreslaa-knap"
        aria-expanded={aaben}
        aria-controls={aaben ? panelId : undefined}
        onClick={() => {
          setForeslaaet(null);
          setAfvisning(null);
          setAaben((nu) => !nu);
        }}
      >
        Foreslå til jobordre
      </button>
      {/* Always present, so the confirmation is announced when it appears. */}
      <p role="status" className="cv-foreslaaet">
        {foreslaaet && (
          <>
            <Icon name="check" /> Foreslået til{' '}
            <Link to={jobordrePath(foreslaaet.id)}>{foreslaaet.titel}</Link>
          </>
        )}
      </p>
      {afvisning && (
        <Alert ref={afvisningRef} tabIndex={-1} variant="error" className="cv-foreslaa-fejl">
          <p className="alert-text">
            <strong>{afvisning.titel}.</strong> {afvisning.tekst}
          </p>
        </Alert>
      )}
      {aaben && (
        <JobordreValg
          panelId={panelId}
          navn={resultat.navn}
          borgerId={resultat.borgerId}
          valgtJobordreId={valgtJobordreId ?? null}
          afventer={foreslaa.isPending ? foreslaa.variables?.jobordreId : undefined}
          onVaelg={(jobordre) => void vaelg(jobordre)}
          onLuk={luk}
        />
      )}
    </>
  );
}

function JobordreValg({
  panelId,
  navn,
  borgerId,
  valgtJobordreId,
  afventer,
  onVaelg,
  onLuk,
}: {
  panelId: string;
  navn: string;
  borgerId: string;
  valgtJobordreId: string | null;
  /** The jobordre whose proposal is being sent. */
  afventer: string | undefined;
  onVaelg: (jobordre: Jobordre) => void;
  onLuk: () => void;
}) {
  const query = useQuery(jobordrerQueryOptions(AABNE_JOBORDRER));
  // The chosen jobordre's candidates: a citizen proposed already is not offered it again (R18's formidling).
  const valgt = useQuery({
    ...jobordreQueryOptions(valgtJobordreId ?? ''),
    enabled: valgtJobordreId !== null,
  });
  const alleredeForeslaaet = (jobordre: Jobordre) =>
    jobordre.id === valgtJobordreId && erForeslaaet(valgt.data?.formidlinger ?? [], borgerId);
  const kanVaelges = (jobordre: Jobordre) => jobordre.kanFormidles && !alleredeForeslaaet(jobordre);
  const panel = useRef<HTMLElement>(null);
  const foersteKnap = useRef<HTMLButtonElement>(null);
  const startet = useRef(false);
  const headingId = `${panelId}-heading`;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onLuk();
    }
  };

  // The chosen jobordre first, then those that can be chosen; the others follow, disabled with their reason.
  const items = [...(query.data?.items ?? [])].sort(
    (a, b) =>
      Number(kanVaelges(b)) - Number(kanVaelges(a)) ||
      Number(b.id === valgtJobordreId) - Number(a.id === valgtJobordreId),
  );
  const foersteAabne = items.find(kanVaelges)?.id;

  // The list is focused when it opens (its first open jobordre); while it loads, the panel is, and focus moves
  // on to the first jobordre when the list arrives unless the user has moved it. The chosen jobordre's
  // candidates may arrive later and disable the focused one (focus falls to <body>): then focus moves on too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the arrivals are the trigger.
  useEffect(() => {
    const forst = !startet.current;
    startet.current = true;
    const tabt = document.activeElement === panel.current || document.activeElement === document.body;
    if (foersteKnap.current && (forst || tabt)) {
      foersteKnap.current.focus();
    } else if (forst) {
      panel.current?.focus();
    }
  }, [query.data, foersteAabne]);

  return (
    <section
      ref={panel}
      id={panelId}
      className="inline-panel cv-foreslaa-panel"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <h4 id={headingId} className="cv-foreslaa-heading">
        Foreslå {navn} til en åben jobordre
      </h4>
      <p className="small-text mt-0 mb-0">
        Borgeren foreslås, så snart du vælger jobordren (status Under vurdering).
      </p>
      <QueryState
        query={query}
        loading="Henter åbne jobordrer"
        lines={2}
        headingLevel={3}
        boxClassName="mt-3"
        isEmpty={() => items.length === 0}
        empty={
          <EmptyState>
            Der er ingen åbne jobordrer. <Link to={opretJobordrePath()}>Opret en jobordre</Link>, og foreslå
            borgeren derfra.
          </EmptyState>
        }
      >
        {() => (
          <ul className="cv-jobordre-liste nobullet-list no-max-width">
            {items.map((jobordre) => {
              const forklaringId = `${panelId}-${jobordre.id}-spaerret`;
              const sender = afventer === jobordre.id;
              const aaben = kanVaelges(jobordre);
              const spaerret = alleredeForeslaaet(jobordre)
                ? `${navn} er allerede foreslået til jobordren`
                : (jobordre.formidlingSpaerret ?? 'Der kan ikke foreslås borgere til jobordren lige nu');
              return (
                <li key={jobordre.id}>
                  <button
                    ref={jobordre.id === foersteAabne ? foersteKnap : undefined}
                    type="button"
                    className="cv-jobordre-knap"
                    disabled={!aaben}
                    aria-describedby={aaben ? undefined : forklaringId}
                    aria-disabled={afventer ? true : undefined}
                    onClick={() => {
                      if (!afventer) onVaelg(jobordre);
                    }}
                  >
                    <span className="cv-jobordre-titel">{jobordre.titel}</span>
                    {' — '}
                    <span className="cv-jobordre-virksomhed">{jobordre.virksomhed.navn}</span>
                    {sender && <span className="cv-jobordre-sender"> · foreslår …</span>}
                  </button>
                  {!aaben && (
                    <span id={forklaringId} className="cv-jobordre-spaerret">
                      <Icon name="lock" className="hint-ikon" />
                      {spaerret}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
      <button type="button" className="button button-tertiary mt-3" onClick={onLuk}>
        Annuller
      </button>
    </section>
  );
}
