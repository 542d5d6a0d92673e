import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNA_ID, anna, bo, sbSession, vkSession } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-20T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

type Handler = Parameters<typeof mockApi>[0][number];

/** `extra` comes first: a test's own answer for a path wins over the default one. */
function api(extra: Handler[] = []) {
  return mockApi([
    ...extra,
    { path: '/api/auth/me', respond: () => json(sbSession) },
    { path: `/api/borgere/${ANNA_ID}`, respond: () => json(anna) },
    { path: `/api/borgere/${ANNA_ID}/indkaldelser`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/kontaktpersoner`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/fravaer`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/indsatser`, respond: () => json({ items: [] }) },
    {
      path: `/api/borgere/${ANNA_ID}/historik`,
      respond: () =>
        json({
          items: [
            {
              tidspunkt: '2026-11-19T09:15:00Z',
              type: 'INDKALDELSE_OPRETTET',
              beskrivelse: 'Indkaldt til jobsamtale 27.11.2026 kl. 09.30',
              myndighed: { kode: '223', navn: 'Hørsholm Kommune', type: 'jobcenter' },
              bruger: 'Signe Bach',
            },
          ],
        }),
    },
  ]);
}

describe('person page', () => {
  it('shows the card with the status chip explained on focus, and the tabs with the default in the URL', async () => {
    api();
    const { router } = renderApp(`/borgere/${ANNA_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Hansen' })).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/borgere/${ANNA_ID}/moeder`));
    expect(document.title).toBe('Anna Hansen: Møder – Jobcenter');
    const kort = screen.getByRole('region', { name: 'Anna Hansen' });
    expect(kort.textContent).toContain('010190-xxxx');
    expect(kort.textContent).toContain('1 · Dagpengemodtager');
    expect(kort.textContent).toContain('Jobcenter Hørsholm (22300)');
    expect(kort.textContent).toContain('A-kasse Nord');
    expect(kort.textContent).toContain('ledig i 8 mdr.');
    expect(kort.textContent).toContain('Intet mobilnummer (påmindelser som Digital Post)');

    const chip = within(kort).getByRole('button', { name: 'Ret til at vælge mødeform' });
    chip.focus();
    const forklaring = document.getElementById(chip.getAttribute('aria-describedby') ?? '');
    expect(forklaring?.getAttribute('role')).toBe('tooltip');
    expect(forklaring?.textContent).toContain('ledig i mindst 6 måneder');

    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => [tab.textContent, tab.getAttribute('aria-selected')])).toEqual([
      ['Møder 0', 'true'],
      ['Fravær 0 aktive eller kommende', 'false'],
      ['Plan 0', 'false'],
      ['Joblog 3', 'false'],
      ['CV', 'false'],
      ['Kontaktpersoner 0', 'false'],
      ['Breve og beskeder', 'false'],
      ['Historik', 'false'],
    ]);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs[0]?.id);
  });

  it('says on the status chip that a citizen with an active fravær 57 may not self-book at all', async () => {
    api([
      {
        path: `/api/borgere/${ANNA_ID}`,
        respond: () =>
          json({
            ...anna,
            selvbooking: {
              pligt: false,
              frataget: true,
              grund: { kind: 'frataget', fravaersaarsag: 57, slutdato: '2026-12-31' },
              fritagetAf: ['f57'],
            },
          }),
      },
    ]);
    renderApp(`/borgere/${ANNA_ID}`);
    const kort = await screen.findByRole('region', { name: 'Anna Hansen' });
    const chip = within(kort).getByRole('button', { name: 'Må ikke selvbooke' });
    expect(
      within(kort).queryByRole('button', { name: /Selvbookingspligt|Fritaget for selvbooking/ }),
    ).toBeNull();
    chip.focus();
    const forklaring = document.getElementById(chip.getAttribute('aria-describedby') ?? '');
    expect(forklaring?.textContent).toContain('Frataget retten til selvbooking til 31.12');
    expect(forklaring?.textContent).toContain('kan hverken se eller booke mødetilbud på Jobnet');
  });

  it('moves between tabs with the arrow keys, keeping focus on the tab and the tab in the URL', async () => {
    api();
    const { router } = renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const moeder = await screen.findByRole('tab', { name: /Møder/ });
    moeder.focus();
    await user.keyboard('{ArrowRight}{End}');

    await waitFor(() => expect(router.state.location.pathname).toBe(`/borgere/${ANNA_ID}/historik`));
    // The tab's code loads lazily: the selection follows once the navigation has rendered.
    const historik = screen.getByRole('tab', { name: 'Historik' });
    await waitFor(() => expect(historik.getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(historik);
    const tabel = await screen.findByRole('table');
    expect(within(tabel).getByText('19.11.2026 kl. 10.15')).toBeTruthy();
    expect(within(tabel).getByText('Hørsholm Kommune')).toBeTruthy();
    expect(within(tabel).getByText('Signe Bach')).toBeTruthy();
    expect(document.title).toBe('Anna Hansen: Historik – Jobcenter');
  });

  it('reveals the full CPR number on request, and never puts it in the cache', async () => {
    const { calls, fetchMock } = api([
      {
        method: 'POST',
        path: `/api/borgere/${ANNA_ID}/vis-cpr`,
        respond: () => json({ cpr: '010190-1234' }),
      },
    ]);
    const { queryClient } = renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Vis fuldt CPR-nummer' }));
    expect(await screen.findByText('010190-1234')).toBeTruthy();
    expect(calls.find((call) => call.url.endsWith('/vis-cpr'))?.headers['x-csrf-token']).toBe(
      'csrf-token-123',
    );
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toContain('1234');
    expect(fetchMock.mock.calls.every(([url]) => !String(url).includes('1234'))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Skjul' }));
    expect(screen.queryByText('010190-1234')).toBeNull();
    expect(screen.getByText('010190-xxxx')).toBeTruthy();
  });

  it('says the citizen was not found on a 404', async () => {
    mockApi([
      { path: '/api/auth/me', respond: () => json(sbSession) },
      { path: `/api/borgere/${ANNA_ID}`, respond: () => problem(404, 'IKKE_FUNDET', 'Ikke fundet') },
      {
        path: `/api/borgere/${ANNA_ID}/indkaldelser`,
        respond: () => problem(404, 'IKKE_FUNDET', 'Ikke fundet'),
      },
      {
        path: `/api/borgere/${ANNA_ID}/kontaktpersoner`,
        respond: () => problem(404, 'IKKE_FUNDET', 'Ikke fundet'),
      },
    ]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Borgeren blev ikke fundet' })).toBeTruthy();
    expect(document.title).toBe('Borgeren blev ikke fundet – Jobcenter');
  });

  it("shows the problem's title with a retry when the citizen cannot be loaded", async () => {
    let svar = () =>
      problem(503, 'DATABASE_UTILGAENGELIG', 'Databasen svarer ikke lige nu. Prøv igen om lidt');
    api([]).fetchMock.mockImplementation(async (input) => {
      const url = String(input);
      if (url === '/api/auth/me') return json(sbSession);
      if (url === `/api/borgere/${ANNA_ID}`) return svar();
      return json({ items: [] });
    });
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Databasen svarer ikke lige nu. Prøv igen om lidt')).toBeTruthy();
    svar = () => json(anna);
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Hansen' })).toBeTruthy();
  });

  it('moves the citizen to another myndighed, then returns to the search with a message', async () => {
    const { calls } = api([
      {
        path: '/api/jobcentre',
        respond: () =>
          json({
            items: [
              { nummer: '22300', navn: 'Jobcenter Hørsholm' },
              { nummer: '22301', navn: 'Jobcenter Hørsholm, Ungeenheden' },
              { nummer: '10100', navn: 'Jobcenter København' },
            ],
          }),
      },
      {
        method: 'POST',
        path: `/api/borgere/${ANNA_ID}/flyt`,
        respond: () => json({ ...anna, jobcenter: { nummer: '10100', navn: 'Jobcenter København' } }),
      },
    ]);
    const { router, queryClient } = renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Flyt til andet jobcenter' }));
    const select = await screen.findByLabelText<HTMLSelectElement>('Nyt jobcenter');
    await waitFor(() => expect(select.options).toHaveLength(3));
    expect(Array.from(select.options).map((o) => o.value)).toEqual(['', '22301', '10100']);
    await user.selectOptions(select, '10100');
    expect(screen.getByText(/er en anden myndighed/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Flyt borgeren' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Borgere' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/borgere');
    expect(screen.getByText(/Anna Hansen er flyttet til Jobcenter København/)).toBeTruthy();
    expect(calls.find((call) => call.url.endsWith('/flyt'))?.body).toEqual({ jobcenter: '10100' });
    // The citizen is no longer this user's: its cached data is gone, and nothing asked for it again (a 404).
    await waitFor(() =>
      expect(queryClient.getQueryCache().findAll({ queryKey: ['borgere', 'detalje', ANNA_ID] })).toEqual([]),
    );
    const efterFlyt = calls.slice(calls.findIndex((call) => call.url.endsWith('/flyt')) + 1);
    expect(efterFlyt.filter((call) => call.url.includes(ANNA_ID))).toEqual([]);
  });

  it('tells a virksomhedskonsulent the page is not for them, without asking the API', async () => {
    const { calls } = mockApi([{ path: '/api/auth/me', respond: () => json(vkSession) }]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeTruthy();
    expect(calls.map((call) => call.url)).toEqual(['/api/auth/me']);
  });
});

describe('citizen search', () => {
  it('sends a CPR number in the body only, and lists the citizens', async () => {
    const { calls } = mockApi([
      { path: '/api/auth/me', respond: () => json(sbSession) },
      { method: 'POST', path: '/api/borgere/soeg', respond: () => json({ items: [anna] }) },
    ]);
    const { router } = renderApp('/borgere');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Navn eller CPR-nummer'), '010190-1234');
    await user.click(screen.getByRole('button', { name: 'Søg' }));

    const tabel = await screen.findByRole('table');
    const raekke = within(tabel).getByRole('row', { name: /Anna Hansen/ });
    expect(within(raekke).getByText('010190-xxxx')).toBeTruthy();
    expect(within(raekke).getByText('1 · Dagpengemodtager')).toBeTruthy();
    expect(within(raekke).getByText('Jobcenter Hørsholm')).toBeTruthy();
    expect(within(raekke).getByRole('link', { name: 'Anna Hansen' }).getAttribute('href')).toBe(
      `/borgere/${ANNA_ID}/moeder`,
    );
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ cpr: '0101901234' });
    expect(router.state.location.search).toBe('');
    expect(JSON.stringify(router.state.location.state ?? null)).not.toContain('0101901234');
    expect(calls.every((call) => !call.url.includes('0101'))).toBe(true);
  });

  it('searches by name, and says what to do when nobody matches', async () => {
    const { calls } = mockApi([
      { path: '/api/auth/me', respond: () => json(sbSession) },
      { method: 'POST', path: '/api/borgere/soeg', respond: () => json({ items: [] }) },
    ]);
    renderApp('/borgere');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Navn eller CPR-nummer'), 'x');
    await user.click(screen.getByRole('button', { name: 'Søg' }));
    expect(await screen.findByText('Skriv mindst 2 tegn af navnet')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await user.type(screen.getByLabelText('Navn eller CPR-nummer'), 'yz');
    await user.click(screen.getByRole('button', { name: 'Søg' }));
    expect(await screen.findByText(/Ingen borgere i dit jobcenter matcher »xyz«/)).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ navn: 'xyz' });
  });
});

describe('creating a citizen', () => {
  it('puts BORGER_FINDES beside the CPR field', async () => {
    mockApi([
      { path: '/api/auth/me', respond: () => json(sbSession) },
      { path: '/api/akasser', respond: () => json({ items: [{ kode: 'AK01', navn: 'A-kasse Nord' }] }) },
      {
        method: 'POST',
        path: '/api/borgere',
        respond: () =>
          problem(409, 'BORGER_FINDES', 'Borgeren findes allerede', {
            detail: 'Der findes allerede en borger med dette CPR-nummer',
          }),
      },
    ]);
    renderApp('/borgere/ny');
    const user = userEvent.setup();

    const cpr = await screen.findByLabelText<HTMLInputElement>('CPR-nummer');
    await user.click(screen.getByRole('button', { name: 'Opret borger' }));
    expect(await screen.findByText('Vælg en kontaktgruppe')).toBeTruthy();
    expect(screen.getByText('Skriv ledighedsdatoen')).toBeTruthy();
    expect(document.activeElement).toBe(cpr);

    await user.type(cpr, '010190-1234');
    await user.type(screen.getByLabelText('Fornavn'), 'Anna');
    await user.type(screen.getByLabelText('Efternavn'), 'Hansen');
    await user.selectOptions(screen.getByLabelText('Kontaktgruppe'), '1');
    await user.type(screen.getByLabelText('Ledighedsdato'), '2026-03-01');
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('A-kasse (valgfri)').options).toHaveLength(2),
    );
    await user.selectOptions(screen.getByLabelText('A-kasse (valgfri)'), 'AK01');
    await user.click(screen.getByRole('button', { name: 'Opret borger' }));

    expect(await screen.findByText('Der findes allerede en borger med dette CPR-nummer')).toBeTruthy();
    expect(cpr.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(cpr));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('creates the citizen and opens the person page', async () => {
    const { calls } = mockApi([
      { path: '/api/auth/me', respond: () => json(sbSession) },
      { path: '/api/akasser', respond: () => json({ items: [] }) },
      { method: 'POST', path: '/api/borgere', respond: () => json({ ...bo, mobilnummer: '12345678' }, 201) },
      { path: `/api/borgere/${bo.id}`, respond: () => json({ ...bo, mobilnummer: '12345678' }) },
      { path: `/api/borgere/${bo.id}/indkaldelser`, respond: () => json({ items: [] }) },
      { path: `/api/borgere/${bo.id}/kontaktpersoner`, respond: () => json({ items: [] }) },
    ]);
    const { router } = renderApp('/borgere/ny');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('CPR-nummer'), '1505851234');
    await user.type(screen.getByLabelText('Fornavn'), 'Bo');
    await user.type(screen.getByLabelText('Efternavn'), 'Nielsen');
    await user.selectOptions(screen.getByLabelText('Kontaktgruppe'), '2');
    await user.type(screen.getByLabelText('Ledighedsdato'), '2026-09-01');
    const mobil = screen.getByLabelText('Mobilnummer (valgfrit)');
    expect(screen.getByText(/påmindelser om møder som SMS/).id).toBe(mobil.getAttribute('aria-describedby'));
    await user.type(mobil, '1234');
    await user.click(screen.getByRole('button', { name: 'Opret borger' }));
    expect(await screen.findByText('Mobilnummeret skal have 8 cifre')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await user.type(mobil, ' 56 78');
    await user.click(screen.getByRole('button', { name: 'Opret borger' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bo Nielsen' })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/borgere/${bo.id}/moeder`);
    const kort = screen.getByRole('region', { name: 'Bo Nielsen' });
    expect(kort.textContent).toContain('12 34 56 78');
    expect(kort.textContent).toContain('påmindelser som SMS');
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      cpr: '1505851234',
      fornavn: 'Bo',
      efternavn: 'Nielsen',
      kontaktgruppe: 2,
      ledighedsdato: '2026-09-01',
      akasse: null,
      mobilnummer: '12345678',
    });
  });
});
