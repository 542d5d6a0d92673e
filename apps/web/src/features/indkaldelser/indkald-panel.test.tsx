import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNA_ID, anna, BO_ID, bo, indkaldelse, moedetilbud, sbSession } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

beforeEach(() => {
  // Only Date is faked: "today" is 20.11.2026, and Testing Library's waiting still runs.
  vi.useFakeTimers({ now: new Date('2026-11-20T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function personApi(options: {
  borger?: typeof anna;
  indkaldelser?: () => Indkaldelse[];
  opret?: () => Response | Promise<Response>;
  tilbud?: ReturnType<typeof moedetilbud>[];
}) {
  const borger = options.borger ?? anna;
  return mockApi([
    { path: '/api/auth/me', respond: () => json(sbSession) },
    { path: `/api/borgere/${borger.id}`, respond: () => json(borger) },
    {
      path: `/api/borgere/${borger.id}/indkaldelser`,
      respond: () => json({ items: options.indkaldelser?.() ?? [] }),
    },
    { path: `/api/borgere/${borger.id}/kontaktpersoner`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${borger.id}/historik`, respond: () => json({ items: [] }) },
    {
      path: '/api/moedetilbud',
      respond: () =>
        json({
          items: options.tilbud ?? [
            moedetilbud(),
            moedetilbud({
              id: '44444444-4444-4444-8444-444444444444',
              booket: true,
              start: '2026-11-30T08:00:00Z',
            }),
          ],
        }),
    },
    {
      method: 'POST',
      path: `/api/borgere/${borger.id}/indkaldelser`,
      respond: options.opret ?? (() => json(indkaldelse(), 201)),
    },
  ]);
}

async function openPanel(borgerId = ANNA_ID) {
  const view = renderApp(`/borgere/${borgerId}/moeder`);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('link', { name: 'Indkald til samtale' }));
  const panel = await screen.findByRole('region', { name: 'Indkald til samtale' });
  return { ...view, user, panel };
}

describe('Indkald til samtale', () => {
  it('offers only the active mødeformer, defaults to jobsamtale and says the citizen may choose (R1, R3)', async () => {
    personApi({});
    const { panel, router } = await openPanel();

    expect(router.state.location.search).toBe('?indkald=ny');
    expect(within(panel).getByLabelText<HTMLSelectElement>('Samtaletype').value).toBe('7');
    const former = within(panel).getByRole('group', { name: 'Mødeform' });
    expect(
      within(former)
        .getAllByRole('radio')
        .map((radio) => radio.closest('div')?.textContent),
    ).toEqual(['Personlig kontakt', 'Telefon', 'Brev', 'Digitalt møde', 'Ingen direkte borgerkontakt']);
    expect(within(former).queryByLabelText('Digitalt')).toBeNull();
    expect(within(former).queryByLabelText('Andet')).toBeNull();
    expect(former.textContent).toContain(
      'Borgeren har ret til at vælge mellem personligt fremmøde, telefon og digitalt møde',
    );
    // Focus starts in the first field to type in.
    expect(document.activeElement).toBe(within(panel).getByLabelText('Dato'));
  });

  it('says when the citizen has no right to choose', async () => {
    personApi({ borger: bo });
    const { panel } = await openPanel(BO_ID);

    expect(within(panel).getByRole('group', { name: 'Mødeform' }).textContent).toContain(
      'Borgeren har ikke ret til at vælge mødeform: retten gælder efter 6 måneders ledighed og for jobcentrets målgruppe',
    );
  });

  it('shows the mandatory reason field when "Personligt fremmøde påkrævet" is ticked (R4)', async () => {
    const { calls } = personApi({});
    const { panel, user } = await openPanel();

    expect(within(panel).queryByLabelText(/Begrundelse/)).toBeNull();
    await user.click(within(panel).getByLabelText('Personligt fremmøde påkrævet'));
    const begrundelse = within(panel).getByLabelText(/Begrundelse/);

    await user.type(within(panel).getByLabelText('Dato'), '2026-11-27');
    await user.type(within(panel).getByLabelText('Starter kl.'), '09:30');
    await user.click(within(panel).getByLabelText('Personlig kontakt'));
    await user.click(within(panel).getByRole('button', { name: 'Gem' }));

    expect(
      await within(panel).findByText(
        'Skriv begrundelsen for, at netop dette møde kræver personligt fremmøde',
      ),
    ).toBeTruthy();
    expect(begrundelse.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(begrundelse);
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('asks for the address of an in-person meeting, and for form 1 when in person is required (issue 18)', async () => {
    const { calls } = personApi({});
    const { panel, user } = await openPanel();

    await user.type(within(panel).getByLabelText('Dato'), '2026-11-27');
    await user.type(within(panel).getByLabelText('Starter kl.'), '09:30');
    await user.click(within(panel).getByLabelText('Personlig kontakt'));
    await user.click(within(panel).getByRole('button', { name: 'Gem' }));
    expect(await within(panel).findByText('Skriv adressen, hvor borgeren skal møde op')).toBeTruthy();
    expect(within(panel).getByLabelText('Adresse').getAttribute('aria-invalid')).toBe('true');

    await user.click(within(panel).getByLabelText('Telefon'));
    await user.click(within(panel).getByLabelText('Personligt fremmøde påkrævet'));
    await user.type(within(panel).getByLabelText(/Begrundelse/), 'Afklaring med tolk');
    await user.click(within(panel).getByRole('button', { name: 'Gem' }));
    expect(
      await within(panel).findByText(
        'Når personligt fremmøde er påkrævet, skal mødeformen være personlig kontakt (1)',
      ),
    ).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('requires an https link for a digital meeting: said as it is typed, and beside the field at "Gem" (R2)', async () => {
    const { calls } = personApi({});
    const { panel, user } = await openPanel();

    await user.type(within(panel).getByLabelText('Dato'), '2026-11-27');
    await user.type(within(panel).getByLabelText('Starter kl.'), '09:30');
    await user.click(within(panel).getByLabelText('Digitalt møde'));
    const link = within(panel).getByLabelText('Link til det digitale møde');
    await user.type(link, 'http://moede.example.dk');
    // At once, while typing, without moving anything on the page.
    expect(within(panel).getByText('Linket skal begynde med https:// og have en adresse')).toBeTruthy();
    expect(link.getAttribute('aria-invalid')).toBeNull();

    await user.click(within(panel).getByRole('button', { name: 'Gem' }));
    expect(
      await within(panel).findByText('Et digitalt møde kræver et link, der begynder med https://'),
    ).toBeTruthy();
    expect(link.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(link));

    await user.clear(link);
    await user.type(link, 'https://moede.example.dk/123');
    await waitFor(() =>
      expect(
        within(panel).queryByText('Et digitalt møde kræver et link, der begynder med https://'),
      ).toBeNull(),
    );
    expect(within(panel).getByText('Gyldigt https-link')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('focuses the first missing field in reading order at "Gem"', async () => {
    personApi({});
    const { panel, user } = await openPanel();

    await user.click(within(panel).getByRole('button', { name: 'Gem' }));
    expect(await within(panel).findByText('Skriv mødets dato')).toBeTruthy();
    expect(within(panel).getByText('Skriv, hvornår mødet starter')).toBeTruthy();
    expect(within(panel).getByText('Vælg en mødeform')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByLabelText('Dato')));
  });

  it('saves a jobsamtale in Copenhagen time with the end 30 minutes after the start, and lists it', async () => {
    let gemt: Indkaldelse[] = [];
    const ny = indkaldelse({
      moedeform: { id: 8, navn: 'Digitalt møde', aktiv: true },
      adresse: null,
      lokationsuddybning: null,
      digitaltMoedelink: 'https://moede.example.dk/123',
    });
    const { calls } = personApi({
      indkaldelser: () => gemt,
      opret: () => {
        gemt = [ny];
        return json(ny, 201);
      },
    });
    const { panel, user, router } = await openPanel();

    await user.type(within(panel).getByLabelText('Dato'), '2026-11-27');
    await user.type(within(panel).getByLabelText('Starter kl.'), '930');
    expect(within(panel).getByLabelText<HTMLInputElement>('Slutter kl.').value).toBe('10.00');
    await user.click(within(panel).getByLabelText('Digitalt møde'));
    await user.type(
      within(panel).getByLabelText('Link til det digitale møde'),
      'https://moede.example.dk/123',
    );
    await user.click(within(panel).getByRole('button', { name: 'Gem' }));

    // Focus moves to the confirmation, a status, instead of falling to <body> with the closed panel.
    const heading = await screen.findByText('Mødet er gemt');
    const alert = heading.closest('.alert');
    expect(alert?.getAttribute('role')).toBe('status');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.headers['x-csrf-token']).toBe('csrf-token-123');
    expect(post?.body).toEqual({
      samtaletype: 7,
      start: '2026-11-27T09:30:00+01:00',
      slut: '2026-11-27T10:00:00+01:00',
      moedeform: 8,
      digitaltMoedelink: 'https://moede.example.dk/123',
      personligtFremmoedePaakraevet: false,
    });
    expect(router.state.location.search).toBe('');
    expect(screen.queryByRole('region', { name: 'Indkald til samtale' })).toBeNull();
    const liste = await screen.findByRole('heading', { level: 3, name: /27\.11\.2026 kl\. 09\.30–10\.00/ });
    expect(liste.closest('li')?.textContent).toContain('Digitalt møde');
  });

  it('fills date and times with one click on a free slot; booked slots are not offered', async () => {
    personApi({});
    const { panel, user } = await openPanel();

    const tider = await within(panel).findByRole('list', { name: 'Ledige tider fra jobcentrets mødetilbud' });
    const knapper = within(tider).getAllByRole('button');
    expect(knapper).toHaveLength(1);
    await user.click(knapper[0] as HTMLElement);

    expect(within(panel).getByLabelText<HTMLInputElement>('Dato').value).toBe('2026-11-30');
    expect(within(panel).getByLabelText<HTMLInputElement>('Starter kl.').value).toBe('10.00');
    expect(within(panel).getByLabelText<HTMLInputElement>('Slutter kl.').value).toBe('10.45');
    expect(knapper[0]?.getAttribute('aria-pressed')).toBe('true');
    // The slot's place and first form come with it (issue 18: an in-person meeting from a slot had no address).
    expect(within(panel).getByLabelText<HTMLInputElement>('Personlig kontakt').checked).toBe(true);
    expect(within(panel).getByLabelText<HTMLInputElement>('Adresse').value).toBe(
      'Stationsvej 2, 2970 Hørsholm',
    );
  });

  it('makes the free slots one Tab stop that the arrow keys move through (issue 18)', async () => {
    const tider = ['09:00', '10:00', '11:00'].map((tid, i) =>
      moedetilbud({
        id: `3333333${i}-3333-4333-8333-333333333333`,
        start: `2026-11-30T${tid}:00.000Z`,
        slut: `2026-11-30T${tid.slice(0, 2)}:30:00.000Z`,
      }),
    );
    personApi({ tilbud: tider });
    const { panel, user } = await openPanel();

    const liste = await within(panel).findByRole('list', { name: 'Ledige tider fra jobcentrets mødetilbud' });
    const knapper = within(liste).getAllByRole('button');
    expect(knapper.map((knap) => knap.tabIndex)).toEqual([0, -1, -1]);
    knapper[0]?.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(knapper[2]);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(knapper[0]);
    await user.keyboard('{End}{Enter}');
    expect(within(panel).getByLabelText<HTMLInputElement>('Starter kl.').value).toBe('12.00');
    expect(knapper.map((knap) => knap.tabIndex)).toEqual([-1, -1, 0]);
    // Tab leaves the slots at once, to the mødeform
    await user.tab();
    expect(document.activeElement).toBe(within(panel).getByLabelText('Personlig kontakt'));
  });

  it('takes a typed time as four digits and shows it the Danish way; says so when it is no time (issue 18)', async () => {
    personApi({});
    const { panel, user } = await openPanel();

    await user.type(within(panel).getByLabelText('Dato'), '2026-11-27');
    const start = within(panel).getByLabelText<HTMLInputElement>('Starter kl.');
    await user.type(start, '1315');
    await user.tab();
    expect(start.value).toBe('13.15');
    expect(within(panel).getByLabelText<HTMLInputElement>('Slutter kl.').value).toBe('13.45');

    await user.clear(start);
    await user.type(start, '2560');
    await user.click(within(panel).getByRole('button', { name: 'Gem' }));
    expect(await within(panel).findByText('Skriv klokkeslættet som tt.mm, fx 09.30')).toBeTruthy();
    expect(document.activeElement).toBe(start);
  });

  it('offers the free slots of a typed date', async () => {
    personApi({});
    const { panel, user } = await openPanel();

    await user.type(within(panel).getByLabelText('Dato'), '2026-11-30');
    const tider = await within(panel).findByRole('list', {
      name: 'Ledige tider 30.11.2026 fra jobcentrets mødetilbud',
    });
    expect(within(tider).getByRole('button').textContent).toContain('30.11.2026 kl. 10.00–10.45');
    expect(
      within(tider).getByRole('button', { name: /Personlig kontakt, Telefon, Digitalt møde/ }),
    ).toBeTruthy();
  });

  it("puts the API's errors beside their fields, focuses the first and keeps what was typed", async () => {
    personApi({
      opret: () =>
        problem(400, 'DIGITALT_MOEDELINK_MANGLER', 'Et digitalt møde kræver et https-link', {
          detail: 'Linket skal kunne åbnes af borgeren',
          errors: [
            { path: 'digitaltMoedelink', message: 'Linket kan ikke åbnes: brug mødesystemets https-link' },
          ],
        }),
    });
    const { panel, user } = await openPanel();

    await user.type(within(panel).getByLabelText('Dato'), '2026-11-27');
    await user.type(within(panel).getByLabelText('Starter kl.'), '09:30');
    await user.click(within(panel).getByLabelText('Digitalt møde'));
    const link = within(panel).getByLabelText<HTMLInputElement>('Link til det digitale møde');
    await user.type(link, 'https://localhost');
    await user.click(within(panel).getByRole('button', { name: 'Gem' }));

    expect(
      await within(panel).findByText('Linket kan ikke åbnes: brug mødesystemets https-link'),
    ).toBeTruthy();
    expect(link.getAttribute('aria-describedby')).toContain('indkald-digitaltMoedelink-error');
    await waitFor(() => expect(document.activeElement).toBe(link));
    expect(link.value).toBe('https://localhost');
    expect(within(panel).getByLabelText<HTMLInputElement>('Dato').value).toBe('2026-11-27');
  });

  it('maps a rule code without errors[] to its field, and "start" to the start time', async () => {
    let svar = () =>
      problem(400, 'MOEDEFORM_UDGAAET', 'Mødeformen er udgået og kan ikke bruges', {
        detail: 'Mødeformen er udgået: vælg 1, 2, 3, 8 eller 9',
      });
    personApi({ opret: () => svar() });
    const { panel, user } = await openPanel();

    await user.type(within(panel).getByLabelText('Dato'), '2026-11-27');
    await user.type(within(panel).getByLabelText('Starter kl.'), '09:30');
    await user.click(within(panel).getByLabelText('Telefon'));
    await user.click(within(panel).getByRole('button', { name: 'Gem' }));

    const former = within(panel).getByRole('group', { name: 'Mødeform' });
    expect(await within(former).findByText('Mødeformen er udgået: vælg 1, 2, 3, 8 eller 9')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(panel).getByLabelText('Personlig kontakt')),
    );

    svar = () =>
      problem(400, 'VALIDERINGSFEJL', 'Oplysningerne er ikke gyldige', {
        errors: [{ path: 'start', message: 'Mødet kan ikke ligge i fortiden' }],
      });
    await user.click(within(panel).getByRole('button', { name: 'Gem' }));
    expect(await within(panel).findByText('Mødet kan ikke ligge i fortiden')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByLabelText('Starter kl.')));
  });
});

describe('Indkald til samtale: what is unusual is asked about before it is saved (issue 18)', () => {
  async function udfyld(
    panel: HTMLElement,
    user: ReturnType<typeof userEvent.setup>,
    dato: string,
    tid: string,
  ) {
    await user.type(within(panel).getByLabelText('Dato'), dato);
    await user.type(within(panel).getByLabelText('Starter kl.'), tid);
    await user.click(within(panel).getByLabelText('Telefon'));
    await user.click(within(panel).getByRole('button', { name: 'Gem' }));
  }

  it('asks before saving a meeting in the past, and "Gem alligevel" saves it', async () => {
    const { calls } = personApi({});
    const { panel, user } = await openPanel();

    await udfyld(panel, user, '2026-11-19', '0900');
    const advarsel = await within(panel).findByRole('alert');
    expect(within(advarsel).getByRole('heading', { name: 'Vil du gemme mødet alligevel?' })).toBeTruthy();
    expect(advarsel.textContent).toContain('Mødet ligger før nu');
    await waitFor(() => expect(document.activeElement).toBe(advarsel));
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await user.click(within(advarsel).getByRole('button', { name: 'Gem alligevel' }));
    await waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(calls.find((call) => call.method === 'POST')?.body).toMatchObject({
      start: '2026-11-19T09:00:00+01:00',
    });
  });

  it('asks about a meeting more than a year ahead; "Ret tidspunktet" goes back to the date and saves nothing', async () => {
    const { calls } = personApi({});
    const { panel, user } = await openPanel();

    await udfyld(panel, user, '2099-01-05', '0900');
    const advarsel = await within(panel).findByRole('alert');
    expect(advarsel.textContent).toContain('Mødet ligger mere end et år ude i fremtiden');
    await user.click(within(advarsel).getByRole('button', { name: 'Ret tidspunktet' }));
    expect(document.activeElement).toBe(within(panel).getByLabelText('Dato'));
    expect(within(panel).queryByRole('alert')).toBeNull();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it("names the citizen's other meetings at that time, another myndighed's too, before the second is saved", async () => {
    const { calls } = personApi({
      indkaldelser: () => [
        indkaldelse({
          start: '2026-11-27T09:00:00.000Z',
          slut: '2026-11-27T10:00:00.000Z',
          jobcenter: { nummer: '10100', navn: 'Jobcenter København' },
          samtaletype: { id: 2, navn: 'Opfølgningssamtale' },
        }),
        indkaldelse({ id: '55555555-5555-4555-8555-555555555555', aflyst: true }),
      ],
    });
    const { panel, user } = await openPanel();

    // 10.30 Copenhagen time is 09.30 UTC, inside the other meeting
    await udfyld(panel, user, '2026-11-27', '1030');
    const advarsel = await within(panel).findByRole('alert');
    expect(advarsel.textContent).toContain('Borgeren har et andet møde på samme tid:');
    expect(advarsel.textContent).toContain(
      '27.11.2026 kl. 10.00–11.00 · Opfølgningssamtale · Jobcenter København',
    );
    expect(advarsel.textContent).not.toContain('09.30–10.00');
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    // A time that is free is saved without a question
    await user.click(within(advarsel).getByRole('button', { name: 'Ret tidspunktet' }));
    const start = within(panel).getByLabelText('Starter kl.');
    await user.clear(start);
    await user.type(start, '1100');
    await user.click(within(panel).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1));
  });
});
