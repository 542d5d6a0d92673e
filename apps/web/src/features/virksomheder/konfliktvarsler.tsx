import { zodResolver } from '@hookform/resolvers/zod';
import {
  afslutKonfliktvarselSchema,
  opretKonfliktvarselSchema,
} from '@jobcenter/domain/jobordre/jobordre.contract';
import type { Konfliktvarsel } from '@jobcenter/domain/virksomhed/virksomhed.contract';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Badge } from '../../components/badge';
import { FormKnapper } from '../../components/form-knapper';
import { Icon } from '../../components/icon';
import { ProblemAlert } from '../../components/problem-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import type { ApiProblem } from '../../lib/api-client';
import { copenhagenToday } from '../../lib/copenhagen-time';
import { placeProblem } from '../../lib/form-errors';
import { formatKalenderdato } from '../../lib/format';
import { useSession } from '../../lib/session';
import {
  afslutKonfliktvarselMutationOptions,
  type OpretKonfliktvarsel,
  opretKonfliktvarselMutationOptions,
  type VirksomhedDetalje,
} from './virksomheder-queries';

const KUN_VK = 'Kun virksomhedskonsulenter kan registrere og afslutte konfliktvarsler.';

export function periodeTekst(varsel: Konfliktvarsel): string {
  return `${formatKalenderdato(varsel.fraDato)} – ${varsel.tilDato ? formatKalenderdato(varsel.tilDato) : 'indtil videre'}`;
}

/**
 * R21: the company's konflikt notices, registered and ended by virksomhedskonsulenter. A sagsbehandler sees the
 * actions disabled, with the reason beside them.
 */
export function Konfliktvarsler({ virksomhed }: { virksomhed: VirksomhedDetalje }) {
  const { bruger } = useSession();
  const maa = bruger.rolle === 'virksomhedskonsulent';
  const [aaben, setAaben] = useState(false);
  const [besked, setBesked] = useState<string | null>(null);
  const knap = useRef<HTMLButtonElement>(null);
  const varsler = [...virksomhed.konfliktvarsler].sort(
    (a, b) => Number(b.aktiv) - Number(a.aktiv) || b.fraDato.localeCompare(a.fraDato),
  );

  return (
    <section className="virksomhed-sektion" aria-labelledby="konfliktvarsler-heading">
      <div className="fane-top">
        <h2 id="konfliktvarsler-heading" className="mt-0 mb-0">
          Konfliktvarsler
        </h2>
        <div className="knap-raekke">
          {!maa && (
            <span id="konfliktvarsel-kun-vk" className="handling-forklaring">
              <Icon name="lock" className="hint-ikon" />
              {KUN_VK}
            </span>
          )}
          <button
            ref={knap}
            type="button"
            className="button button-secondary"
            disabled={!maa}
            aria-describedby={maa ? undefined : 'konfliktvarsel-kun-vk'}
            aria-expanded={maa ? aaben : undefined}
            onClick={() => {
              setBesked(null);
              setAaben((nu) => !nu);
            }}
          >
            <Icon name="flag" />
            Registrér konfliktvarsel
          </button>
        </div>
      </div>
      {besked && (
        <p className="virksomhed-besked" role="status">
          <Icon name="check" /> {besked}
        </p>
      )}
      {maa && aaben && (
        <RegistrerKonfliktvarsel
          virksomhed={virksomhed}
          onLuk={(tekst) => {
            setAaben(false);
            if (tekst) setBesked(tekst);
            knap.current?.focus();
          }}
        />
      )}
      {varsler.length === 0 ? (
        <p className="mt-3">
          Virksomheden har ingen konfliktvarsler.
          {maa
            ? ' Brug »Registrér konfliktvarsel«, hvis virksomheden rammes af strejke, lockout eller blokade.'
            : ''}
        </p>
      ) : (
        <ul className="nobullet-list no-max-width konfliktvarsel-liste">
          {varsler.map((varsel) => (
            <KonfliktvarselItem key={varsel.id} varsel={varsel} maa={maa} onBesked={setBesked} />
          ))}
        </ul>
      )}
    </section>
  );
}

