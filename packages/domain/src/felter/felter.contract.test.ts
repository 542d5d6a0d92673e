import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  aarBesked,
  DATO_BESKED,
  dato,
  datoEllerTidspunkt,
  hemmelighed,
  KONTROLTEGN_BESKED,
  KONTROLTEGN_FLERLINJET_BESKED,
  MAANED_BESKED,
  maaned,
  SENESTE_AAR,
  TIDLIGSTE_AAR,
  TIDSPUNKT_BESKED,
  tekst,
  tidspunkt,
  UGYLDIGE_TEGN_BESKED,
} from './felter.contract.js';

/** The messages of a refused value, or the parsed value. */
function parse(schema: z.ZodType, value: unknown): { ok: unknown } | { fejl: string[] } {
  const result = schema.safeParse(value);
  return result.success ? { ok: result.data } : { fejl: result.error.issues.map((issue) => issue.message) };
}

const C0 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code));
const hex = (tegn: string) => `U+${tegn.charCodeAt(0).toString(16).padStart(4, '0')}`;

describe('tekst', () => {
  const enLinje = tekst({ max: 10 });
  const flerlinjet = tekst({ max: 10, flerlinjet: true });

  it('refuses NUL with a Danish message and nothing else', () => {
    expect(parse(enLinje, 'a\u0000b')).toEqual({ fejl: [KONTROLTEGN_BESKED] });
    expect(parse(flerlinjet, '\u0000')).toEqual({ fejl: [KONTROLTEGN_FLERLINJET_BESKED] });
  });

  it.each(C0.map((tegn) => [hex(tegn), tegn]))('refuses %s inside a one-line field', (_, tegn) => {
    expect(parse(enLinje, `a${tegn}b`)).toEqual({ fejl: [KONTROLTEGN_BESKED] });
  });

  it('trims whitespace control characters at the ends, and refuses the others there', () => {
    for (const tegn of ['\t', '\n', '\v', '\f', '\r']) {
      expect(parse(enLinje, `${tegn}ab${tegn}`)).toEqual({ ok: 'ab' });
    }
    // R5: a whitespace-only value is empty, not refused.
    expect(parse(enLinje, '\n\t ')).toEqual({ ok: '' });
    for (const tegn of C0.filter((tegn) => !'\t\n\v\f\r'.includes(tegn))) {
      expect(parse(enLinje, `ab${tegn}`)).toEqual({ fejl: [KONTROLTEGN_BESKED] });
      expect(parse(enLinje, `${tegn}ab`)).toEqual({ fejl: [KONTROLTEGN_BESKED] });
    }
  });

  it('refuses DEL (U+007F)', () => {
    expect(parse(enLinje, 'a\u007fb')).toEqual({ fejl: [KONTROLTEGN_BESKED] });
    expect(parse(flerlinjet, 'a\u007fb')).toEqual({ fejl: [KONTROLTEGN_FLERLINJET_BESKED] });
  });

  it.each(C0.filter((tegn) => !'\t\n\r'.includes(tegn)).map((tegn) => [hex(tegn), tegn]))(
    'refuses %s in a multi-line field',
    (_, tegn) => {
      expect(parse(flerlinjet, `a${tegn}b`)).toEqual({ fejl: [KONTROLTEGN_FLERLINJET_BESKED] });
    },
  );

  it('keeps tab and newline in a multi-line field and makes CRLF and CR into LF', () => {
    expect(parse(flerlinjet, 'a\tb\nc')).toEqual({ ok: 'a\tb\nc' });
    expect(parse(flerlinjet, 'a\r\nb\rc')).toEqual({ ok: 'a\nb\nc' });
    expect(parse(tekst({ max: 3, flerlinjet: true }), 'a\r\nb')).toEqual({ ok: 'a\nb' });
  });

  it('refuses lone surrogates, also in a password, and accepts a pair', () => {
    for (const ensom of ['\ud800', 'a\udc00', '\ude00\ud83d', '😀\ud83d']) {
      expect(parse(enLinje, ensom)).toEqual({ fejl: [UGYLDIGE_TEGN_BESKED] });
      expect(parse(flerlinjet, ensom)).toEqual({ fejl: [UGYLDIGE_TEGN_BESKED] });
      expect(parse(hemmelighed({ max: 10 }), ensom)).toEqual({ fejl: [UGYLDIGE_TEGN_BESKED] });
    }
    expect(parse(enLinje, 'glad 😀')).toEqual({ ok: 'glad 😀' });
  });

  it('normalises to NFC and counts the length after it', () => {
    expect(parse(enLinje, 'Rene\u0301')).toEqual({ ok: 'René' });
    expect(parse(enLinje, 'A\u030angstrøm')).toEqual({ ok: 'Ångstrøm' });
    // Three letters written as six code units fit in three characters.
    expect(parse(tekst({ max: 3 }), 'e\u0301e\u0301e\u0301')).toEqual({ ok: 'ééé' });
    expect(parse(tekst({ max: 2 }), 'e\u0301e\u0301e\u0301')).toEqual({ fejl: ['Højst 2 tegn'] });
  });

  it('trims, including non-breaking spaces, and counts after trimming', () => {
    expect(parse(enLinje, '  Hørsholm \u00a0')).toEqual({ ok: 'Hørsholm' });
    expect(parse(tekst({ max: 3 }), '   abc   ')).toEqual({ ok: 'abc' });
    expect(parse(flerlinjet, '\n a\nb \n')).toEqual({ ok: 'a\nb' });
  });

  it('bounds the length with Danish messages', () => {
    expect(parse(tekst({ max: 3 }), 'abcd')).toEqual({ fejl: ['Højst 3 tegn'] });
    expect(parse(tekst({ max: 3, maxBesked: 'For lang' }), 'abcd')).toEqual({ fejl: ['For lang'] });
    expect(parse(tekst({ max: 3, min: 1 }), '   ')).toEqual({ fejl: ['Feltet skal udfyldes'] });
    expect(parse(tekst({ max: 9, min: 2 }), ' a ')).toEqual({ fejl: ['Skriv mindst 2 tegn'] });
    expect(parse(tekst({ max: 9, min: 1, minBesked: 'Skriv en titel' }), '')).toEqual({
      fejl: ['Skriv en titel'],
    });
    expect(parse(tekst({ max: 3 }), '')).toEqual({ ok: '' });
  });

  it('refuses what is not a string', () => {
    expect('fejl' in parse(enLinje, 5)).toBe(true);
    expect('fejl' in parse(enLinje, null)).toBe(true);
  });
});

