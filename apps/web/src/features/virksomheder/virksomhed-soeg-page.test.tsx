import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { soegHoersholm, vkSession } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

const me = { path: '/api/auth/me', respond: () => json(vkSession) };

describe('company search', () => {
  it('searches by the URL, lists the companies with their status and keeps q for the way back', async () => {
    const { calls } = mockApi([
      me,
      { path: '/api/virksomheder?q=h%C3%B8rsholm', respond: () => json(soegHoersholm) },
      { path: '/api/virksomheder/37200417', respond: () => new Promise<Response>(() => {}) },
    ]);
    const { router } = renderApp('/virksomheder');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Navn eller CVR-nummer'), 'hørsholm');
    await user.click(screen.getByRole('button', { name: 'Søg' }));

    const table = await screen.findByRole('table');
    expect(router.state.location.search).toBe('?q=h%C3%B8rsholm');
    expect(screen.getByRole('status').textContent).toBe('2 virksomheder fundet for »hørsholm«');
    const nordkyst = within(table).getByRole('row', { name: /Nordkyst/ });
    expect(within(nordkyst).getByText('37200417')).toBeTruthy();
    expect(within(nordkyst).getByText('Aktiv')).toBeTruthy();
    expect(within(nordkyst).getByText('Konfliktramt')).toBeTruthy();
    expect(within(table).getAllByText('Konfliktramt')).toHaveLength(1);
    expect(calls.filter((call) => call.url.startsWith('/api/virksomheder?'))).toHaveLength(1);

    await user.click(within(nordkyst).getByRole('link', { name: 'Nordkyst Rengøring A/S' }));
    // The company page's code loads on first use, so the navigation completes a moment later.
    await waitFor(() => expect(router.state.location.pathname).toBe('/virksomheder/37200417'));
    expect((await screen.findByRole('link', { name: 'Tilbage til søgningen' })).getAttribute('href')).toBe(
      '/virksomheder?q=h%C3%B8rsholm',
    );
  });

  it('shows the validation message beside the field and does not search', async () => {
    const { calls } = mockApi([me]);
    renderApp('/virksomheder');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Navn eller CVR-nummer'), 'x');
    await user.click(screen.getByRole('button', { name: 'Søg' }));

    expect(await screen.findByText('Skriv mindst 2 tegn af navnet eller et CVR-nummer')).toBeTruthy();
    expect(calls.map((call) => call.url)).toEqual(['/api/auth/me']);
  });

  it('says what to do when nothing matches', async () => {
    mockApi([me, { path: '/api/virksomheder?q=zzz', respond: () => json({ items: [] }) }]);
    renderApp('/virksomheder?q=zzz');

    expect(
      await screen.findByText(
        'Ingen virksomheder matcher »zzz«. Prøv en del af navnet eller et CVR-nummer på 8 cifre.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it("shows the problem's Danish title with a retry when the search fails", async () => {
    let answer = () => problem(500, 'INTERN_FEJL', 'Der opstod en uventet fejl');
    mockApi([me, { path: '/api/virksomheder?q=byg', respond: () => answer() }]);
    renderApp('/virksomheder?q=byg');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Der opstod en uventet fejl' })).toBeTruthy();

    answer = () => json(soegHoersholm);
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('link', { name: 'Hørsholm Byg ApS' })).toBeTruthy();
  });
});
