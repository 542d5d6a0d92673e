import { zodResolver } from '@hookform/resolvers/zod';
import {
  type Kontaktperson,
  type OpretKontaktperson,
  opretKontaktpersonSchema,
} from '@jobcenter/domain/borger/kontaktperson.contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../components/alert';
import { EmptyState } from '../../components/empty-state';
import { FormKnapper } from '../../components/form-knapper';
import { Icon } from '../../components/icon';
import { KonfliktAlert } from '../../components/konflikt-alert';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryState } from '../../components/query-state';
import { TextField } from '../../components/text-field';
import { UdfoertBesked } from '../../components/udfoert-besked';
import { type ApiProblem, isApiProblem } from '../../lib/api-client';
import { useBorgerOutlet } from '../../lib/borger-outlet';
import { placeProblem } from '../../lib/form-errors';
import { kontaktpersonerQueryOptions } from '../../lib/queries';
import { useRetVersion } from '../../lib/use-ret-version';
import {
  opdaterKontaktpersonMutationOptions,
  opretKontaktpersonMutationOptions,
} from './kontaktpersoner-queries';

type KontaktInput = z.input<typeof opretKontaktpersonSchema>;
type KontaktOutput = z.output<typeof opretKontaktpersonSchema>;
const FELTER = ['navn', 'rolle', 'telefon', 'email'] as const;