describe('hemmelighed', () => {
  const adgangskode = hemmelighed({ max: 20, minBesked: 'Skriv din adgangskode' });

  it('keeps a password exactly as typed: no trimming, no normalisation', () => {
    expect(parse(adgangskode, ' demo ')).toEqual({ ok: ' demo ' });
    expect(parse(adgangskode, 'e\u0301')).toEqual({ ok: 'e\u0301' });
  });

  it('refuses NUL and other control characters, and an empty password', () => {
    expect(parse(adgangskode, 'de\u0000mo')).toEqual({ fejl: [KONTROLTEGN_BESKED] });
    expect(parse(adgangskode, 'demo\n')).toEqual({ fejl: [KONTROLTEGN_BESKED] });
    expect(parse(adgangskode, '')).toEqual({ fejl: ['Skriv din adgangskode'] });
    expect(parse(adgangskode, 'x'.repeat(21))).toEqual({ fejl: ['Højst 20 tegn'] });
  });
});

describe('dato', () => {
  const schema = dato();

  it('exports the bounds it uses', () => {
    expect([TIDLIGSTE_AAR, SENESTE_AAR]).toEqual([1900, 2999]);
    expect(aarBesked()).toBe('Året skal ligge mellem 1900 og 2999');
  });

  it.each(['0000-01-01', '1899-12-31', '3000-01-01', '9999-12-31'])('refuses %s by its year', (value) => {
    expect(parse(schema, value)).toEqual({ fejl: [aarBesked()] });
  });

  it.each(['1900-01-01', '2999-12-31', '2026-11-27', '2028-02-29'])('accepts %s', (value) => {
    expect(parse(schema, value)).toEqual({ ok: value });
  });

  it.each([
    '2026-02-30',
    '2027-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-1-1',
    '26-11-27',
    '27.11.2026',
    '2026-11-27T00:00:00Z',
    ' 2026-11-27',
    '2026-11-27\u0000',
    '\u00002026-11-27',
    '',
  ])('refuses %j with the format message only', (value) => {
    expect(parse(schema, value)).toEqual({ fejl: [DATO_BESKED] });
  });

  it('lets a rule with its own earlier limit widen the lower bound', () => {
    expect(parse(dato({ fraAar: 0 }), '0000-01-01')).toEqual({ ok: '0000-01-01' });
    expect(parse(dato({ fraAar: 0 }), '3000-01-01')).toEqual({ fejl: [aarBesked(0)] });
  });
});

