import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNA_ID, anna, BO_ID, bo, indkaldelse, sbSession, vkSession } from '../../test/fixtures';
import { json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

beforeEach(() => {
  // 27.11.2026 at 11.00 Copenhagen time: the 09.30 meeting is over, the others are to come.
  vi.useFakeTimers({ now: new Date('2026-11-27T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const dagensMoeder = [
  indkaldelse({
    id: '00000000-0000-4000-8000-000000000002',
    borger: { id: BO_ID, navn: 'Bo Nielsen' },
    start: '2026-11-27T12:00:00Z',
    slut: '2026-11-27T12:30:00Z',
    samtaletype: { id: 4, navn: 'Opfølgningssamtale' },
    moedeform: { id: 8, navn: 'Digitalt møde', aktiv: true },
    adresse: null,
    lokationsuddybning: null,
    digitaltMoedelink: 'https://moede.example.dk/bo',
  }),
  indkaldelse({
    id: '00000000-0000-4000-8000-000000000001',
    moededeltagelsesvalg: {
      moedeform: { id: 2, navn: 'Telefon' },
      registreretAf: 'Signe Bach',
      registreretTidspunkt: '2026-11-20T10:00:00Z',
    },
  }),
  indkaldelse({
    id: '00000000-0000-4000-8000-000000000003',
    borger: { id: ANNA_ID, navn: 'Anna Hansen' },
    start: '2026-11-27T14:00:00Z',
    slut: '2026-11-27T14:30:00Z',
    aflyst: true,
    aflysningsaarsag: 'Borgeren er i job',
  }),
];

/** A colleague's meeting: only in the whole jobcentre's list. */
const kollegasMoede = indkaldelse({
  id: '00000000-0000-4000-8000-000000000004',
  borger: { id: BO_ID, navn: 'Bo Nielsen' },
  start: '2026-11-27T13:00:00Z',
  slut: '2026-11-27T13:30:00Z',
  ansvarlig: { brugernavn: 'sb22300b', navn: 'Karl Kollega' },
});

function api() {
  return mockApi([
    { path: '/api/auth/me', respond: () => json(sbSession) },
    { path: '/api/moeder?dato=2026-11-27&ansvarlig=mig', respond: () => json({ items: dagensMoeder }) },
    { path: '/api/moeder?dato=2026-11-28&ansvarlig=mig', respond: () => json({ items: [] }) },
    { path: '/api/moeder?dato=2026-11-26&ansvarlig=mig', respond: () => json({ items: [] }) },
    {
      path: '/api/moeder?dato=2026-11-27&ansvarlig=alle',
      respond: () => json({ items: [...dagensMoeder, kollegasMoede] }),
    },
    { path: '/api/moeder?dato=2026-11-28&ansvarlig=alle', respond: () => json({ items: [] }) },
    { path: `/api/borgere/${BO_ID}`, respond: () => json(bo) },
    { path: `/api/borgere/${BO_ID}/indkaldelser`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${BO_ID}/kontaktpersoner`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}`, respond: () => json(anna) },
    { path: `/api/borgere/${ANNA_ID}/indkaldelser`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/kontaktpersoner`, respond: () => json({ items: [] }) },
  ]);
}

describe('Mine møder', () => {
  it("opens today with the day in the URL and lists the day's meetings in time order", async () => {
    api();
    const { router } = renderApp('/moeder');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mine møder' })).toBeTruthy();
    await waitFor(() => expect(router.state.location.search).toBe('?dato=2026-11-27'));
    expect(document.title).toBe('Mine møder – Jobcenter');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Fredag 27.11.2026');

    const tabel = await screen.findByRole('table');
    const raekker = within(tabel).getAllByRole('row').slice(1);
    expect(raekker.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      '09.30–10.00',
      '13.00–13.30',
      '15.00–15.30',
    ]);
    const [afholdt, digital, aflyst] = raekker as [HTMLElement, HTMLElement, HTMLElement];
    expect(afholdt.textContent).toContain('Personlig kontakt');
    expect(afholdt.textContent).toContain('Borgerens valg: Telefon');
    expect(afholdt.textContent).toContain('Stationsvej 2, 2970 Hørsholm, Lokale 2.14');
    // Over, but nobody has said how it went: not called "Afholdt" until an outcome says so.
    expect(afholdt.textContent).toContain('Udfald ikke registreret');
    expect(digital.textContent).toContain('Opfølgningssamtale');
    expect(
      within(digital)
        .getByRole('link', { name: /Åbn mødelink/ })
        .getAttribute('href'),
    ).toBe('https://moede.example.dk/bo');
    expect(digital.textContent).toContain('Planlagt');
    expect(aflyst.textContent).toContain('Aflyst');
    expect(aflyst.textContent).toContain('Borgeren er i job');
  });

  it('moves the selected row with j and k, and Enter opens the citizen', async () => {
    api();
    const { router } = renderApp('/moeder?dato=2026-11-27');
    const user = userEvent.setup();

    const tabel = await screen.findByRole('table');
    const raekker = within(tabel).getAllByRole('row').slice(1);
    await user.keyboard('j');
    expect(raekker[0]?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(
      within(raekker[0] as HTMLElement).getByRole('link', { name: 'Anna Hansen' }),
    );
    await user.keyboard('jj');
    expect(raekker[2]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('j');
    expect(raekker[2]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('k');
    expect(raekker[1]?.getAttribute('aria-selected')).toBe('true');
    expect(raekker[2]?.getAttribute('aria-selected')).toBe('false');
    expect(document.activeElement).toBe(
      within(raekker[1] as HTMLElement).getByRole('link', { name: 'Bo Nielsen' }),
    );

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bo Nielsen' })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/borgere/${BO_ID}/moeder`);
  });

  it('does not take j and k while the user types in the date field', async () => {
    api();
    renderApp('/moeder?dato=2026-11-27');
    const user = userEvent.setup();

    const tabel = await screen.findByRole('table');
    screen.getByLabelText('Dag').focus();
    await user.keyboard('j');
    expect(
      within(tabel)
        .getAllByRole('row')
        .some((r) => r.getAttribute('aria-selected') === 'true'),
    ).toBe(false);
  });

  it('switches day with the buttons and says when a day has no meetings', async () => {
    api();
    const { router } = renderApp('/moeder?dato=2026-11-27');
    const user = userEvent.setup();

    await screen.findByRole('table');
    await user.click(screen.getByRole('link', { name: 'Næste dag' }));
    expect(
      await screen.findByRole('heading', { name: 'Ingen møder, du er ansvarlig for, denne dag' }),
    ).toBeTruthy();
    expect(router.state.location.search).toBe('?dato=2026-11-28');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Lørdag 28.11.2026');

    await user.click(screen.getByRole('link', { name: 'I dag' }));
    expect(await screen.findByRole('table')).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Forrige dag' }));
    expect(
      await screen.findByRole('heading', { name: 'Ingen møder, du er ansvarlig for, denne dag' }),
    ).toBeTruthy();
    expect(router.state.location.search).toBe('?dato=2026-11-26');
  });

  it('shows my meetings by default and the whole jobcentre’s one click away, the choice kept in the URL', async () => {
    const { calls } = api();
    const { router } = renderApp('/moeder?dato=2026-11-27');
    const user = userEvent.setup();

    const valg = await screen.findByRole('navigation', { name: 'Vis møder for' });
    const mine = within(valg).getByRole('link', { name: 'Mine' });
    const alle = within(valg).getByRole('link', { name: 'Hele jobcentret' });
    expect(mine.getAttribute('aria-current')).toBe('page');
    expect(alle.getAttribute('aria-current')).toBeNull();
    const tabel = await screen.findByRole('table');
    expect(within(tabel).getAllByRole('row')).toHaveLength(4);
    // In "Mine" every meeting is the user's: the rows do not say so each time.
    expect(tabel.textContent).not.toContain('Ansvarlig:');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('3 møder, du er ansvarlig for');
    expect(calls.some((c) => c.url === '/api/moeder?dato=2026-11-27&ansvarlig=mig')).toBe(true);

    // By keyboard: Tab reaches the link, Enter follows it.
    alle.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?dato=2026-11-27&ansvarlig=alle'));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(5));
    expect(screen.getByRole('table').textContent).toContain('Ansvarlig: Karl Kollega');
    expect(
      within(screen.getByRole('navigation', { name: 'Vis møder for' }))
        .getByRole('link', { name: 'Hele jobcentret' })
        .getAttribute('aria-current'),
    ).toBe('page');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('4 møder i jobcentret');

    // The day switcher keeps the choice.
    await user.click(screen.getByRole('link', { name: 'Næste dag' }));
    expect(await screen.findByRole('heading', { name: 'Ingen møder denne dag' })).toBeTruthy();
    expect(router.state.location.search).toBe('?dato=2026-11-28&ansvarlig=alle');
  });

  it('says what to do when I have no meetings that day, with a link to the jobcentre’s', async () => {
    api();
    const { router } = renderApp('/moeder?dato=2026-11-28');
    const user = userEvent.setup();
    const tom = await screen.findByRole('heading', { name: 'Ingen møder, du er ansvarlig for, denne dag' });
    const alert = tom.closest('.alert') as HTMLElement;
    expect(alert.textContent).toContain('indkald en borger fra borgerens side');
    await user.click(within(alert).getByRole('link', { name: 'hele jobcentrets møder' }));
    await waitFor(() => expect(router.state.location.search).toBe('?dato=2026-11-28&ansvarlig=alle'));
  });

  it('is not in a virksomhedskonsulent’s navigation', async () => {
    mockApi([
      { path: '/api/auth/me', respond: () => json(vkSession) },
      { path: '/api/virksomheder', respond: () => json({ items: [] }) },
    ]);
    renderApp('/virksomheder');
    const nav = await screen.findByRole('navigation', { name: 'Hovedmenu' });
    expect(within(nav).queryByRole('link', { name: 'Mine møder' })).toBeNull();
  });

  it('shows Borgere, Mine møder, Mødetilbud and Virksomheder to a sagsbehandler', async () => {
    api();
    renderApp('/moeder?dato=2026-11-27');
    const nav = await screen.findByRole('navigation', { name: 'Hovedmenu' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Borgere', 'Mine møder', 'Mødetilbud', 'Jobordrer', 'CV-søgning', 'Virksomheder']);
    expect(within(nav).getByRole('link', { name: 'Mine møder' }).getAttribute('aria-current')).toBe('page');
  });
});
