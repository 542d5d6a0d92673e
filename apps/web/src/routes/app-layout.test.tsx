import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hoersholmByg, sbSession, vkSession } from '../test/fixtures';
import { json, mockApi, noContent, problem } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { startsideFor } from './nav-items';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('app frame and session', () => {
  it('shows the user, role and jobcentre, a skip link and the navigation for the role', async () => {
    mockApi([
      { path: '/api/auth/me', respond: () => json(vkSession) },
      { path: '/api/virksomheder', respond: () => json({ items: [] }) },
    ]);
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Virksomheder' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/virksomheder');
    const banner = screen.getByRole('banner');
    expect(banner.textContent).toContain('Vera Krogh, Virksomhedskonsulent');
    expect(banner.textContent).toContain('Jobcenter Hørsholm (22300)');
    expect(screen.getByRole('link', { name: 'Gå til indhold' }).getAttribute('href')).toBe('#main');
    const nav = screen.getByRole('navigation', { name: 'Hovedmenu' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Jobordrer', 'CV-søgning', 'Virksomheder']);
    expect(within(nav).getByRole('link', { name: 'Virksomheder' }).getAttribute('aria-current')).toBe('page');
    expect(document.title).toBe('Virksomheder – Jobcenter');
  });

  it('sends a visitor without a session to login, remembering the page', async () => {
    mockApi([
      { path: '/api/auth/me', respond: () => problem(401, 'IKKE_LOGGET_IND', 'Du er ikke logget ind') },
    ]);
    const { router } = renderApp('/virksomheder/31501202');

    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?returnTo=%2Fvirksomheder%2F31501202');
  });

  it('opening / logged out asks for login with no return address, so each role lands on its own start page', async () => {
    let loggedIn = false;
    mockApi([
      {
        path: '/api/auth/me',
        respond: () =>
          loggedIn ? json(sbSession) : problem(401, 'IKKE_LOGGET_IND', 'Du er ikke logget ind'),
      },
      {
        path: '/api/auth/login',
        method: 'POST',
        respond: () => {
          loggedIn = true;
          return json(sbSession);
        },
      },
      { path: '/api/moeder', respond: () => json({ items: [] }) },
    ]);
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeTruthy();
    expect(router.state.location.search).toBe('');
    await userEvent.type(screen.getByLabelText('Brugernavn'), 'sb22300');
    await userEvent.type(screen.getByLabelText('Adgangskode'), 'demo');
    await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));
    // A sagsbehandler's start page, not the virksomhedskonsulent's Virksomheder.
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(startsideFor('sagsbehandler')));
    expect(startsideFor('sagsbehandler')).not.toBe('/virksomheder');
  });

  it('returns to login when the session expires on a later request, and clears the cache', async () => {
    mockApi([
      { path: '/api/auth/me', respond: () => json(vkSession) },
      {
        path: '/api/virksomheder/31501202',
        respond: () => problem(401, 'IKKE_LOGGET_IND', 'Du er ikke logget ind'),
      },
    ]);
    const { router, queryClient } = renderApp('/virksomheder/31501202');

    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeTruthy();
    expect(router.state.location.search).toBe('?returnTo=%2Fvirksomheder%2F31501202');
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it('logs out with the CSRF token, empties the cache and shows the login page', async () => {
    const { calls } = mockApi([
      { path: '/api/auth/me', respond: () => json(vkSession) },
      { path: '/api/virksomheder/31501202', respond: () => json(hoersholmByg) },
      { method: 'POST', path: '/api/auth/logout', respond: () => noContent() },
    ]);
    const { router, queryClient } = renderApp('/virksomheder/31501202');
    await screen.findByRole('heading', { level: 1, name: 'Hørsholm Byg ApS' });

    await userEvent.setup().click(screen.getByRole('button', { name: 'Log ud' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    const logout = calls.find((call) => call.url === '/api/auth/logout');
    expect(logout?.headers['x-csrf-token']).toBe('csrf-token-123');
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it('shows a 404 page for an unknown address', async () => {
    mockApi([{ path: '/api/auth/me', respond: () => json(vkSession) }]);
    renderApp('/findes/ikke');

    expect(await screen.findByRole('heading', { level: 1, name: 'Siden blev ikke fundet' })).toBeTruthy();
    expect(document.title).toBe('Siden blev ikke fundet – Jobcenter');
  });
});
