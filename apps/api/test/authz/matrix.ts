// The authorization matrix (Z1–Z4): every route × every kind of caller, with the expected outcome, as data.
// OK = the caller gets past authentication and access (the answer is then not 401, 403 or 404).
// Citizen-bound paths use a citizen of Jobcenter Hørsholm (22300, myndighed 223), so 22301 is the same
// myndighed (another sub-jobcentre of the kommune) and 10100 another myndighed.

export const OK = 'OK' as const;
export type Udfald = typeof OK | 401 | 403 | 404;

export const aktoerer = [
  'anonym',
  'sb22300',
  'sb22301',
  'sb10100',
  'vk22300',
  'akasse',
  'jobcenter',
  'jobnet',
  'planner',
  'vitas',
] as const;
export type AktoerNavn = (typeof aktoerer)[number];

type Raekke = [Udfald, Udfald, Udfald, Udfald, Udfald, Udfald, Udfald, Udfald, Udfald, Udfald];

const O = OK;
// Shorthands for the common rows.
const OFFENTLIG: Raekke = [O, O, O, O, O, O, O, O, O, O];
const ALLE_BRUGERE: Raekke = [401, O, O, O, O, 401, 401, 401, 401, 401];
/** A citizen-bound route for sagsbehandlere: the own myndighed only, 403 for a virksomhedskonsulent. */
const BORGER_SB: Raekke = [401, O, O, 404, 403, 401, 401, 401, 401, 401];
/** A citizen-bound route open to both roles: the own myndighed only. */
const BORGER_ALLE: Raekke = [401, O, O, 404, O, 401, 401, 401, 401, 401];
/** Sagsbehandlere, not bound to one citizen. */
const SB: Raekke = [401, O, O, O, 403, 401, 401, 401, 401, 401];
/** Virksomhedskonsulenter only. */
const VK: Raekke = [401, 403, 403, 403, O, 401, 401, 401, 401, 401];
/** A jobordre of 22300: everybody reads it; only myndighed 223 changes it (R19). */
const JOBORDRE_AENDR: Raekke = [401, O, O, 403, O, 401, 401, 401, 401, 401];
const kunToken = (tilladt: readonly AktoerNavn[]): Raekke =>
  aktoerer.map((a) =>
    a === 'anonym' || a.startsWith('sb') || a === 'vk22300' ? 401 : tilladt.includes(a) ? O : 403,
  ) as Raekke;

