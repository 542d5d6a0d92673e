import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNA_ID, anna, BO_ID, bo, indkaldelse, sbSession } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

// Issue 18 (ADR 0018): the ansvarlig sagsbehandler on the person card and the meeting, and the Borgere page's
// "Mine borgere" and "Senest åbnede".

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-20T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

type Handler = Parameters<typeof mockApi>[0][number];

const SIGNE = { brugernavn: 'sb22300', navn: 'Signe Bach' };
const KARL = { brugernavn: 'kk22300', navn: 'Karl Kollega' };

function api(extra: Handler[] = []) {
  return mockApi([
    ...extra,
    { path: '/api/auth/me', respond: () => json(sbSession) },
    { path: '/api/brugere?rolle=sagsbehandler', respond: () => json({ items: [KARL, SIGNE] }) },
    { path: `/api/borgere/${ANNA_ID}`, respond: () => json(anna) },
    { path: `/api/borgere/${ANNA_ID}/indkaldelser`, respond: () => json({ items: [indkaldelse()] }) },
    { path: `/api/borgere/${ANNA_ID}/kontaktpersoner`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/historik`, respond: () => json({ items: [] }) },
    { path: '/api/borgere/mine', respond: () => json({ items: [anna, bo] }) },
    { path: '/api/borgere/senest-aabnede', respond: () => json({ items: [bo] }) },
  ]);
}

describe('the Borgere page', () => {
  it('lists Mine borgere and Senest åbnede, each a link to the person page, CPR masked', async () => {
    api();
    const { router } = renderApp('/borgere');
    const user = userEvent.setup();

    const mine = await screen.findByRole('region', { name: /^Mine borgere/ });
    const links = await within(mine).findAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Anna Hansen', 'Bo Nielsen']);
    expect(mine.textContent).toContain('010190-xxxx · kontaktgruppe 1 · Dagpengemodtager');
    expect(within(mine).getByRole('heading', { level: 2 }).textContent).toBe('Mine borgere · 2');
    const senest = screen.getByRole('region', { name: /^Senest åbnede/ });
    const bos = await within(senest).findByRole('link', { name: 'Bo Nielsen' });
    expect(bos.getAttribute('href')).toBe(`/borgere/${BO_ID}/moeder`);

    await user.click(within(mine).getByRole('link', { name: 'Anna Hansen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Hansen' })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/borgere/${ANNA_ID}/moeder`);
  });

  it('shows the first 10 of a long list, and the rest one click away', async () => {
    const mange = Array.from({ length: 13 }, (_, i) => ({
      ...anna,
      id: `aaaaaaaa-aaaa-4aaa-8aaa-${String(i).padStart(12, '0')}`,
      fornavn: `Borger${i + 1}`,
    }));
    api([{ path: '/api/borgere/mine', respond: () => json({ items: mange }) }]);
    renderApp('/borgere');
    const user = userEvent.setup();

    const mine = await screen.findByRole('region', { name: /^Mine borgere/ });
    await waitFor(() => expect(within(mine).getAllByRole('link')).toHaveLength(10));
    expect(within(mine).getByRole('heading', { level: 2 }).textContent).toBe('Mine borgere · 13');
    const flere = within(mine).getByRole('button', { name: 'Vis alle 13' });
    expect(flere.getAttribute('aria-expanded')).toBe('false');
    await user.click(flere);
    expect(within(mine).getAllByRole('link')).toHaveLength(13);
    expect(flere.getAttribute('aria-expanded')).toBe('true');
    expect(flere.textContent).toBe('Vis kun de første 10');
  });

  it('says what to do when a list is empty, and shows the problem with a retry when it fails', async () => {
    let fejl = true;
    api([
      { path: '/api/borgere/mine', respond: () => json({ items: [] }) },
      {
        path: '/api/borgere/senest-aabnede',
        respond: () =>
          fejl ? problem(503, 'DATABASE_UTILGAENGELIG', 'Databasen svarer ikke') : json({ items: [bo] }),
      },
    ]);
    renderApp('/borgere');
    const user = userEvent.setup();

    const mine = await screen.findByRole('region', { name: /^Mine borgere/ });
    expect(
      await within(mine).findByText(/Du er ikke ansvarlig sagsbehandler for nogen borgere endnu/),
    ).toBeTruthy();
    const senest = screen.getByRole('region', { name: /^Senest åbnede/ });
    expect(await within(senest).findByText(/Databasen svarer ikke/)).toBeTruthy();
    fejl = false;
    await user.click(within(senest).getByRole('button', { name: /Prøv igen/ }));
    expect(await within(senest).findByRole('link', { name: 'Bo Nielsen' })).toBeTruthy();
  });
});

