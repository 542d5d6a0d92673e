import { zodResolver } from '@hookform/resolvers/zod';
import { findOphoersaarsag, indsatstyper } from '@jobcenter/domain/plan/indsats.codelists';
import {
  type Indsats,
  ophoerIndsatsSchema,
  opretIndsatsSchema,
} from '@jobcenter/domain/plan/indsats.contract';
import { ophoersaarsagerFor } from '@jobcenter/domain/plan/indsats.rules';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Badge, type BadgeVariant } from '../../components/badge';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icon';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryState } from '../../components/query-state';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { UdfoertBesked } from '../../components/udfoert-besked';
import type { ApiProblem } from '../../lib/api-client';
import { useBorgerOutlet } from '../../lib/borger-outlet';
import { copenhagenToday } from '../../lib/copenhagen-time';
import { placeProblem } from '../../lib/form-errors';
import { formatKalenderdato } from '../../lib/format';
import { indsatserQueryOptions } from '../../lib/queries';
import { ophoerIndsatsMutationOptions, opretIndsatsMutationOptions } from './indsatser-queries';

/** R14: the reasons a caseworker may end an indsats with; 14 and 15 are VITAS's and never offered. */
const SAGSBEHANDLER_OPHOERSAARSAGER = ophoersaarsagerFor('sagsbehandler');

type IndsatsStatus = 'aktiv' | 'kommende' | 'ophoert' | 'afsluttet';

function indsatsStatus(indsats: Indsats, idag: string): IndsatsStatus {
  if (indsats.ophoer && indsats.ophoer.dato <= idag) return 'ophoert';
  if (indsats.aktiv) return 'aktiv';
  return indsats.startdato > idag ? 'kommende' : 'afsluttet';
}

const statusBadge: Record<IndsatsStatus, { tekst: string; variant: BadgeVariant }> = {
  aktiv: { tekst: 'Aktiv', variant: 'success' },
  kommende: { tekst: 'Kommende', variant: 'info' },
  ophoert: { tekst: 'Ophørt', variant: 'neutral' },
  afsluttet: { tekst: 'Afsluttet', variant: 'neutral' },
};

/** Ended by VITAS: its own reasons (14, 15, R14) or its name as the one who ended it. */
function erVitasOphoer(ophoer: NonNullable<Indsats['ophoer']>): boolean {
  return findOphoersaarsag(ophoer.aarsag.id)?.kunVitas === true || ophoer.af.toUpperCase() === 'VITAS';
}

function formatIndsatsPeriode(indsats: Indsats): string {
  return indsats.slutdato
    ? `${formatKalenderdato(indsats.startdato)}–${formatKalenderdato(indsats.slutdato)}`
    : `fra ${formatKalenderdato(indsats.startdato)}, uden slutdato`;
}

