import { soegBorgerSchema } from '@jobcenter/domain/borger/borger.contract';
import { formidlingsstatusser } from '@jobcenter/domain/jobordre/jobordre.codelists';
import type { JobordreDetalje } from '@jobcenter/domain/jobordre/jobordre.contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { FieldError } from '../../components/field-parts';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryState } from '../../components/query-state';
import { TextField } from '../../components/text-field';
import { type ApiProblem, toApiProblem } from '../../lib/api-client';
import { borgerSoegQueryOptions, type SoegBorgerBody } from '../../lib/queries';
import { useSession } from '../../lib/session';
import { opretFormidlingMutationOptions } from './jobordrer-queries';

/** The statuses a proposal can start in: Under vurdering (default) or Tilgængelig for virksomhed. */
const startstatusser = formidlingsstatusser.filter((status) => !status.udfald);

/** 10 digits, or DDMMYY-XXXX, is a CPR number; anything else is (part of) a name. */
function tilSoegBody(q: string): SoegBorgerBody {
  const trimmed = q.trim();
  return /^\d{10}$/.test(trimmed) || /^\d{6}-\d{4}$/.test(trimmed) ? { cpr: trimmed } : { navn: trimmed };
}

/**
 * "Foreslå borger": find a citizen of the user's own myndighed, pick one, choose the starting status, send.
 * Only sagsbehandlere may search citizens (api.md, Roles); a virksomhedskonsulent is told so.
 */
export function ForeslaaBorger({
  jobordre,
  onLuk,
}: {
  jobordre: JobordreDetalje;
  onLuk: (besked?: string) => void;
}) {
  const { bruger } = useSession();
  return (
    <section className="inline-panel foreslaa-panel" aria-labelledby="foreslaa-heading">
      <h3 id="foreslaa-heading" className="h4 mt-0">
        Foreslå borger til {jobordre.titel}
      </h3>
      {bruger.rolle === 'sagsbehandler' ? (
        <BorgerVaelger jobordre={jobordre} onLuk={onLuk} />
      ) : (
        <>
          <p>
            Kun sagsbehandlere kan søge borgere frem. Som virksomhedskonsulent foreslår du borgere fra
            CV-søgning, eller du beder borgerens sagsbehandler om at foreslå borgeren her.
          </p>
          <button type="button" className="button button-tertiary" onClick={() => onLuk()}>
            Luk
          </button>
        </>
      )}
    </section>
  );
}