describe('the ansvarlig sagsbehandler on the person card', () => {
  it('is shown, and changed by keyboard with a labelled select of the own jobcentre’s sagsbehandlere', async () => {
    const { calls } = api([
      {
        method: 'PUT',
        path: `/api/borgere/${ANNA_ID}/ansvarlig`,
        respond: () => json({ ...anna, ansvarlig: KARL }),
      },
    ]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const kort = await screen.findByRole('region', { name: 'Anna Hansen' });
    expect(kort.textContent).toContain('Ansvarlig sagsbehandlerSigne Bach');
    const skift = within(kort).getByRole('button', { name: 'Skift ansvarlig sagsbehandler' });
    skift.focus();
    await user.keyboard('{Enter}');
    expect(skift.getAttribute('aria-expanded')).toBe('true');
    const select = within(kort).getByLabelText<HTMLSelectElement>('Ansvarlig sagsbehandler');
    await waitFor(() => expect(document.activeElement).toBe(select));
    await within(select).findByRole('option', { name: 'Karl Kollega (kk22300)' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Ingen ansvarlig', 'Karl Kollega (kk22300)', 'Signe Bach (sb22300)']);
    expect(select.value).toBe('sb22300');
    await user.selectOptions(select, 'kk22300');
    await user.click(within(kort).getByRole('button', { name: 'Gem ansvarlig' }));

    expect(
      (await within(kort).findByText(/Karl Kollega er nu ansvarlig sagsbehandler/)).textContent,
    ).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({ brugernavn: 'kk22300' });
    expect(put?.headers['x-csrf-token']).toBe(sbSession.csrfToken);
    await waitFor(() => expect(document.activeElement).toBe(skift));
    expect(kort.textContent).toContain('Ansvarlig sagsbehandlerKarl Kollega');
  });

  it('sends null for "Ingen ansvarlig", and shows a refusal beside the select', async () => {
    let svar = 0;
    const { calls } = api([
      {
        method: 'PUT',
        path: `/api/borgere/${ANNA_ID}/ansvarlig`,
        respond: () => {
          svar += 1;
          return svar === 1
            ? problem(400, 'VALIDERINGSFEJL', 'Ugyldige oplysninger', {
                errors: [
                  { path: 'brugernavn', message: 'Den ansvarlige skal være sagsbehandler i dit jobcenter' },
                ],
              })
            : json({ ...anna, ansvarlig: null });
        },
      },
    ]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const kort = await screen.findByRole('region', { name: 'Anna Hansen' });
    await user.click(within(kort).getByRole('button', { name: 'Skift ansvarlig sagsbehandler' }));
    const select = within(kort).getByLabelText<HTMLSelectElement>('Ansvarlig sagsbehandler');
    await user.selectOptions(select, '');
    await user.click(within(kort).getByRole('button', { name: 'Gem ansvarlig' }));
    expect(
      await within(kort).findByText('Den ansvarlige skal være sagsbehandler i dit jobcenter'),
    ).toBeTruthy();
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ brugernavn: null });

    await user.click(within(kort).getByRole('button', { name: 'Gem ansvarlig' }));
    expect(await within(kort).findByText(/ikke længere en ansvarlig sagsbehandler/)).toBeTruthy();
    expect(kort.textContent).toContain('Ansvarlig sagsbehandlerIngen');
  });
});

describe('the ansvarlig sagsbehandler of a meeting', () => {
  it('is on the Møder tab, and "Ret" changes it in the same PATCH as the other changes', async () => {
    const ID = indkaldelse().id;
    const { calls } = api([
      {
        method: 'PATCH',
        path: `/api/indkaldelser/${ID}`,
        respond: () => json(indkaldelse({ ansvarlig: KARL, version: 2 })),
      },
    ]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const heading = await screen.findByRole('heading', { level: 3, name: /27\.11\.2026 kl\. 09\.30/ });
    const item = heading.closest('li') as HTMLElement;
    expect(item.textContent).toContain('AnsvarligSigne Bach');
    await user.click(within(item).getByRole('button', { name: 'Ret' }));
    const select = within(item).getByLabelText<HTMLSelectElement>('Ansvarlig sagsbehandler');
    await within(select).findByRole('option', { name: 'Karl Kollega (kk22300)' });
    await user.selectOptions(select, 'kk22300');
    await user.click(within(item).getByRole('button', { name: 'Gem ændringer' }));
    expect(await screen.findByText(/Mødet er rettet/)).toBeTruthy();
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toEqual({ ansvarlig: 'kk22300' });
    expect(patch?.headers['if-match']).toBe('"1"');
  });
});