/** R6: every myndighed's contact persons, each with its owner; only the owner may change one. */
export function KontaktpersonerFane() {
  const { borger } = useBorgerOutlet();
  const query = useQuery(kontaktpersonerQueryOptions(borger.id));
  const [opretAaben, setOpretAaben] = useState(false);
  const [besked, setBesked] = useState<string | null>(null);
  const opretKnap = useRef<HTMLButtonElement>(null);

  return (
    <>
      <div className="fane-top">
        <h2 className="mt-0">Fagprofessionelle kontaktpersoner</h2>
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
          <Icon name="person-add" />
          Tilføj kontaktperson
        </button>
      </div>
      <UdfoertBesked besked={besked} />
      {opretAaben && (
        <OpretKontaktpersonPanel
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
        loading="Indlæser kontaktpersoner"
        lines={3}
        headingLevel={3}
        isEmpty={(data) => data.items.length === 0}
        empty={
          <EmptyState>
            Borgeren har ingen kontaktpersoner. Brug »Tilføj kontaktperson« for at tilføje en.
          </EmptyState>
        }
      >
        {(data) => (
          <ul className="kontaktperson-liste nobullet-list no-max-width">
            {data.items.map((kontaktperson) => (
              <KontaktpersonItem key={kontaktperson.id} borgerId={borger.id} kontaktperson={kontaktperson} />
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}

function KontaktpersonItem({ borgerId, kontaktperson }: { borgerId: string; kontaktperson: Kontaktperson }) {
  const [redigerer, setRedigerer] = useState(false);
  const [afvist, setAfvist] = useState<ApiProblem | null>(null);
  const [besked, setBesked] = useState<string | null>(null);
  const retKnap = useRef<HTMLButtonElement>(null);
  const afvistRef = useRef<HTMLDivElement>(null);
  const headingId = `kontaktperson-${kontaktperson.id}`;

  useEffect(() => {
    if (afvist) afvistRef.current?.focus();
  }, [afvist]);

  const luk = (tekst?: string) => {
    setRedigerer(false);
    if (tekst) setBesked(tekst);
    retKnap.current?.focus();
  };

  return (
    <li className="kontaktperson">
      <div className="kontaktperson-raekke">
        <div>
          <h3 id={headingId} className="kontaktperson-navn">
            {kontaktperson.navn}
          </h3>
          {kontaktperson.rolle && <span className="d-block">{kontaktperson.rolle}</span>}
        </div>
        <dl className="kontaktperson-fakta">
          <div>
            <dt>Telefon</dt>
            <dd>{kontaktperson.telefon ?? '–'}</dd>
          </div>
          <div>
            <dt>E-mail</dt>
            <dd>
              {kontaktperson.email ? (
                <a href={`mailto:${kontaktperson.email}`}>{kontaktperson.email}</a>
              ) : (
                '–'
              )}
            </dd>
          </div>
          <div>
            <dt>Ejer</dt>
            <dd>
              Ejes af {kontaktperson.myndighed.navn}
              {!kontaktperson.egen && <span className="d-block small-text">Anden myndighed</span>}
            </dd>
          </div>
        </dl>
        <div className="kontaktperson-handlinger">
          <button
            ref={retKnap}
            type="button"
            className="function-link"
            aria-expanded={redigerer}
            aria-describedby={afvist ? `${headingId}-afvist` : undefined}
            onClick={() => {
              setBesked(null);
              setAfvist(null);
              setRedigerer((aaben) => !aaben);
            }}
          >
            <Icon name="edit" />
            Ret <span className="sr-only">{kontaktperson.navn}</span>
          </button>
        </div>
      </div>
      {afvist && (
        <Alert
          ref={afvistRef}
          tabIndex={-1}
          variant="error"
          heading={afvist.detail ?? afvist.title}
          headingLevel={3}
          className="mt-3"
        >
          <p className="alert-text" id={`${headingId}-afvist`}>
            Kun {kontaktperson.myndighed.navn}, som ejer kontaktpersonen, kan rette den (fejl {afvist.code}).
          </p>
        </Alert>
      )}
      <UdfoertBesked besked={besked} />
      {redigerer && (
        <RetKontaktperson
          borgerId={borgerId}
          kontaktperson={kontaktperson}
          onAfvist={setAfvist}
          onLuk={luk}
        />
      )}
    </li>
  );
}

/**
 * The open "Ret" form. Mounted only while open, so each opening builds on the list's current version; after
 * a 412 it builds on the newest one (useRetVersion), like every other Ret form.
 */
function RetKontaktperson({
  borgerId,
  kontaktperson,
  onAfvist,
  onLuk,
}: {
  borgerId: string;
  kontaktperson: Kontaktperson;
  /** R6's 60018 belongs beside the contact person, outside the form. */
  onAfvist: (problem: ApiProblem | null) => void;
  onLuk: (besked?: string) => void;
}) {
  const queryClient = useQueryClient();
  const opdater = useMutation(opdaterKontaktpersonMutationOptions(borgerId));
  const { base, konflikt, konfliktRef, gem } = useRetVersion(kontaktperson);
  const [defaultValues] = useState(() => ({
    navn: kontaktperson.navn,
    rolle: kontaktperson.rolle ?? '',
    telefon: kontaktperson.telefon ?? '',
    email: kontaktperson.email ?? '',
  }));

  const onSubmit = async (values: KontaktOutput) => {
    if (opdater.isPending) return;
    onAfvist(null);
    const body = aendringer(values, base);
    let udfald: Awaited<ReturnType<typeof gem>>['udfald'];
    try {
      ({ udfald } = await gem(
        body,
        () => opdater.mutateAsync({ kontaktperson: base, body }),
        async () => {
          const frisk = await queryClient.fetchQuery({
            ...kontaktpersonerQueryOptions(borgerId),
            staleTime: 0,
          });
          const nu = frisk.items.find((item) => item.id === kontaktperson.id);
          if (!nu) throw new Error('Kontaktpersonen findes ikke længere');
          return nu;
        },
      ));
    } catch (error) {
      if (isApiProblem(error) && error.code === '60018') {
        // R6: shown beside this contact person, with the API's own words.
        onAfvist(error);
        return;
      }
      throw error;
    }
    if (udfald === 'ingen') return onLuk('Ingen ændringer at gemme');
    if (udfald === 'konflikt') return;
    onLuk('Kontaktpersonen er rettet');
  };

  return (
    <KontaktpersonForm
      idPrefix={`ret-${kontaktperson.id}`}
      heading={`Ret ${kontaktperson.navn}`}
      defaultValues={defaultValues}
      submitTekst="Gem ændringer"
      onSubmit={onSubmit}
      onCancel={() => onLuk()}
      besked={
        konflikt && (
          <KonfliktAlert
            konflikt={konflikt}
            ref={konfliktRef}
            heading="Nogen har ændret kontaktpersonen, siden du åbnede den"
          >
            <p className="alert-text">
              Oplysningerne ovenfor viser nu den nyeste version. Dine ændringer står stadig i felterne: gem
              igen for at bruge dem i stedet.
            </p>
          </KonfliktAlert>
        )
      }
    />
  );
}

/** PATCH body: only what differs from the version it builds on. */
function aendringer(values: KontaktOutput, base: Kontaktperson): Partial<OpretKontaktperson> {
  const body: Partial<OpretKontaktperson> = {};
  if (values.navn !== base.navn) body.navn = values.navn;
  if ((values.rolle ?? null) !== base.rolle) body.rolle = values.rolle ?? null;
  if ((values.telefon ?? null) !== base.telefon) body.telefon = values.telefon ?? null;
  if ((values.email ?? null) !== base.email) body.email = values.email ?? null;
  return body;
}

function OpretKontaktpersonPanel({
  borgerId,
  onLuk,
}: {
  borgerId: string;
  onLuk: (besked?: string) => void;
}) {
  const opret = useMutation(opretKontaktpersonMutationOptions(borgerId));
  return (
    <KontaktpersonForm
      idPrefix="ny-kontaktperson"
      heading="Tilføj kontaktperson"
      headingLevel={3}
      defaultValues={{ navn: '', rolle: '', telefon: '', email: '' }}
      submitTekst="Gem kontaktperson"
      onCancel={() => onLuk()}
      onSubmit={async (values) => {
        if (opret.isPending) return;
        const body: OpretKontaktperson = { navn: values.navn };
        if (values.rolle) body.rolle = values.rolle;
        if (values.telefon) body.telefon = values.telefon;
        if (values.email) body.email = values.email;
        const ny = await opret.mutateAsync(body);
        onLuk(`${ny.navn} er tilføjet som kontaktperson`);
      }}
    />
  );
}

function KontaktpersonForm({
  idPrefix,
  heading,
  headingLevel = 4,
  defaultValues,
  submitTekst,
  onSubmit,
  onCancel,
  besked,
}: {
  idPrefix: string;
  heading: string;
  /** 3 for a panel below the tab's h2 (create), 4 inside a listed item with its own h3 (edit). */
  headingLevel?: 3 | 4;
  defaultValues: KontaktInput;
  submitTekst: string;
  /** Throws an ApiProblem to put it beside the fields. */
  onSubmit: (values: KontaktOutput) => Promise<void>;
  onCancel: () => void;
  besked?: ReactNode;
}) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<KontaktInput, unknown, KontaktOutput>({
    resolver: zodResolver(opretKontaktpersonSchema),
    defaultValues,
    // Errors at submit, then re-checked as they are corrected: an error that appeared on blur would move
    // the control the user is about to click.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  useEffect(() => {
    setFocus('navn');
  }, [setFocus]);

  const submit = async (values: KontaktOutput) => {
    setProblem(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setProblem(placeProblem(error, FELTER, setError, { setFocus }));
    }
  };

  const id = (felt: string) => `${idPrefix}-${felt}`;
  const HeadingTag = `h${headingLevel}` as const;
  return (
    <form
      className="inline-panel mt-3 kompakt-form"
      noValidate
      onSubmit={handleSubmit(submit)}
      aria-labelledby={id('heading')}
    >
      <HeadingTag id={id('heading')} className="mt-0">
        {heading}
      </HeadingTag>
      {besked}
      {problem && <ProblemAlert problem={problem} headingLevel={3} className="mb-4" />}
      <div className="form-raekke">
        <TextField
          id={id('navn')}
          label="Navn"
          error={errors.navn?.message}
          autoComplete="off"
          {...register('navn')}
        />
        <TextField
          id={id('rolle')}
          label="Rolle (valgfri)"
          hint="Fx mentor, sagsbehandler i ydelsescentret"
          error={errors.rolle?.message}
          autoComplete="off"
          {...register('rolle')}
        />
        <TextField
          id={id('telefon')}
          type="tel"
          label="Telefon (valgfri)"
          error={errors.telefon?.message}
          className="input-width-s"
          autoComplete="off"
          {...register('telefon')}
        />
        <TextField
          id={id('email')}
          type="email"
          label="E-mail (valgfri)"
          error={errors.email?.message}
          autoComplete="off"
          {...register('email')}
        />
      </div>
      <FormKnapper submitTekst={submitTekst} sender={isSubmitting} onAnnuller={onCancel} className="mt-4" />
    </form>
  );
}
