import type { Brev } from '@jobcenter/domain/brev/brev.contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNA_ID, anna, sbSession } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-20T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const MOEDE_ID = '11111111-1111-4111-8111-111111111111';

function brev(overrides: Partial<Brev>): Brev {
  return {
    id: '44444444-4444-4444-8444-444444444444',
    type: 'INDKALDELSE',
    indkaldelseId: MOEDE_ID,
    kanal: 'digital_post',
    status: 'sendt',
    planlagtTil: '2026-11-19T09:15:00.000Z',
    sendtTidspunkt: '2026-11-19T09:15:30.000Z',
    forsoeg: 0,
    fejl: null,
    ...overrides,
  };
}

const PAAMINDELSE_ID = '44444444-4444-4444-8444-444444444445';
const AENDRING_ID = '44444444-4444-4444-8444-444444444446';
const FEJLET_ID = '44444444-4444-4444-8444-444444444447';

const fejlet = brev({
  id: FEJLET_ID,
  type: 'AFLYSNING',
  status: 'fejlet',
  planlagtTil: '2026-11-20T08:00:00.000Z',
  sendtTidspunkt: null,
  forsoeg: 5,
  fejl: 'Postkassen svarede ikke',
});

const breve: Brev[] = [
  fejlet,
  brev({
    id: PAAMINDELSE_ID,
    type: 'PAAMINDELSE',
    kanal: 'sms',
    status: 'planlagt',
    planlagtTil: '2026-11-26T08:00:00.000Z',
    sendtTidspunkt: null,
  }),
  brev({ id: AENDRING_ID, type: 'AENDRING', status: 'annulleret', sendtTidspunkt: null }),
  brev({}),
];

type Handler = Parameters<typeof mockApi>[0][number];

