import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import type { Fravaer, FravaerDetalje } from '@jobcenter/domain/fravaer/fravaer.contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNA_ID, anna, indkaldelse, sbSession } from '../../test/fixtures';
import { json, mockApi, noContent, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import type { FravaerForhaandsvisning, FravaersaarsagValg } from './fravaer-queries';

beforeEach(() => {
  // Only Date is faked: "today" is 20.11.2026, and Testing Library's waiting (and the preview's pause) still run.
  vi.useFakeTimers({ now: new Date('2026-11-20T10:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const FRAVAER_ID = '99999999-9999-4999-8999-999999999999';

function aarsag(id: number, navn: string, extra: Partial<FravaersaarsagValg> = {}): FravaersaarsagValg {
  return {
    id,
    navn,
    beskrivelse: navn,
    kanOprettes: true,
    tilladt: true,
    fritagerForSelvbooking: 'ja',
    mindreIntensivIndsats: false,
    ...extra,
  };
}

const aarsager: FravaersaarsagValg[] = [
  aarsag(1, 'Uddannelse', { fritagerForSelvbooking: 'nej' }),
  aarsag(11, 'Sygdom - sygemelding', { fritagerForSelvbooking: 'kun-i-aktiv-indsats' }),
  aarsag(45, 'På vej i job (inden for 6 uger)', { mindreIntensivIndsats: true }),
  aarsag(75, 'Kontaktforløb er hos a-kassen', { tilladt: false }),
  aarsag(78, 'Arbejdsfordeling – ny midlertidig ordning. COVID-19', { kanOprettes: false }),
  aarsag(79, 'Sorgorlov'),
];

function fravaer(overrides: Partial<Fravaer> = {}): Fravaer {
  return {
    id: FRAVAER_ID,
    borgerId: ANNA_ID,
    fravaersaarsag: { id: 79, navn: 'Sorgorlov', beskrivelse: 'Sorgorlov' },
    startdato: '2026-11-20',
    slutdato: '2026-12-03',
    kommentar: null,
    aktiv: true,
    jobcenter: { nummer: '22300', navn: 'Jobcenter Hørsholm' },
    version: 2,
    ...overrides,
  };
}

type Handler = Parameters<typeof mockApi>[0][number];

function api(options: {
  borger?: () => Borger;
  fravaer?: () => Fravaer[];
  forhaandsvisning?: () => FravaerForhaandsvisning;
  extra?: Handler[];
}) {
  return mockApi([
    { path: '/api/auth/me', respond: () => json(sbSession) },
    { path: `/api/borgere/${ANNA_ID}`, respond: () => json(options.borger?.() ?? anna) },
    {
      path: `/api/borgere/${ANNA_ID}/indkaldelser`,
      respond: () =>
        json({
          items: [indkaldelse(), indkaldelse({ id: '12121212-1212-4212-8212-121212121212', aflyst: true })],
        }),
    },
    { path: `/api/borgere/${ANNA_ID}/kontaktpersoner`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/indsatser`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/historik`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/fravaer`, respond: () => json({ items: options.fravaer?.() ?? [] }) },
    { path: '/api/fravaersaarsager?kontaktgruppe=1', respond: () => json({ items: aarsager }) },
    {
      method: 'POST',
      path: `/api/borgere/${ANNA_ID}/fravaer/forhaandsvisning`,
      respond: () =>
        json(
          options.forhaandsvisning?.() ?? {
            afvisning: null,
            konsekvenser: [
              { kind: 'selvbookingspligt-bortfalder', fra: '2026-11-20' },
              { kind: 'ingen-dagpenge', fra: '2026-11-20' },
              { kind: 'moeder-boer-flyttes', moeder: [{ id: indkaldelse().id, dato: '2026-11-27' }] },
            ],
          },
        ),
    },
    ...(options.extra ?? []),
  ]);
}

async function openPanel() {
  const view = renderApp(`/borgere/${ANNA_ID}/moeder`);
  const user = userEvent.setup();
  const kort = await screen.findByRole('region', { name: 'Anna Hansen' });
  await user.click(within(kort).getByRole('link', { name: 'Registrér fravær' }));
  const panel = await screen.findByRole('region', { name: 'Registrér fravær' });
  return { ...view, user, panel };
}

describe('the Fravær tab', () => {
  it('counts what it lists first, the active and coming fravær, and says so (issue 18)', async () => {
    api({
      fravaer: () => [
        fravaer({ id: '31313131-3131-4313-8313-313131313131', aktiv: false, startdato: '2026-12-01' }),
        fravaer({ id: '32323232-3232-4323-8323-323232323232', aktiv: false, startdato: '2027-01-04' }),
        fravaer({ id: '33333333-3333-4333-8333-333333333333', aktiv: false, startdato: '2027-02-01' }),
        fravaer({
          id: '34343434-3434-4343-8343-343434343434',
          aktiv: false,
          startdato: '2026-10-01',
          slutdato: '2026-10-14',
        }),
      ],
    });
    renderApp(`/borgere/${ANNA_ID}/fravaer`);

    const fane = await screen.findByRole('tab', { name: /^Fravær/ });
    await waitFor(() => expect(fane.textContent).toBe('Fravær 3 aktive eller kommende'));
    expect(fane.querySelector('.tab-antal')?.getAttribute('title')).toBe('3 aktive eller kommende');
    expect(await screen.findAllByText('Kommende')).toHaveLength(3);
  });
});

describe('Registrér fravær', () => {
  it('never offers 78 or a reason the kontaktgruppe may not have, starts today and describes the reason', async () => {
    api({});
    const { panel, router } = await openPanel();

    expect(router.state.location.pathname).toBe(`/borgere/${ANNA_ID}/fravaer`);
    expect(router.state.location.search).toBe('?registrer=ny');
    const select = within(panel).getByLabelText<HTMLSelectElement>('Årsag');
    await waitFor(() => expect(select.options.length).toBeGreaterThan(1));
    const values = [...select.options].map((option) => option.value);
    expect(values).toEqual(['', '1', '11', '45', '79']);
    expect(values).not.toContain('78');
    expect(select.textContent).not.toContain('COVID-19');
    await waitFor(() => expect(document.activeElement).toBe(select));
    expect(within(panel).getByLabelText<HTMLInputElement>('Startdato').value).toBe('2026-11-20');
    expect(within(panel).getByLabelText<HTMLInputElement>('Slutdato (valgfri)').value).toBe('');
    expect(within(panel).getByText('Skriv ikke diagnoser eller andre helbredsoplysninger')).toBeTruthy();

    const user = userEvent.setup();
    await user.selectOptions(select, '45');
    const beskrivelse = document.getElementById(
      select.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '',
    );
    expect(beskrivelse?.textContent).toContain('Fritager for selvbooking · giver mindre intensiv indsats');
  });

  it('shows the consequences from the API before saving, links the meetings, saves and refetches the citizen', async () => {
    const { calls } = api({
      extra: [
        {
          method: 'POST',
          path: `/api/borgere/${ANNA_ID}/fravaer`,
          respond: () => json(fravaer({ version: 1 }), 201),
        },
      ],
    });
    const { panel, user } = await openPanel();
    const status = within(panel).getByRole('status');
    expect(status.textContent).toContain('Vælg årsag og startdato');

    await user.selectOptions(within(panel).getByLabelText('Årsag'), '79');
    await user.type(within(panel).getByLabelText('Slutdato (valgfri)'), '2026-12-03');

    await waitFor(() => expect(status.textContent).toContain('Selvbookingspligt bortfalder fra 20.11.2026'));
    expect(status.textContent).toContain('Ingen a-dagpenge fra 20.11.2026 (sorgorlov)');
    const link = within(status).getByRole('link', { name: '1 møde i perioden bør flyttes' });
    expect(link.getAttribute('href')).toBe(`/borgere/${ANNA_ID}/moeder?flyt=${indkaldelse().id}`);
    // The meeting it means, and not the cancelled one.
    expect(status.textContent).toContain('27.11.2026 kl. 09.30–10.00 · Jobsamtale');
    expect(within(status).getAllByRole('listitem')).toHaveLength(4);
    const forhaandsvisninger = calls.filter((call) => call.url.endsWith('/forhaandsvisning'));
    expect(forhaandsvisninger.at(-1)?.body).toEqual({
      fravaersaarsag: 79,
      startdato: '2026-11-20',
      slutdato: '2026-12-03',
    });
    expect(forhaandsvisninger.at(-1)?.headers['x-csrf-token']).toBe('csrf-token-123');

    const borgerKald = () => calls.filter((call) => call.url === `/api/borgere/${ANNA_ID}`).length;
    const foer = borgerKald();
    await user.click(within(panel).getByRole('button', { name: 'Gem' }));

    expect(await screen.findByRole('heading', { name: 'Fraværet er registreret' })).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST' && call.url.endsWith('/fravaer'))?.body).toEqual({
      fravaersaarsag: 79,
      startdato: '2026-11-20',
      slutdato: '2026-12-03',
    });
    expect(screen.queryByRole('region', { name: 'Registrér fravær' })).toBeNull();
    // The chips are derived from the fravær: the citizen is asked again.
    await waitFor(() => expect(borgerKald()).toBeGreaterThan(foer));
  });

  it('shows a refused reason as an error and disables Gem', async () => {
    const { calls } = api({
      forhaandsvisning: () => ({
        afvisning: 'Sorgorlov er ikke tilladt for borgerens kontaktgruppe 1',
        konsekvenser: [],
      }),
    });
    const { panel, user } = await openPanel();

    await user.selectOptions(within(panel).getByLabelText('Årsag'), '79');
    const gem = within(panel).getByRole('button', { name: 'Gem' });
    await waitFor(() => expect((gem as HTMLButtonElement).disabled).toBe(true));
    const afvisning = within(panel).getByText('Sorgorlov er ikke tilladt for borgerens kontaktgruppe 1');
    expect(gem.getAttribute('aria-describedby')).toBe(afvisning.id);
    await user.click(gem);
    expect(calls.some((call) => call.method === 'POST' && call.url.endsWith('/fravaer'))).toBe(false);

    // Another reason is judged again and may be saved.
    await user.selectOptions(within(panel).getByLabelText('Årsag'), '1');
    expect(within(panel).getByLabelText<HTMLSelectElement>('Årsag').value).toBe('1');
  });

  it('asks for the berigtigelseskommentar inline before deleting, and shows it in the history', async () => {
    let items = [fravaer()];
    const detalje: FravaerDetalje = {
      ...fravaer({ version: 3, aktiv: false }),
      slettet: true,
      versioner: [
        {
          version: 1,
          aendringstype: 1,
          tidspunkt: '2026-11-20T09:00:00Z',
          bruger: 'sb22300',
          myndighed: { kode: '223', navn: 'Hørsholm Kommune' },
          fravaersaarsag: { id: 79, navn: 'Sorgorlov', beskrivelse: 'Sorgorlov' },
          startdato: '2026-11-20',
          slutdato: '2026-12-10',
          kommentar: null,
          berigtigelseskommentar: null,
          aendringer: [],
        },
        {
          version: 2,
          aendringstype: 2,
          tidspunkt: '2026-11-20T09:05:00Z',
          bruger: 'sb22300',
          myndighed: { kode: '223', navn: 'Hørsholm Kommune' },
          fravaersaarsag: { id: 79, navn: 'Sorgorlov', beskrivelse: 'Sorgorlov' },
          startdato: '2026-11-20',
          slutdato: '2026-12-03',
          kommentar: null,
          berigtigelseskommentar: null,
          aendringer: ['Slutdato: 10.12.2026 → 03.12.2026'],
        },
        {
          version: 3,
          aendringstype: 3,
          tidspunkt: '2026-11-20T09:30:00Z',
          bruger: 'sb22300',
          myndighed: { kode: '223', navn: 'Hørsholm Kommune' },
          fravaersaarsag: { id: 79, navn: 'Sorgorlov', beskrivelse: 'Sorgorlov' },
          startdato: '2026-11-20',
          slutdato: '2026-12-03',
          kommentar: null,
          berigtigelseskommentar: 'Registreret på forkert borger',
          aendringer: [],
        },
      ],
    };
    const { calls } = api({
      fravaer: () => items,
      extra: [
        {
          method: 'DELETE',
          path: `/api/fravaer/${FRAVAER_ID}`,
          respond: () => {
            items = [];
            return noContent();
          },
        },
        { path: `/api/fravaer/${FRAVAER_ID}`, respond: () => json(detalje, 200, { ETag: '"3"' }) },
      ],
    });
    renderApp(`/borgere/${ANNA_ID}/fravaer`);
    const user = userEvent.setup();

    const heading = await screen.findByRole('heading', { level: 3, name: 'Sorgorlov (79)' });
    const item = heading.closest('li') as HTMLElement;
    expect(item.textContent).toContain('20.11.2026–03.12.2026');
    expect(item.textContent).toContain('Aktiv');
    await user.click(within(item).getByRole('button', { name: /^Slet/ }));
    const kommentar = within(item).getByLabelText('Berigtigelseskommentar');
    // R9: Anna is in kontaktgruppe 1 with an a-kasse, which is told of the deletion (issue 18)
    expect(kommentar.getAttribute('aria-describedby')).toBeTruthy();
    expect(item.textContent).toContain('A-kasse Nord får besked om sletningen, når du bekræfter.');
    expect(document.activeElement).toBe(kommentar);

    await user.click(within(item).getByRole('button', { name: 'Bekræft sletning' }));
    expect(await within(item).findByText('Skriv en berigtigelseskommentar')).toBeTruthy();
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    await user.type(kommentar, 'Registreret på forkert borger');
    await user.click(within(item).getByRole('button', { name: 'Bekræft sletning' }));

    const slettet = await screen.findByRole('heading', { name: 'Fraværet er slettet' });
    const sletning = calls.find((call) => call.method === 'DELETE');
    expect(sletning?.headers['if-match']).toBe('"2"');
    expect(sletning?.body).toEqual({ berigtigelseskommentar: 'Registreret på forkert borger' });
    expect(await screen.findByText(/Borgeren har intet registreret fravær/)).toBeTruthy();

    const alert = slettet.closest('.alert') as HTMLElement;
    await user.click(within(alert).getByRole('button', { name: 'Vis historik' }));
    const tabel = await within(alert).findByRole('table');
    const raekker = within(tabel).getAllByRole<HTMLTableRowElement>('row').slice(1);
    expect(raekker.map((raekke) => raekke.cells[1]?.textContent)).toEqual(['Slettet', 'Ændret', 'Oprettet']);
    expect(raekker[0]?.textContent).toContain('Berigtigelse: Registreret på forkert borger');
    expect(raekker[1]?.textContent).toContain('Slutdato: 10.12.2026 → 03.12.2026');
    expect(raekker[2]?.textContent).toContain('20.11.2026 kl. 10.00');
    expect(raekker[2]?.textContent).toContain('sb22300');
  });

  it('keeps the input on a stale edit (412), shows the fravær as it is now and saves on the new version', async () => {
    let patches = 0;
    const nu: FravaerDetalje = {
      ...fravaer({ version: 3, kommentar: 'Rettet af en kollega' }),
      slettet: false,
      versioner: [],
    };
    const { calls } = api({
      fravaer: () => [fravaer()],
      extra: [
        {
          method: 'PATCH',
          path: `/api/fravaer/${FRAVAER_ID}`,
          respond: () => {
            patches += 1;
            return patches === 1
              ? problem(412, 'VERSION_KONFLIKT', 'Nogen har ændret oplysningerne, siden du åbnede dem')
              : json(fravaer({ version: 4, slutdato: '2026-12-10' }));
          },
        },
        { path: `/api/fravaer/${FRAVAER_ID}`, respond: () => json(nu, 200, { ETag: '"3"' }) },
      ],
    });
    renderApp(`/borgere/${ANNA_ID}/fravaer`);
    const user = userEvent.setup();

    const item = (await screen.findByRole('heading', { level: 3, name: 'Sorgorlov (79)' })).closest(
      'li',
    ) as HTMLElement;
    await user.click(within(item).getByRole('button', { name: /^Ret/ }));
    const slut = within(item).getByLabelText<HTMLInputElement>('Slutdato (valgfri)');
    await user.clear(slut);
    await user.type(slut, '2026-12-10');
    await user.click(within(item).getByRole('button', { name: 'Gem ændringer' }));

    expect(await within(item).findByText('Nogen har ændret fraværet, siden du åbnede det')).toBeTruthy();
    expect(within(item).getByText('Rettet af en kollega')).toBeTruthy();
    expect(slut.value).toBe('2026-12-10');
    const forste = calls.filter((call) => call.method === 'PATCH')[0];
    expect(forste?.headers['if-match']).toBe('"2"');
    expect(forste?.body).toEqual({ slutdato: '2026-12-10' });

    await user.click(within(item).getByRole('button', { name: 'Gem ændringer' }));
    await waitFor(() => expect(calls.filter((call) => call.method === 'PATCH')).toHaveLength(2));
    const anden = calls.filter((call) => call.method === 'PATCH')[1];
    expect(anden?.headers['if-match']).toBe('"3"');
    expect(anden?.body).toEqual({ slutdato: '2026-12-10', kommentar: null });
  });
});

describe('status chips on the card', () => {
  it('explains an exemption, the joblog and sorgorlov on focus, and shows the a-kasse with its dagpengeret', async () => {
    const fritaget: Borger = {
      ...anna,
      dagpengeretFra: '2026-01-15',
      selvbooking: {
        pligt: false,
        frataget: false,
        grund: { kind: 'fritaget', fravaersaarsag: 79, slutdato: '2026-12-11' },
        fritagetAf: [FRAVAER_ID],
      },
      dagpengeUdelukket: true,
      joblog: {
        krav: true,
        grund: { kind: 'krav', kontaktgruppe: 1 },
        fritagetAf: [],
        antalDenneMaaned: 2,
      },
    };
    api({ borger: () => fritaget });
    renderApp(`/borgere/${ANNA_ID}/moeder`);

    const kort = await screen.findByRole('region', { name: 'Anna Hansen' });
    expect(kort.textContent).toContain('A-kasse Nord (dagpengeret fra 15.01.2026)');
    expect(within(kort).queryByRole('button', { name: 'Selvbookingspligt' })).toBeNull();
    const chip = within(kort).getByRole('button', {
      name: 'Fritaget for selvbooking (Sorgorlov til 11.12)',
    });
    chip.focus();
    const forklaring = document.getElementById(chip.getAttribute('aria-describedby') ?? '');
    expect(forklaring?.getAttribute('role')).toBe('tooltip');
    expect(forklaring?.textContent).toContain('fritager for pligten til selv at booke');
    expect(forklaring?.textContent).toContain('Sorgorlov til 11.12.2026');
    const dagpenge = within(kort).getByRole('button', { name: 'Ingen a-dagpenge (sorgorlov)' });
    expect(document.getElementById(dagpenge.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'sorgorlov',
    );
    expect(within(kort).getByRole('button', { name: 'Joblog påkrævet' })).toBeTruthy();
    expect(within(kort).getByRole('link', { name: '2 ansøgninger denne måned' }).getAttribute('href')).toBe(
      `/borgere/${ANNA_ID}/joblog`,
    );
  });

  it('says why there is no joblog requirement', async () => {
    api({
      borger: () => ({
        ...anna,
        joblog: {
          krav: false,
          grund: { kind: 'fritaget', fravaersaarsag: 11 },
          fritagetAf: [FRAVAER_ID],
          antalDenneMaaned: 0,
        },
      }),
    });
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const kort = await screen.findByRole('region', { name: 'Anna Hansen' });
    const chip = within(kort).getByRole('button', { name: 'Fritaget for joblog (Sygdom - sygemelding)' });
    chip.focus();
    expect(document.getElementById(chip.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Fritaget for joblog under fravær: Sygdom - sygemelding.',
    );
    expect(within(kort).getByRole('button', { name: 'Selvbookingspligt' })).toBeTruthy();
    expect(kort.textContent).not.toContain('ansøgninger denne måned');
  });

  it("R13: names the kontaktgruppe without a joblog requirement in the chip's explanation only", async () => {
    api({
      borger: () => ({
        ...anna,
        kontaktgruppe: 3,
        joblog: {
          krav: false,
          grund: { kind: 'kontaktgruppe-uden-krav', kontaktgruppe: 3 },
          fritagetAf: [],
          antalDenneMaaned: 0,
        },
      }),
    });
    renderApp(`/borgere/${ANNA_ID}/moeder`);
    const kort = await screen.findByRole('region', { name: 'Anna Hansen' });
    const chip = within(kort).getByRole('button', { name: 'Ingen joblog' });
    chip.focus();
    expect(document.getElementById(chip.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Ingen krav om joblog for aktivitetsparat kontanthjælpsmodtager.',
    );
  });
});
