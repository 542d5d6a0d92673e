import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import type { Indkaldelse, Udfald } from '@jobcenter/domain/moede/indkaldelse.contract';
import { afvisUdfald, udeblivelseAkasse } from '@jobcenter/domain/moede/moede.rules';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type Ref, useEffect, useRef, useState } from 'react';
import { Badge } from '../../components/badge';
import { ProblemAlert } from '../../components/problem-alert';
import { TextareaField } from '../../components/textarea-field';
import { type ApiProblem, toApiProblem } from '../../lib/api-client';
import { formatDatoTid, formatTid } from '../../lib/format';
import { borgerQueryOptions } from '../../lib/queries';
import { registrerUdfaldMutationOptions } from './indkaldelser-queries';
import './moede-udfald.css';

/** What a 412 means when an outcome is registered: the list now shows the meeting as someone else left it. */
export const UDFALD_KONFLIKT = {
  overskrift: 'Nogen har ændret mødet, siden du åbnede det',
  tekst: 'Listen viser nu mødet, som det er. Se det igennem, og registrér udfaldet igen.',
};

/** Said once beside the actions: what "Udeblevet" sets going (api.md "The citizen is told"). */
export const UDEBLEVET_FORKLARING =
  'Registrerer du en dagpengemodtager (kontaktgruppe 1) som udeblevet, får borgerens a-kasse besked.';

/** An outcome can be registered from the meeting's start (409 MOEDE_IKKE_BEGYNDT before), never on a cancelled one. */
export function kanRegistrereUdfald(moede: Indkaldelse, nu: number): boolean {
  return afvisUdfald({ start: new Date(moede.start), aflyst: moede.aflyst }, new Date(nu)) === null;
}

/** The meeting's state: aflyst, its recorded outcome, "Udfald ikke registreret" once it has begun, or planlagt. */
export function UdfaldBadge({ moede, nu }: { moede: Indkaldelse; nu: number }) {
  if (moede.aflyst) return <Badge variant="error">Aflyst</Badge>;
  if (moede.udfald?.udfald === 'afholdt') return <Badge variant="success">Afholdt</Badge>;
  if (moede.udfald?.udfald === 'udeblevet') return <Badge variant="error">Udeblevet</Badge>;
  if (kanRegistrereUdfald(moede, nu)) return <Badge variant="warning">Udfald ikke registreret</Badge>;
  return <Badge variant="info">Planlagt</Badge>;
}

/** "Registreret af Signe Bach 27.11.2026 kl. 10.05". */
export function udfaldRegistreret(udfald: NonNullable<Indkaldelse['udfald']>): string {
  return `Registreret af ${udfald.registreretAf} ${formatDatoTid(udfald.tidspunkt)}`;
}

/** "Anna Hansen kl. 09.30": which meeting a button acts on, for its accessible name. */
function moedeNavn(moede: Indkaldelse): string {
  return `${moede.borger.navn} kl. ${formatTid(moede.start)}`;
}

/**
 * Registers an outcome with the meeting's version (If-Match) and returns the confirmation to show. After an
 * absence the confirmation says whether the a-kasse is told: the citizen, when the caller does not already
 * have it, is read for that (its kontaktgruppe and a-kasse).
 */
function useRegistrerUdfald(borgerId: string, borger?: Borger) {
  const mutation = useMutation(registrerUdfaldMutationOptions(borgerId));
  const queryClient = useQueryClient();

  const registrer = async (moede: Indkaldelse, udfald: Udfald, kommentar?: string): Promise<string> => {
    await mutation.mutateAsync({
      indkaldelseId: moede.id,
      version: moede.version,
      udfald,
      kommentar: kommentar?.trim() ? kommentar : null,
    });
    if (udfald === 'afholdt') return `Mødet med ${moedeNavn(moede)} er registreret som afholdt.`;
    const tekst = `${moede.borger.navn} er registreret som udeblevet fra mødet kl. ${formatTid(moede.start)}.`;
    let kendt = borger;
    try {
      kendt ??= await queryClient.fetchQuery(borgerQueryOptions(borgerId));
    } catch {
      return `${tekst} Er borgeren dagpengemodtager, får a-kassen besked.`;
    }
    const akasse = udeblivelseAkasse(kendt);
    return akasse ? `${tekst} ${akasse.navn} får besked om udeblivelsen.` : tekst;
  };

  return { registrer, isPending: mutation.isPending };
}

