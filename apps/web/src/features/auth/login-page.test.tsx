import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hoersholmByg, sbSession, vkSession } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function fillAndSubmit(brugernavn: string, adgangskode: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Brugernavn'), brugernavn);
  await user.type(screen.getByLabelText('Adgangskode'), adgangskode);
  await user.click(screen.getByRole('button', { name: 'Log ind' }));
}

describe('login page', () => {
  it('announces LOGIN_FEJLET in an alert and moves focus to it', async () => {
    const { calls } = mockApi([
      {
        method: 'POST',
        path: '/api/auth/login',
        respond: () => problem(401, 'LOGIN_FEJLET', 'Forkert brugernavn eller adgangskode'),
      },
    ]);
    const { router } = renderApp('/login');
    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeTruthy();

    await fillAndSubmit('vk22300', 'forkert');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Forkert brugernavn eller adgangskode' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toEqual({ brugernavn: 'vk22300', adgangskode: 'forkert' });
    // A wrong password is not an expired session: the user stays on the login page.
    expect(router.state.location.pathname).toBe('/login');
  });

  it('shows the Retry-After wait when login is throttled', async () => {
    mockApi([
      {
        method: 'POST',
        path: '/api/auth/login',
        respond: () =>
          problem(
            429,
            'FOR_MANGE_FORESPOERGSLER',
            'For mange forsøg. Vent lidt, og prøv igen',
            {},
            { 'Retry-After': '840' },
          ),
      },
    ]);
    renderApp('/login');

    await fillAndSubmit('vk22300', 'demo');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('For mange forsøg. Vent lidt, og prøv igen')).toBeTruthy();
    expect(within(alert).getByText('Du kan prøve igen om 14 minutter.')).toBeTruthy();
  });

  it('shows the errors beside the empty fields without calling the API', async () => {
    const { calls } = mockApi([]);
    renderApp('/login');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Log ind' }));

    expect(await screen.findByText('Skriv dit brugernavn')).toBeTruthy();
    expect(screen.getByText('Skriv din adgangskode')).toBeTruthy();
    const brugernavn = screen.getByLabelText('Brugernavn');
    expect(brugernavn.getAttribute('aria-invalid')).toBe('true');
    expect(brugernavn.getAttribute('aria-describedby')).toBe('brugernavn-error');
    expect(document.activeElement).toBe(brugernavn);
    expect(calls).toHaveLength(0);
  });

  it('goes back to the page in returnTo after a successful login', async () => {
    mockApi([
      { method: 'POST', path: '/api/auth/login', respond: () => json(vkSession) },
      { path: '/api/virksomheder/31501202', respond: () => json(hoersholmByg) },
    ]);
    const { router } = renderApp('/login?returnTo=%2Fvirksomheder%2F31501202');

    await fillAndSubmit('vk22300', 'demo');

    expect(await screen.findByRole('heading', { level: 1, name: 'Hørsholm Byg ApS' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/virksomheder/31501202');
    expect(screen.getByText('Vera Krogh')).toBeTruthy();
  });

  it("focuses the main content on arrival, so the page's first field is at most 2 Tab presses away", async () => {
    mockApi([{ method: 'POST', path: '/api/auth/login', respond: () => json(sbSession) }]);
    renderApp('/login');
    const user = userEvent.setup();

    await fillAndSubmit('sb22300', 'demo');

    expect(await screen.findByRole('heading', { level: 1, name: 'Borgere' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
    const soegefelt = screen.getByLabelText('Navn eller CPR-nummer');
    let tryk = 0;
    while (document.activeElement !== soegefelt && tryk < 20) {
      await user.tab();
      tryk++;
    }
    expect(tryk).toBeLessThanOrEqual(2);
  });

  it('does not follow a returnTo that leads to another site', async () => {
    mockApi([
      { method: 'POST', path: '/api/auth/login', respond: () => json(vkSession) },
      { path: '/api/virksomheder', respond: () => json({ items: [] }) },
    ]);
    const { router } = renderApp('/login?returnTo=%2F%2Fevil.example%2F');

    await fillAndSubmit('vk22300', 'demo');

    expect(await screen.findByRole('heading', { level: 1, name: 'Virksomheder' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/virksomheder');
  });
});
