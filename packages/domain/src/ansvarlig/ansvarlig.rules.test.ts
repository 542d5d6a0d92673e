import { describe, expect, it } from 'vitest';
import { afvisAnsvarlig, ansvarligAfvisningTekst, ansvarligForNytMoede } from './ansvarlig.rules.js';

const sb = { id: 'sb', rolle: 'sagsbehandler', jobcenterNummer: '22300', aktiv: true } as const;

describe('afvisAnsvarlig: who may be made ansvarlig sagsbehandler', () => {
  it('takes an active sagsbehandler of the jobcentre', () => {
    expect(afvisAnsvarlig(sb, '22300')).toBeNull();
  });

  it('refuses an unknown user, a virksomhedskonsulent, another jobcentre and an inactive user', () => {
    expect(afvisAnsvarlig(null, '22300')).toBe('UKENDT');
    expect(afvisAnsvarlig({ ...sb, rolle: 'virksomhedskonsulent' }, '22300')).toBe('IKKE_SAGSBEHANDLER');
    // 22301 is the same myndighed, but another jobcentre: its caseworkers are not this jobcentre's.
    expect(afvisAnsvarlig(sb, '22301')).toBe('ANDET_JOBCENTER');
    expect(afvisAnsvarlig({ ...sb, aktiv: false }, '22300')).toBe('IKKE_AKTIV');
  });

  it('says each refusal in Danish', () => {
    for (const tekst of Object.values(ansvarligAfvisningTekst)) expect(tekst).toMatch(/[æøå]|sagsbehandler/);
  });
});

describe('ansvarligForNytMoede', () => {
  it('is the caseworker who summons', () => {
    expect(ansvarligForNytMoede({ indkalder: sb, borgerensAnsvarlig: null, moedetsJobcenter: '22300' })).toBe(
      'sb',
    );
    const kollega = { ...sb, id: 'kollega' };
    expect(
      ansvarligForNytMoede({ indkalder: sb, borgerensAnsvarlig: kollega, moedetsJobcenter: '22300' }),
    ).toBe('sb');
  });

  it("without a caseworker (self-booking, a case system) is the citizen's, when at the meeting's jobcentre", () => {
    expect(ansvarligForNytMoede({ indkalder: null, borgerensAnsvarlig: sb, moedetsJobcenter: '22300' })).toBe(
      'sb',
    );
    expect(
      ansvarligForNytMoede({ indkalder: null, borgerensAnsvarlig: sb, moedetsJobcenter: '22301' }),
    ).toBeNull();
    expect(
      ansvarligForNytMoede({ indkalder: null, borgerensAnsvarlig: null, moedetsJobcenter: '22300' }),
    ).toBeNull();
    expect(
      ansvarligForNytMoede({
        indkalder: null,
        borgerensAnsvarlig: { ...sb, aktiv: false },
        moedetsJobcenter: '22300',
      }),
    ).toBeNull();
  });

  it('a virksomhedskonsulent who summons is not made ansvarlig', () => {
    expect(
      ansvarligForNytMoede({
        indkalder: { ...sb, rolle: 'virksomhedskonsulent' },
        borgerensAnsvarlig: null,
        moedetsJobcenter: '22300',
      }),
    ).toBeNull();
  });
});
