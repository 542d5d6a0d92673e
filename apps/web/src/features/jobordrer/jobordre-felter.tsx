import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';

/** The fields a jobordre is both created and changed with, as the form holds them: text. */
export interface JobordreFeltVaerdier {
  titel: string;
  beskrivelse: string;
  antalStillinger: string;
  ansoegningsfrist: string;
}

type Felt = keyof JobordreFeltVaerdier;
type FeltFejl = { type: string; message?: string };

/**
 * The contract's values of those fields: an empty count becomes NaN (the schema then says it is missing), an
 * empty deadline null (none).
 */
export function jobordreFeltBody(values: JobordreFeltVaerdier) {
  return {
    titel: values.titel,
    beskrivelse: values.beskrivelse,
    antalStillinger: values.antalStillinger.trim() === '' ? Number.NaN : Number(values.antalStillinger),
    ansoegningsfrist: values.ansoegningsfrist === '' ? null : values.ansoegningsfrist,
  };
}

/** A count such as "2,5" or "to" is not missing but not whole either: the schema's "expected a number" would not say so. */
export function medAntalFejl(
  errors: Record<string, FeltFejl>,
  antalStillinger: number,
): Record<string, FeltFejl> {
  if (!errors.antalStillinger || Number.isInteger(antalStillinger)) return errors;
  return {
    ...errors,
    antalStillinger: { type: 'validate', message: 'Skriv antallet af stillinger som et helt tal' },
  };
}

/**
 * Titel, beskrivelse, antal stillinger and ansøgningsfrist, laid out alike in "Opret jobordre" and "Ret
 * jobordre". `children` join the row of the count and the deadline; `idPrefix` keeps ids unique on a page that
 * holds the form beside others.
 */
export function JobordreFelter({
  register,
  errors,
  idPrefix = '',
  children,
}: {
  register: (navn: Felt) => UseFormRegisterReturn;
  errors: Partial<Record<Felt, { message?: string }>>;
  idPrefix?: string;
  children?: ReactNode;
}) {
  return (
    <>
      <TextField
        id={`${idPrefix}titel`}
        label="Titel"
        autoComplete="off"
        className="input-width-xl"
        error={errors.titel?.message}
        {...register('titel')}
      />
      <TextareaField
        id={`${idPrefix}beskrivelse`}
        label="Beskrivelse (valgfri)"
        rows={3}
        className="input-width-xl"
        error={errors.beskrivelse?.message}
        {...register('beskrivelse')}
      />
      <div className="form-raekke">
        <TextField
          id={`${idPrefix}antalStillinger`}
          type="number"
          min={1}
          max={999}
          label="Antal stillinger"
          className="input-char-4"
          error={errors.antalStillinger?.message}
          {...register('antalStillinger')}
        />
        <TextField
          id={`${idPrefix}ansoegningsfrist`}
          type="date"
          label="Ansøgningsfrist (valgfri)"
          className="input-width-s"
          error={errors.ansoegningsfrist?.message}
          {...register('ansoegningsfrist')}
        />
        {children}
      </div>
    </>
  );
}
