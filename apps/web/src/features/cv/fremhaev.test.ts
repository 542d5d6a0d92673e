import { describe, expect, it } from 'vitest';
import { fremhaevDele, fremhaevOrd } from './fremhaev';

describe('highlighting', () => {
  it('takes the API’s words and the typed ones, split as the API splits them, longest first', () => {
    expect(fremhaevOrd(['tømer', 'tømrer'], 'Tømer, tag!')).toEqual(['tømrer', 'tømer', 'tag']);
    expect(fremhaevOrd([], undefined)).toEqual([]);
  });

  it('marks the start of words that begin with a word, in any case', () => {
    expect(fremhaevDele('Erfaren TØMRER og tømrerarbejde', ['tømrer'])).toEqual([
      { tekst: 'Erfaren ', markeret: false },
      { tekst: 'TØMRER', markeret: true },
      { tekst: ' og ', markeret: false },
      { tekst: 'tømrer', markeret: true },
      { tekst: 'arbejde', markeret: false },
    ]);
  });

  it('marks nothing inside a word, and leaves a text without matches whole', () => {
    expect(fremhaevDele('Bygningstømrer', ['tømrer'])).toEqual([
      { tekst: 'Bygningstømrer', markeret: false },
    ]);
    expect(fremhaevDele('Murer', [])).toEqual([{ tekst: 'Murer', markeret: false }]);
  });
});
