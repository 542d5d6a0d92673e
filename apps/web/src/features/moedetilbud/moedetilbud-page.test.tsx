import type { Moedetilbud } from '@jobcenter/domain/moede/indkaldelse.contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moedetilbud, sbSession } from '../../test/fixtures';
import { json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-20T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Mødetilbud', () => {
  it('lists the offers with forms, place and whether they are booked', async () => {
    mockApi([
      { path: '/api/auth/me', respond: () => json(sbSession) },
      {
        path: '/api/moedetilbud',
        respond: () =>
          json({
            items: [
              moedetilbud({
                id: '99999999-9999-4999-8999-999999999999',
                booket: true,
                start: '2026-12-01T08:00:00Z',
                slut: '2026-12-01T08:30:00Z',
              }),
              moedetilbud(),
            ],
          }),
      },
    ]);
    renderApp('/moedetilbud');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mødetilbud' })).toBeTruthy();
    const tabel = await screen.findByRole('table');
    const [ledig, booket] = within(tabel).getAllByRole('row').slice(1) as [HTMLElement, HTMLElement];
    expect(ledig.textContent).toContain('30.11.2026 kl. 10.00–10.45');
    expect(within(ledig).getByRole('img', { name: 'Personlig kontakt' })).toBeTruthy();
    expect(within(ledig).getByRole('img', { name: 'Digitalt møde' })).toBeTruthy();
    expect(ledig.textContent).toContain('Stationsvej 2, 2970 Hørsholm · Mødelink');
    expect(ledig.textContent).toContain('Ledig');
    expect(booket.textContent).toContain('Booket');
  });

  it('publishes an offer; a digital meeting needs an https link', async () => {
    let items: Moedetilbud[] = [];
    const ny = moedetilbud({
      moedeformer: [
        { id: 2, navn: 'Telefon' },
        { id: 8, navn: 'Digitalt møde' },
      ],
    });
    const { calls } = mockApi([
      { path: '/api/auth/me', respond: () => json(sbSession) },
      { path: '/api/moedetilbud', respond: () => json({ items }) },
      {
        method: 'POST',
        path: '/api/moedetilbud',
        respond: () => {
          items = [ny];
          return json(ny, 201);
        },
      },
    ]);
    renderApp('/moedetilbud');
    const user = userEvent.setup();

    expect(await screen.findByText(/Jobcentret har ingen kommende mødetilbud/)).toBeTruthy();
    const form = screen.getByRole('region', { name: 'Offentliggør mødetilbud' });
    await user.click(within(form).getByRole('button', { name: 'Offentliggør' }));
    expect(await within(form).findByText('Vælg mindst én mødeform')).toBeTruthy();

    await user.type(within(form).getByLabelText('Dato'), '2026-11-30');
    await user.type(within(form).getByLabelText('Starter kl.'), '10:00');
    await user.click(within(form).getByLabelText('Telefon'));
    await user.click(within(form).getByLabelText('Digitalt møde'));
    await user.click(within(form).getByRole('button', { name: 'Offentliggør' }));
    expect(
      await within(form).findByText('Et digitalt møde kræver et link, der begynder med https://'),
    ).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await user.type(
      within(form).getByLabelText('Link til det digitale møde'),
      'https://moede.example.dk/abc',
    );
    await user.click(within(form).getByRole('button', { name: 'Offentliggør' }));

    const gemt = (await within(form).findByText('Mødetilbuddet er offentliggjort')).closest('.alert');
    expect(gemt?.getAttribute('role')).toBe('status');
    await waitFor(() => expect(document.activeElement).toBe(gemt));
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      start: '2026-11-30T10:00:00+01:00',
      slut: '2026-11-30T10:30:00+01:00',
      moedeformer: [2, 8],
      digitaltMoedelink: 'https://moede.example.dk/abc',
    });
    expect(await screen.findByRole('table')).toBeTruthy();
  });
});
