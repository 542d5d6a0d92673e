import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import { joblogGrundTekst, selvbookingGrundTekst } from '@jobcenter/domain/borger/borger-status.tekst';
import { kontaktgruppeNavn } from '@jobcenter/domain/borger/kontaktgruppe.codelists';
import { fravaersaarsagNavn } from '@jobcenter/domain/fravaer/fravaer.codelists';
import { isSameMyndighed } from '@jobcenter/domain/identifiers/jobcenter.rules';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../components/alert';
import { AnsvarligSelect, INGEN_ANSVARLIG } from '../../components/ansvarlig-select';
import { BadgeList } from '../../components/badge';
import { FormKnapper } from '../../components/form-knapper';
import { Icon } from '../../components/icon';
import { SelectField } from '../../components/select-field';
import { StatusChip } from '../../components/status-chip';
import { toApiProblem } from '../../lib/api-client';
import { copenhagenToday } from '../../lib/copenhagen-time';
import { formatKalenderdato } from '../../lib/format';
import { BORGERE_PATH, borgerPath, indkaldPath, registrerFravaerPath } from '../../lib/paths';
import { jobcentreQueryOptions } from '../../lib/queries';
import { borgerKeys, historikKeys } from '../../lib/query-keys';
import { KEEP_FOCUS_STATE } from '../../lib/use-focus-on-navigation';
import type { BorgereBesked } from './borgere-paths';
import {
  flytBorgerMutationOptions,
  saetAnsvarligMutationOptions,
  visCprMutationOptions,
} from './borgere-queries';

const RET_TIL_VALG_FORKLARING =
  'Borgeren har været ledig i mindst 6 måneder og vælger selv, om en jobsamtale holdes ved personligt fremmøde, ' +
  'telefon eller digitalt møde (LAB § 33, stk. 1). Jobcentret kan for ét bestemt møde kræve personligt fremmøde med en ' +
  'skriftlig begrundelse.';

