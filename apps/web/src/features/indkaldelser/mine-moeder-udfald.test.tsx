import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNA_ID, anna, BO_ID, bo, indkaldelse, sbSession } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

beforeEach(() => {
  // 27.11.2026 at 11.00 Copenhagen time: the 09.30 meeting is over, the 13.00 one is to come.
  vi.useFakeTimers({ now: new Date('2026-11-27T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const ANNA_MOEDE = '00000000-0000-4000-8000-000000000001';
const BO_MOEDE = '00000000-0000-4000-8000-000000000002';

const overstaaet = indkaldelse({ id: ANNA_MOEDE, version: 3 });
const kommende = indkaldelse({
  id: BO_MOEDE,
  borger: { id: BO_ID, navn: 'Bo Nielsen' },
  start: '2026-11-27T12:00:00Z',
  slut: '2026-11-27T12:30:00Z',
});

function udfaldet(udfald: 'afholdt' | 'udeblevet', kommentar: string | null = null): Indkaldelse {
  return {
    ...overstaaet,
    version: 4,
    udfald: { udfald, kommentar, registreretAf: 'Signe Bach', tidspunkt: '2026-11-27T10:00:00Z' },
  };
}

type Handler = Parameters<typeof mockApi>[0][number];

function api(dag: () => Indkaldelse[], extra: Handler[] = []) {
  return mockApi([
    ...extra,
    { path: '/api/auth/me', respond: () => json(sbSession) },
    { path: '/api/moeder?dato=2026-11-27&ansvarlig=mig', respond: () => json({ items: dag() }) },
    { path: `/api/borgere/${ANNA_ID}`, respond: () => json(anna) },
    { path: `/api/borgere/${BO_ID}`, respond: () => json(bo) },
  ]);
}

async function raekke(navn: string): Promise<HTMLElement> {
  const link = await screen.findByRole('link', { name: navn });
  return link.closest('tr') as HTMLElement;
}

describe("Mine møder: the meeting's outcome", () => {
  it('asks for the samtalenotat on "Afholdt" and registers it with the meeting\'s version', async () => {
    let moede = overstaaet;
    const { calls } = api(
      () => [moede, kommende],
      [
        {
          method: 'POST',
          path: `/api/indkaldelser/${ANNA_MOEDE}/udfald`,
          respond: () => {
            moede = udfaldet('afholdt', 'Aftalt: to ansøgninger om ugen.');
            return json(moede);
          },
        },
      ],
    );
    renderApp('/moeder?dato=2026-11-27');
    const user = userEvent.setup();

    const anna = await raekke('Anna Hansen');
    expect(anna.textContent).toContain('Udfald ikke registreret');
    expect(screen.getByText('1 møde mangler et udfald:')).toBeTruthy();
    const bo = await raekke('Bo Nielsen');
    expect(bo.textContent).toContain('Planlagt');
    expect(within(bo).queryByRole('button', { name: /Afholdt|Udeblevet/ })).toBeNull();

    // The line above the table takes the user to the meeting's actions.
    await user.click(screen.getByRole('button', { name: '09.30 Anna Hansen' }));
    const afholdt = within(anna).getByRole('button', { name: 'Afholdt: Anna Hansen kl. 09.30' });
    expect(document.activeElement).toBe(afholdt);
    await user.keyboard('{Enter}');

    const form = await screen.findByRole('form', { name: /Afholdt: jobsamtale med Anna Hansen kl\. 09\.30/ });
    const notat = within(form).getByLabelText('Samtalenotat');
    expect(document.activeElement).toBe(notat);
    expect(notat.tagName).toBe('TEXTAREA');
    expect(within(form).getByText(/Hvad blev aftalt, og hvad er næste skridt\?/)).toBeTruthy();
    await user.type(notat, 'Aftalt: to ansøgninger om ugen.');
    await user.click(within(form).getByRole('button', { name: 'Registrér som afholdt' }));

    expect((await screen.findByRole('status')).textContent).toContain(
      'Mødet med Anna Hansen kl. 09.30 er registreret som afholdt.',
    );
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.headers['if-match']).toBe('"3"');
    expect(post?.body).toEqual({ udfald: 'afholdt', kommentar: 'Aftalt: to ansøgninger om ugen.' });
    await waitFor(async () => expect((await raekke('Anna Hansen')).textContent).toContain('Afholdt'));
    expect((await raekke('Anna Hansen')).textContent).toContain(
      'Registreret af Signe Bach 27.11.2026 kl. 11.00',
    );
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByText(/mangler et udfald/)).toBeNull();
  });

  it('registers "Udeblevet" in one action and says that the a-kasse of a kontaktgruppe 1 citizen is told', async () => {
    let moede = overstaaet;
    const { calls } = api(
      () => [moede],
      [
        {
          method: 'POST',
          path: `/api/indkaldelser/${ANNA_MOEDE}/udfald`,
          respond: () => {
            moede = udfaldet('udeblevet');
            return json(moede);
          },
        },
      ],
    );
    renderApp('/moeder?dato=2026-11-27');
    const user = userEvent.setup();

    const udeblevet = within(await raekke('Anna Hansen')).getByRole('button', {
      name: 'Udeblevet: Anna Hansen kl. 09.30',
    });
    expect(udeblevet.getAttribute('aria-describedby')).toBe('udeblevet-forklaring');
    expect(
      screen.getByText(/dagpengemodtager \(kontaktgruppe 1\) som udeblevet, får borgerens a-kasse besked/),
    ).toBeTruthy();
    await user.click(udeblevet);

    expect((await screen.findByRole('status')).textContent).toContain(
      'Anna Hansen er registreret som udeblevet fra mødet kl. 09.30. A-kasse Nord får besked om udeblivelsen.',
    );
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ udfald: 'udeblevet' });
    await waitFor(async () => expect((await raekke('Anna Hansen')).textContent).toContain('Udeblevet'));
  });

  it('corrects a recorded outcome', async () => {
    let moede = udfaldet('udeblevet');
    const { calls } = api(
      () => [moede],
      [
        {
          method: 'POST',
          path: `/api/indkaldelser/${ANNA_MOEDE}/udfald`,
          respond: () => {
            moede = { ...udfaldet('afholdt', null), version: 5 };
            return json(moede);
          },
        },
      ],
    );
    renderApp('/moeder?dato=2026-11-27');
    const user = userEvent.setup();

    const anna = await raekke('Anna Hansen');
    expect(within(anna).queryByRole('button', { name: /^Afholdt/ })).toBeNull();
    await user.click(within(anna).getByRole('button', { name: 'Ret udfald: Anna Hansen' }));
    await user.click(within(anna).getByRole('button', { name: /^Afholdt/ }));
    // Left empty on purpose: the form asks, but does not insist.
    await user.click(await screen.findByRole('button', { name: 'Registrér som afholdt' }));

    expect((await screen.findByRole('status')).textContent).toContain('er registreret som afholdt');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.headers['if-match']).toBe('"4"');
    expect(post?.body).toEqual({ udfald: 'afholdt' });
  });

  it('shows a stale version (412) as a warning and a refusal (409) in Danish, keeping the notat', async () => {
    let svar = () => problem(412, 'VERSION_KONFLIKT', 'Mødet er ændret af en anden');
    const { calls } = api(
      () => [overstaaet],
      [{ method: 'POST', path: `/api/indkaldelser/${ANNA_MOEDE}/udfald`, respond: () => svar() }],
    );
    renderApp('/moeder?dato=2026-11-27');
    const user = userEvent.setup();

    await user.click(within(await raekke('Anna Hansen')).getByRole('button', { name: /^Afholdt/ }));
    const notat = await screen.findByLabelText('Samtalenotat');
    await user.type(notat, 'Næste skridt: praktik.');
    await user.click(screen.getByRole('button', { name: 'Registrér som afholdt' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Nogen har ændret mødet, siden du åbnede det',
    );
    expect((screen.getByLabelText('Samtalenotat') as HTMLTextAreaElement).value).toBe(
      'Næste skridt: praktik.',
    );
    // The day's list is asked again, so a new try builds on the newest version.
    await waitFor(() =>
      expect(calls.filter((c) => c.url === '/api/moeder?dato=2026-11-27&ansvarlig=mig')).toHaveLength(2),
    );

    svar = () => problem(409, 'MOEDE_AFLYST', 'Mødet er aflyst');
    await user.click(screen.getByRole('button', { name: 'Udeblevet: Anna Hansen kl. 09.30' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Mødet er aflyst');
  });
});
