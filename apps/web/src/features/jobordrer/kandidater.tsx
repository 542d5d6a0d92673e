import { formidlingsstatusser } from '@jobcenter/domain/jobordre/jobordre.codelists';
import type { Formidling, JobordreDetalje } from '@jobcenter/domain/jobordre/jobordre.contract';
import { afvisFormidling, formidlingAfvisningTekst } from '@jobcenter/domain/jobordre/jobordre.rules';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icon';
import { TableScroll } from '../../components/table-scroll';
import { isApiProblem, toApiProblem } from '../../lib/api-client';
import { formatDatoTid } from '../../lib/format';
import { borgerPath, type CvVisningState, cvPath, jobordrePath } from '../../lib/paths';
import { jobordreQueryOptions } from '../../lib/queries';
import { useSession } from '../../lib/session';
import { ForeslaaBorger } from './foreslaa-borger';
import { Formidlingsstatus } from './jobordre-status';
import { opdaterFormidlingMutationOptions } from './jobordrer-queries';

export const FORMIDLING_KONFLIKT_TEKST = 'Nogen har ændret formidlingen, siden du åbnede den';

/** The candidate list and "Foreslå borger": disabled, with the API's reason beside it, when R18/R21 forbid it. */
export function Kandidater({ jobordre }: { jobordre: JobordreDetalje }) {
  const [aaben, setAaben] = useState(false);
  const [besked, setBesked] = useState<string | null>(null);
  const knap = useRef<HTMLButtonElement>(null);
  const spaerret = !jobordre.kanFormidles;
  const forklaringId = 'foreslaa-spaerret';

  return (
    <section className="jobordre-kandidater" aria-labelledby="kandidater-heading">
      <div className="fane-top">
        <h2 id="kandidater-heading" className="mt-0 mb-0">
          Kandidater <span className="tab-antal">{jobordre.formidlinger.length}</span>
        </h2>
        <div className="knap-raekke">
          {spaerret && (
            <span id={forklaringId} className="handling-forklaring">
              <Icon name="lock" className="hint-ikon" />
              {jobordre.formidlingSpaerret ?? 'Der kan ikke foreslås borgere til jobordren lige nu'}
            </span>
          )}
          <button
            ref={knap}
            type="button"
            className="button button-primary"
            disabled={spaerret}
            aria-describedby={spaerret ? forklaringId : undefined}
            aria-expanded={spaerret ? undefined : aaben}
            onClick={() => {
              setBesked(null);
              setAaben((nu) => !nu);
            }}
          >
            <Icon name="person-add" />
            Foreslå borger
          </button>
        </div>
      </div>
      {besked && (
        <p className="jobordre-besked" role="status">
          <Icon name="check" /> {besked}
        </p>
      )}
      {aaben && !spaerret && (
        <ForeslaaBorger
          jobordre={jobordre}
          onLuk={(tekst) => {
            setAaben(false);
            if (tekst) setBesked(tekst);
            knap.current?.focus();
          }}
        />
      )}
      {jobordre.formidlinger.length === 0 ? (
        <EmptyState headingLevel={3}>
          Ingen borgere er foreslået til jobordren endnu.{' '}
          {spaerret
            ? 'Der kan foreslås borgere, når jobordren er åben og virksomheden ikke er konfliktramt.'
            : 'Brug »Foreslå borger« for at foreslå en borger fra dit jobcenter.'}
        </EmptyState>
      ) : (
        <KandidatTabel jobordre={jobordre} />
      )}
    </section>
  );
}