/** Min plan: the citizen's indsatser, active and coming first, then the ended ones with why and by whom. */
export function PlanFane() {
  const { borger } = useBorgerOutlet();
  const query = useQuery(indsatserQueryOptions(borger.id));
  const [opretAaben, setOpretAaben] = useState(false);
  const [besked, setBesked] = useState<string | null>(null);
  const opretKnap = useRef<HTMLButtonElement>(null);
  const idag = copenhagenToday();

  const items = query.data?.items ?? [];
  const igang = items
    .filter((indsats) => ['aktiv', 'kommende'].includes(indsatsStatus(indsats, idag)))
    .sort((a, b) => a.startdato.localeCompare(b.startdato));
  const afsluttede = items
    .filter((indsats) => ['ophoert', 'afsluttet'].includes(indsatsStatus(indsats, idag)))
    .sort((a, b) => slutAf(b).localeCompare(slutAf(a)));

  return (
    <>
      <div className="fane-top">
        <h2 className="mt-0">Plan</h2>
        <button
          ref={opretKnap}
          type="button"
          className="button button-secondary"
          aria-expanded={opretAaben}
          onClick={() => {
            setBesked(null);
            setOpretAaben((aaben) => !aaben);
          }}
        >
          <Icon name="plus" />
          Opret indsats
        </button>
      </div>
      <UdfoertBesked besked={besked} />
      {opretAaben && (
        <OpretIndsats
          borgerId={borger.id}
          onLuk={(tekst) => {
            setOpretAaben(false);
            if (tekst) setBesked(tekst);
            opretKnap.current?.focus();
          }}
        />
      )}
      <QueryState
        query={query}
        loading="Indlæser borgerens plan"
        lines={3}
        headingLevel={3}
        isEmpty={() => items.length === 0}
        empty={
          <EmptyState>
            Borgeren har ingen indsatser i planen. Brug »Opret indsats« for at oprette en.
          </EmptyState>
        }
      >
        {() => (
          <>
            <h3 className="plan-overskrift">Aktive og kommende indsatser</h3>
            {igang.length === 0 ? (
              <p>Ingen aktive eller kommende indsatser.</p>
            ) : (
              <IndsatsListe borgerId={borger.id} items={igang} idag={idag} />
            )}
            <h3 className="plan-overskrift">Afsluttede indsatser</h3>
            {afsluttede.length === 0 ? (
              <p>Ingen afsluttede indsatser.</p>
            ) : (
              <IndsatsListe borgerId={borger.id} items={afsluttede} idag={idag} />
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

function slutAf(indsats: Indsats): string {
  return indsats.ophoer?.dato ?? indsats.slutdato ?? indsats.startdato;
}

function IndsatsListe({ borgerId, items, idag }: { borgerId: string; items: Indsats[]; idag: string }) {
  return (
    <ul className="indsats-liste nobullet-list no-max-width">
      {items.map((indsats) => (
        <IndsatsItem key={indsats.id} borgerId={borgerId} indsats={indsats} idag={idag} />
      ))}
    </ul>
  );
}

function IndsatsItem({ borgerId, indsats, idag }: { borgerId: string; indsats: Indsats; idag: string }) {
  const [afslutAaben, setAfslutAaben] = useState(false);
  const [besked, setBesked] = useState<string | null>(null);
  const knap = useRef<HTMLButtonElement>(null);
  const status = statusBadge[indsatsStatus(indsats, idag)];
  const headingId = `indsats-${indsats.id}`;
  const periode = formatIndsatsPeriode(indsats);

  return (
    <li className="indsats" aria-labelledby={headingId}>
      <div className="indsats-raekke">
        <div>
          <h4 id={headingId} className="indsats-titel">
            {indsats.type.navn}
          </h4>
          <Badge variant={status.variant}>{status.tekst}</Badge>
        </div>
        <dl className="indsats-fakta">
          <div>
            <dt>Periode</dt>
            <dd>{periode}</dd>
          </div>
          <div>
            <dt>Jobcenter</dt>
            <dd>{indsats.jobcenter.navn}</dd>
          </div>
          {indsats.ophoer && (
            <div className="indsats-ophoer">
              <dt>{indsats.ophoer.dato <= idag ? 'Ophørt' : 'Ophører'}</dt>
              <dd>
                {formatKalenderdato(indsats.ophoer.dato)}: {indsats.ophoer.aarsag.navn} (
                {indsats.ophoer.aarsag.id})
                <span className="d-block small-text">
                  {erVitasOphoer(indsats.ophoer) ? (
                    <>
                      Af <Badge variant="info">VITAS</Badge>
                    </>
                  ) : (
                    <>Af {indsats.ophoer.af || 'ukendt'}</>
                  )}
                </span>
              </dd>
            </div>
          )}
        </dl>
        <div className="indsats-handlinger">
          {!indsats.ophoer && (
            <button
              ref={knap}
              type="button"
              className="function-link"
              aria-expanded={afslutAaben}
              onClick={() => {
                setBesked(null);
                setAfslutAaben((aaben) => !aaben);
              }}
            >
              <Icon name="close" />
              Afslut{' '}
              <span className="sr-only">
                {indsats.type.navn}, {periode}
              </span>
            </button>
          )}
        </div>
      </div>
      <UdfoertBesked besked={besked} />
      {afslutAaben && !indsats.ophoer && (
        <AfslutIndsats
          borgerId={borgerId}
          indsats={indsats}
          idag={idag}
          onLuk={(tekst) => {
            setAfslutAaben(false);
            if (tekst) setBesked(tekst);
            knap.current?.focus();
          }}
        />
      )}
    </li>
  );
}

const opretFormSchema = z
  .object({ type: z.string(), startdato: z.string().min(1, 'Skriv startdatoen'), slutdato: z.string() })
  .transform(
    (values): z.input<typeof opretIndsatsSchema> => ({
      type: values.type as z.input<typeof opretIndsatsSchema>['type'],
      startdato: values.startdato,
      slutdato: values.slutdato === '' ? null : values.slutdato,
    }),
  )
  .pipe(opretIndsatsSchema);
type OpretInput = z.input<typeof opretFormSchema>;
type OpretOutput = z.output<typeof opretFormSchema>;

function OpretIndsats({ borgerId, onLuk }: { borgerId: string; onLuk: (besked?: string) => void }) {
  const opret = useMutation(opretIndsatsMutationOptions(borgerId));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<OpretInput, unknown, OpretOutput>({
    resolver: zodResolver(opretFormSchema),
    defaultValues: { type: '', startdato: copenhagenToday(), slutdato: '' },
  });

  useEffect(() => {
    setFocus('type');
  }, [setFocus]);

  const onSubmit = async (data: OpretOutput) => {
    if (opret.isPending) return;
    setProblem(null);
    try {
      const ny = await opret.mutateAsync(
        data.slutdato ? data : { type: data.type, startdato: data.startdato },
      );
      onLuk(`${ny.type.navn} er oprettet i planen`);
    } catch (error) {
      setProblem(placeProblem(error, ['type', 'startdato', 'slutdato'], setError, { setFocus }));
    }
  };

  return (
    <InlineForm
      id="opret-indsats"
      heading="Opret indsats"
      headingLevel={3}
      problem={problem}
      submitTekst="Gem indsats"
      onSubmit={handleSubmit(onSubmit)}
      onFortryd={() => onLuk()}
    >
      <div className="form-raekke">
        <SelectField
          id="opret-indsats-type"
          label="Indsatstype"
          error={errors.type?.message}
          {...register('type')}
        >
          <option value="">Vælg indsatstype</option>
          {indsatstyper.map((type) => (
            <option key={type.kode} value={type.kode}>
              {type.navn}
            </option>
          ))}
        </SelectField>
        <TextField
          id="opret-indsats-startdato"
          type="date"
          label="Startdato"
          error={errors.startdato?.message}
          className="input-width-s"
          {...register('startdato')}
        />
        <TextField
          id="opret-indsats-slutdato"
          type="date"
          label="Slutdato (valgfri)"
          error={errors.slutdato?.message}
          className="input-width-s"
          {...register('slutdato')}
        />
      </div>
    </InlineForm>
  );
}

const afslutFormSchema = z
  .object({
    ophoersaarsag: z.string().min(1, 'Vælg en ophørsårsag'),
    dato: z.string().min(1, 'Skriv ophørsdatoen'),
  })
  .transform((values) => ({ ophoersaarsag: Number(values.ophoersaarsag), dato: values.dato }))
  .pipe(ophoerIndsatsSchema);
type AfslutInput = z.input<typeof afslutFormSchema>;
type AfslutOutput = z.output<typeof afslutFormSchema>;

function AfslutIndsats({
  borgerId,
  indsats,
  idag,
  onLuk,
}: {
  borgerId: string;
  indsats: Indsats;
  idag: string;
  onLuk: (besked?: string) => void;
}) {
  const ophoer = useMutation(ophoerIndsatsMutationOptions(borgerId));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<AfslutInput, unknown, AfslutOutput>({
    resolver: zodResolver(afslutFormSchema),
    // Today, or the start of an indsats that has not begun (the API refuses an ophør before the start).
    defaultValues: { ophoersaarsag: '', dato: indsats.startdato > idag ? indsats.startdato : idag },
  });
  const id = `afslut-${indsats.id}`;

  useEffect(() => {
    setFocus('ophoersaarsag');
  }, [setFocus]);

  const onSubmit = async (body: AfslutOutput) => {
    if (ophoer.isPending) return;
    setProblem(null);
    try {
      const ophoert = await ophoer.mutateAsync({ indsatsId: indsats.id, body });
      onLuk(
        `${ophoert.type.navn} er afsluttet pr. ${formatKalenderdato(body.dato)}: ${ophoert.ophoer?.aarsag.navn ?? ''}`,
      );
    } catch (error) {
      setProblem(placeProblem(error, ['ophoersaarsag', 'dato'], setError, { setFocus }));
    }
  };

  return (
    <InlineForm
      id={id}
      heading={`Afslut ${indsats.type.navn.toLowerCase()}`}
      problem={problem}
      submitTekst="Afslut indsats"
      onSubmit={handleSubmit(onSubmit)}
      onFortryd={() => onLuk()}
    >
      <div className="form-raekke">
        <SelectField
          id={`${id}-aarsag`}
          label="Ophørsårsag"
          error={errors.ophoersaarsag?.message}
          {...register('ophoersaarsag')}
        >
          <option value="">Vælg ophørsårsag</option>
          {SAGSBEHANDLER_OPHOERSAARSAGER.map((aarsag) => (
            <option key={aarsag.id} value={String(aarsag.id)}>
              {aarsag.navn} ({aarsag.id})
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${id}-dato`}
          type="date"
          label="Ophørsdato"
          error={errors.dato?.message}
          className="input-width-s"
          {...register('dato')}
        />
      </div>
      <p className="small-text mt-3 mb-0">
        Ophørsårsag 14 og 15 sættes kun af VITAS, når en bevilling lukkes eller ikke godkendes.
      </p>
    </InlineForm>
  );
}

function InlineForm({
  id,
  heading,
  headingLevel = 4,
  problem,
  submitTekst,
  onSubmit,
  onFortryd,
  children,
}: {
  id: string;
  heading: string;
  /** 3 for a panel below the tab's h2 (create), 4 inside a listed item with its own h3 (edit). */
  headingLevel?: 3 | 4;
  problem: ApiProblem | null;
  submitTekst: string;
  onSubmit: () => void;
  onFortryd: () => void;
  children: ReactNode;
}) {
  const HeadingTag = `h${headingLevel}` as const;
  return (
    <form
      className="inline-panel kompakt-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={`${id}-heading`}
    >
      <HeadingTag id={`${id}-heading`} className="mt-0">
        {heading}
      </HeadingTag>
      {problem && <ProblemAlert problem={problem} headingLevel={3} className="mt-3" />}
      {children}
      <div className="knap-raekke mt-4">
        <button type="submit" className="button button-primary">
          {submitTekst}
        </button>
        <button type="button" className="button button-tertiary" onClick={onFortryd}>
          Fortryd
        </button>
      </div>
    </form>
  );
}
