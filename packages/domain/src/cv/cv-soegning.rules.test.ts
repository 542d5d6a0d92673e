import { describe, expect, it } from 'vitest';
import { cvOrd, decodeCursor, encodeCursor, soegeord, tsqueryTekst } from './cv-soegning.rules.js';

describe('soegeord', () => {
  it('keeps letters and digits, lower-cases and de-duplicates', () => {
    expect(soegeord('Tømrer, TØMRER & tag-arbejde!')).toEqual(['tømrer', 'tag', 'arbejde']);
  });
  it('drops one-letter words and operator characters', () => {
    expect(soegeord("a | b & c:* ') drop")).toEqual(['drop']);
  });
  it('takes at most 8 words', () => {
    expect(soegeord('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10')).toHaveLength(8);
  });
  it('is empty without text', () => {
    expect(soegeord(undefined)).toEqual([]);
    expect(soegeord('   ')).toEqual([]);
  });
});

describe('tsqueryTekst', () => {
  it('ANDs the words, each as a prefix or one of its spelling variants', () => {
    expect(
      tsqueryTekst([
        { ord: 'tømer', varianter: ['tømrer', 'tømmer'] },
        { ord: 'tag', varianter: [] },
      ]),
    ).toBe('(tømer:* | tømrer | tømmer) & tag:*');
  });
  it('is null without words', () => {
    expect(tsqueryTekst([])).toBeNull();
  });
});

describe('cursor', () => {
  it('round-trips', () => {
    const cursor = { rank: 0.4375, borgerId: '3c1f0a52-0d55-4c3e-9b44-000000000001' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });
  it('refuses a tampered cursor', () => {
    expect(decodeCursor('bm9ub25zZW5z')).toBeNull();
    expect(decodeCursor(btoa(JSON.stringify([1, "x' OR 1=1"])))).toBeNull();
  });
});

describe('cvOrd', () => {
  it('collects the distinct words of the headline, wishes and competences', () => {
    expect(
      cvOrd({
        overskrift: 'Erfaren tømrer',
        jobOensker: ['Tømrer'],
        kompetencer: ['Tagarbejde', 'Kørekort B'],
      }),
    ).toEqual(['erfaren', 'tømrer', 'tagarbejde', 'kørekort']);
  });
});
