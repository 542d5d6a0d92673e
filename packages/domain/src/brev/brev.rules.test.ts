import { describe, expect, it } from 'vitest';
import { type BrevData, brevTekst, moedeTidTekst, paamindelsesTidspunkt } from './brev.rules.js';

const at = (iso: string) => new Date(iso);

describe('paamindelsesTidspunkt: the reminder the day before, 09:00–22:00 Copenhagen (api.md)', () => {
  it('is 09:00 Copenhagen time the day before, in winter and in summer', () => {
    expect(paamindelsesTidspunkt(at('2026-12-10T09:30:00Z'), at('2026-12-01T12:00:00Z'))).toEqual(
      at('2026-12-09T08:00:00Z'),
    );
    expect(paamindelsesTidspunkt(at('2027-06-10T07:30:00Z'), at('2027-06-01T12:00:00Z'))).toEqual(
      at('2027-06-09T07:00:00Z'),
    );
  });

  it('takes the Copenhagen day of the meeting, not the UTC day (a meeting at 00:30 on the 10th)', () => {
    // 2026-12-09T23:30Z is 00:30 on the 10th in Copenhagen: the day before is the 9th.
    expect(paamindelsesTidspunkt(at('2026-12-09T23:30:00Z'), at('2026-12-01T12:00:00Z'))).toEqual(
      at('2026-12-09T08:00:00Z'),
    );
  });

  it('is sent at once when a meeting is booked on the day before, before 22:00', () => {
    const nu = at('2026-12-09T15:12:00Z');
    expect(paamindelsesTidspunkt(at('2026-12-10T09:30:00Z'), nu)).toEqual(nu);
  });

  it('is not sent after 22:00 the day before, on the day itself, or for a past meeting', () => {
    expect(paamindelsesTidspunkt(at('2026-12-10T09:30:00Z'), at('2026-12-09T21:00:00Z'))).toBeNull();
    expect(paamindelsesTidspunkt(at('2026-12-10T13:30:00Z'), at('2026-12-10T07:00:00Z'))).toBeNull();
    expect(paamindelsesTidspunkt(at('2026-12-01T09:30:00Z'), at('2026-12-05T07:00:00Z'))).toBeNull();
  });

  it('crosses the change to summer time: the day before the last Sunday of March', () => {
    // 2027-03-28 is the change; a meeting Monday the 29th at 09:00 (07:00Z) is reminded Sunday 09:00 CEST.
    expect(paamindelsesTidspunkt(at('2027-03-29T07:00:00Z'), at('2027-03-20T12:00:00Z'))).toEqual(
      at('2027-03-28T07:00:00Z'),
    );
  });
});

const brev = (overrides: Partial<BrevData> = {}): BrevData => ({
  type: 'INDKALDELSE',
  jobcenter: { navn: 'Jobcenter Hørsholm', adresse: 'Slotsmarken 1, 2970 Hørsholm', telefon: '48 49 49 49' },
  borger: { navn: 'Anna Hansen', kontaktgruppe: 1 },
  moede: {
    start: at('2026-12-03T08:30:00Z'),
    slut: at('2026-12-03T09:00:00Z'),
    samtaletype: 7,
    moedeform: 1,
    adresse: 'Slotsmarken 1, 2970 Hørsholm',
    lokationsuddybning: 'Lokale 2',
    digitaltMoedelink: null,
    personligtFremmoedePaakraevet: false,
    aflysningsaarsag: null,
  },
  retTilValgAfMoedeform: true,
  ...overrides,
});
const alt = (tekst: ReturnType<typeof brevTekst>) =>
  [tekst.titel, tekst.indledning, ...tekst.afsnit.flatMap((a) => [a.overskrift, ...a.linjer])].join('\n');

describe('brevTekst: what the letter must say', () => {
  it('gives the time in Copenhagen time with the weekday', () => {
    expect(moedeTidTekst(at('2026-12-03T08:30:00Z'), at('2026-12-03T09:00:00Z'))).toBe(
      'torsdag den 3. december 2026 kl. 09.30–10.00',
    );
  });

  it('an indkaldelse names the jobcentre, the meeting, the place, the right to choose (R3), absence, cancelling and contact', () => {
    const tekst = alt(brevTekst(brev()));
    for (const del of [
      'Indkaldelse til samtale',
      'Jobcenter Hørsholm indkalder dig til jobsamtale',
      'torsdag den 3. december 2026 kl. 09.30–10.00',
      'Mødeform: Personlig kontakt',
      'Sted: Slotsmarken 1, 2970 Hørsholm',
      'Lokale: Lokale 2',
      'Du kan selv vælge',
      'a-kasse besked',
      'Aflys eller flyt mødet',
      'Telefon: 48 49 49 49',
    ]) {
      expect(tekst).toContain(del);
    }
  });

  it('gives the link for a digital meeting (R2) and says so when the citizen must come in person (R4)', () => {
    const digitalt = alt(
      brevTekst(brev({ moede: { ...brev().moede, moedeform: 8, digitaltMoedelink: 'https://moede.dk/a' } })),
    );
    expect(digitalt).toContain('Link til mødet: https://moede.dk/a');
    const personligt = alt(
      brevTekst(brev({ moede: { ...brev().moede, personligtFremmoedePaakraevet: true } })),
    );
    expect(personligt).toContain('skal møde personligt');
    expect(personligt).not.toContain('Du kan selv vælge');
  });

  it('does not speak of dagpenge to a citizen outside kontaktgruppe 1', () => {
    expect(alt(brevTekst(brev({ borger: { navn: 'Bo Nielsen', kontaktgruppe: 2 } })))).not.toContain(
      'dagpenge',
    );
  });

  it('a change says what it was before; a cancellation gives the reason and no place', () => {
    const aendring = alt(
      brevTekst(
        brev({
          type: 'AENDRING',
          foer: {
            start: at('2026-12-02T08:30:00Z'),
            slut: at('2026-12-02T09:00:00Z'),
            moedeform: 2,
            adresse: null,
            digitaltMoedelink: null,
          },
        }),
      ),
    );
    expect(aendring).toContain('Før: onsdag den 2. december 2026 kl. 09.30–10.00');
    expect(aendring).toContain('Før: Mødeform: Telefon');
    const aflysning = alt(
      brevTekst(
        brev({ type: 'AFLYSNING', moede: { ...brev().moede, aflysningsaarsag: 'Sagsbehandleren er syg' } }),
      ),
    );
    expect(aflysning).toContain('Sagsbehandleren er syg');
    expect(aflysning).not.toContain('Sted:');
  });
});