/**
 * The steps of recording an outcome, shared by Mine møder's row and the meeting on the person page: whether the
 * samtalenotat is open, a correction under way, the problem to show, and what each button does. Focus goes to
 * "Afholdt" when a correction starts, and back to it when the notat is closed.
 */
export function useUdfaldForloeb(
  moede: Indkaldelse,
  { borgerId, borger, onUdfoert }: { borgerId: string; borger?: Borger; onUdfoert: (besked: string) => void },
) {
  const { registrer, isPending } = useRegistrerUdfald(borgerId, borger);
  const [notatAabent, setNotatAabent] = useState(false);
  const [retter, setRetter] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const afholdtKnap = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    if (retter) afholdtKnap.current?.focus();
  }, [retter]);

  const udfoer = async (udfald: Udfald, kommentar?: string) => {
    setProblem(null);
    try {
      const tekst = await registrer(moede, udfald, kommentar);
      setNotatAabent(false);
      setRetter(false);
      onUdfoert(tekst);
    } catch (error) {
      setProblem(toApiProblem(error));
    }
  };

  return {
    isPending,
    notatAabent,
    retter,
    problem,
    afholdtKnap,
    ret: () => setRetter(true),
    vaelgAfholdt: () => {
      setProblem(null);
      setNotatAabent(true);
    },
    vaelgUdeblevet: () => {
      setNotatAabent(false);
      void udfoer('udeblevet');
    },
    registrerAfholdt: (kommentar: string) => void udfoer('afholdt', kommentar),
    fortryd: () => {
      setRetter(false);
      setNotatAabent(false);
      setProblem(null);
    },
    lukNotat: () => {
      setNotatAabent(false);
      setProblem(null);
      afholdtKnap.current?.focus();
    },
  };
}

/** The two outcomes as buttons: "Afholdt" opens the samtalenotat, "Udeblevet" registers at once. */
export function UdfaldKnapper({
  moede,
  onAfholdt,
  onUdeblevet,
  sender,
  afholdtRef,
  forklaringId,
}: {
  moede: Indkaldelse;
  onAfholdt: () => void;
  onUdeblevet: () => void;
  sender: boolean;
  afholdtRef?: Ref<HTMLButtonElement>;
  /** The id of the text that says what "Udeblevet" sets going. */
  forklaringId?: string;
}) {
  return (
    <span className="udfald-knapper">
      <button
        ref={afholdtRef}
        type="button"
        className="button button-secondary udfald-knap"
        aria-label={`Afholdt: ${moedeNavn(moede)}`}
        aria-disabled={sender || undefined}
        onClick={() => {
          if (!sender) onAfholdt();
        }}
      >
        Afholdt
      </button>
      <button
        type="button"
        className="button button-secondary udfald-knap"
        aria-label={`Udeblevet: ${moedeNavn(moede)}`}
        aria-disabled={sender || undefined}
        aria-describedby={forklaringId}
        onClick={() => {
          if (!sender) onUdeblevet();
        }}
      >
        Udeblevet
      </button>
    </span>
  );
}

/**
 * "Afholdt" asks for the samtalenotat: what was agreed and the next step. It may be left empty, but the form
 * asks for it first. The API's refusal (409, 412) is shown above the field and the text is kept.
 */
export function AfholdtForm({
  id,
  moede,
  headingLevel,
  problem,
  sender,
  onRegistrer,
  onLuk,
}: {
  id: string;
  moede: Indkaldelse;
  headingLevel: 3 | 4;
  problem: ApiProblem | null;
  sender: boolean;
  onRegistrer: (kommentar: string) => void;
  onLuk: () => void;
}) {
  const [kommentar, setKommentar] = useState(moede.udfald?.kommentar ?? '');
  const felt = useRef<HTMLTextAreaElement>(null);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    felt.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!sender) onRegistrer(kommentar);
  };

  return (
    <form
      className="inline-panel udfald-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={`${id}-heading`}
    >
      <Heading id={`${id}-heading`} className="h4 mt-0">
        Afholdt: {moede.samtaletype.navn.toLowerCase()} med {moedeNavn(moede)}
      </Heading>
      {problem && (
        <ProblemAlert problem={problem} headingLevel={3} className="mb-4" konflikt={UDFALD_KONFLIKT} />
      )}
      <TextareaField
        ref={felt}
        id={`${id}-notat`}
        label="Samtalenotat"
        hint="Hvad blev aftalt, og hvad er næste skridt? Feltet kan stå tomt."
        rows={4}
        className="input-width-xl"
        value={kommentar}
        onChange={(event) => setKommentar(event.target.value)}
      />
      <div className="knap-raekke mt-4">
        <button type="submit" className="button button-primary" aria-disabled={sender || undefined}>
          Registrér som afholdt
        </button>
        <button type="button" className="button button-tertiary" onClick={() => onLuk()}>
          Fortryd
        </button>
      </div>
    </form>
  );
}

