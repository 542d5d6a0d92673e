import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNA_ID, anna, BO_ID, bo, indkaldelse, sbSession } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

beforeEach(() => {
  // 27.11.2026 at 11.00 Copenhagen time: the 09.30 meeting is over.
  vi.useFakeTimers({ now: new Date('2026-11-27T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const ID = '11111111-1111-4111-8111-111111111111';
const overstaaet = indkaldelse({ version: 2 });

type Handler = Parameters<typeof mockApi>[0][number];

function api(borgerId: string, items: () => Indkaldelse[], extra: Handler[] = []) {
  return mockApi([
    ...extra,
    { path: '/api/auth/me', respond: () => json(sbSession) },
    { path: `/api/borgere/${ANNA_ID}`, respond: () => json(anna) },
    { path: `/api/borgere/${BO_ID}`, respond: () => json(bo) },
    { path: `/api/borgere/${borgerId}/indkaldelser`, respond: () => json({ items: items() }) },
    { path: `/api/borgere/${borgerId}/kontaktpersoner`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${borgerId}/breve`, respond: () => json({ items: [] }) },
  ]);
}

async function moede() {
  const heading = await screen.findByRole('heading', { level: 3, name: /27\.11\.2026 kl\. 09\.30–10\.00/ });
  return heading.closest('li') as HTMLElement;
}

function udfaldet(
  udfald: 'afholdt' | 'udeblevet',
  kommentar: string | null,
  overrides: Partial<Indkaldelse> = {},
): Indkaldelse {
  return {
    ...overstaaet,
    version: 3,
    udfald: { udfald, kommentar, registreretAf: 'Signe Bach', tidspunkt: '2026-11-27T09:45:00Z' },
    ...overrides,
  };
}

describe("the Møder tab: the meeting's outcome", () => {
  it('records "Afholdt" with the samtalenotat and lists the notat with the meeting', async () => {
    let nu = overstaaet;
    const { calls } = api(ANNA_ID, () => [nu], [
      {
        method: 'POST',
        path: `/api/indkaldelser/${ID}/udfald`,
        respond: () => {
          nu = udfaldet('afholdt', 'Aftalt: to ansøgninger om ugen.\nNæste skridt: praktik.');
          return json(nu);
        },
      },
    ]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const item = await moede();
    expect(item.textContent).toContain('Udfald ikke registreret');
    // Anna is in kontaktgruppe 1 with an a-kasse: the page says who is told of an absence.
    const udeblevet = within(item).getByRole('button', { name: 'Udeblevet: Anna Hansen kl. 09.30' });
    const forklaring = document.getElementById(udeblevet.getAttribute('aria-describedby') ?? '');
    expect(forklaring?.textContent).toContain('A-kasse Nord får besked');

    await user.click(within(item).getByRole('button', { name: 'Afholdt: Anna Hansen kl. 09.30' }));
    const form = within(item).getByRole('form', { name: /Afholdt: jobsamtale/ });
    const notat = within(form).getByLabelText('Samtalenotat');
    expect(document.activeElement).toBe(notat);
    await user.type(notat, 'Aftalt: to ansøgninger om ugen.{Enter}Næste skridt: praktik.');
    await user.click(within(form).getByRole('button', { name: 'Registrér som afholdt' }));

    expect((await within(item).findByRole('status')).textContent).toContain('er registreret som afholdt');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      udfald: 'afholdt',
      kommentar: 'Aftalt: to ansøgninger om ugen.\nNæste skridt: praktik.',
    });
    expect(calls.find((c) => c.method === 'POST')?.headers['if-match']).toBe('"2"');
    const efter = await moede();
    await waitFor(() => expect(efter.textContent).toContain('Samtalenotat'));
    expect(efter.textContent).toContain('Aftalt: to ansøgninger om ugen.');
    expect(efter.textContent).toContain('Registreret af Signe Bach 27.11.2026 kl. 10.45');
    expect(within(efter).getByText('Afholdt', { selector: '.badge' })).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(efter).getByRole('button', { name: /^Ret udfald/ })),
    );
  });

  it('records "Udeblevet" in one action, and for kontaktgruppe 1 says that the a-kasse is told', async () => {
    let nu = overstaaet;
    api(ANNA_ID, () => [nu], [
      {
        method: 'POST',
        path: `/api/indkaldelser/${ID}/udfald`,
        respond: () => {
          nu = udfaldet('udeblevet', null);
          return json(nu);
        },
      },
    ]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    await user.click(within(await moede()).getByRole('button', { name: /^Udeblevet/ }));

    expect((await screen.findByRole('status')).textContent).toContain(
      'Anna Hansen er registreret som udeblevet fra mødet kl. 09.30. A-kasse Nord får besked om udeblivelsen.',
    );
    await waitFor(async () => expect((await moede()).textContent).toContain('Udeblevet'));
  });

  it('says nothing of an a-kasse for a citizen outside kontaktgruppe 1', async () => {
    api(BO_ID, () => [{ ...overstaaet, borger: { id: BO_ID, navn: 'Bo Nielsen' } }]);
    renderApp(`/borgere/${BO_ID}/moeder`);

    const udeblevet = within(await moede()).getByRole('button', { name: /^Udeblevet/ });
    expect(udeblevet.getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByText(/får besked/)).toBeNull();
  });

  it('shows MOEDE_IKKE_BEGYNDT in Danish beside the meeting', async () => {
    api(ANNA_ID, () => [overstaaet], [
      {
        method: 'POST',
        path: `/api/indkaldelser/${ID}/udfald`,
        respond: () => problem(409, 'MOEDE_IKKE_BEGYNDT', 'Mødet er ikke begyndt endnu'),
      },
    ]);
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const user = userEvent.setup();

    const item = await moede();
    await user.click(within(item).getByRole('button', { name: /^Udeblevet/ }));
    expect((await within(item).findByRole('alert')).textContent).toContain('Mødet er ikke begyndt endnu');
  });
});
