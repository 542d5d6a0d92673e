import { describe, expect, it } from 'vitest';
import { systemKlientSerBorger } from './system-adgang.rules.js';

const akasse = { akasseKode: 'AK01', jobcenterNummer: null };
const jobcenter = { akasseKode: null, jobcenterNummer: '22300' };

describe('systemKlientSerBorger (api.md: PersonStatusService, PersonHistoryService)', () => {
  it('lets an a-kasse read its own members, wherever they live', () => {
    expect(systemKlientSerBorger(akasse, { akasseKode: 'AK01', jobcenterNummer: '10100' })).toBe(true);
  });

  it('hides another a-kasse’s members and citizens without an a-kasse from an a-kasse', () => {
    expect(systemKlientSerBorger(akasse, { akasseKode: 'AK02', jobcenterNummer: '10100' })).toBe(false);
    expect(systemKlientSerBorger(akasse, { akasseKode: null, jobcenterNummer: '10100' })).toBe(false);
  });

  it('lets a jobcentre’s system read every citizen of its myndighed, in any of its jobcentres', () => {
    expect(systemKlientSerBorger(jobcenter, { akasseKode: null, jobcenterNummer: '22300' })).toBe(true);
    expect(systemKlientSerBorger(jobcenter, { akasseKode: 'AK01', jobcenterNummer: '22301' })).toBe(true);
  });

  it('hides other kommuners citizens from a jobcentre’s system', () => {
    expect(systemKlientSerBorger(jobcenter, { akasseKode: null, jobcenterNummer: '10100' })).toBe(false);
  });

  it('shows nothing to a client that is neither (Jobnet, VITAS)', () => {
    const jobnet = { akasseKode: null, jobcenterNummer: null };
    expect(systemKlientSerBorger(jobnet, { akasseKode: null, jobcenterNummer: '22300' })).toBe(false);
  });

  it('lets Jobnet read the citizen it acts for (the CPR header), and no one else', () => {
    const jobnet = { akasseKode: null, jobcenterNummer: null, paaVegneAf: '0101901234' };
    expect(
      systemKlientSerBorger(jobnet, { akasseKode: null, jobcenterNummer: '22300', cpr: '0101901234' }),
    ).toBe(true);
    expect(
      systemKlientSerBorger(jobnet, { akasseKode: null, jobcenterNummer: '22300', cpr: '0202901234' }),
    ).toBe(false);
  });
});
