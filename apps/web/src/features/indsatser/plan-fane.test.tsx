import type { Indsats } from '@jobcenter/domain/plan/indsats.contract';
import { screen, waitFor, within } from '@testing-library/react';
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

const AKTIV_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const VITAS_ID = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

function indsats(overrides: Partial<Indsats> = {}): Indsats {
  return {
    id: AKTIV_ID,
    borgerId: ANNA_ID,
    type: { kode: 'VIRKSOMHEDSPRAKTIK', navn: 'Virksomhedspraktik' },
    startdato: '2026-11-02',
    slutdato: '2026-12-31',
    aktiv: true,
    ophoer: null,
    jobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
    version: 1,
    ...overrides,
  };
}

const vitasOphoert = indsats({
  id: VITAS_ID,
  type: { kode: 'LOENTILSKUD', navn: 'Ansættelse med løntilskud' },
  startdato: '2026-05-01',
  slutdato: '2026-10-31',
  aktiv: false,
  ophoer: {
    aarsag: { id: 15, navn: 'Aktivitetsperioden afsluttet ordinært' },
    dato: '2026-10-31',
    af: 'VITAS',
  },
});

function api(items: () => Indsats[], extra: Parameters<typeof mockApi>[0] = []) {
  return mockApi([
    { path: '/api/auth/me', respond: () => json(sbSession) },
    { path: `/api/borgere/${ANNA_ID}`, respond: () => json(anna) },
    { path: `/api/borgere/${ANNA_ID}/indkaldelser`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/kontaktpersoner`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/fravaer`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/historik`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/indsatser`, respond: () => json({ items: items() }) },
    ...extra,
  ]);
}

describe('Plan', () => {
  it('lists active and ended indsatser, with who ended them, and VITAS when VITAS did', async () => {
    api(() => [vitasOphoert, indsats()]);
    renderApp(`/borgere/${ANNA_ID}/plan`);

    expect(
      await screen.findByRole('heading', { level: 3, name: 'Aktive og kommende indsatser' }),
    ).toBeTruthy();
    const fane = screen.getByRole('tab', { name: /^Plan/ });
    expect(fane.getAttribute('aria-selected')).toBe('true');
    expect(fane.textContent).toBe('Plan 1');
    const praktik = (await screen.findByRole('heading', { level: 4, name: 'Virksomhedspraktik' })).closest(
      'li',
    ) as HTMLElement;
    expect(praktik.textContent).toContain('02.11.2026–31.12.2026');
    expect(praktik.textContent).toContain('Aktiv');
    const loentilskud = screen
      .getByRole('heading', { level: 4, name: 'Ansættelse med løntilskud' })
      .closest('li') as HTMLElement;
    expect(loentilskud.textContent).toContain('Ophørt');
    expect(loentilskud.textContent).toContain('31.10.2026: Aktivitetsperioden afsluttet ordinært (15)');
    expect(within(loentilskud).getByText('VITAS')).toBeTruthy();
    expect(within(loentilskud).queryByRole('button', { name: /^Afslut/ })).toBeNull();
  });

  it('never offers ophørsårsag 14 or 15 when a caseworker ends an indsats (R14)', async () => {
    let items = [indsats()];
    const { calls } = api(
      () => items,
      [
        {
          method: 'POST',
          path: `/api/indsatser/${AKTIV_ID}/ophoer`,
          respond: () => {
            items = [
              indsats({
                aktiv: false,
                ophoer: {
                  aarsag: { id: 11, navn: 'Forløbet gennemført' },
                  dato: '2026-11-20',
                  af: 'sb22300',
                },
              }),
            ];
            return json(items[0]);
          },
        },
      ],
    );
    renderApp(`/borgere/${ANNA_ID}/plan`);
    const user = userEvent.setup();

    const item = (await screen.findByRole('heading', { level: 4, name: 'Virksomhedspraktik' })).closest(
      'li',
    ) as HTMLElement;
    await user.click(within(item).getByRole('button', { name: /^Afslut/ }));
    const select = within(item).getByLabelText<HTMLSelectElement>('Ophørsårsag');
    const values = [...select.options].map((option) => option.value);
    expect(values).not.toContain('14');
    expect(values).not.toContain('15');
    expect(values).toEqual(['', ...Array.from({ length: 13 }, (_, n) => String(n + 1))]);
    expect(within(item).getByLabelText<HTMLInputElement>('Ophørsdato').value).toBe('2026-11-20');

    await user.click(within(item).getByRole('button', { name: 'Afslut indsats' }));
    expect(await within(item).findByText('Vælg en ophørsårsag')).toBeTruthy();
    await user.selectOptions(select, '11');
    await user.click(within(item).getByRole('button', { name: 'Afslut indsats' }));

    await waitFor(() =>
      expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
        ophoersaarsag: 11,
        dato: '2026-11-20',
      }),
    );
    const afsluttet = (await screen.findByRole('heading', { level: 3, name: 'Afsluttede indsatser' }))
      .nextElementSibling as HTMLElement;
    await waitFor(() => expect(afsluttet.textContent).toContain('20.11.2026: Forløbet gennemført (11)'));
    expect(afsluttet.textContent).toContain('Af sb22300');
  });

  it('creates an indsats from today', async () => {
    const { calls } = api(
      () => [],
      [
        {
          method: 'POST',
          path: `/api/borgere/${ANNA_ID}/indsatser`,
          respond: () => json(indsats({ type: { kode: 'MENTOR', navn: 'Mentorstøtte' } }), 201),
        },
      ],
    );
    renderApp(`/borgere/${ANNA_ID}/plan`);
    const user = userEvent.setup();

    expect(await screen.findByText(/Borgeren har ingen indsatser i planen/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Opret indsats' }));
    // Below the tab's h2, the panel's heading is an h3 (axe heading-order, issue 18).
    expect(screen.getByRole('heading', { level: 3, name: 'Opret indsats' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Gem indsats' }));
    expect(await screen.findByText('Vælg en indsatstype fra listen')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Indsatstype'), 'MENTOR');
    await user.click(screen.getByRole('button', { name: 'Gem indsats' }));

    expect(await screen.findByText('Mentorstøtte er oprettet i planen')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      type: 'MENTOR',
      startdato: '2026-11-20',
    });
  });
});