describe('tidspunkt', () => {
  const schema = tidspunkt();

  it.each([
    '2026-11-27T09:30:00Z',
    '2026-11-27T09:30:00+01:00',
    '2026-11-27T09:30:00.123456-02:30',
    '1900-01-01T00:00:00Z',
    '2999-12-31T23:59:59.999+14:00',
  ])('accepts %s', (value) => {
    expect(parse(schema, value)).toEqual({ ok: value });
  });

  it.each([
    '2026-11-27T09:30:00',
    '2026-11-27T09:30:00.000',
    '2026-11-27T09:30Z',
    '2026-11-27',
    '2026-02-30T09:30:00Z',
    '2026-11-27T24:00:00Z',
    '2026-11-27 09:30:00Z',
    '2026-11-27T09:30:00Z\u0000',
  ])('refuses %j (no offset, no seconds, no such time) with the format message', (value) => {
    expect(parse(schema, value)).toEqual({ fejl: [TIDSPUNKT_BESKED] });
  });

  it.each(['0000-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '3000-01-01T00:00:00Z', '9999-12-31T23:59:59Z'])(
    'refuses %s by its year',
    (value) => {
      expect(parse(schema, value)).toEqual({ fejl: [aarBesked()] });
    },
  );
});

describe('datoEllerTidspunkt', () => {
  const schema = datoEllerTidspunkt();

  it('accepts a date or an instant with an offset', () => {
    expect(parse(schema, '2026-11-27')).toEqual({ ok: '2026-11-27' });
    expect(parse(schema, '2026-11-27T09:30:00+01:00')).toEqual({ ok: '2026-11-27T09:30:00+01:00' });
  });

  it('refuses an instant without an offset and an impossible date with the format message', () => {
    expect(parse(schema, '2026-11-27T09:30:00')).toEqual({ fejl: [DATO_BESKED] });
    expect(parse(schema, '2026-02-30')).toEqual({ fejl: [DATO_BESKED] });
  });

  it('refuses both forms outside the years with the year message', () => {
    expect(parse(schema, '0000-01-01')).toEqual({ fejl: [aarBesked()] });
    expect(parse(schema, '3000-01-01T00:00:00Z')).toEqual({ fejl: [aarBesked()] });
  });
});

describe('maaned', () => {
  const schema = maaned();

  it('accepts YYYY-MM within the years', () => {
    expect(parse(schema, '2026-11')).toEqual({ ok: '2026-11' });
    expect(parse(schema, '1900-01')).toEqual({ ok: '1900-01' });
    expect(parse(schema, '2999-12')).toEqual({ ok: '2999-12' });
  });

  it.each(['0000-01', '1899-12', '3000-01', '9999-12'])('refuses %s by its year', (value) => {
    expect(parse(schema, value)).toEqual({ fejl: [aarBesked()] });
  });

  it.each(['2026-13', '2026-00', '2026-1', '2026-11-01', '2026-11\u0000', ''])('refuses %j', (value) => {
    expect(parse(schema, value)).toEqual({ fejl: [MAANED_BESKED] });
  });
});
