import type { JoblogMaaned } from '@jobcenter/domain/joblog/joblog.contract';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNA_ID, anna, sbSession } from '../../test/fixtures';
import { json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-20T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function maaned(maaned: string, antal: number): JoblogMaaned {
  return {
    maaned,
    items: Array.from({ length: antal }, (_, n) => ({
      id: `0000000${n}-0000-4000-8000-${maaned.replace('-', '')}00000${n}`.slice(0, 36),
      stillingsbetegnelse: `Lagermedarbejder ${n + 1}`,
      virksomhed: 'Hørsholm Byg ApS',
      submissionDate: `${maaned}-0${n + 2}`,
      submissionDeadlineDate: null,
      registreret: `${maaned}-0${n + 2}T09:00:00Z`,
    })),
    antal,
    krav: true,
    kravGrund: { kind: 'krav', kontaktgruppe: 1 },
    fritagetAf: [],
  };
}

describe('Joblog', () => {
  it('shows this month by default, with the month kept in the URL as it moves', async () => {
    mockApi([
      { path: '/api/auth/me', respond: () => json(sbSession) },
      { path: `/api/borgere/${ANNA_ID}`, respond: () => json(anna) },
      { path: `/api/borgere/${ANNA_ID}/indkaldelser`, respond: () => json({ items: [] }) },
      { path: `/api/borgere/${ANNA_ID}/kontaktpersoner`, respond: () => json({ items: [] }) },
      { path: `/api/borgere/${ANNA_ID}/fravaer`, respond: () => json({ items: [] }) },
      { path: `/api/borgere/${ANNA_ID}/indsatser`, respond: () => json({ items: [] }) },
      { path: `/api/borgere/${ANNA_ID}/joblog?maaned=2026-11`, respond: () => json(maaned('2026-11', 2)) },
      { path: `/api/borgere/${ANNA_ID}/joblog?maaned=2026-10`, respond: () => json(maaned('2026-10', 1)) },
    ]);
    const { router } = renderApp(`/borgere/${ANNA_ID}/joblog`);
    const user = userEvent.setup();

    await waitFor(() => expect(router.state.location.search).toBe('?maaned=2026-11'));
    expect(await screen.findByText('2 ansøgninger i november 2026')).toBeTruthy();
    expect(screen.getByText('Krav om joblog hver kalendermåned for dagpengemodtager')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('link', { name: /Næste måned/ })).toBeNull();
    // R16: the requirement follows the calendar month; nothing counts 30 days.
    expect(document.body.textContent).not.toMatch(/30 dage/);

    await user.click(screen.getByRole('link', { name: /Forrige måned/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?maaned=2026-10'));
    expect(router.state.location.pathname).toBe(`/borgere/${ANNA_ID}/joblog`);
    expect(await screen.findByText('1 ansøgning i oktober 2026')).toBeTruthy();
    const fane = screen.getByRole('tab', { name: /^Joblog/ });
    expect(fane.getAttribute('aria-selected')).toBe('true');
    expect(fane.textContent).toBe('Joblog 3');

    await user.click(screen.getByRole('link', { name: /Næste måned/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?maaned=2026-11'));
    expect(await screen.findByText('2 ansøgninger i november 2026')).toBeTruthy();
  });

  it('says so when the month in the URL is not a month', async () => {
    mockApi([
      { path: '/api/auth/me', respond: () => json(sbSession) },
      { path: `/api/borgere/${ANNA_ID}`, respond: () => json(anna) },
      { path: `/api/borgere/${ANNA_ID}/indkaldelser`, respond: () => json({ items: [] }) },
      { path: `/api/borgere/${ANNA_ID}/kontaktpersoner`, respond: () => json({ items: [] }) },
      { path: `/api/borgere/${ANNA_ID}/fravaer`, respond: () => json({ items: [] }) },
      { path: `/api/borgere/${ANNA_ID}/indsatser`, respond: () => json({ items: [] }) },
    ]);
    renderApp(`/borgere/${ANNA_ID}/joblog?maaned=2026-13`);
    expect(await screen.findByRole('heading', { name: 'Ukendt måned' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Denne måned' }).getAttribute('href')).toBe(
      `/borgere/${ANNA_ID}/joblog?maaned=2026-11`,
    );
  });
});
