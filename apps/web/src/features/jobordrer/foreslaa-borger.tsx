import { soegBorgerSchema } from '@jobcenter/domain/borger/borger.contract';
import { cvSoegSchema } from '@jobcenter/domain/cv/cv.contract';
import { formidlingsstatusser } from '@jobcenter/domain/jobordre/jobordre.codelists';
import type { JobordreDetalje } from '@jobcenter/domain/jobordre/jobordre.contract';
import { erForeslaaet } from '@jobcenter/domain/jobordre/jobordre.rules';
import { type UseQueryResult, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { FieldError } from '../../components/field-parts';
import { FormKnapper } from '../../components/form-knapper';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryState } from '../../components/query-state';
import { TextField } from '../../components/text-field';
import { type ApiProblem, toApiProblem } from '../../lib/api-client';
import {
  type CvVisningState,
  cvPath,
  cvSoegningPath,
  type FritekstState,
  jobordrePath,
} from '../../lib/paths';
import { borgerSoegQueryOptions, cvSoegQueryOptions, type SoegBorgerBody } from '../../lib/queries';
import { useSession } from '../../lib/session';
import { opretFormidlingMutationOptions } from './jobordrer-queries';

/** The statuses a proposal can start in: Under vurdering (default) or Tilgængelig for virksomhed. */
const startstatusser = formidlingsstatusser.filter((status) => !status.udfald);

/** One citizen a search found, as the panel lists it: a CPR masked, or what the CV is about. */
interface Kandidat {
  id: string;
  navn: string;
  detalje: string;
}

interface Fund {
  items: Kandidat[];
  /** How many matched; a CV search shows its first page only. */
  total: number;
}

type Soegning = { type: 'borger'; body: SoegBorgerBody } | { type: 'cv'; q: string };

/**
 * How a role finds citizens here (api.md, Roles): a sagsbehandler searches the citizens by name or CPR; a
 * virksomhedskonsulent, who may not, searches the searchable CVs, and may open each hit's CV.
 */
interface Soegemaade {
  label: string;
  hint: string;
  /** The search for what was typed, or the message for beside the field. */
  tilSoegning: (tekst: string) => { soegning: Soegning } | { fejl: string };
  loading: string;
  tom: string;
  cv: boolean;
}

/** 10 digits, or DDMMYY-XXXX, is a CPR number; anything else is (part of) a name. */
function tilSoegBody(q: string): SoegBorgerBody {
  const trimmed = q.trim();
  return /^\d{10}$/.test(trimmed) || /^\d{6}-\d{4}$/.test(trimmed) ? { cpr: trimmed } : { navn: trimmed };
}

const borgerSoegning: Soegemaade = {
  label: 'Søg borger',
  hint: 'Navn eller CPR-nummer på en borger i dit jobcenter',
  tilSoegning: (tekst) => {
    const body = tilSoegBody(tekst);
    const parsed = soegBorgerSchema.safeParse(body);
    return parsed.success
      ? { soegning: { type: 'borger', body } }
      : { fejl: parsed.error.issues[0]?.message ?? 'Søgningen er ikke gyldig' };
  },
  loading: 'Søger efter borgere',
  tom: 'Ingen borgere i dit jobcenter matcher søgningen. Prøv en anden del af navnet eller CPR-nummeret.',
  cv: false,
};

const cvFritekstSchema = cvSoegSchema.pick({ q: true });

const cvSoegning: Soegemaade = {
  label: 'Søg i CV’er',
  hint: 'Ord fra overskrift, jobønsker og kompetencer i de søgbare CV’er; stavefejl rettes',
  tilSoegning: (tekst) => {
    const q = tekst.trim();
    if (!q) return { fejl: 'Skriv et eller flere ord fra CV’et' };
    return cvFritekstSchema.safeParse({ q }).success
      ? { soegning: { type: 'cv', q } }
      : { fejl: 'Højst 200 tegn' };
  },
  loading: 'Søger i CV’er',
  tom: 'Ingen søgbare CV’er matcher søgningen. Prøv færre eller andre ord, eller søg med filtre i CV-søgning.',
  cv: true,
};

/** Both searches' hooks run, the one not asked disabled: the panel has one list, whichever role. */
function useKandidater(soegning: Soegning | null): UseQueryResult<Fund> {
  const borger = soegning?.type === 'borger' ? soegning.body : null;
  const q = soegning?.type === 'cv' ? soegning.q : null;
  const borgere = useQuery({
    ...borgerSoegQueryOptions(borger ?? {}),
    enabled: borger !== null,
    select: (svar): Fund => ({
      items: svar.items.map((b) => ({
        id: b.id,
        navn: `${b.fornavn} ${b.efternavn}`,
        detalje: b.cprMaskeret,
      })),
      total: svar.items.length,
    }),
  });
  const cver = useInfiniteQuery({
    ...cvSoegQueryOptions({ q: q ?? undefined }),
    enabled: q !== null,
    // The first page (20 CVs); the rest is CV-søgning's, with its filters.
    select: (data): Fund => {
      const side = data.pages[0];
      return {
        items: (side?.items ?? []).map((item) => ({
          id: item.borgerId,
          navn: item.navn,
          detalje: `${item.overskrift} · ${item.postnummer}`,
        })),
        total: side?.total ?? 0,
      };
    },
  });
  return q !== null ? cver : borgere;
}

