import { expect, type Page } from '@playwright/test';

// Test data for the citizen journeys. Every test run shares one in-memory database, so each citizen gets a
// CPR number and a name of its own.

let naeste = 0;

/** A valid CPR number (R22: real day and month, no modulus 11) that no other test in this run uses. */
export function unikCpr(): string {
  naeste += 1;
  const n = Date.now() + naeste * 7919 + Math.floor(Math.random() * 1000);
  const dag = 1 + (Math.floor(n / 10_000) % 28);
  const maaned = 1 + (Math.floor(n / 280_000) % 12);
  const aar = 40 + (Math.floor(n / 3_360_000) % 50);
  const loebenummer = n % 10_000;
  const to = (x: number) => String(x).padStart(2, '0');
  return `${to(dag)}${to(maaned)}${to(aar)}-${String(loebenummer).padStart(4, '0')}`;
}

/** A surname that identifies the test's citizen in searches and lists. */
export function unikEfternavn(prefix: string): string {
  naeste += 1;
  return `${prefix}${(Date.now() + naeste).toString(36)}`;
}

const datoFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A Copenhagen calendar date, `dage` days from today: "2026-11-28". */
export function copenhagenDato(dage = 0): string {
  return datoFormat.format(new Date(Date.now() + dage * 86_400_000));
}

/** A date `maaneder` whole months before today (day capped at 28, so it always exists). */
export function maanederSiden(maaneder: number): string {
  const [aar, maaned, dag] = copenhagenDato().split('-').map(Number) as [number, number, number];
  const index = aar * 12 + (maaned - 1) - maaneder;
  const to = (x: number) => String(x).padStart(2, '0');
  return `${Math.floor(index / 12)}-${to((index % 12) + 1)}-${to(Math.min(dag, 28))}`;
}

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Copenhagen',
  timeZoneName: 'shortOffset',
});

/** A Copenhagen wall-clock time as an instant with its offset, for calls straight to the API. */
export function copenhagenInstant(dato: string, tid: string): string {
  const middag = new Date(`${dato}T12:00:00Z`);
  const navn = offsetFormat.formatToParts(middag).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+1';
  const timer = Number(/GMT\+(\d+)/.exec(navn)?.[1] ?? 1);
  return `${dato}T${tid}:00+0${timer}:00`;
}

/** "2026-11-28" → "28.11.2026", as the app shows dates. */
export function visDato(dato: string): string {
  const [aar, maaned, dag] = dato.split('-');
  return `${dag}.${maaned}.${aar}`;
}

/** The logged-in user's CSRF token, for calls with page.request (which shares the browser's cookies). */
export async function csrfToken(page: Page): Promise<string> {
  const svar = await page.request.get('/api/auth/me');
  expect(svar.ok()).toBe(true);
  return ((await svar.json()) as { csrfToken: string }).csrfToken;
}

/** POSTs `data` to the API as the logged-in user, expects 201 and returns the created resource. */
export async function opretViaApi<T>(page: Page, sti: string, data: object): Promise<T> {
  const svar = await page.request.post(sti, { headers: { 'X-CSRF-Token': await csrfToken(page) }, data });
  expect(svar.status(), await svar.text()).toBe(201);
  return (await svar.json()) as T;
}

/** What the test needs of its citizen; the surname is made unique from `efternavnPrefix`. */
export interface NyBorger {
  fornavn?: string;
  efternavnPrefix?: string;
  kontaktgruppe?: number;
  ledighedsdato?: string;
  akasse?: string;
}

export interface OprettetBorger {
  id: string;
  fornavn: string;
  efternavn: string;
  /** "Fornavn Efternavn": the person page's heading and the name of its status card. */
  navn: string;
  /** For headers of calls on the citizen's behalf (Jobnet); never in a URL. */
  cpr: string;
}

/** Creates a citizen through the API as the logged-in user (setup, not the journey under test). */
export async function opretBorgerViaApi(page: Page, data: NyBorger = {}): Promise<OprettetBorger> {
  const cpr = unikCpr();
  const borger = await opretViaApi<{ id: string; fornavn: string; efternavn: string }>(page, '/api/borgere', {
    cpr,
    fornavn: data.fornavn ?? 'Bo',
    efternavn: unikEfternavn(data.efternavnPrefix ?? 'Borger'),
    kontaktgruppe: data.kontaktgruppe ?? 1,
    ledighedsdato: data.ledighedsdato ?? maanederSiden(8),
    ...(data.akasse ? { akasse: data.akasse } : {}),
  });
  const { id, fornavn, efternavn } = borger;
  return { id, fornavn, efternavn, navn: `${fornavn} ${efternavn}`, cpr };
}