export const matrix: Record<string, Raekke> = {
  'GET /healthz': OFFENTLIG,
  'GET /readyz': OFFENTLIG,
  'POST /api/auth/login': OFFENTLIG,
  'GET /api/auth/me': ALLE_BRUGERE,
  'POST /api/auth/logout': ALLE_BRUGERE,
  'GET /api/akasser': ALLE_BRUGERE,
  'GET /api/jobcentre': ALLE_BRUGERE,

  'GET /api/virksomheder': ALLE_BRUGERE,
  'GET /api/virksomheder/:cvr': ALLE_BRUGERE,
  'POST /api/virksomheder/:cvr/konfliktvarsler': VK,
  'POST /api/konfliktvarsler/:id/afslut': VK,
  'GET /v1/virksomhedskonto': [401, O, O, O, O, O, O, 403, 403, 403],

  'POST /api/borgere': SB,
  'POST /api/borgere/soeg': SB,
  'GET /api/borgere/mine': SB,
  'GET /api/borgere/senest-aabnede': SB,
  'PUT /api/borgere/:id/ansvarlig': BORGER_SB,
  'GET /api/brugere': SB,
  'GET /api/borgere/:id': BORGER_SB,
  'POST /api/borgere/:id/vis-cpr': BORGER_SB,
  'GET /api/borgere/:id/historik': BORGER_SB,
  'POST /api/borgere/:id/flyt': BORGER_SB,
  'GET /api/borgere/:id/adgangslog': BORGER_SB,
  'GET /api/borgere/:id/adgangslog/eksport': BORGER_SB,

  'GET /api/borgere/:id/kontaktpersoner': BORGER_SB,
  'POST /api/borgere/:id/kontaktpersoner': BORGER_SB,
  'GET /api/kontaktpersoner/:id': BORGER_SB,
  'PATCH /api/kontaktpersoner/:id': BORGER_SB,

  'POST /api/borgere/:id/indkaldelser': BORGER_SB,
  'GET /api/borgere/:id/indkaldelser': BORGER_SB,
  'GET /api/indkaldelser/:id': BORGER_SB,
  'PATCH /api/indkaldelser/:id': BORGER_SB,
  'DELETE /api/indkaldelser/:id': BORGER_SB,
  'POST /api/indkaldelser/:id/moededeltagelsesvalg': BORGER_SB,
  'GET /api/moeder': SB,
  'GET /api/moedetilbud': SB,
  'POST /api/moedetilbud': SB,
  'POST /v1/moedetilbud': kunToken(['planner']),
  'GET /v1/borgerbooking/moedetilbud': kunToken(['jobnet']),
  'POST /v1/borgerbooking': kunToken(['jobnet']),
  'POST /v1/booking': kunToken(['jobnet', 'jobcenter']),
  'GET /api/indkaldelser/:id/moededeltagelsesvalg': BORGER_SB,
  'POST /api/indkaldelser/:id/udfald': BORGER_SB,
  'GET /api/borgere/:id/breve': BORGER_SB,
  'GET /api/breve/:id/pdf': BORGER_SB,
  'POST /api/breve/:id/send-igen': BORGER_SB,
  'POST /v1/indkaldelser': kunToken(['jobcenter']),
  'GET /v1/indkaldelser': kunToken(['akasse', 'jobcenter', 'jobnet']),
  'GET /v1/indkaldelser/:id': kunToken(['akasse', 'jobcenter', 'jobnet']),
  'PATCH /v1/indkaldelser/:id': kunToken(['jobcenter']),
  'DELETE /v1/indkaldelser/:id': kunToken(['jobcenter']),
  'POST /v1/indkaldelser/:id/moededeltagelsesvalg': kunToken(['jobcenter', 'jobnet']),
  'GET /v1/indkaldelser/:id/moededeltagelsesvalg': kunToken(['akasse', 'jobcenter', 'jobnet']),
  'GET /v1/indkaldelser/:id/historik': kunToken(['akasse', 'jobcenter', 'jobnet']),

  'GET /api/borgere/:id/indsatser': BORGER_SB,
  'POST /api/borgere/:id/indsatser': BORGER_SB,
  'POST /api/indsatser/:id/ophoer': BORGER_SB,
  'POST /v1/vitas/indsatser/:id/ophoer': kunToken(['vitas']),
  'POST /v1/joblog': kunToken(['jobnet']),
  'GET /api/borgere/:id/joblog': BORGER_SB,

  'GET /api/fravaersaarsager': SB,
  'GET /api/borgere/:id/fravaer': BORGER_SB,
  'POST /api/borgere/:id/fravaer': BORGER_SB,
  'POST /api/borgere/:id/fravaer/forhaandsvisning': BORGER_SB,
  'GET /api/fravaer/:id': BORGER_SB,
  'PATCH /api/fravaer/:id': BORGER_SB,
  'DELETE /api/fravaer/:id': BORGER_SB,
  'GET /v1/beskeder': kunToken(['akasse', 'jobcenter']),
  'POST /v1/medlemstilgang': kunToken(['akasse']),
  'GET /v1/personstatus': kunToken(['akasse', 'jobcenter']),
  'GET /v1/personhistorik': kunToken(['akasse', 'jobcenter']),

  'POST /api/jobordrer': ALLE_BRUGERE,
  'GET /api/jobordrer': ALLE_BRUGERE,
  'GET /api/jobordrer/:id': ALLE_BRUGERE,
  'PATCH /api/jobordrer/:id': JOBORDRE_AENDR,
  'POST /api/jobordrer/:id/formidlinger': ALLE_BRUGERE,
  'GET /api/formidlinger/:id': BORGER_ALLE,
  'PATCH /api/formidlinger/:id': BORGER_ALLE,

  // A virksomhedskonsulent opens a searchable CV (the sag's is), access-logged; unsearchable is 404 (api.md).
  'GET /api/borgere/:id/cv': BORGER_ALLE,
  'PUT /api/borgere/:id/cv': BORGER_SB,
  'POST /api/cv/soeg': ALLE_BRUGERE,
};