function KonfliktvarselItem({
  varsel,
  maa,
  onBesked,
}: {
  varsel: Konfliktvarsel;
  maa: boolean;
  onBesked: (besked: string | null) => void;
}) {
  const [aaben, setAaben] = useState(false);
  const knap = useRef<HTMLButtonElement>(null);
  return (
    <li className="konfliktvarsel">
      <div className="konfliktvarsel-raekke">
        <div>
          <span className="d-block">
            <strong>{periodeTekst(varsel)}</strong>{' '}
            {varsel.aktiv ? <Badge variant="error">Aktivt</Badge> : <Badge>Afsluttet</Badge>}
          </span>
          <span className="d-block">{varsel.tekst}</span>
          <span className="d-block small-text">
            {varsel.pNummer ? `P-enhed ${varsel.pNummer}` : 'Alle P-enheder'} · Registreret af{' '}
            {varsel.myndighed.navn}
          </span>
        </div>
        {varsel.aktiv && (
          <button
            ref={knap}
            type="button"
            className="function-link"
            disabled={!maa}
            aria-describedby={maa ? undefined : 'konfliktvarsel-kun-vk'}
            aria-expanded={maa ? aaben : undefined}
            onClick={() => {
              onBesked(null);
              setAaben((nu) => !nu);
            }}
          >
            <Icon name="close" />
            Afslut <span className="sr-only">konfliktvarslet fra {formatKalenderdato(varsel.fraDato)}</span>
          </button>
        )}
      </div>
      {maa && aaben && (
        <AfslutKonfliktvarsel
          varsel={varsel}
          onLuk={(tekst) => {
            setAaben(false);
            if (tekst) onBesked(tekst);
            knap.current?.focus();
          }}
        />
      )}
    </li>
  );
}

interface AfslutValues {
  tilDato: string;
}