/** The API's refusal of an outcome, beside the meeting (for "Udeblevet", which has no form of its own). */
export function UdfaldProblem({ problem }: { problem: ApiProblem }) {
  return <ProblemAlert problem={problem} headingLevel={3} konflikt={UDFALD_KONFLIKT} />;
}

/** The recorded outcome as the meeting lists it: the samtalenotat (afholdt) and who registered it. */
export function UdfaldFakta({ udfald }: { udfald: NonNullable<Indkaldelse['udfald']> }) {
  return (
    <div className="moede-fakta-bred">
      <dt>{udfald.udfald === 'afholdt' ? 'Samtalenotat' : 'Udeblevet'}</dt>
      <dd>
        {udfald.udfald === 'afholdt' &&
          (udfald.kommentar ? (
            <p className="udfald-notat">{udfald.kommentar}</p>
          ) : (
            <span className="small-text">Intet notat skrevet</span>
          ))}
        <span className="d-block small-text">{udfaldRegistreret(udfald)}</span>
      </dd>
    </div>
  );
}

/**
 * The outcome's actions on one meeting of the person page (the citizen is known, so the page says exactly
 * whether the a-kasse is told): "Afholdt" and "Udeblevet" once the meeting has begun and has no outcome,
 * "Ret udfald" when it has one; the samtalenotat and a refusal appear under them.
 */
export function UdfaldHandling({
  borger,
  moede,
  nu,
  onUdfoert,
}: {
  borger: Borger;
  moede: Indkaldelse;
  nu: number;
  onUdfoert: (besked: string) => void;
}) {
  const [fokusPaaRet, setFokusPaaRet] = useState(false);
  const forloeb = useUdfaldForloeb(moede, {
    borgerId: borger.id,
    borger,
    onUdfoert: (besked) => {
      setFokusPaaRet(true);
      onUdfoert(besked);
    },
  });
  const { isPending, notatAabent, retter, problem, afholdtKnap } = forloeb;
  const retKnap = useRef<HTMLButtonElement | null>(null);
  const forklaringId = `udfald-${moede.id}-forklaring`;
  const underrettetAkasse = udeblivelseAkasse(borger);

  // After a registration the two buttons give way to "Ret udfald" once the list shows the outcome: focus
  // goes there instead of being lost.
  useEffect(() => {
    if (fokusPaaRet && moede.udfald && retKnap.current) {
      retKnap.current.focus();
      setFokusPaaRet(false);
    }
  }, [fokusPaaRet, moede.udfald]);

  if (!kanRegistrereUdfald(moede, nu)) return null;

  return (
    <>
      <div className="moede-handlinger">
        {moede.udfald && !retter ? (
          <button
            ref={retKnap}
            type="button"
            className="function-link"
            aria-label={`Ret udfald: ${moede.samtaletype.navn.toLowerCase()} ${formatDatoTid(moede.start)}`}
            onClick={forloeb.ret}
          >
            Ret udfald
          </button>
        ) : (
          <>
            <UdfaldKnapper
              moede={moede}
              sender={isPending}
              afholdtRef={(element) => {
                afholdtKnap.current = element;
              }}
              forklaringId={underrettetAkasse ? forklaringId : undefined}
              onAfholdt={forloeb.vaelgAfholdt}
              onUdeblevet={forloeb.vaelgUdeblevet}
            />
            {retter && (
              <button type="button" className="function-link" onClick={forloeb.fortryd}>
                Fortryd rettelse
              </button>
            )}
            {underrettetAkasse && (
              <span id={forklaringId} className="moede-handling-forklaring">
                Udeblevet: {underrettetAkasse.navn} får besked, fordi borgeren er dagpengemodtager
                (kontaktgruppe 1).
              </span>
            )}
          </>
        )}
      </div>
      {notatAabent && (
        <AfholdtForm
          id={`udfald-${moede.id}`}
          moede={moede}
          headingLevel={4}
          problem={problem}
          sender={isPending}
          onRegistrer={forloeb.registrerAfholdt}
          onLuk={forloeb.lukNotat}
        />
      )}
      {!notatAabent && problem && (
        <div className="mt-4">
          <UdfaldProblem problem={problem} />
        </div>
      )}
    </>
  );
}
