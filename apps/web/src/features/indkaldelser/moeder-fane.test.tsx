import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNA_ID, anna, indkaldelse, sbSession } from '../../test/fixtures';
import { json, mockApi, noContent, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-20T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const ID = '11111111-1111-4111-8111-111111111111';

type Handler = Parameters<typeof mockApi>[0][number];

function api(items: () => Indkaldelse[], extra: Handler[] = []) {
  return mockApi([
    { path: '/api/auth/me', respond: () => json(sbSession) },
    { path: `/api/borgere/${ANNA_ID}`, respond: () => json(anna) },
    { path: `/api/borgere/${ANNA_ID}/indkaldelser`, respond: () => json({ items: items() }) },
    { path: `/api/borgere/${ANNA_ID}/kontaktpersoner`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/historik`, respond: () => json({ items: [] }) },
    ...extra,
  ]);
}

async function moede(name: RegExp) {
  const heading = await screen.findByRole('heading', { level: 3, name });
  const item = heading.closest('li');
  if (!item) throw new Error('meeting without list item');
  return item;
}

describe('the Møder tab', () => {
  it('lists upcoming and past meetings with form, place, in-person reason, choice and cancellation', async () => {
    api(() => [
      indkaldelse({
        personligtFremmoedePaakraevet: true,
        begrundelse: 'Opfølgning på lægeerklæring kræver fremmøde',
      }),
      indkaldelse({
        id: '55555555-5555-4555-8555-555555555555',
        start: '2026-10-02T07:00:00Z',
        slut: '2026-10-02T07:30:00Z',
        moedeform: { id: 4, navn: 'Digitalt', aktiv: false },
        adresse: null,
        lokationsuddybning: null,
        moededeltagelsesvalg: {
          moedeform: { id: 2, navn: 'Telefon' },
          registreretAf: 'Signe Bach',
          registreretTidspunkt: '2026-09-30T08:00:00Z',
        },
      }),
      indkaldelse({
        id: '66666666-6666-4666-8666-666666666666',
        start: '2026-12-01T08:30:00Z',
        slut: '2026-12-01T09:00:00Z',
        aflyst: true,
        aflysningsaarsag: 'Borgeren er i job',
      }),
    ]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);

    const kommende = await moede(/27\.11\.2026 kl\. 09\.30–10\.00/);
    expect(kommende.textContent).toContain('Jobsamtale');
    expect(kommende.textContent).toContain('Stationsvej 2, 2970 Hørsholm, Lokale 2.14');
    expect(kommende.textContent).toContain('Personligt fremmøde påkrævet');
    expect(kommende.textContent).toContain('Opfølgning på lægeerklæring kræver fremmøde');

    const tidligere = await moede(/02\.10\.2026 kl\. 09\.00–09\.30/);
    expect(tidligere.textContent).toContain('Digitalt (udgået)');
    expect(tidligere.textContent).toContain('Telefon');
    expect(tidligere.textContent).toContain('Registreret af Signe Bach 30.09.2026 kl. 10.00');
    expect(within(tidligere).queryByRole('button', { name: /Ret/ })).toBeNull();

    const aflyst = await moede(/01\.12\.2026/);
    expect(within(aflyst).getByText('Aflyst', { selector: '.badge' })).toBeTruthy();
    expect(aflyst.textContent).toContain('Borgeren er i job');
    expect(within(aflyst).queryByRole('button', { name: 'Aflys' })).toBeNull();

    // Reading order: upcoming first.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Kommende møder', 'Tidligere møder']);
    expect(screen.getByRole('tab', { name: /Møder/ }).textContent).toBe('Møder 1');
  });
});

describe('registering the citizen’s choice of mødeform', () => {
  it('explains beside the action why it is not offered: no right to choose (R3)', async () => {
    api(() => [indkaldelse({ retTilValgAfMoedeform: false })]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);

    const item = await moede(/27\.11\.2026/);
    const knap = within(item).getByRole('button', { name: 'Registrér borgerens valg' });
    expect(knap.hasAttribute('disabled')).toBe(true);
    const forklaring = document.getElementById(knap.getAttribute('aria-describedby') ?? '');
    expect(forklaring?.textContent).toContain(
      'Borgeren har ikke ret til at vælge mødeform: retten gælder efter 6 måneders ledighed og for jobcentrets målgruppe',
    );
  });

  it('explains beside the action why it is not offered: in-person attendance required (R4)', async () => {
    api(() => [indkaldelse({ personligtFremmoedePaakraevet: true, begrundelse: 'Konkret vurdering' })]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);

    const item = await moede(/27\.11\.2026/);
    const knap = within(item).getByRole('button', { name: 'Registrér borgerens valg' });
    expect(knap.hasAttribute('disabled')).toBe(true);
    expect(item.textContent).toContain(
      'Jobcentret har besluttet, at netop dette møde kræver personligt fremmøde (LAB § 33, stk. 2).',
    );
  });

  it('registers phone (2), and asks for a link only when a digital meeting has none', async () => {
    let items = [indkaldelse()];
    const { calls } = api(
      () => items,
      [
        {
          method: 'POST',
          path: `/api/indkaldelser/${ID}/moededeltagelsesvalg`,
          respond: () => {
            items = [
              indkaldelse({
                moededeltagelsesvalg: {
                  moedeform: { id: 2, navn: 'Telefon' },
                  registreretAf: 'Signe Bach',
                  registreretTidspunkt: '2026-11-20T10:00:00Z',
                },
              }),
            ];
            return json(items[0]);
          },
        },
      ],
    );
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const item = await moede(/27\.11\.2026/);
    await user.click(within(item).getByRole('button', { name: 'Registrér borgerens valg' }));
    const valg = within(item).getByRole('group', { name: 'Borgeren har valgt' });
    expect(
      within(valg)
        .getAllByRole('radio')
        .map((radio) => radio.closest('div')?.textContent),
    ).toEqual(['Personlig kontakt', 'Telefon', 'Digitalt møde']);
    await user.click(within(valg).getByLabelText('Digitalt møde'));
    expect(within(item).getByLabelText('Link til det digitale møde')).toBeTruthy();
    await user.click(within(item).getByRole('button', { name: 'Registrér valget' }));
    expect(
      await within(item).findByText('Et digitalt møde kræver et link, der begynder med https://'),
    ).toBeTruthy();

    await user.click(within(valg).getByLabelText('Telefon'));
    expect(within(item).queryByLabelText('Link til det digitale møde')).toBeNull();
    await user.click(within(item).getByRole('button', { name: 'Registrér valget' }));

    expect(await within(item).findByText(/Borgerens valg er registreret: Telefon/)).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ moedeform: 2 });
    await waitFor(() => expect(item.textContent).toContain('Registreret af Signe Bach'));
  });

  it('shows a 409 from the API beside the choice', async () => {
    api(
      () => [indkaldelse()],
      [
        {
          method: 'POST',
          path: `/api/indkaldelser/${ID}/moededeltagelsesvalg`,
          respond: () =>
            problem(
              409,
              'VALG_AF_MOEDEFORM_IKKE_TILLADT',
              'Borgeren kan ikke vælge mødeform til dette møde',
              {
                detail: 'Borgeren har ikke ret til at vælge mødeform på mødets dato',
              },
            ),
        },
      ],
    );
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const item = await moede(/27\.11\.2026/);
    await user.click(within(item).getByRole('button', { name: 'Registrér borgerens valg' }));
    await user.click(within(item).getByLabelText('Telefon'));
    await user.click(within(item).getByRole('button', { name: 'Registrér valget' }));

    const valg = within(item).getByRole('group', { name: 'Borgeren har valgt' });
    expect(
      await within(valg).findByText('Borgeren har ikke ret til at vælge mødeform på mødets dato'),
    ).toBeTruthy();
  });
});

describe('changing a meeting someone else changed (412)', () => {
  it('says so, shows the current version, keeps the input and saves on the new version', async () => {
    const nuvaerende = indkaldelse({
      start: '2026-11-27T09:00:00.000Z',
      slut: '2026-11-27T09:30:00.000Z',
      moedeform: { id: 2, navn: 'Telefon', aktiv: true },
      adresse: null,
      lokationsuddybning: null,
      version: 2,
    });
    let items = [indkaldelse()];
    let patches = 0;
    const { calls } = api(
      () => items,
      [
        { path: `/api/indkaldelser/${ID}`, respond: () => json(nuvaerende, 200, { ETag: '"2"' }) },
        {
          method: 'PATCH',
          path: `/api/indkaldelser/${ID}`,
          respond: () => {
            patches += 1;
            if (patches === 1) {
              items = [nuvaerende];
              return problem(412, 'VERSION_KONFLIKT', 'Nogen har ændret oplysningerne, siden du åbnede dem');
            }
            return json({ ...nuvaerende, lokationsuddybning: 'Lokale 3.01', version: 3 });
          },
        },
      ],
    );
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const item = await moede(/27\.11\.2026 kl\. 09\.30/);
    await user.click(within(item).getByRole('button', { name: 'Ret' }));
    const felt = within(item).getByLabelText<HTMLInputElement>('Lokale, etage (valgfri)');
    await user.clear(felt);
    await user.type(felt, 'Lokale 3.01');
    await user.click(within(item).getByRole('button', { name: 'Gem ændringer' }));

    const advarsel = await screen.findByRole('alert');
    expect(
      within(advarsel).getByRole('heading', { name: 'Nogen har ændret mødet, siden du åbnede det' }),
    ).toBeTruthy();
    expect(advarsel.textContent).toContain('27.11.2026 kl. 10.00–10.30');
    expect(advarsel.textContent).toContain('Telefon');
    await waitFor(() => expect(document.activeElement).toBe(advarsel));
    // Nothing typed is lost.
    expect(
      within(advarsel.closest('form') as HTMLElement).getByLabelText<HTMLInputElement>(
        'Lokale, etage (valgfri)',
      ).value,
    ).toBe('Lokale 3.01');
    const [forste] = calls.filter((call) => call.method === 'PATCH');
    expect(forste?.headers['if-match']).toBe('"1"');
    expect(forste?.body).toEqual({ lokationsuddybning: 'Lokale 3.01' });

    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));
    expect(await screen.findByText(/Mødet er rettet/)).toBeTruthy();
    const anden = calls.filter((call) => call.method === 'PATCH')[1];
    expect(anden?.headers['if-match']).toBe('"2"');
    // Diffed against the current version: the form still says Personlig kontakt at 09.30 with the new room.
    expect(anden?.body).toEqual({
      start: '2026-11-27T09:30:00+01:00',
      slut: '2026-11-27T10:00:00+01:00',
      moedeform: 1,
      adresse: 'Stationsvej 2, 2970 Hørsholm',
      lokationsuddybning: 'Lokale 3.01',
    });
  });
});

describe('cancelling a meeting', () => {
  it('asks for the reason inline and sends it with If-Match', async () => {
    let items = [indkaldelse()];
    const { calls } = api(
      () => items,
      [
        {
          method: 'DELETE',
          path: `/api/indkaldelser/${ID}`,
          respond: () => {
            items = [indkaldelse({ aflyst: true, aflysningsaarsag: 'Borgeren er syg' })];
            return noContent();
          },
        },
      ],
    );
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const item = await moede(/27\.11\.2026/);
    await user.click(within(item).getByRole('button', { name: 'Aflys' }));
    await user.click(within(item).getByRole('button', { name: 'Aflys mødet' }));
    expect(await within(item).findByText('Skriv hvorfor mødet aflyses')).toBeTruthy();
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    await user.type(within(item).getByLabelText(/Årsag til aflysning/), 'Borgeren er syg');
    await user.click(within(item).getByRole('button', { name: 'Aflys mødet' }));

    await waitFor(() => expect(item.textContent).toContain('Borgeren er syg'));
    const kald = calls.find((call) => call.method === 'DELETE');
    expect(kald?.headers['if-match']).toBe('"1"');
    expect(kald?.body).toEqual({ aflysningsaarsag: 'Borgeren er syg' });
  });
});

describe('who created and last changed a meeting', () => {
  function aendringer(item: HTMLElement) {
    const liste = item.querySelector('dl.moede-aendringer');
    if (!(liste instanceof HTMLElement)) throw new Error('no list of who created and changed the meeting');
    return Object.fromEntries(
      within(liste)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
  }

  it('names the colleague who created it, and no change when nobody changed it', async () => {
    api(() => [indkaldelse()]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);

    const item = await moede(/27\.11\.2026/);
    // The user's own myndighed (Hørsholm Kommune) goes without saying.
    expect(aendringer(item)).toEqual({ Oprettet: '19.11.2026 kl. 10.15 af Signe Bach' });
  });

  it('marks a system as a system, and names another myndighed', async () => {
    api(() => [
      indkaldelse({
        oprettet: {
          af: { type: 'bruger', navn: 'Lars Berg' },
          myndighed: { kode: '101', navn: 'Københavns Kommune' },
          tidspunkt: '2026-11-02T13:05:00.000Z',
        },
        senestAendret: {
          af: { type: 'system', navn: 'Jobnet' },
          myndighed: { kode: 'JOBNET', navn: 'Jobnet' },
          tidspunkt: '2026-11-19T18:40:00.000Z',
        },
      }),
      indkaldelse({
        id: '77777777-7777-4777-8777-777777777777',
        start: '2026-12-03T08:30:00.000Z',
        slut: '2026-12-03T09:00:00.000Z',
        senestAendret: {
          af: { type: 'system', navn: 'Jobcenter Hørsholm (fagsystem)' },
          myndighed: { kode: '223', navn: 'Hørsholm Kommune' },
          tidspunkt: '2026-11-20T07:00:00.000Z',
        },
      }),
    ]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);

    expect(aendringer(await moede(/27\.11\.2026/))).toEqual({
      Oprettet: '02.11.2026 kl. 14.05 af Lars Berg, Københavns Kommune',
      'Senest ændret': '19.11.2026 kl. 19.40 af Jobnet (system)',
    });
    // A name that already says it is a system is not marked twice.
    expect(aendringer(await moede(/03\.12\.2026/))['Senest ændret']).toBe(
      '20.11.2026 kl. 08.00 af Jobcenter Hørsholm (fagsystem)',
    );
  });
});

describe('the history of the citizen’s choices', () => {
  const VALG_PATH = `/api/indkaldelser/${ID}/moededeltagelsesvalg`;
  const medValg = (moedeform: { id: number; navn: string }, registreretAf = 'Jobnet') =>
    indkaldelse({
      moededeltagelsesvalg: { moedeform, registreretAf, registreretTidspunkt: '2026-11-19T18:40:00.000Z' },
    });
  const jobnetTelefon = {
    moedeform: { id: 2, navn: 'Telefon' },
    registreret: '2026-11-19T18:40:00.000Z',
    myndighed: { kode: 'JOBNET', navn: 'Jobnet' },
    af: 'Jobnet',
  };
  const signePersonlig = {
    moedeform: { id: 1, navn: 'Personlig kontakt' },
    registreret: '2026-11-18T09:00:00.000Z',
    myndighed: { kode: '223', navn: 'Hørsholm Kommune' },
    af: 'Signe Bach',
  };

  async function tabTil(user: ReturnType<typeof userEvent.setup>, element: HTMLElement) {
    for (let i = 0; i < 40 && document.activeElement !== element; i++) await user.tab();
    expect(document.activeElement).toBe(element);
  }

  it('is offered only for a meeting with a registered choice', async () => {
    api(() => [indkaldelse()]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);

    const item = await moede(/27\.11\.2026/);
    expect(item.textContent).toContain('Ikke registreret endnu');
    expect(within(item).queryByRole('button', { name: /Alle valg/ })).toBeNull();
  });

  it('opens by keyboard, loads only then, and lists every choice newest first', async () => {
    const { calls } = api(
      () => [medValg({ id: 2, navn: 'Telefon' })],
      [{ path: VALG_PATH, respond: () => json({ items: [jobnetTelefon, signePersonlig] }) }],
    );
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const item = await moede(/27\.11\.2026/);
    const knap = within(item).getByRole('button', {
      name: 'Alle valg til mødet 27.11.2026 kl. 09.30–10.00',
    });
    expect(knap.getAttribute('aria-expanded')).toBe('false');
    expect(calls.some((call) => call.url === VALG_PATH)).toBe(false);

    await tabTil(user, knap);
    await user.keyboard('{Enter}');

    expect(knap.getAttribute('aria-expanded')).toBe('true');
    const tabel = await within(item).findByRole('table', {
      name: 'Borgerens valg af mødeform, nyeste først',
    });
    expect(knap.getAttribute('aria-controls')).toBe(tabel.parentElement?.id);
    const raekker = within(tabel)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(raekker).toEqual([
      ['Telefongældende', '19.11.2026 kl. 19.40', 'Jobnet', 'Jobnet'],
      ['Personlig kontakterstattet', '18.11.2026 kl. 10.00', 'Signe Bach', 'Hørsholm Kommune'],
    ]);
    expect(calls.filter((call) => call.url === VALG_PATH)).toHaveLength(1);

    // Space closes it again; focus stays on the button.
    await user.keyboard(' ');
    expect(knap.getAttribute('aria-expanded')).toBe('false');
    expect(within(item).queryByRole('table')).toBeNull();
    expect(document.activeElement).toBe(knap);
  });

  it('shows a failure with "Prøv igen", and tries again', async () => {
    let svar = () => problem(503, 'MIDLERTIDIGT_UTILGAENGELIG', 'Tjenesten svarer ikke lige nu');
    api(() => [medValg({ id: 2, navn: 'Telefon' })], [{ path: VALG_PATH, respond: () => svar() }]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const item = await moede(/27\.11\.2026/);
    await user.click(within(item).getByRole('button', { name: /Alle valg/ }));
    const fejl = await within(item).findByRole('alert');
    expect(within(fejl).getByRole('heading', { level: 4 }).textContent).toBe('Tjenesten svarer ikke lige nu');

    svar = () => json({ items: [jobnetTelefon] });
    await user.click(within(fejl).getByRole('button', { name: 'Prøv igen' }));
    expect(await within(item).findByRole('table')).toBeTruthy();
  });

  it('shows a newly registered choice at the top of an open history', async () => {
    let items = [medValg({ id: 2, navn: 'Telefon' })];
    let historik = [jobnetTelefon];
    const { calls } = api(
      () => items,
      [
        { path: VALG_PATH, respond: () => json({ items: historik }) },
        {
          method: 'POST',
          path: VALG_PATH,
          respond: () => {
            items = [medValg({ id: 1, navn: 'Personlig kontakt' }, 'sb22300')];
            historik = [{ ...signePersonlig, registreret: '2026-11-20T10:00:00.000Z' }, jobnetTelefon];
            return json(items[0]);
          },
        },
      ],
    );
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const item = await moede(/27\.11\.2026/);
    await user.click(within(item).getByRole('button', { name: /Alle valg/ }));
    const tabel = await within(item).findByRole('table');
    expect(within(tabel).getAllByRole('row')).toHaveLength(2);

    await user.click(within(item).getByRole('button', { name: 'Registrér borgerens valg' }));
    await user.click(within(item).getByLabelText('Personlig kontakt'));
    await user.click(within(item).getByRole('button', { name: 'Registrér valget' }));

    await waitFor(() => expect(within(item).getAllByRole('row')).toHaveLength(3));
    expect(within(item).getAllByRole('row')[1]?.textContent).toContain('Personlig kontaktgældende');
    expect(calls.filter((call) => call.method === 'GET' && call.url === VALG_PATH)).toHaveLength(2);
  });

  it('opens the latest letter about the meeting as PDF from the meeting itself, not the reminder', async () => {
    const brev = (id: string, type: string, indkaldelseId: string | null) => ({
      id,
      type,
      indkaldelseId,
      kanal: type === 'PAAMINDELSE' ? 'sms' : 'digital_post',
      status: 'sendt',
      planlagtTil: '2026-11-19T09:15:00.000Z',
      sendtTidspunkt: '2026-11-19T09:15:10.000Z',
      forsoeg: 0,
      fejl: null,
    });
    api(
      () => [indkaldelse()],
      [
        {
          path: `/api/borgere/${ANNA_ID}/breve`,
          respond: () =>
            json({
              items: [
                brev('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1', 'PAAMINDELSE', ID),
                brev('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa2', 'AENDRING', ID),
                brev('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa3', 'INDKALDELSE', ID),
                brev('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa4', 'INDKALDELSE', null),
              ],
            }),
        },
      ],
    );
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const item = await moede(/27\.11\.2026/);
    const link = await within(item).findByRole('link', {
      name: 'Ændringsbrevet til mødet som PDF (åbner i nyt vindue)',
    });
    expect(link.getAttribute('href')).toBe('/api/breve/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa2/pdf');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});

describe('meetings in a fravær should be moved (issue 18)', () => {
  const iFravaer = indkaldelse({ id: '66666666-6666-4666-8666-666666666666' });
  const udenfor = indkaldelse({
    id: '77777777-7777-4777-8777-777777777777',
    start: '2026-12-10T08:30:00.000Z',
    slut: '2026-12-10T09:00:00.000Z',
  });
  const sorgorlov = {
    path: `/api/borgere/${ANNA_ID}/fravaer`,
    respond: () =>
      json({
        items: [
          {
            id: '88888888-8888-4888-8888-888888888888',
            borgerId: ANNA_ID,
            fravaersaarsag: { id: 79, navn: 'Sorgorlov', beskrivelse: 'Sorgorlov' },
            startdato: '2026-11-20',
            slutdato: '2026-12-03',
            kommentar: null,
            aktiv: true,
            jobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
            version: 1,
          },
        ],
      }),
  };

  it('marks the meeting whose day lies in a fravær, names the fravær, and leaves the others alone', async () => {
    api(() => [iFravaer, udenfor], [sorgorlov]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);

    const markeret = await moede(/27\.11\.2026/);
    await waitFor(() =>
      expect(markeret.textContent).toContain(
        'Ligger i borgerens fravær (Sorgorlov 20.11.2026–03.12.2026) og bør flyttes.',
      ),
    );
    expect(within(markeret).getByRole('button', { name: 'Flyt mødet' })).toBeTruthy();
    const andet = await moede(/10\.12\.2026/);
    expect(within(andet).queryByRole('button', { name: 'Flyt mødet' })).toBeNull();
  });

  it('from the link of a fravær\'s consequences, focuses "Flyt mødet" on the meeting, which opens the change with its time', async () => {
    api(() => [iFravaer, udenfor], [sorgorlov]);
    renderApp(`/borgere/${ANNA_ID}/moeder?flyt=${iFravaer.id}`);
    const user = userEvent.setup();

    const markeret = await moede(/27\.11\.2026/);
    const flyt = within(markeret).getByRole('button', { name: 'Flyt mødet' });
    await waitFor(() => expect(document.activeElement).toBe(flyt));
    await user.keyboard('{Enter}');
    expect(flyt.getAttribute('aria-expanded')).toBe('true');
    expect(within(markeret).getByLabelText<HTMLInputElement>('Dato').value).toBe('2026-11-27');
  });
});
