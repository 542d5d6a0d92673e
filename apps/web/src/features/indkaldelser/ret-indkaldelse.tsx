import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '../../components/alert';
import { AnsvarligSelect, INGEN_ANSVARLIG } from '../../components/ansvarlig-select';
import { KonfliktAlert } from '../../components/konflikt-alert';
import { MoedeformVisning } from '../../components/moedeform';
import { toApiProblem } from '../../lib/api-client';
import { formatTidsrum } from '../../lib/format';
import { useRetVersion } from '../../lib/use-ret-version';
import { IndkaldelseForm } from './indkaldelse-form';
import { fraIndkaldelse, tilAendringer } from './indkaldelse-form-model';
import { indkaldelseQueryOptions, opdaterIndkaldelseMutationOptions } from './indkaldelser-queries';

export const KONFLIKT_TEKST = 'Nogen har ændret mødet, siden du åbnede det';

/**
 * "Ret": a PATCH with If-Match on the version the form was opened on. A 412 shows the meeting as it is now
 * and keeps everything typed; saving again then builds on the new version (a deliberate overwrite).
 */
export function RetIndkaldelse({
  borger,
  indkaldelse,
  onLuk,
}: {
  borger: Borger;
  indkaldelse: Indkaldelse;
  onLuk: (besked?: string) => void;
}) {
  const queryClient = useQueryClient();
  const opdater = useMutation(opdaterIndkaldelseMutationOptions(borger.id));
  const { base, konflikt, konfliktRef, gem } = useRetVersion(indkaldelse);
  const [defaultValues] = useState(() => fraIndkaldelse(indkaldelse));
  // The ansvarlig sagsbehandler is saved with the form's other changes (one PATCH, one version).
  const [ansvarlig, setAnsvarlig] = useState(indkaldelse.ansvarlig?.brugernavn ?? INGEN_ANSVARLIG);
  const [ansvarligFejl, setAnsvarligFejl] = useState<string | undefined>();

  const onSubmit = async (data: Parameters<typeof tilAendringer>[0]) => {
    if (opdater.isPending) return;
    setAnsvarligFejl(undefined);
    const nyAnsvarlig = ansvarlig === INGEN_ANSVARLIG ? null : ansvarlig;
    const body = {
      ...tilAendringer(data, base),
      ...(nyAnsvarlig !== (base.ansvarlig?.brugernavn ?? null) ? { ansvarlig: nyAnsvarlig } : {}),
    };
    const { udfald } = await gem(
      body,
      async () => {
        try {
          return await opdater.mutateAsync({ indkaldelseId: base.id, version: base.version, body });
        } catch (error) {
          // The form shows the problem; the refused colleague is marked beside the select as well.
          setAnsvarligFejl(toApiProblem(error).errors.find((e) => e.path === 'ansvarlig')?.message);
          throw error;
        }
      },
      // The list behind the form shows the new version too; the form keeps what was typed.
      () => queryClient.fetchQuery(indkaldelseQueryOptions(base.id)),
    );
    if (udfald === 'ingen') return onLuk('Ingen ændringer at gemme');
    if (udfald === 'gemt') onLuk('Mødet er rettet');
  };

  return (
    <section className="inline-panel" aria-labelledby={`ret-${indkaldelse.id}-heading`}>
      <h4 id={`ret-${indkaldelse.id}-heading`} className="mt-0">
        Ret mødet
      </h4>
      <AnsvarligSelect
        id={`ret-${indkaldelse.id}-ansvarlig`}
        value={ansvarlig}
        nuvaerende={base.ansvarlig}
        onChange={setAnsvarlig}
        error={ansvarligFejl}
        hint="Gemmes sammen med ændringerne. Borgeren får ikke brev om det."
      />
      <IndkaldelseForm
        idPrefix={`ret-${indkaldelse.id}`}
        borger={borger}
        defaultValues={defaultValues}
        submitTekst="Gem ændringer"
        autoFocus="samtaletype"
        aendrer={{ id: base.id, start: base.start }}
        onSubmit={onSubmit}
        onCancel={() => onLuk()}
        besked={
          konflikt ? (
            <KonfliktAlert konflikt={konflikt} ref={konfliktRef} heading={KONFLIKT_TEKST}>
              <p className="alert-text">
                Sådan ser mødet ud nu. Dine ændringer står stadig i felterne: gem igen for at bruge dem i
                stedet, eller annuller for at beholde den nye version.
              </p>
              <NuvaerendeVersion moede={konflikt.nu} />
            </KonfliktAlert>
          ) : (
            !indkaldelse.moedeform.aktiv && (
              // R1: a changed meeting needs an active form, so the old one must be replaced before saving.
              <Alert variant="info" headingLevel={3} className="mb-4">
                <p className="alert-text">
                  Mødet har den udgåede mødeform »{indkaldelse.moedeform.navn}«. Vælg en af de aktive
                  mødeformer, før du gemmer.
                </p>
              </Alert>
            )
          )
        }
      />
    </section>
  );
}

function NuvaerendeVersion({ moede }: { moede: Indkaldelse }) {
  const sted =
    moede.digitaltMoedelink ?? ([moede.adresse, moede.lokationsuddybning].filter(Boolean).join(', ') || '–');
  return (
    <dl className="alert-text konflikt-version">
      <div>
        <dt>Tid</dt>
        <dd>{formatTidsrum(moede.start, moede.slut)}</dd>
      </div>
      <div>
        <dt>Samtaletype</dt>
        <dd>{moede.samtaletype.navn}</dd>
      </div>
      <div>
        <dt>Mødeform</dt>
        <dd>
          <MoedeformVisning id={moede.moedeform.id} navn={moede.moedeform.navn} />
        </dd>
      </div>
      <div>
        <dt>{moede.digitaltMoedelink ? 'Link' : 'Sted'}</dt>
        <dd>{sted}</dd>
      </div>
      {moede.personligtFremmoedePaakraevet && (
        <div>
          <dt>Personligt fremmøde påkrævet</dt>
          <dd>{moede.begrundelse}</dd>
        </div>
      )}
      {moede.aflyst && (
        <div>
          <dt>Aflyst</dt>
          <dd>{moede.aflysningsaarsag}</dd>
        </div>
      )}
    </dl>
  );
}
