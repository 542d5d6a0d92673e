import { describe, expect, it } from 'vitest';
import { moedeAdvarsler } from './moede-advarsler.js';

// Issue 18: a meeting in the past, more than a year ahead or at the same time as another of the citizen's
// meetings is asked about before it is saved; none of them is refused.

const nu = new Date('2026-12-07T09:00:00Z');
const moede = (id: string, start: string, slut: string, aflyst = false) => ({ id, start, slut, aflyst });

describe('moedeAdvarsler', () => {
  it('says nothing about an ordinary meeting next week', () => {
    expect(
      moedeAdvarsler({ start: '2026-12-14T09:00:00Z', slut: '2026-12-14T09:30:00Z', nu, andreMoeder: [] }),
    ).toEqual([]);
  });

  it('asks about a meeting that starts before now, also earlier today', () => {
    const svar = moedeAdvarsler({
      start: '2026-12-07T08:30:00Z',
      slut: '2026-12-07T09:30:00Z',
      nu,
      andreMoeder: [],
    });
    expect(svar).toEqual([{ kind: 'i-fortiden' }]);
  });

  it('asks about a meeting more than a year ahead, not about one exactly a year ahead', () => {
    expect(
      moedeAdvarsler({ start: '2027-12-07T09:00:00Z', slut: '2027-12-07T09:30:00Z', nu, andreMoeder: [] }),
    ).toEqual([]);
    expect(
      moedeAdvarsler({ start: '2099-01-05T09:00:00Z', slut: '2099-01-05T09:30:00Z', nu, andreMoeder: [] }),
    ).toEqual([{ kind: 'mere-end-et-aar-frem' }]);
  });

  it('names the other meetings that overlap, soonest first, and not those that only touch or are cancelled', () => {
    const andreMoeder = [
      moede('senere', '2026-12-14T09:15:00Z', '2026-12-14T10:00:00Z'),
      moede('foer', '2026-12-14T08:30:00Z', '2026-12-14T09:00:00Z'),
      moede('aflyst', '2026-12-14T09:00:00Z', '2026-12-14T09:30:00Z', true),
      moede('tidligere', '2026-12-14T08:45:00Z', '2026-12-14T09:05:00Z'),
    ];
    const svar = moedeAdvarsler({
      start: '2026-12-14T09:00:00Z',
      slut: '2026-12-14T09:30:00Z',
      nu,
      andreMoeder,
    });
    expect(svar).toEqual([
      {
        kind: 'samme-tid',
        moeder: [
          { id: 'tidligere', start: '2026-12-14T08:45:00Z', slut: '2026-12-14T09:05:00Z' },
          { id: 'senere', start: '2026-12-14T09:15:00Z', slut: '2026-12-14T10:00:00Z' },
        ],
      },
    ]);
  });

  it('leaves the meeting being changed out, and does not ask again about a time that was not changed', () => {
    const eget = moede('eget', '2026-12-01T09:00:00Z', '2026-12-01T09:30:00Z');
    expect(
      moedeAdvarsler({
        start: eget.start,
        slut: eget.slut,
        nu,
        andreMoeder: [eget],
        aendrer: { id: 'eget', start: eget.start },
      }),
    ).toEqual([]);
    expect(
      moedeAdvarsler({
        start: '2026-12-02T09:00:00Z',
        slut: '2026-12-02T09:30:00Z',
        nu,
        andreMoeder: [eget],
        aendrer: { id: 'eget', start: eget.start },
      }),
    ).toEqual([{ kind: 'i-fortiden' }]);
  });

  it('gives every warning that applies at once', () => {
    const andreMoeder = [moede('gammelt', '2026-11-30T09:00:00Z', '2026-11-30T10:00:00Z')];
    const svar = moedeAdvarsler({
      start: '2026-11-30T09:30:00Z',
      slut: '2026-11-30T10:00:00Z',
      nu,
      andreMoeder,
    });
    expect(svar.map((advarsel) => advarsel.kind)).toEqual(['i-fortiden', 'samme-tid']);
  });
});
