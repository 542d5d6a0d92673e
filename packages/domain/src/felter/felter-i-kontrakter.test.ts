import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loginBodySchema } from '../auth/auth.contract.js';
import { cvSoegSchema } from '../cv/cv.contract.js';
import { joblogDatoSchema, joblogMaanedQuerySchema, joblogPostSchema } from '../joblog/joblog.contract.js';
import { opretIndkaldelseSchema, opretMoedetilbudSchema } from '../moede/indkaldelse.contract.js';
import {
  aarBesked,
  KONTROLTEGN_BESKED,
  KONTROLTEGN_FLERLINJET_BESKED,
  UGYLDIGE_TEGN_BESKED,
} from './felter.contract.js';
import { type Kontrakt, kontrakter, med, type Sti } from './input-kontrakter.testdata.js';

function beskederVed(schema: z.ZodType, body: unknown, sti: Sti): string[] {
  const result = schema.safeParse(body);
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => issue.path.join('.') === sti.join('.'))
    .map((issue) => issue.message);
}

const felter = (kontrakt: Kontrakt, art: 'enLinje' | 'flerlinjet' | 'datoer') =>
  (kontrakt[art] ?? []).map((sti) => [sti.join('.'), sti] as const);

describe.each(Object.entries(kontrakter))('%s', (_navn, kontrakt) => {
  it('accepts the sample', () => {
    expect(kontrakt.schema.safeParse(kontrakt.gyldig).error?.issues).toBeUndefined();
  });

  const tekstfelter = [...felter(kontrakt, 'enLinje'), ...felter(kontrakt, 'flerlinjet')];
  it.runIf(tekstfelter.length > 0).each(tekstfelter)('refuses NUL and a lone surrogate in %s', (_, sti) => {
    const nul = beskederVed(kontrakt.schema, med(kontrakt.gyldig, sti, 'a\u0000b'), sti);
    expect([[KONTROLTEGN_BESKED], [KONTROLTEGN_FLERLINJET_BESKED]]).toContainEqual(nul);
    expect(beskederVed(kontrakt.schema, med(kontrakt.gyldig, sti, 'a\ud800'), sti)).toEqual([
      UGYLDIGE_TEGN_BESKED,
    ]);
  });

  it.runIf(felter(kontrakt, 'enLinje').length > 0).each(felter(kontrakt, 'enLinje'))(
    'refuses a line break in the one-line field %s',
    (_, sti) => {
      expect(beskederVed(kontrakt.schema, med(kontrakt.gyldig, sti, 'a\nb'), sti)).toEqual([
        KONTROLTEGN_BESKED,
      ]);
    },
  );

  it.runIf(felter(kontrakt, 'flerlinjet').length > 0).each(felter(kontrakt, 'flerlinjet'))(
    'keeps line breaks in the multi-line field %s',
    (_, sti) => {
      expect(kontrakt.schema.safeParse(med(kontrakt.gyldig, sti, 'a\r\nb')).success).toBe(true);
    },
  );

  it.runIf(felter(kontrakt, 'datoer').length > 0).each(felter(kontrakt, 'datoer'))(
    'refuses the years 0000 and 9999 in %s',
    (_, sti) => {
      for (const value of ['0000-01-01', '9999-12-31']) {
        expect(beskederVed(kontrakt.schema, med(kontrakt.gyldig, sti, value), sti)).toEqual([aarBesked()]);
      }
    },
  );
});

describe('instants', () => {
  it.each([
    ['opretIndkaldelse', opretIndkaldelseSchema, kontrakter.opretIndkaldelse?.gyldig],
    ['opretMoedetilbud', opretMoedetilbudSchema, kontrakter.opretMoedetilbud?.gyldig],
  ] as const)('%s refuses start and slut without an offset or in year 0000', (_, schema, gyldig) => {
    for (const felt of ['start', 'slut']) {
      expect(beskederVed(schema, { ...gyldig, [felt]: '2026-12-01T09:00:00' }, [felt])).toEqual([
        'Tidspunktet skal have dato, klokkeslæt og tidszone',
      ]);
      expect(beskederVed(schema, { ...gyldig, [felt]: '0000-12-01T09:00:00Z' }, [felt])).toEqual([
        aarBesked(),
      ]);
    }
  });
});

describe('joblog', () => {
  it('reads an instant as its Copenhagen date', () => {
    const post = joblogPostSchema.parse({
      ...kontrakter.joblogPost?.gyldig,
      submissionDate: '2026-11-27T23:30:00Z',
    });
    expect(post.submissionDate).toBe('2026-11-28');
  });

  it("R15's check reads every well-formed date before the shared bound, so DATO_FOER_2015 can win", () => {
    for (const [value, dato] of [
      ['1899-12-31', '1899-12-31'],
      ['0000-01-01', '0000-01-01'],
      ['0999-06-01T12:00:00Z', '0999-06-01'],
      ['2014-12-31T23:30:00Z', '2015-01-01'],
    ]) {
      expect(joblogDatoSchema.parse(value)).toBe(dato);
    }
    expect(joblogDatoSchema.safeParse('3000-01-01').success).toBe(false);
    expect(joblogDatoSchema.safeParse('2026-02-30').success).toBe(false);
  });

  it('refuses a month outside the years', () => {
    expect(beskederVed(joblogMaanedQuerySchema, { maaned: '0000-01' }, ['maaned'])).toEqual([aarBesked()]);
    expect(joblogMaanedQuerySchema.parse({ maaned: '2026-11' })).toEqual({ maaned: '2026-11' });
  });
});

describe('login', () => {
  it('keeps the password as typed and refuses NUL in it', () => {
    expect(loginBodySchema.parse({ brugernavn: ' sb22300 ', adgangskode: ' demo ' })).toEqual({
      brugernavn: 'sb22300',
      adgangskode: ' demo ',
    });
    expect(
      beskederVed(loginBodySchema, { brugernavn: 'sb22300', adgangskode: 'de\u0000mo' }, ['adgangskode']),
    ).toEqual([KONTROLTEGN_BESKED]);
  });
});

describe('cvSoeg', () => {
  it('takes only a base64url cursor', () => {
    expect(cvSoegSchema.safeParse({ cursor: 'WzEuNSwiYWJjIl0' }).success).toBe(true);
    expect(cvSoegSchema.safeParse({ cursor: 'Wz\u0000' }).success).toBe(false);
    expect(cvSoegSchema.safeParse({ cursor: 'a'.repeat(201) }).success).toBe(false);
  });
});