function BorgerVaelger({ jobordre, onLuk }: { jobordre: JobordreDetalje; onLuk: (besked?: string) => void }) {
  const _queryClient = useQueryClient();
  const opret = useMutation(opretFormidlingMutationOptions(jobordre.id));
  const [tekst, setTekst] = useState('');
  const [soegFejl, setSoegFejl] = useState<string | null>(null);
  const [soegning, setSoegning] = useState<SoegBorgerBody | null>(null);
  const [valgt, setValgt] = useState<string | null>(null);
  const [status, setStatus] = useState<number>(startstatusser[0]?.id ?? 1);
  const [borgerFejl, setBorgerFejl] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const soegefelt = useRef<HTMLInputElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const groupId = useId();

  useEffect(() => soegefelt.current?.focus(), []);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  const resultat = useQuery({ ...borgerSoegQueryOptions(soegning ?? {}), enabled: soegning !== null });
  const foreslaaede = new Set(jobordre.formidlinger.map((f) => f.borger.id).filter(Boolean));
  const items = resultat.data?.items ?? [];
  const eneste = items.length === 1 && items[0] && !foreslaaede.has(items[0].id) ? items[0].id : null;

  // One citizen found, not yet proposed: picked already, one click less.
  useEffect(() => {
    if (eneste) setValgt(eneste);
  }, [eneste]);

  const soeg = (event: FormEvent) => {
    event.preventDefault();
    const body = tilSoegBody(tekst);
    const parsed = soegBorgerSchema.safeParse(body);
    if (!parsed.success) {
      setSoegFejl(parsed.error.issues[0]?.message ?? 'Søgningen er ikke gyldig');
      soegefelt.current?.focus();
      return;
    }
    setSoegFejl(null);
    setValgt(null);
    setBorgerFejl(null);
    setSoegning(body);
  };

  const foreslaa = async (event: FormEvent) => {
    event.preventDefault();
    if (opret.isPending) return;
    setProblem(null);
    const borger = items.find((b) => b.id === valgt);
    if (!valgt || !borger) {
      setBorgerFejl(soegning ? 'Vælg en borger i listen' : 'Søg borgeren frem, og vælg borgeren');
      return;
    }
    setBorgerFejl(null);
    try {
      await opret.mutateAsync({ borgerId: valgt, formidlingsstatus: status });
    } catch (error) {
      const svar = toApiProblem(error);
      const feltFejl = svar.errors.find((e) => e.path.replace(/^body\./, '') === 'borgerId');
      if (feltFejl) {
        setBorgerFejl(feltFejl.message);
        return;
      }
      setProblem(svar);
      return;
    }
    onLuk(`${borger.fornavn} ${borger.efternavn} er foreslået til jobordren`);
  };

  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and to browsers from before 2023; the role gives the same landmark. */}
      <form role="search" aria-label="Borgersøgning" noValidate onSubmit={soeg}>
        <TextField
          ref={soegefelt}
          id="foreslaa-soeg"
          type="search"
          label="Søg borger"
          hint="Navn eller CPR-nummer på en borger i dit jobcenter"
          autoComplete="off"
          spellCheck={false}
          value={tekst}
          onChange={(event) => setTekst(event.target.value)}
          error={soegFejl ?? undefined}
          button={
            <button type="submit" className="button button-search">
              Søg
            </button>
          }
        />
      </form>
      {problem && (
        <ProblemAlert problem={problem} ref={problemRef} tabIndex={-1} headingLevel={3} className="mt-4" />
      )}
      <form noValidate onSubmit={(event) => void foreslaa(event)} aria-label="Foreslå den valgte borger">
        {soegning && (
          <QueryState
            query={resultat}
            loading="Søger efter borgere"
            lines={2}
            headingLevel={3}
            boxClassName="mt-4"
            isEmpty={() => items.length === 0}
            empty={
              <EmptyState headingLevel={3}>
                Ingen borgere i dit jobcenter matcher søgningen. Prøv en anden del af navnet eller
                CPR-nummeret.
              </EmptyState>
            }
          >
            {() => (
              <div className={borgerFejl ? 'form-group form-error' : 'form-group'}>
                <fieldset aria-describedby={borgerFejl ? `${groupId}-fejl` : undefined}>
                  <legend className="form-label">Vælg borger</legend>
                  {borgerFejl && <FieldError id={`${groupId}-fejl`}>{borgerFejl}</FieldError>}
                  <ul className="nobullet-list no-max-width borger-valg">
                    {items.map((borger) => {
                      const allerede = foreslaaede.has(borger.id);
                      const inputId = `${groupId}-${borger.id}`;
                      return (
                        <li key={borger.id} className="form-group-radio">
                          <input
                            type="radio"
                            className="form-radio"
                            id={inputId}
                            name="borger"
                            value={borger.id}
                            checked={valgt === borger.id}
                            disabled={allerede}
                            onChange={() => {
                              setBorgerFejl(null);
                              setValgt(borger.id);
                            }}
                          />
                          <label className="form-label" htmlFor={inputId}>
                            {borger.fornavn} {borger.efternavn}{' '}
                            <span className="small-text">
                              {borger.cprMaskeret}
                              {allerede ? ' · allerede foreslået' : ''}
                            </span>
                          </label>
                        </li>
                      );
                    })}
                  </ul>
                </fieldset>
              </div>
            )}
          </QueryState>
        )}
        {!soegning && borgerFejl && (
          <p className="form-error-message mt-3" role="alert">
            {borgerFejl}
          </p>
        )}
        <div className="form-group">
          <fieldset>
            <legend className="form-label">Status</legend>
            <div className="status-valg">
              {startstatusser.map((s) => (
                <div className="form-group-radio" key={s.id}>
                  <input
                    type="radio"
                    className="form-radio"
                    id={`${groupId}-status-${s.id}`}
                    name="formidlingsstatus"
                    value={String(s.id)}
                    checked={status === s.id}
                    onChange={() => setStatus(s.id)}
                  />
                  <label className="form-label" htmlFor={`${groupId}-status-${s.id}`}>
                    {s.navn}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="knap-raekke mt-5">
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={opret.isPending || undefined}
          >
            Foreslå borgeren
          </button>
          <button type="button" className="button button-tertiary" onClick={() => onLuk()}>
            Annuller
          </button>
        </div>
      </form>
    </>
  );
}