function KandidatTabel({ jobordre }: { jobordre: JobordreDetalje }) {
  return (
    <TableScroll label="Kandidater">
      <table className="table table--compact kandidat-tabel">
        <caption className="sr-only">Kandidater til {jobordre.titel}</caption>
        <thead>
          <tr>
            <th scope="col">Borger</th>
            <th scope="col">Status</th>
            <th scope="col">Seneste ændring</th>
            <th scope="col">Skift status</th>
          </tr>
        </thead>
        <tbody>
          {jobordre.formidlinger.map((formidling) => (
            <KandidatRaekke key={formidling.id} jobordre={jobordre} formidling={formidling} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function senesteAendring(formidling: Formidling) {
  return formidling.historik.reduce<Formidling['historik'][number] | undefined>(
    (seneste, h) => (!seneste || Date.parse(h.tidspunkt) >= Date.parse(seneste.tidspunkt) ? h : seneste),
    undefined,
  );
}

/**
 * The candidate's name leads to the person page for a sagsbehandler, and to the citizen's searchable CV for a
 * virksomhedskonsulent, who may not open the person (api.md, Roles); back from the CV leads here.
 */
function KandidatLink({
  jobordre,
  borgerId,
  navn,
}: {
  jobordre: JobordreDetalje;
  borgerId: string;
  navn: string;
}) {
  const { bruger } = useSession();
  if (bruger.rolle === 'sagsbehandler') return <Link to={borgerPath(borgerId)}>{navn}</Link>;
  const state: CvVisningState = {
    cvNavn: navn,
    tilbage: { sti: jobordrePath(jobordre.id), tekst: jobordre.titel },
  };
  return (
    <Link to={cvPath(borgerId)} state={state}>
      {navn}
    </Link>
  );
}

function KandidatRaekke({ jobordre, formidling }: { jobordre: JobordreDetalje; formidling: Formidling }) {
  const seneste = senesteAendring(formidling);
  const historik = [...formidling.historik].sort((a, b) => Date.parse(b.tidspunkt) - Date.parse(a.tidspunkt));
  return (
    <tr>
      <td>
        {formidling.borger.id ? (
          <KandidatLink jobordre={jobordre} borgerId={formidling.borger.id} navn={formidling.borger.navn} />
        ) : (
          <>
            {formidling.borger.navn}
            <span className="d-block small-text">Anden myndighed</span>
          </>
        )}
      </td>
      <td>
        <Formidlingsstatus status={formidling.formidlingsstatus} />
      </td>
      <td>
        {seneste ? (
          <>
            <span className="d-block">{formatDatoTid(seneste.tidspunkt)}</span>
            <span className="d-block small-text">
              {seneste.bruger}, {seneste.myndighed.navn}
            </span>
          </>
        ) : (
          '–'
        )}
        {historik.length > 0 && (
          <details className="details kandidat-historik">
            <summary className="details-summary">
              Historik <span className="sr-only">for {formidling.borger.navn}</span> ({historik.length})
            </summary>
            <div className="details-text">
              <ol className="nobullet-list kandidat-historik-liste">
                {historik.map((h) => (
                  <li key={`${h.tidspunkt}-${h.formidlingsstatus.id}`}>
                    <strong>{h.formidlingsstatus.navn}</strong>
                    <span className="d-block small-text">
                      {formatDatoTid(h.tidspunkt)} · {h.bruger}, {h.myndighed.navn}
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          </details>
        )}
      </td>
      <td>
        {formidling.borger.id ? (
          <SkiftFormidlingsstatus jobordre={jobordre} formidling={formidling} />
        ) : (
          <span className="small-text">Kun borgerens egen myndighed kan ændre status</span>
        )}
      </td>
    </tr>
  );
}

/**
 * A status select and "Gem" (If-Match). The rules (R18, R21) are asked at once, so a status the API would
 * refuse says why before anything is sent; the API's own answer goes beside the select too.
 */
function SkiftFormidlingsstatus({
  jobordre,
  formidling,
}: {
  jobordre: JobordreDetalje;
  formidling: Formidling;
}) {
  const queryClient = useQueryClient();
  const opdater = useMutation(opdaterFormidlingMutationOptions(jobordre.id));
  const [valgt, setValgt] = useState(formidling.formidlingsstatus.id);
  const [besked, setBesked] = useState<{ tekst: string; fejl: boolean } | null>(null);
  const selectId = `formidling-${formidling.id}-status`;
  const beskedId = `${selectId}-besked`;
  const afvisning =
    valgt === formidling.formidlingsstatus.id
      ? null
      : afvisFormidling({
          ny: false,
          formidlingsstatus: valgt,
          jobordrestatus: jobordre.status.id,
          konfliktramt: jobordre.konfliktramt,
        });
  const forklaring = afvisning ? `${formidlingAfvisningTekst[afvisning]}.` : null;

  const gem = async () => {
    if (opdater.isPending || afvisning) return;
    if (valgt === formidling.formidlingsstatus.id) {
      setBesked({ tekst: 'Vælg en anden status end den nuværende', fejl: true });
      return;
    }
    setBesked(null);
    try {
      const ny = await opdater.mutateAsync({
        formidlingId: formidling.id,
        version: formidling.version,
        formidlingsstatus: valgt,
      });
      setBesked({ tekst: `Gemt: ${ny.formidlingsstatus.navn}`, fejl: false });
    } catch (error) {
      if (isApiProblem(error) && error.status === 412) {
        // The list shows the current status; the choice stays in the select, ready to save again.
        const nu = await queryClient.fetchQuery({ ...jobordreQueryOptions(jobordre.id), staleTime: 0 });
        const status = nu.formidlinger.find((f) => f.id === formidling.id)?.formidlingsstatus.navn;
        setBesked({
          tekst: `${FORMIDLING_KONFLIKT_TEKST}. ${status ? `Status er nu »${status}«. ` : ''}Gem igen for at bruge dit valg.`,
          fejl: true,
        });
        return;
      }
      const problem = toApiProblem(error);
      setBesked({ tekst: problem.detail ?? problem.title, fejl: true });
    }
  };

  const describedBy = [forklaring ? `${selectId}-forklaring` : null, besked ? beskedId : null]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="formidling-status">
      <div className="formidling-status-felter">
        <label className="sr-only" htmlFor={selectId}>
          Ny status for {formidling.borger.navn}
        </label>
        <select
          id={selectId}
          className="form-select formidling-status-select"
          value={String(valgt)}
          aria-describedby={describedBy || undefined}
          onChange={(event) => {
            setBesked(null);
            setValgt(Number(event.target.value));
          }}
        >
          {formidlingsstatusser.map((status) => (
            <option key={status.id} value={String(status.id)}>
              {status.navn}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-secondary"
          disabled={afvisning !== null}
          aria-describedby={forklaring ? `${selectId}-forklaring` : undefined}
          aria-disabled={opdater.isPending || undefined}
          onClick={() => void gem()}
        >
          Gem <span className="sr-only">status for {formidling.borger.navn}</span>
        </button>
      </div>
      {forklaring && (
        <span id={`${selectId}-forklaring`} className="handling-forklaring d-block">
          {forklaring}
        </span>
      )}
      <span id={beskedId} role="status" className={besked?.fejl ? 'formidling-fejl' : 'formidling-ok'}>
        {besked?.tekst}
      </span>
    </div>
  );
}
