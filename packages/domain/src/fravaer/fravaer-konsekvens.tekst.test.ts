import { describe, expect, it } from 'vitest';
import { fravaerKonsekvensTekst, fravaersaarsagAfvisningTekst } from './fravaer-konsekvens.tekst.js';

describe('a fravær consequence in Danish', () => {
  it('R11: the duty to self-book lapses from a Danish date', () => {
    expect(fravaerKonsekvensTekst({ kind: 'selvbookingspligt-bortfalder', fra: '2026-11-27' })).toBe(
      'Selvbookingspligt bortfalder fra 27.11.2026',
    );
  });

  it('R13: the joblog is no longer required', () => {
    expect(fravaerKonsekvensTekst({ kind: 'joblog-ikke-paakraevet' })).toBe('Jobloggen er ikke påkrævet');
    expect(
      fravaerKonsekvensTekst({
        kind: 'samme-aarsag-i-perioden',
        fravaer: [
          { id: 'a', startdato: '2026-11-20', slutdato: '2026-12-02' },
          { id: 'b', startdato: '2026-12-01', slutdato: null },
        ],
      }),
    ).toBe('Borgeren har allerede fravær af samme årsag 20.11.2026–02.12.2026 og fra 01.12.2026');
  });

  it('R8: no a-dagpenge during sorgorlov, from a Danish date', () => {
    expect(fravaerKonsekvensTekst({ kind: 'ingen-dagpenge', fra: '2027-01-05' })).toBe(
      'Ingen a-dagpenge fra 05.01.2027 (sorgorlov)',
    );
  });

  it('R17 (M flag): mindre intensiv indsats', () => {
    expect(fravaerKonsekvensTekst({ kind: 'mindre-intensiv-indsats' })).toBe(
      'Borgeren får mindre intensiv indsats: ingen pligt til at deltage i samtaler',
    );
  });

  it('counts the meetings in the period, one møde and several møder', () => {
    expect(
      fravaerKonsekvensTekst({ kind: 'moeder-boer-flyttes', moeder: [{ id: 'm1', dato: '2026-12-01' }] }),
    ).toBe('1 møde i perioden bør flyttes');
    expect(
      fravaerKonsekvensTekst({
        kind: 'moeder-boer-flyttes',
        moeder: [
          { id: 'm1', dato: '2026-12-01' },
          { id: 'm2', dato: '2026-12-11' },
        ],
      }),
    ).toBe('2 møder i perioden bør flyttes');
  });

  it('says so when nothing changes', () => {
    expect(fravaerKonsekvensTekst({ kind: 'ingen-aendring' })).toBe('Ingen ændring af borgerens pligter');
  });
});

describe('why a reason cannot be registered, in Danish', () => {
  it('R10: 78 can no longer be created, and says when the scheme ended', () => {
    expect(fravaersaarsagAfvisningTekst('FRAVAERSAARSAG_KAN_IKKE_OPRETTES', 78, 1)).toBe(
      'Fravær 78 kan ikke længere oprettes: ordningen ophørte 31. marts 2022',
    );
  });

  it('R8 and the matrix: names the reason and the kontaktgruppe', () => {
    expect(fravaersaarsagAfvisningTekst('FRAVAERSAARSAG_IKKE_TILLADT', 79, 3)).toBe(
      'Sorgorlov er ikke tilladt for borgerens kontaktgruppe 3',
    );
  });
});
