import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { brugDanskeFejlbeskeder, danskeFejlbeskeder } from './fejlbeskeder.js';
import { kontrakter, med, type Sti } from './input-kontrakter.testdata.js';

// Issue 18: no raw zod text reaches a caseworker. Every input contract is fed wrong inputs (a field missing, of
// the wrong type, too long, too big or too small, not a whole number, an unknown choice, an unknown field, a
// wrong list) and every message that comes back must be plain Danish.

beforeAll(() => brugDanskeFejlbeskeder());

const RAA =
  /expected|forventede|invalid|ugyldigt input|received|must|should|too (big|small)|required|unrecognized/i;
const ENGELSK = /\b(the|is|be|of|at|to|or|and|an|string|number|boolean|array|object|key|keys|input|value)\b/i;

/** Why a message is not fit for a caseworker, or null when it is. */
function brist(besked: string): string | null {
  if (!besked.trim()) return 'tom';
  if (RAA.test(besked)) return 'zods egen tekst';
  if (ENGELSK.test(besked)) return 'engelsk';
  return null;
}

/** Every path to a leaf of the sample (a text, number, boolean or null; an empty list counts as a leaf). */
function blade(vaerdi: unknown, sti: Sti = []): Sti[] {
  if (Array.isArray(vaerdi)) {
    return vaerdi.length === 0 ? [sti] : [sti, ...vaerdi.flatMap((v, i) => blade(v, [...sti, i]))];
  }
  if (vaerdi !== null && typeof vaerdi === 'object') {
    return Object.entries(vaerdi).flatMap(([k, v]) => blade(v, [...sti, k]));
  }
  return [sti];
}

function hent(body: unknown, sti: Sti): unknown {
  return sti.reduce<unknown>((sted, led) => (sted as Record<string | number, unknown>)?.[led], body);
}

/** Wrong values for a field, chosen by the type of its valid value. */
function forkerte(gyldig: unknown): unknown[] {
  const faelles = [undefined, null, { a: 1 }];
  if (typeof gyldig === 'string') {
    return [...faelles, 42, true, ['a'], '', 'x'.repeat(20_000), 'UKENDT_VALG', 'ikke-en-dato'];
  }
  if (typeof gyldig === 'number') {
    return [...faelles, 'tekst', true, [1], 1.5, -1, 0, 1e9, -1e9, 987_654, Number.NaN];
  }
  if (typeof gyldig === 'boolean') return [...faelles, 'ja', 1];
  if (Array.isArray(gyldig)) {
    return [
      ...faelles,
      'tekst',
      7,
      [],
      [null],
      [42],
      ['x'],
      Array.from({ length: 2_000 }, () => gyldig[0] ?? 'x'),
    ];
  }
  return faelles;
}

function beskeder(schema: z.ZodType, body: unknown): { sti: string; besked: string }[] {
  const result = schema.safeParse(body);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ sti: issue.path.join('.'), besked: issue.message }));
}

describe.each(Object.entries(kontrakter))('%s answers wrong input in plain Danish', (_navn, kontrakt) => {
  it('for every field missing, of the wrong type, too long, too big or small, or an unknown choice', () => {
    const daarlige: string[] = [];
    let set = 0;
    const tjek = (hvad: string, body: unknown) => {
      for (const { sti, besked } of beskeder(kontrakt.schema, body)) {
        set += 1;
        const fejl = brist(besked);
        if (fejl) daarlige.push(`${hvad} → ${sti}: "${besked}" (${fejl})`);
      }
    };
    tjek('tom krop', {});
    tjek('ingen krop', undefined);
    tjek('null', null);
    tjek('tekst', 'x');
    tjek('liste', []);
    tjek('ukendt felt', { ...kontrakt.gyldig, ukendtFelt: 1 });
    for (const sti of blade(kontrakt.gyldig)) {
      for (const vaerdi of forkerte(hent(kontrakt.gyldig, sti))) {
        tjek(`${sti.join('.')} = ${JSON.stringify(vaerdi)?.slice(0, 40)}`, med(kontrakt.gyldig, sti, vaerdi));
      }
    }
    expect(daarlige).toEqual([]);
    expect(set).toBeGreaterThan(0);
  });
});

describe('the Danish error map', () => {
  it('words each kind of issue as a caseworker reads it', () => {
    const besked = (schema: z.ZodType, vaerdi: unknown) => schema.safeParse(vaerdi).error?.issues[0]?.message;
    expect(besked(z.string(), undefined)).toBe('Skal udfyldes');
    expect(besked(z.number().int().max(999), 1000)).toBe('Må højst være 999');
    expect(besked(z.number().int().min(1), 0)).toBe('Skal være mindst 1');
    expect(besked(z.number().int(), 1.5)).toBe('Skal være et helt tal');
    expect(besked(z.number(), 'x')).toBe('Skal være et tal');
    expect(besked(z.string().max(3), 'abcd')).toBe('Må højst være 3 tegn');
    expect(besked(z.string().min(1), '')).toBe('Skal udfyldes');
    expect(besked(z.enum(['a', 'b']), 'c')).toBe('Vælg en af mulighederne');
    expect(besked(z.array(z.string()).min(1), [])).toBe('Vælg mindst én');
    expect(besked(z.strictObject({}), { x: 1 })).toBe('Ukendt felt: x');
    expect(besked(z.boolean(), 'ja')).toBe('Vælg ja eller nej');
    expect(besked(z.uuid(), 'x')).toBe('Ukendt id');
  });

  it('keeps a message the schema sets itself', () => {
    expect(z.string().min(1, 'Skriv en titel').safeParse('').error?.issues[0]?.message).toBe(
      'Skriv en titel',
    );
  });

  it('answers something Danish for every issue code zod has', () => {
    const koder = [
      { code: 'invalid_type', expected: 'string', input: 1 },
      { code: 'too_big', origin: 'number', maximum: 9, inclusive: true, input: 10 },
      { code: 'too_small', origin: 'array', minimum: 2, inclusive: true, input: [] },
      { code: 'invalid_format', format: 'regex', pattern: '^a$', input: 'b' },
      { code: 'not_multiple_of', divisor: 5, input: 3 },
      { code: 'unrecognized_keys', keys: ['a', 'b'], input: {} },
      { code: 'invalid_union', errors: [], input: 1 },
      { code: 'invalid_key', origin: 'record', issues: [], input: 1 },
      { code: 'invalid_element', origin: 'map', key: 'a', issues: [], input: 1 },
      { code: 'invalid_value', values: ['a', 'b'], input: 'c' },
      { code: 'custom', input: 1 },
    ] as const;
    for (const issue of koder) {
      const tekst = danskeFejlbeskeder(issue as unknown as Parameters<typeof danskeFejlbeskeder>[0]);
      const besked = typeof tekst === 'string' ? tekst : (tekst?.message ?? '');
      expect(brist(besked), `${issue.code}: ${besked}`).toBeNull();
    }
  });
});
