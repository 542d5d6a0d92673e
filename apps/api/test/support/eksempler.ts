import type { Sag } from './sag.js';

export interface Eksempel {
  body?: unknown;
  query?: Record<string, string>;
}

/**
 * One valid request for each route of the registry that takes a body or a query string, with the sag's real
 * ids. The fuzzer mutates these one field at a time, so that a nasty value reaches as deep as a client's
 * would: past validation of its neighbours, the access checks and the rules, into the service and the
 * database. A route without an example fails the fuzzer until it gets one.
 */
export function eksempler(
  sag: Sag,
  andre: { moedetilbudId: string; borgerId: string },
): Record<string, Eksempel> {
  const { moedetilbudId } = andre;
  const { ids } = sag;
  return {
    'POST /api/auth/login': { body: { brugernavn: 'fuzz-ingen', adgangskode: 'forkert' } },
    'GET /v1/virksomhedskonto': { query: { cvrNummer: '31501202', pNummer: '1017654321' } },
    'GET /api/virksomheder': { query: { q: 'Hørsholm' } },
    'POST /api/virksomheder/:cvr/konfliktvarsler': {
      body: { fraDato: '2026-12-01', tilDato: '2026-12-31', tekst: 'Overenskomstkonflikt' },
    },
    'POST /api/konfliktvarsler/:id/afslut': { body: { tilDato: '2027-01-31' } },
    'POST /api/borgere': {
      body: {
        cpr: '0101901234',
        fornavn: 'Fuzz',
        efternavn: 'Jensen',
        kontaktgruppe: 1,
        ledighedsdato: '2026-03-02',
        akasse: 'AK01',
      },
    },
    'POST /api/borgere/soeg': { body: { navn: 'Karen' } },
    'POST /api/borgere/:id/flyt': { body: { jobcenter: '22300' } },
    'PUT /api/borgere/:id/ansvarlig': { body: { brugernavn: 'sb22300' } },
    'GET /api/brugere': { query: { rolle: 'sagsbehandler' } },
    'POST /api/borgere/:id/kontaktpersoner': {
      body: { navn: 'Kim Holm', rolle: 'Mentor', telefon: '12345678', email: 'kim@example.dk' },
    },
    'PATCH /api/kontaktpersoner/:id': { body: { rolle: 'Sagsbehandler' } },
    'POST /api/borgere/:id/indkaldelser': {
      body: {
        samtaletype: 7,
        start: '2027-03-01T08:30:00Z',
        slut: '2027-03-01T09:00:00Z',
        moedeform: 1,
        adresse: 'Stationsvej 1, 2970 Hørsholm',
        lokationsuddybning: 'Lokale 2',
      },
    },
    'PATCH /api/indkaldelser/:id': { body: { lokationsuddybning: 'Lokale 3', ansvarlig: 'sb22300' } },
    'POST /v1/indkaldelser': {
      body: {
        samtaletype: 7,
        start: '2027-03-03T08:30:00Z',
        slut: '2027-03-03T09:00:00Z',
        moedeform: 2,
        lokationsuddybning: 'Lokale 4',
      },
    },
    'PATCH /v1/indkaldelser/:id': { body: { lokationsuddybning: 'Lokale 5' } },
    'POST /api/indkaldelser/:id/udfald': { body: { udfald: 'afholdt', kommentar: 'Aftalt: søger tre job' } },
    'DELETE /v1/indkaldelser/:id': { body: { aflysningsaarsag: 'Sagssystemet aflyser' } },
    'POST /v1/indkaldelser/:id/moededeltagelsesvalg': { body: { moedeform: 2 } },
    'DELETE /api/indkaldelser/:id': { body: { aflysningsaarsag: 'Borgeren er syg' } },
    'POST /api/indkaldelser/:id/moededeltagelsesvalg': { body: { moedeform: 2 } },
    'GET /api/moeder': { query: { dato: '2026-12-03', ansvarlig: 'mig' } },
    'POST /api/moedetilbud': {
      body: {
        start: '2027-03-02T08:00:00Z',
        slut: '2027-03-02T08:30:00Z',
        moedeformer: [1, 2],
        adresse: 'Stationsvej 1, 2970 Hørsholm',
      },
    },
    'POST /v1/moedetilbud': {
      body: { start: '2027-03-03T08:00:00Z', slut: '2027-03-03T08:30:00Z', moedeformer: [2] },
    },
    'POST /v1/borgerbooking': { body: { moedetilbudId, moedeform: 1 } },
    'POST /v1/booking': { body: { moedetilbudId } },
    'POST /api/borgere/:id/indsatser': {
      body: { type: 'MENTOR', startdato: '2027-01-01', slutdato: '2027-06-30' },
    },
    'POST /api/indsatser/:id/ophoer': { body: { ophoersaarsag: 1, dato: '2027-02-01' } },
    'POST /v1/vitas/indsatser/:id/ophoer': { body: { ophoersaarsag: 14, dato: '2027-02-01' } },
    'POST /v1/joblog': {
      body: {
        stillingsbetegnelse: 'Tømrer',
        virksomhed: 'Hørsholm Byg ApS',
        submissionDate: '2026-11-20',
        submissionDeadlineDate: '2026-12-01',
      },
    },
    'GET /api/borgere/:id/joblog': { query: { maaned: '2026-11' } },
    'GET /api/fravaersaarsager': { query: { kontaktgruppe: '1' } },
    'POST /api/borgere/:id/fravaer': {
      body: { fravaersaarsag: 10, startdato: '2027-04-01', slutdato: '2027-04-02', kommentar: 'Influenza' },
    },
    'POST /api/borgere/:id/fravaer/forhaandsvisning': {
      body: { fravaersaarsag: 10, startdato: '2027-04-01', slutdato: '2027-04-02', fravaerId: ids.fravaer },
    },
    'PATCH /api/fravaer/:id': { body: { kommentar: 'Rettet' } },
    'DELETE /api/fravaer/:id': { body: { berigtigelseskommentar: 'Registreret ved en fejl' } },
    'GET /v1/beskeder': { query: { efter: '0', antal: '10' } },
    'GET /v1/personhistorik': { query: { fra: '2026-11-01', til: '2026-11-30' } },
    'POST /v1/medlemstilgang': { body: { unemploymentBenefitRightsStartDate: '2026-10-01' } },
    'POST /api/jobordrer': {
      body: {
        titel: 'Tømrer',
        beskrivelse: 'Nybyggeri\nog renovering',
        cvrNummer: '31501202',
        pNummer: '1017654321',
        antalStillinger: 2,
        ansoegningsfrist: '2027-02-01',
        ansvarligtJobcenter: '22300',
      },
    },
    'GET /api/jobordrer': { query: { status: '1', q: 'Tømrer' } },
    'PATCH /api/jobordrer/:id': { body: { beskrivelse: 'Opdateret' } },
    // The sag's own citizen is proposed to the jobordre already.
    'POST /api/jobordrer/:id/formidlinger': { body: { borgerId: andre.borgerId, formidlingsstatus: 1 } },
    'PATCH /api/formidlinger/:id': { body: { formidlingsstatus: 3 } },
    'PUT /api/borgere/:id/cv': {
      body: {
        overskrift: 'Erfaren tømrer',
        jobOensker: ['Tømrer'],
        kompetencer: ['Tagarbejde', 'Forskalling'],
        erfaring: [{ titel: 'Tømrer', sted: 'Hørsholm Byg', fra: '2015-01-01', til: '2024-06-30' }],
        uddannelse: [{ titel: 'Tømrersvend', sted: 'EUC', fra: '2011-08-01', til: '2014-12-31' }],
        postnummer: '2970',
        soegbart: true,
      },
    },
    'POST /api/cv/soeg': {
      body: {
        q: 'tømrer',
        kompetence: 'Tagarbejde',
        postnummer: '2970',
        kontaktgruppe: 1,
        mindreIntensivIndsats: false,
      },
    },
  };
}
