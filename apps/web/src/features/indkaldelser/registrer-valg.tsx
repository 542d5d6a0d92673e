import { type Indkaldelse, moededeltagelsesvalgSchema } from '@jobcenter/domain/moede/indkaldelse.contract';
import { findMoedeform, valgbareMoedeformIds } from '@jobcenter/domain/moede/moede.codelists';
import {
  afvisValgAfMoedeform,
  findIndkaldelseRegelbrud,
  kraeverMoedelink,
  valgAfMoedeformAfvisningTekst,
} from '@jobcenter/domain/moede/moede.rules';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import { FieldError, fieldDescription } from '../../components/field-parts';
import { FormKnapper } from '../../components/form-knapper';
import { Icon } from '../../components/icon';
import { moedeformIkon } from '../../components/moedeform';
import { ProblemAlert } from '../../components/problem-alert';
import { TextField } from '../../components/text-field';
import { type ApiProblem, toApiProblem } from '../../lib/api-client';
import { applyProblemToForm } from '../../lib/form-errors';
import { registrerValgMutationOptions } from './indkaldelser-queries';

interface ValgValues {
  moedeform: string;
  digitaltMoedelink: string;
}
interface ValgBody {
  moedeform: number;
  digitaltMoedelink?: string;
}

const FELTER = ['moedeform', 'digitaltMoedelink'] as const;

/** The contract's schema and the rules R2–R4, asked with the meeting's own facts, before anything is sent. */
function valgResolver(indkaldelse: Indkaldelse): Resolver<ValgValues, unknown, ValgBody> {
  return async (values) => {
    const errors: FieldErrors<ValgValues> = {};
    if (values.moedeform === '') {
      errors.moedeform = { type: 'validate', message: 'Vælg den mødeform, borgeren har valgt' };
      return { values: {}, errors };
    }
    const moedeform = Number(values.moedeform);
    const link = values.digitaltMoedelink.trim();
    const body: ValgBody = { moedeform };
    if (kraeverMoedelink(moedeform) && !indkaldelse.digitaltMoedelink) body.digitaltMoedelink = link;
    const parsed = moededeltagelsesvalgSchema.safeParse(body);
    if (!parsed.success)
      errors.moedeform = { type: 'validate', message: parsed.error.issues[0]?.message ?? '' };
    const afvisning = afvisValgAfMoedeform({
      retTilValg: indkaldelse.retTilValgAfMoedeform,
      personligtFremmoedePaakraevet: indkaldelse.personligtFremmoedePaakraevet,
      valgtMoedeform: moedeform,
    });
    if (afvisning && !errors.moedeform) {
      errors.moedeform = { type: 'validate', message: valgAfMoedeformAfvisningTekst[afvisning] };
    }
    // R2: a digital meeting needs a link, the meeting's own or one given with the choice.
    const r2 = findIndkaldelseRegelbrud({
      moedeform,
      adresse: indkaldelse.adresse,
      digitaltMoedelink: indkaldelse.digitaltMoedelink ?? link,
      personligtFremmoedePaakraevet: false,
      begrundelse: null,
    });
    if (r2?.code === 'DIGITALT_MOEDELINK_MANGLER') {
      errors.digitaltMoedelink = { type: 'validate', message: r2.message };
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values: body, errors: {} };
  };
}

/** The citizen's choice of mødeform (R3): in person, phone or a digital meeting. */
export function RegistrerValg({
  borgerId,
  indkaldelse,
  onLuk,
}: {
  borgerId: string;
  indkaldelse: Indkaldelse;
  onLuk: (besked?: string) => void;
}) {
  const _queryClient = useQueryClient();
  const registrer = useMutation(registrerValgMutationOptions(borgerId));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const id = `valg-${indkaldelse.id}`;
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    watch,
    formState: { errors },
  } = useForm<ValgValues, unknown, ValgBody>({
    resolver: valgResolver(indkaldelse),
    defaultValues: {
      moedeform: indkaldelse.moededeltagelsesvalg
        ? String(indkaldelse.moededeltagelsesvalg.moedeform.id)
        : '',
      digitaltMoedelink: '',
    },
    // Errors at submit, then re-checked as they are corrected: an error that appeared on blur would move
    // the control the user is about to click.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const valgt = Number(watch('moedeform'));
  const beskrivelse = fieldDescription(`${id}-moedeform`, undefined, errors.moedeform?.message);

  useEffect(() => {
    setFocus('moedeform');
  }, [setFocus]);

  const onSubmit = async (body: ValgBody) => {
    if (registrer.isPending) return;
    setProblem(null);
    try {
      await registrer.mutateAsync({ indkaldelseId: indkaldelse.id, body });
      onLuk(`Borgerens valg er registreret: ${findMoedeform(body.moedeform)?.navn ?? body.moedeform}`);
    } catch (error) {
      const svar = toApiProblem(error);
      const unmatched = applyProblemToForm(svar, FELTER, setError, {
        setFocus,
        codeFields: {
          VALG_AF_MOEDEFORM_IKKE_TILLADT: 'moedeform',
          DIGITALT_MOEDELINK_MANGLER: 'digitaltMoedelink',
        },
      });
      const placeret =
        unmatched.length === 0 &&
        (svar.errors.length > 0 ||
          ['VALG_AF_MOEDEFORM_IKKE_TILLADT', 'DIGITALT_MOEDELINK_MANGLER'].includes(svar.code));
      if (!placeret) setProblem(svar);
    }
  };

  return (
    <form
      className="inline-panel"
      noValidate
      onSubmit={handleSubmit(onSubmit)}
      aria-labelledby={`${id}-heading`}
    >
      <h4 id={`${id}-heading`} className="mt-0">
        Registrér borgerens valg af mødeform
      </h4>
      {problem && <ProblemAlert problem={problem} headingLevel={3} className="mb-4" />}
      <div className={errors.moedeform ? 'form-group form-error mt-0' : 'form-group mt-0'}>
        <fieldset aria-describedby={beskrivelse.describedBy}>
          <legend className="form-label">Borgeren har valgt</legend>
          {errors.moedeform?.message && (
            <FieldError id={beskrivelse.errorId}>{errors.moedeform.message}</FieldError>
          )}
          <div className="valg-fliser valg-fliser--tre">
            {valgbareMoedeformIds.map((formId) => (
              <div className="form-group-radio valg-flise" key={formId}>
                <input
                  type="radio"
                  className="form-radio"
                  id={`${id}-moedeform-${formId}`}
                  value={String(formId)}
                  aria-invalid={errors.moedeform ? true : undefined}
                  {...register('moedeform')}
                />
                <label className="form-label" htmlFor={`${id}-moedeform-${formId}`}>
                  <Icon name={moedeformIkon(formId)} className="valg-flise-ikon" />
                  <span>{findMoedeform(formId)?.navn}</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {kraeverMoedelink(valgt) && !indkaldelse.digitaltMoedelink && (
        <TextField
          id={`${id}-link`}
          type="url"
          inputMode="url"
          label="Link til det digitale møde"
          hint="Mødet har endnu intet link. Linket vises for borgeren og skal begynde med https://"
          error={errors.digitaltMoedelink?.message}
          className="input-width-xl"
          autoComplete="off"
          spellCheck={false}
          {...register('digitaltMoedelink')}
        />
      )}
      <FormKnapper
        submitTekst="Registrér valget"
        sender={registrer.isPending}
        onAnnuller={onLuk}
        className="mt-4"
      />
    </form>
  );
}
