import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hoersholmByg, nordkystRengoering, vkSession } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

beforeEach(() => {
  // Only Date is faked, so "for 3 dage siden" is stable while Testing Library's waiting still runs.
  vi.useFakeTimers({ now: new Date('2026-10-04T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function api(path: string, respond: () => Response) {
  return mockApi([
    { path: '/api/auth/me', respond: () => json(vkSession) },
    { path, respond },
  ]);
}

describe('company page', () => {
  it('puts the konflikt alert first, before the P-units, with the notice, its dates and the authority', async () => {
    api('/api/virksomheder/37200417', () => json(nordkystRengoering));
    renderApp('/virksomheder/37200417');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Nordkyst Rengøring A/S' });
    expect(screen.getByText('CVR-nummer 37200417')).toBeTruthy();

    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Konfliktramt virksomhed' })).toBeTruthy();
    expect(
      within(alert).getByText('Overenskomststridig arbejdsnedlæggelse hos Nordkyst Rengøring A/S.'),
    ).toBeTruthy();
    expect(alert.textContent).toContain('Gælder fra 01.11.2026 indtil videre for alle P-enheder.');
    expect(alert.textContent).toContain('Registreret af Jobcenter Hørsholm.');
    expect(alert.textContent).toContain(
      'Jobcentret skal forholde sig neutralt i arbejdskonflikter. Formidling til virksomhedens jobordrer er ikke mulig, mens konflikten varer.',
    );
    // Only active notices are listed.
    expect(within(alert).queryByText('Tidligere konflikt, afsluttet.')).toBeNull();

    // Reading order on the page: the name, then the alert, then the P-units.
    const main = screen.getByRole('main');
    const order = Array.from(main.querySelectorAll('h1, h2, [role="alert"], table'));
    expect(
      order.filter((element) => element.closest('[role="alert"]') === null || element === alert),
    ).toEqual([
      heading,
      alert,
      screen.getByRole('heading', { level: 2, name: 'P-enheder' }),
      screen.getByRole('table', { name: 'P-enheder' }),
    ]);

    const row = screen.getByRole('row', { name: /1023456789/ });
    expect(within(row).getByText('Konfliktramt')).toBeTruthy();
    expect(document.title).toBe('Nordkyst Rengøring A/S – Jobcenter');
  });

  it('shows why a P-unit is inactive and when it last logged in on JobAG', async () => {
    api('/api/virksomheder/31501202', () => json(hoersholmByg));
    renderApp('/virksomheder/31501202');

    await screen.findByRole('heading', { level: 1, name: 'Hørsholm Byg ApS' });
    expect(screen.queryByRole('alert')).toBeNull();

    const table = screen.getByRole('table', { name: 'P-enheder' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'P-nummer',
      'Navn',
      'Adresse',
      'JobAG-profil',
      'Status',
      'Seneste login på JobAG',
    ]);

    const aktiv = within(table).getByRole('row', { name: /1017654321/ });
    expect(within(aktiv).getByText('Usserød Kongevej 10, 2970 Hørsholm')).toBeTruthy();
    expect(within(aktiv).getByText('Aktiv')).toBeTruthy();
    const time = within(aktiv).getByText('for 3 dage siden');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2026-10-01T08:15:00Z');
    // The exact time is reachable by keyboard: the time takes focus and is described by the tooltip.
    time.focus();
    expect(document.activeElement).toBe(time);
    const tooltip = document.getElementById(time.getAttribute('aria-describedby') ?? '');
    expect(tooltip?.getAttribute('role')).toBe('tooltip');
    expect(tooltip?.textContent).toBe('01.10.2026 kl. 10.15');

    const inaktiv = within(table).getByRole('row', { name: /1017654322/ });
    expect(within(inaktiv).getByText('Inaktiv')).toBeTruthy();
    expect(within(inaktiv).getByText('Ingen aktive brugere på JobAG')).toBeTruthy();
    expect(within(inaktiv).getByText('Aldrig')).toBeTruthy();
  });

  it('says the company was not found on a 404, with a way back to the search', async () => {
    api('/api/virksomheder/41803576', () => problem(404, 'IKKE_FUNDET', 'Ikke fundet'));
    renderApp('/virksomheder/41803576');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Virksomheden blev ikke fundet' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tilbage til søgningen' }).getAttribute('href')).toBe(
      '/virksomheder',
    );
  });

  it("shows the problem's title and retries on request after another failure", async () => {
    let answer = () =>
      problem(503, 'DATABASE_UTILGAENGELIG', 'Databasen svarer ikke lige nu. Prøv igen om lidt');
    api('/api/virksomheder/31501202', () => answer());
    const { getByRole } = renderApp('/virksomheder/31501202');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Databasen svarer ikke lige nu. Prøv igen om lidt')).toBeTruthy();

    answer = () => json(hoersholmByg);
    getByRole('button', { name: 'Prøv igen' }).click();
    expect(await screen.findByRole('heading', { level: 1, name: 'Hørsholm Byg ApS' })).toBeTruthy();
  });
});