/**
 * "Foreslå borger": find a citizen of the user's own myndighed, pick one, choose the starting status, send.
 * A sagsbehandler searches the citizens, a virksomhedskonsulent the searchable CVs; both may go on to
 * CV-søgning with this jobordre chosen there.
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
      <KandidatVaelger
        jobordre={jobordre}
        soegemaade={bruger.rolle === 'sagsbehandler' ? borgerSoegning : cvSoegning}
        onLuk={onLuk}
      />
    </section>
  );
}

function KandidatVaelger({
  jobordre,
  soegemaade,
  onLuk,
}: {
  jobordre: JobordreDetalje;
  soegemaade: Soegemaade;
  onLuk: (besked?: string) => void;
}) {
  const opret = useMutation(opretFormidlingMutationOptions(jobordre.id));
  const [tekst, setTekst] = useState('');
  const [soegFejl, setSoegFejl] = useState<string | null>(null);
  const [soegning, setSoegning] = useState<Soegning | null>(null);
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

  const resultat = useKandidater(soegning);
  const items = resultat.data?.items ?? [];
  const eneste =
    items.length === 1 && items[0] && !erForeslaaet(jobordre.formidlinger, items[0].id) ? items[0].id : null;
  const cvQ = soegning?.type === 'cv' ? soegning.q : null;
  // The CV page's "back" leads to this jobordre.
  const cvState = (navn: string): CvVisningState => ({
    cvNavn: navn,
    tilbage: { sti: jobordrePath(jobordre.id), tekst: jobordre.titel },
  });
  const tilCvSoegning: FritekstState | null = cvQ ? { cvFritekst: cvQ } : null;

  // One citizen found, not yet proposed: picked already, one click less.
  useEffect(() => {
    if (eneste) setValgt(eneste);
  }, [eneste]);

  const soeg = (event: FormEvent) => {
    event.preventDefault();
    const svar = soegemaade.tilSoegning(tekst);
    if ('fejl' in svar) {
      setSoegFejl(svar.fejl);
      soegefelt.current?.focus();
      return;
    }
    setSoegFejl(null);
    setValgt(null);
    setBorgerFejl(null);
    setSoegning(svar.soegning);
  };

  const foreslaa = async (event: FormEvent) => {
    event.preventDefault();
    if (opret.isPending) return;
    setProblem(null);
    const kandidat = items.find((b) => b.id === valgt);
    if (!valgt || !kandidat) {
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
    onLuk(`${kandidat.navn} er foreslået til jobordren`);
  };

  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and to browsers from before 2023; the role gives the same landmark. */}
      <form
        role="search"
        aria-label={soegemaade.cv ? 'CV-søgning' : 'Borgersøgning'}
        noValidate
        onSubmit={soeg}
      >
        <TextField
          ref={soegefelt}
          id="foreslaa-soeg"
          type="search"
          label={soegemaade.label}
          hint={soegemaade.hint}
          autoComplete="off"
          maxLength={soegemaade.cv ? 200 : undefined}
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
      <p className="small-text foreslaa-cv-soegning">
        Med filtre for kompetence, postnummer og kontaktgruppe:{' '}
        <Link to={cvSoegningPath(jobordre.id)} state={tilCvSoegning}>
          Find kandidater i CV-søgning
        </Link>
      </p>
      {problem && (
        <ProblemAlert problem={problem} ref={problemRef} tabIndex={-1} headingLevel={3} className="mt-4" />
      )}
      <form noValidate onSubmit={(event) => void foreslaa(event)} aria-label="Foreslå den valgte borger">
        {soegning && (
          <QueryState
            query={resultat}
            loading={soegemaade.loading}
            lines={2}
            headingLevel={3}
            boxClassName="mt-4"
            isEmpty={() => items.length === 0}
            empty={<EmptyState headingLevel={3}>{soegemaade.tom}</EmptyState>}
          >
            {() => (
              <div className={borgerFejl ? 'form-group form-error' : 'form-group'}>
                <fieldset aria-describedby={borgerFejl ? `${groupId}-fejl` : undefined}>
                  <legend className="form-label">Vælg borger</legend>
                  {borgerFejl && <FieldError id={`${groupId}-fejl`}>{borgerFejl}</FieldError>}
                  <ul className="nobullet-list no-max-width borger-valg">
                    {items.map((borger) => {
                      const allerede = erForeslaaet(jobordre.formidlinger, borger.id);
                      const inputId = `${groupId}-${borger.id}`;
                      return (
                        <li key={borger.id} className="form-group-radio borger-valg-punkt">
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
                            {borger.navn}{' '}
                            <span className="small-text">
                              {borger.detalje}
                              {allerede ? ' · allerede foreslået' : ''}
                            </span>
                          </label>
                          {soegemaade.cv && (
                            <Link
                              to={cvPath(borger.id)}
                              state={cvState(borger.navn)}
                              className="small-text borger-valg-cv"
                            >
                              Se CV <span className="sr-only">for {borger.navn}</span>
                            </Link>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                  {resultat.data && resultat.data.total > items.length && (
                    <p className="small-text mt-3 mb-0">
                      Viser {items.length} af {resultat.data.total}.{' '}
                      <Link to={cvSoegningPath(jobordre.id)} state={tilCvSoegning}>
                        Se dem alle i CV-søgning
                      </Link>
                    </p>
                  )}
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
        <FormKnapper
          submitTekst="Foreslå borgeren"
          sender={opret.isPending}
          onAnnuller={onLuk}
          className="mt-5"
        />
      </form>
    </>
  );
}
