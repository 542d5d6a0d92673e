import { describe, expect, it } from 'vitest';
import { preparedStatementNames } from '../src/prepared-statements.js';

const q = (sql: string) => ({ sql });

describe('preparedStatementNames', () => {
  it('leaves a query unnamed until it has been seen `after` times, then keeps one name for it', () => {
    const name = preparedStatementNames({ after: 3, max: 10 });
    expect([name(q('SELECT 1')), name(q('SELECT 1'))]).toEqual(['', '']);
    const third = name(q('SELECT 1'));
    expect(third).not.toBe('');
    expect(name(q('SELECT 1'))).toBe(third);
  });

  it('gives different queries different names', () => {
    const name = preparedStatementNames({ after: 1, max: 10 });
    const a = name(q('SELECT 1'));
    const b = name(q('SELECT 2'));
    expect(a).not.toBe(b);
    expect(name(q('SELECT 1'))).toBe(a);
  });

  it('names at most `max` queries and leaves the rest unnamed, keeping the names already given', () => {
    const name = preparedStatementNames({ after: 1, max: 2 });
    const a = name(q('SELECT 1'));
    const b = name(q('SELECT 2'));
    expect(name(q('SELECT 3'))).toBe('');
    expect([name(q('SELECT 1')), name(q('SELECT 2'))]).toEqual([a, b]);
  });

  it('keeps counting a rare query only up to a bound, so an endless stream of different queries is never named', () => {
    const name = preparedStatementNames({ after: 2, max: 1 });
    // 10 × max different queries fill the counts; the next one clears them.
    for (let i = 0; i < 11; i++) expect(name(q(`SELECT ${i}`))).toBe('');
    expect(name(q('SELECT 0'))).toBe('');
    expect(name(q('SELECT 0'))).not.toBe('');
  });
});