function AfslutKonfliktvarsel({
  varsel,
  onLuk,
}: {
  varsel: Konfliktvarsel;
  onLuk: (besked?: string) => void;
}) {
  const afslut = useMutation(afslutKonfliktvarselMutationOptions());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const idag = copenhagenToday();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<AfslutValues>({
    resolver: zodResolver(afslutKonfliktvarselSchema),
    defaultValues: { tilDato: varsel.fraDato.localeCompare(idag) > 0 ? varsel.fraDato : idag },
  });
  useEffect(() => setFocus('tilDato'), [setFocus]);

  const onSubmit = async ({ tilDato }: AfslutValues) => {
    if (afslut.isPending) return;
    setProblem(null);
    try {
      await afslut.mutateAsync({ varselId: varsel.id, tilDato });
      onLuk(`Konfliktvarslet er afsluttet pr. ${formatKalenderdato(tilDato)}`);
    } catch (error) {
      setProblem(placeProblem(error, ['tilDato'], setError, { setFocus }));
    }
  };

  const id = `afslut-${varsel.id}`;
  return (
    <form
      className="inline-panel kompakt-form"
      noValidate
      onSubmit={handleSubmit(onSubmit)}
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`} className="h4 mt-0">
        Afslut konfliktvarsel
      </h3>
      {problem && <ProblemAlert problem={problem} headingLevel={3} className="mt-3" />}
      <TextField
        id={`${id}-tilDato`}
        type="date"
        label="Sidste dag med konflikt"
        hint="Formidling til virksomheden er mulig igen dagen efter"
        className="input-width-s"
        error={errors.tilDato?.message}
        {...register('tilDato')}
      />
      <FormKnapper
        submitTekst="Afslut varsel"
        sender={afslut.isPending}
        onAnnuller={onLuk}
        className="mt-4"
      />
    </form>
  );
}

interface RegistrerValues {
  pNummer: string;
  fraDato: string;
  tilDato: string;
  tekst: string;
}
type RegistrerOutput = z.output<typeof opretKonfliktvarselSchema>;

const REGISTRER_FELTER = ['pNummer', 'fraDato', 'tilDato', 'tekst'] as const;
const registrerSchemaResolver = zodResolver(opretKonfliktvarselSchema);

/** The contract's schema on what the fields hold; empty optional fields are left out. */
const registrerResolver: Resolver<RegistrerValues, unknown, RegistrerOutput> = async (
  values,
  context,
  options,
) => {
  const body = {
    pNummer: values.pNummer === '' ? null : values.pNummer,
    fraDato: values.fraDato,
    tilDato: values.tilDato === '' ? null : values.tilDato,
    tekst: values.tekst,
  };
  // biome-ignore lint/suspicious/noExplicitAny: the schema's resolver is typed for its own input; the body is that input.
  const result = await registrerSchemaResolver(body, context, options as any);
  if (values.fraDato === '') {
    return {
      values: {},
      errors: {
        ...result.errors,
        fraDato: { type: 'required', message: 'Skriv den første dag med konflikt' },
      } as never,
    };
  }
  return result as never;
};

function RegistrerKonfliktvarsel({
  virksomhed,
  onLuk,
}: {
  virksomhed: VirksomhedDetalje;
  onLuk: (besked?: string) => void;
}) {
  const opret = useMutation(opretKonfliktvarselMutationOptions(virksomhed.cvrNummer));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<RegistrerValues, unknown, RegistrerOutput>({
    resolver: registrerResolver,
    defaultValues: { pNummer: '', fraDato: copenhagenToday(), tilDato: '', tekst: '' },
  });
  useEffect(() => setFocus('tekst'), [setFocus]);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  const onSubmit = async (body: RegistrerOutput) => {
    if (opret.isPending) return;
    setProblem(null);
    try {
      await opret.mutateAsync(body as OpretKonfliktvarsel);
      onLuk('Konfliktvarslet er registreret');
    } catch (error) {
      setProblem(placeProblem(error, REGISTRER_FELTER, setError, { setFocus }));
    }
  };

  return (
    <form
      className="inline-panel kompakt-form"
      noValidate
      onSubmit={handleSubmit(onSubmit)}
      aria-labelledby="registrer-konfliktvarsel-heading"
    >
      <h3 id="registrer-konfliktvarsel-heading" className="h4 mt-0">
        Registrér konfliktvarsel
      </h3>
      {problem && (
        <ProblemAlert problem={problem} ref={problemRef} tabIndex={-1} headingLevel={3} className="mt-3" />
      )}
      <TextareaField
        id="konfliktvarsel-tekst"
        label="Beskrivelse af konflikten"
        hint="Fx strejke, lockout eller blokade, og hvem der har varslet den"
        error={errors.tekst?.message}
        {...register('tekst')}
      />
      <div className="form-raekke">
        <SelectField
          id="konfliktvarsel-pNummer"
          label="P-enhed (valgfri)"
          error={errors.pNummer?.message}
          {...register('pNummer')}
        >
          <option value="">Hele virksomheden</option>
          {virksomhed.pEnheder.map((enhed) => (
            <option key={enhed.pNummer} value={enhed.pNummer}>
              {enhed.pNummer} · {enhed.adresse.vejOgNummer}, {enhed.adresse.by}
            </option>
          ))}
        </SelectField>
        <TextField
          id="konfliktvarsel-fraDato"
          type="date"
          label="Fra"
          className="input-width-s"
          error={errors.fraDato?.message}
          {...register('fraDato')}
        />
        <TextField
          id="konfliktvarsel-tilDato"
          type="date"
          label="Til (valgfri)"
          hint="Tom: indtil videre"
          className="input-width-s"
          error={errors.tilDato?.message}
          {...register('tilDato')}
        />
      </div>
      <FormKnapper
        submitTekst="Gem konfliktvarsel"
        sender={opret.isPending}
        onAnnuller={onLuk}
        className="mt-4"
      />
    </form>
  );
}