function api(extra: Handler[] = []) {
  return mockApi([
    ...extra,
    { path: '/api/auth/me', respond: () => json(sbSession) },
    { path: `/api/borgere/${ANNA_ID}`, respond: () => json({ ...anna, mobilnummer: '12345678' }) },
    { path: `/api/borgere/${ANNA_ID}/indkaldelser`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/kontaktpersoner`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/fravaer`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/indsatser`, respond: () => json({ items: [] }) },
  ]);
}

describe('Breve og beskeder', () => {
  it('lists every letter and reminder with its kind, channel, state and the PDF one click away', async () => {
    api([{ path: `/api/borgere/${ANNA_ID}/breve`, respond: () => json({ items: breve }) }]);
    renderApp(`/borgere/${ANNA_ID}/breve`);

    expect(await screen.findByRole('heading', { level: 2, name: 'Breve og beskeder' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Breve og beskeder' }).getAttribute('aria-selected')).toBe('true');
    expect(document.title).toBe('Anna Hansen: Breve og beskeder – Jobcenter');
    expect(screen.getByText(/Påmindelser dagen før et møde går som SMS/)).toBeTruthy();

    const tabel = await screen.findByRole('table', { name: /Breve og påmindelser til borgeren/ });
    const raekker = within(tabel).getAllByRole('row').slice(1);
    const tekster = raekker.map((r) =>
      within(r)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((c) => c.textContent),
    );
    expect(tekster).toEqual([
      ['Aflysning', 'Digital Post', 'Fejlet efter 5 forsøgPostkassen svarede ikke'],
      ['Påmindelse', 'SMS', 'Planlagt til 26.11.2026 kl. 09.00'],
      ['Ændring', 'Digital Post', 'Annulleret'],
      ['Indkaldelse', 'Digital Post', 'Sendt 19.11.2026 kl. 10.15'],
    ]);

    const pdf = screen.getByRole('link', {
      name: 'Åbn PDF: Påmindelse (SMS) 26.11.2026 kl. 09.00 (åbner i nyt vindue)',
    });
    expect(pdf.getAttribute('href')).toBe(`/api/breve/${PAAMINDELSE_ID}/pdf`);
    expect(pdf.getAttribute('target')).toBe('_blank');
    expect(pdf.getAttribute('rel')).toContain('noopener');
    expect(screen.getAllByRole('link', { name: /^Åbn PDF/ })).toHaveLength(4);
    // Only the failed letter can be sent again.
    expect(screen.getAllByRole('button', { name: /^Send igen/ })).toHaveLength(1);
  });

  it('sends a failed letter again, refreshes the list and says so', async () => {
    let sendt = false;
    const { calls } = api([
      {
        path: `/api/borgere/${ANNA_ID}/breve`,
        respond: () =>
          json({
            items: sendt
              ? [{ ...fejlet, status: 'planlagt', forsoeg: 0, fejl: null }, ...breve.slice(1)]
              : breve,
          }),
      },
      {
        method: 'POST',
        path: `/api/breve/${FEJLET_ID}/send-igen`,
        respond: () => {
          sendt = true;
          return json({ ...fejlet, status: 'planlagt', forsoeg: 0, fejl: null });
        },
      },
    ]);
    renderApp(`/borgere/${ANNA_ID}/breve`);
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', { name: 'Send igen: Aflysning (Digital Post) 20.11.2026 kl. 09.00' }),
    );

    expect((await screen.findByRole('status')).textContent).toContain(
      'Aflysning (Digital Post) er sat til at blive sendt igen nu.',
    );
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Send igen/ })).toBeNull());
    const foerste = within(screen.getByRole('table')).getAllByRole('row')[1];
    expect(foerste?.textContent).toContain('Planlagt til 20.11.2026 kl. 09.00');
    // The list was asked again after the letter was sent again.
    const post = calls.findIndex((c) => c.method === 'POST');
    expect(calls.slice(post).some((c) => c.url === `/api/borgere/${ANNA_ID}/breve`)).toBe(true);
    expect(calls.find((c) => c.method === 'POST')?.headers['x-csrf-token']).toBe('csrf-token-123');
  });

  it("shows the API's refusal in Danish when the letter is no longer failed", async () => {
    api([
      { path: `/api/borgere/${ANNA_ID}/breve`, respond: () => json({ items: breve }) },
      {
        method: 'POST',
        path: `/api/breve/${FEJLET_ID}/send-igen`,
        respond: () => problem(409, 'BREV_IKKE_FEJLET', 'Brevet er ikke fejlet og kan ikke sendes igen'),
      },
    ]);
    renderApp(`/borgere/${ANNA_ID}/breve`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /^Send igen/ }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Brevet er ikke fejlet og kan ikke sendes igen');
  });

  it('says what to do when there are no letters, and offers a retry when the list fails', async () => {
    let fejl = true;
    api([
      {
        path: `/api/borgere/${ANNA_ID}/breve`,
        respond: () => (fejl ? problem(500, 'INTERN_FEJL', 'Der opstod en fejl') : json({ items: [] })),
      },
    ]);
    renderApp(`/borgere/${ANNA_ID}/breve`);
    const user = userEvent.setup();

    expect((await screen.findByRole('alert')).textContent).toContain('Der opstod en fejl');
    fejl = false;
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByText(/Borgeren har endnu ikke fået breve eller påmindelser/)).toBeTruthy();
  });

  it('warns on the other tabs of the person page when a letter could not be delivered', async () => {
    api([{ path: `/api/borgere/${ANNA_ID}/breve`, respond: () => json({ items: breve }) }]);
    const { router } = renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const advarsel = await screen.findByRole('alert');
    expect(advarsel.textContent).toContain('Et brev kunne ikke leveres');
    await user.click(within(advarsel).getByRole('link', { name: /Se brevet under Breve og beskeder/ }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/borgere/${ANNA_ID}/breve`));
    expect(await screen.findByRole('button', { name: /^Send igen/ })).toBeTruthy();
    // On the letters' own tab the failed letter says it itself.
    expect(screen.queryByText('Et brev kunne ikke leveres')).toBeNull();
  });
});