/** The citizen's situation at a glance, with the primary actions. */
export function BorgerKort({ borger }: { borger: Borger }) {
  const [flytAaben, setFlytAaben] = useState(false);
  const [ansvarligAaben, setAnsvarligAaben] = useState(false);
  const [besked, setBesked] = useState<string | null>(null);
  const flytKnap = useRef<HTMLButtonElement>(null);
  const ansvarligKnap = useRef<HTMLButtonElement>(null);
  const navn = `${borger.fornavn} ${borger.efternavn}`;

  return (
    <section className="borger-kort" aria-labelledby="borger-navn">
      <div className="borger-kort-top">
        <h1 id="borger-navn" className="borger-kort-navn">
          {navn}
        </h1>
        <div className="borger-kort-handlinger">
          <Link to={indkaldPath(borger.id)} state={KEEP_FOCUS_STATE} className="button button-primary">
            Indkald til samtale
          </Link>
          <Link
            to={registrerFravaerPath(borger.id)}
            state={KEEP_FOCUS_STATE}
            className="button button-secondary"
          >
            Registrér fravær
          </Link>
          <button
            ref={flytKnap}
            type="button"
            className="button button-secondary"
            aria-expanded={flytAaben}
            onClick={() => {
              setBesked(null);
              setFlytAaben((aaben) => !aaben);
            }}
          >
            Flyt til andet jobcenter
          </button>
        </div>
      </div>
      <dl className="borger-fakta">
        <div>
          <dt>CPR-nummer</dt>
          <dd>
            <Cpr borger={borger} />
          </dd>
        </div>
        <div>
          <dt>Kontaktgruppe</dt>
          <dd>
            {borger.kontaktgruppe} · {kontaktgruppeNavn(borger.kontaktgruppe)}
          </dd>
        </div>
        <div>
          <dt>Jobcenter</dt>
          <dd>
            {borger.jobcenter.navn} ({borger.jobcenter.nummer})
          </dd>
        </div>
        <div>
          <dt>A-kasse</dt>
          <dd>
            {borger.akasse ? borger.akasse.navn : 'Ingen a-kasse'}
            {borger.dagpengeretFra && (
              <span className="small-text">
                {' '}
                (dagpengeret fra {formatKalenderdato(borger.dagpengeretFra)})
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Mobilnummer</dt>
          <dd>
            {borger.mobilnummer ? formatMobilnummer(borger.mobilnummer) : 'Intet mobilnummer'}{' '}
            <span className="small-text">
              (påmindelser som {borger.mobilnummer ? 'SMS' : 'Digital Post'})
            </span>
          </dd>
        </div>
        <div>
          <dt>Ansvarlig sagsbehandler</dt>
          <dd>
            {borger.ansvarlig ? borger.ansvarlig.navn : 'Ingen'}{' '}
            <button
              ref={ansvarligKnap}
              type="button"
              className="function-link"
              aria-expanded={ansvarligAaben}
              aria-label="Skift ansvarlig sagsbehandler"
              onClick={() => {
                setBesked(null);
                setAnsvarligAaben((aaben) => !aaben);
              }}
            >
              Skift
            </button>
          </dd>
        </div>
        <div>
          <dt>Ledighed</dt>
          <dd>
            ledig i {borger.maanederLedig} mdr.{' '}
            <span className="small-text">(fra {formatKalenderdato(borger.ledighedsdato)})</span>
          </dd>
        </div>
      </dl>
      <StatusChips borger={borger} />
      {besked && (
        // A status, so the outcome of "Skift" or "Flyt" is read out while focus returns to the button.
        <Alert variant="success" className="mt-4" role="status">
          <p className="alert-text">{besked}</p>
        </Alert>
      )}
      {ansvarligAaben && (
        <SkiftAnsvarlig
          borger={borger}
          onLuk={(tekst) => {
            setAnsvarligAaben(false);
            setBesked(tekst ?? null);
            ansvarligKnap.current?.focus();
          }}
        />
      )}
      {flytAaben && (
        <FlytBorger
          borger={borger}
          onLuk={(tekst) => {
            setFlytAaben(false);
            setBesked(tekst ?? null);
            flytKnap.current?.focus();
          }}
        />
      )}
    </section>
  );
}

/** ux.md's status chips, driven by the citizen's derived status; each explains itself on hover and focus. */
function StatusChips({ borger }: { borger: Borger }) {
  const { selvbooking, joblog } = borger;
  const chips = [
    borger.retTilValgAfMoedeform && (
      <StatusChip key="valg" variant="success" forklaring={RET_TIL_VALG_FORKLARING}>
        Ret til at vælge mødeform
      </StatusChip>
    ),
    selvbooking.pligt && (
      <StatusChip
        key="selvbooking"
        variant="info"
        forklaring={`${selvbookingGrundTekst(selvbooking.grund)} (R11).`}
      >
        Selvbookingspligt
      </StatusChip>
    ),
    selvbooking.frataget && (
      <StatusChip
        key="frataget"
        variant="warning"
        forklaring={`${selvbookingGrundTekst(selvbooking.grund)}: borgeren har et aktivt fravær 57 og kan hverken se eller booke mødetilbud på Jobnet. Book samtalerne for borgeren. Se fanen Fravær.`}
      >
        Må ikke selvbooke
      </StatusChip>
    ),
    !selvbooking.pligt && !selvbooking.frataget && selvbooking.fritagetAf.length > 0 && (
      <StatusChip
        key="fritaget"
        variant="info"
        forklaring={`${selvbookingGrundTekst(selvbooking.grund)}: borgeren har et aktivt fravær, der fritager for pligten til selv at booke samtaler (R11). Se fanen Fravær.`}
      >
        {selvbookingGrundTekst(selvbooking.grund, copenhagenToday().slice(0, 4))}
      </StatusChip>
    ),
    joblog.krav ? (
      <StatusChip
        key="joblog"
        variant="info"
        forklaring={`${joblogGrundTekst(joblog.grund)}. ${antalAnsoegninger(joblog.antalDenneMaaned)} denne måned; kravet følger kalendermåneden.`}
      >
        Joblog påkrævet
      </StatusChip>
    ) : (
      <StatusChip key="joblog" variant="neutral" forklaring={`${joblogGrundTekst(joblog.grund)}.`}>
        {joblog.grund.kind === 'fritaget'
          ? `Fritaget for joblog (${fravaersaarsagNavn(joblog.grund.fravaersaarsag)})`
          : 'Ingen joblog'}
      </StatusChip>
    ),
    (joblog.krav || joblog.antalDenneMaaned > 0) && (
      <Link
        key="joblog-antal"
        to={borgerPath(borger.id, 'joblog')}
        state={KEEP_FOCUS_STATE}
        className="borger-kort-joblog-antal"
      >
        {antalAnsoegninger(joblog.antalDenneMaaned)} denne måned
      </Link>
    ),
    borger.mindreIntensivIndsats && (
      <StatusChip
        key="mindre"
        variant="warning"
        forklaring="Borgeren har et aktivt fravær, der giver mindre intensiv indsats: ingen pligt til at deltage i møder."
      >
        Mindre intensiv indsats
      </StatusChip>
    ),
    borger.dagpengeUdelukket && (
      <StatusChip
        key="dagpenge"
        variant="warning"
        forklaring="Borgeren er registreret med sorgorlov og kan ikke modtage a-dagpenge i perioden (R8)."
      >
        Ingen a-dagpenge (sorgorlov)
      </StatusChip>
    ),
  ].filter(Boolean);
  if (chips.length === 0) return null;
  return (
    <div className="borger-kort-status">
      <BadgeList>{chips}</BadgeList>
    </div>
  );
}

/** "12345678" as Danes write it: "12 34 56 78". */
function formatMobilnummer(nummer: string): string {
  return /^\d{8}$/.test(nummer) ? nummer.replace(/(\d{2})(?=\d)/g, '$1 ') : nummer;
}

function antalAnsoegninger(antal: number): string {
  return `${antal} ${antal === 1 ? 'ansøgning' : 'ansøgninger'}`;
}

/** The masked CPR number; "Vis" asks the API for the full one (logged there) and shows it here only. */
function Cpr({ borger }: { borger: Borger }) {
  const vis = useMutation(visCprMutationOptions(borger.id));
  const cpr = vis.data?.cpr;
  return (
    <span className="cpr">
      <span aria-live="polite">{cpr ?? borger.cprMaskeret}</span>{' '}
      {cpr ? (
        <button type="button" className="function-link" onClick={() => vis.reset()}>
          <Icon name="visibility-off" />
          Skjul
        </button>
      ) : (
        <button
          type="button"
          className="function-link"
          aria-label="Vis fuldt CPR-nummer"
          aria-disabled={vis.isPending || undefined}
          onClick={() => {
            if (!vis.isPending) vis.mutate();
          }}
        >
          <Icon name="visibility" />
          Vis
        </button>
      )}
      {vis.isError && (
        <span className="form-error-message d-block" role="alert">
          CPR-nummeret kunne ikke vises: {toApiProblem(vis.error).title}
        </span>
      )}
    </span>
  );
}

/** UpdatePersonJobcenter: a select and a confirming button. */
function FlytBorger({ borger, onLuk }: { borger: Borger; onLuk: (besked?: string) => void }) {
  const jobcentre = useQuery(jobcentreQueryOptions());
  const flyt = useMutation(flytBorgerMutationOptions(borger.id));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [valgt, setValgt] = useState('');
  const [fejl, setFejl] = useState<string | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  const navn = `${borger.fornavn} ${borger.efternavn}`;

  useEffect(() => {
    select.current?.focus();
  }, []);

  const muligheder = (jobcentre.data?.items ?? []).filter((jc) => jc.nummer !== borger.jobcenter.nummer);
  const valgtJobcenter = muligheder.find((jc) => jc.nummer === valgt);
  const andenMyndighed = valgtJobcenter && !isSameMyndighed(valgtJobcenter.nummer, borger.jobcenter.nummer);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (flyt.isPending) return;
    if (!valgtJobcenter) {
      setFejl('Vælg det jobcenter, borgeren skal flyttes til');
      select.current?.focus();
      return;
    }
    setFejl(null);
    try {
      const flyttet = await flyt.mutateAsync(valgtJobcenter.nummer);
      if (isSameMyndighed(flyttet.jobcenter.nummer, borger.jobcenter.nummer)) {
        queryClient.setQueryData(borgerKeys.detalje(borger.id), flyttet);
        void queryClient.invalidateQueries({ queryKey: historikKeys.borger(borger.id) });
        onLuk(`${navn} er flyttet til ${flyttet.jobcenter.navn}.`);
        return;
      }
      // From now on the citizen belongs to another myndighed, which this user cannot see (api.md, flyt).
      const state: BorgereBesked = {
        besked: `${navn} er flyttet til ${flyttet.jobcenter.navn}. Borgeren hører nu under en anden myndighed, så du kan ikke længere se borgeren.`,
        glemBorger: borger.id,
      };
      await navigate(BORGERE_PATH, { state });
    } catch (error) {
      setFejl(toApiProblem(error).title);
    }
  };

  return (
    <form className="inline-panel mt-4" noValidate onSubmit={onSubmit} aria-labelledby="flyt-heading">
      <h2 id="flyt-heading" className="h4 mt-0">
        Flyt til andet jobcenter
      </h2>
      <div className="form-raekke">
        <SelectField
          ref={select}
          id="flyt-jobcenter"
          label="Nyt jobcenter"
          value={valgt}
          error={fejl ?? undefined}
          hint={jobcentre.isError ? 'Jobcentrene kunne ikke hentes. Prøv igen om lidt.' : undefined}
          onChange={(event) => setValgt(event.target.value)}
          className="input-width-l"
        >
          <option value="">{jobcentre.isPending ? 'Henter jobcentre …' : 'Vælg jobcenter'}</option>
          {muligheder.map((jc) => (
            <option key={jc.nummer} value={jc.nummer}>
              {jc.navn} ({jc.nummer})
            </option>
          ))}
        </SelectField>
      </div>
      {andenMyndighed && (
        <p className="small-text mt-3">
          <strong>{valgtJobcenter.navn}</strong> er en anden myndighed. Når borgeren er flyttet, kan du ikke
          længere se borgeren. Møder, kontaktpersoner og historik følger med borgeren og beholder deres ejer.
        </p>
      )}
      <FormKnapper submitTekst="Flyt borgeren" sender={flyt.isPending} onAnnuller={onLuk} className="mt-4" />
    </form>
  );
}

/** The citizen's ansvarlig sagsbehandler: a colleague of the user's own jobcentre, or nobody. */
function SkiftAnsvarlig({ borger, onLuk }: { borger: Borger; onLuk: (besked?: string) => void }) {
  const saet = useMutation(saetAnsvarligMutationOptions(borger.id));
  const [valgt, setValgt] = useState(borger.ansvarlig?.brugernavn ?? INGEN_ANSVARLIG);
  const [fejl, setFejl] = useState<string | undefined>();
  const select = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    select.current?.focus();
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (saet.isPending) return;
    if (valgt === (borger.ansvarlig?.brugernavn ?? INGEN_ANSVARLIG)) return onLuk();
    setFejl(undefined);
    try {
      const ny = await saet.mutateAsync(valgt === INGEN_ANSVARLIG ? null : valgt);
      onLuk(
        ny.ansvarlig
          ? `${ny.ansvarlig.navn} er nu ansvarlig sagsbehandler.`
          : 'Borgeren har ikke længere en ansvarlig sagsbehandler.',
      );
    } catch (error) {
      const problem = toApiProblem(error);
      setFejl(problem.errors[0]?.message ?? problem.title);
      select.current?.focus();
    }
  };

  return (
    <form className="inline-panel mt-4" noValidate onSubmit={onSubmit} aria-labelledby="ansvarlig-heading">
      <h2 id="ansvarlig-heading" className="h4 mt-0">
        Skift ansvarlig sagsbehandler
      </h2>
      <AnsvarligSelect
        ref={select}
        id="borger-ansvarlig"
        value={valgt}
        nuvaerende={borger.ansvarlig}
        onChange={setValgt}
        error={fejl}
      />
      <FormKnapper submitTekst="Gem ansvarlig" sender={saet.isPending} onAnnuller={onLuk} className="mt-4" />
    </form>
  );
}
