import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hoersholmByg, nordkystRengoering, sbSession, vkSession } from '../../test/fixtures';
import { hoersholmBygMedJobordrer, JOBORDRE_ID, nordkystMedJobordrer } from '../../test/jobordre-fixtures';
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
      order.filter((element) => element.closest('[role="alert"]') === null || element === alert).slice(0, 4),
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

  it('lists the company’s jobordrer with candidate counts, recent formidlinger without citizens, and the actions', async () => {
    api('/api/virksomheder/31501202', () => json(hoersholmBygMedJobordrer));
    renderApp('/virksomheder/31501202');

    const jobordrer = await screen.findByRole('table', { name: 'Virksomhedens jobordrer' });
    const toemrer = within(jobordrer).getByRole('row', { name: /Tømrer til renovering/ });
    expect(within(toemrer).getByRole('link').getAttribute('href')).toBe(`/jobordrer/${JOBORDRE_ID}`);
    expect(
      within(toemrer)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Tømrer til renovering', 'Åben', '2', '2', '15.12.2026', 'Jobcenter Hørsholm']);
    expect(within(jobordrer).getByRole('row', { name: /Murerlærling/ }).textContent).toContain('Lukket');

    const formidlinger = screen.getByRole('table', {
      name: 'Seneste formidlinger til virksomhedens jobordrer',
    });
    expect(within(formidlinger).getAllByRole('row')).toHaveLength(3);
    expect(formidlinger.textContent).toContain('Formidling tilgængelig for virksomhed');
    expect(formidlinger.textContent).not.toContain('Anna');

    expect(screen.getByRole('link', { name: 'Opret jobordre' }).getAttribute('href')).toBe(
      '/jobordrer/ny?cvr=31501202',
    );
    expect(screen.getByRole('link', { name: 'Udskriv besøgsark' }).getAttribute('href')).toBe(
      '/virksomheder/31501202/besoegsark',
    );
  });

  it('lets a virksomhedskonsulent register and end konflikt notices', async () => {
    const { calls } = mockApi([
      { path: '/api/auth/me', respond: () => json(vkSession) },
      { path: '/api/virksomheder/31501202', respond: () => json(hoersholmBygMedJobordrer) },
      {
        method: 'POST',
        path: '/api/virksomheder/31501202/konfliktvarsler',
        respond: () =>
          json({ ...nordkystMedJobordrer, cvrNummer: '31501202', navn: 'Hørsholm Byg ApS' }, 201),
      },
      {
        method: 'POST',
        path: '/api/konfliktvarsler/kv-1/afslut',
        respond: () => json(hoersholmBygMedJobordrer),
      },
    ]);
    renderApp('/virksomheder/31501202');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Registrér konfliktvarsel' }));
    const form = screen.getByRole('form', { name: 'Registrér konfliktvarsel' });
    await user.type(within(form).getByLabelText('Beskrivelse af konflikten'), 'Blokade fra 3F');
    await user.selectOptions(within(form).getByLabelText('P-enhed (valgfri)'), '1017654321');
    await user.clear(within(form).getByLabelText('Fra'));
    await user.type(within(form).getByLabelText('Fra'), '2026-12-01');
    await user.click(within(form).getByRole('button', { name: 'Gem konfliktvarsel' }));

    expect(await screen.findByText('Konfliktvarslet er registreret')).toBeTruthy();
    expect(calls.find((call) => call.url.endsWith('/konfliktvarsler'))?.body).toEqual({
      pNummer: '1017654321',
      fraDato: '2026-12-01',
      tilDato: null,
      tekst: 'Blokade fra 3F',
    });
    // The answer is the company as it is now: the alert is first on the page.
    expect(screen.getByRole('alert').textContent).toContain('Konfliktramt virksomhed');

    await user.click(screen.getByRole('button', { name: /Afslut konfliktvarslet fra 01.11.2026/ }));
    const afslut = screen.getByRole('form', { name: 'Afslut konfliktvarsel' });
    expect((within(afslut).getByLabelText('Sidste dag med konflikt') as HTMLInputElement).value).toBe(
      '2026-11-01',
    );
    await user.click(within(afslut).getByRole('button', { name: 'Afslut varsel' }));
    expect(await screen.findByText('Konfliktvarslet er afsluttet pr. 01.11.2026')).toBeTruthy();
    expect(calls.find((call) => call.url.endsWith('/afslut'))?.body).toEqual({ tilDato: '2026-11-01' });
  });

  it('shows a sagsbehandler the konflikt actions disabled, with the reason', async () => {
    mockApi([
      { path: '/api/auth/me', respond: () => json(sbSession) },
      { path: '/api/virksomheder/37200417', respond: () => json(nordkystMedJobordrer) },
    ]);
    renderApp('/virksomheder/37200417');

    const knap = await screen.findByRole('button', { name: 'Registrér konfliktvarsel' });
    expect(knap.hasAttribute('disabled')).toBe(true);
    const grund = document.getElementById(knap.getAttribute('aria-describedby') ?? '');
    expect(grund?.textContent).toBe('Kun virksomhedskonsulenter kan registrere og afslutte konfliktvarsler.');
    expect(screen.getByRole('button', { name: /Afslut konfliktvarslet/ }).hasAttribute('disabled')).toBe(
      true,
    );
  });
});
