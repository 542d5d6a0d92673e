import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hoersholmByg, sbSession } from '../../test/fixtures';
import { JOBORDRE_ID, jobordre } from '../../test/jobordre-fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

const me = { path: '/api/auth/me', respond: () => json(sbSession) };

const nordkystJobordre = jobordre({
  id: '9c5a1e3d-4f6b-4c8d-8e2f-3a4b5c6d7e8f',
  titel: 'Rengøringsassistent',
  virksomhed: { cvrNummer: '37200417', navn: 'Nordkyst Rengøring A/S', pNummer: null },
  ansoegningsfrist: null,
  ansvarligtJobcenter: { nummer: '10100', navn: 'Jobcenter København' },
  konfliktramt: true,
  antalKandidater: 0,
});

describe('Jobordrer list', () => {
  it('lists every jobordre with its company, status, counts and a red Konfliktramt badge', async () => {
    mockApi([me, { path: '/api/jobordrer', respond: () => json({ items: [jobordre(), nordkystJobordre] }) }]);
    renderApp('/jobordrer');

    const table = await screen.findByRole('table', { name: 'Jobordrer' });
    expect(document.title).toBe('Jobordrer – Jobcenter');
    expect(screen.getByRole('heading', { level: 1, name: 'Jobordrer' })).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Titel',
      'Virksomhed',
      'Status',
      'Stillinger',
      'Kandidater',
      'Ansøgningsfrist',
      'Ansvarligt jobcenter',
    ]);
    const toemrer = within(table).getByRole('row', { name: /Tømrer til renovering/ });
    expect(within(toemrer).getByRole('link', { name: 'Tømrer til renovering' }).getAttribute('href')).toBe(
      `/jobordrer/${JOBORDRE_ID}`,
    );
    expect(toemrer.textContent).toContain('Åben');
    expect(toemrer.textContent).toContain('15.12.2026');
    expect(within(toemrer).queryByText('Konfliktramt')).toBeNull();
    const nordkyst = within(table).getByRole('row', { name: /Rengøringsassistent/ });
    expect(within(nordkyst).getByText('Konfliktramt').className).toBe('badge badge-error');
    expect(nordkyst.textContent).toContain('Jobcenter København');
    expect(screen.getByRole('status').textContent).toBe('2 jobordrer');
    const nav = screen.getByRole('navigation', { name: 'Hovedmenu' });
    expect(within(nav).getByRole('link', { name: 'Jobordrer' }).getAttribute('aria-current')).toBe('page');
  });

  it('keeps the filters in the URL and asks the API with them', async () => {
    const { calls } = mockApi([
      me,
      { path: '/api/jobordrer', respond: () => json({ items: [jobordre(), nordkystJobordre] }) },
      {
        path: '/api/jobordrer?status=1&q=t%C3%B8mrer&cvrNummer=31501202',
        respond: () => json({ items: [jobordre()] }),
      },
    ]);
    const { router } = renderApp('/jobordrer');
    const user = userEvent.setup();

    await screen.findByRole('table', { name: 'Jobordrer' });
    await user.selectOptions(screen.getByLabelText('Status'), '1');
    await user.type(screen.getByLabelText('Virksomhed (CVR-nummer)'), '31501202');
    await user.type(screen.getByLabelText('Fritekst (titel, beskrivelse, virksomhed)'), 'tømrer');
    await user.click(screen.getByRole('button', { name: 'Vis jobordrer' }));

    expect(await screen.findByText('1 jobordre')).toBeTruthy();
    expect(router.state.location.search).toBe('?status=1&cvrNummer=31501202&q=t%C3%B8mrer');
    expect(calls.map((call) => call.url)).toContain(
      '/api/jobordrer?status=1&q=t%C3%B8mrer&cvrNummer=31501202',
    );
    // The company's page is one click away, and "Opret jobordre" brings the company along.
    expect(screen.getByRole('link', { name: 'Opret jobordre' }).getAttribute('href')).toBe(
      '/jobordrer/ny?cvr=31501202',
    );
  });

  it('shows an invalid CVR number beside its field and asks nothing', async () => {
    const { calls } = mockApi([me]);
    renderApp('/jobordrer?cvrNummer=12345678');

    expect(
      await screen.findByText('CVR-nummeret skal være 8 cifre og bestå modulus 11-kontrollen'),
    ).toBeTruthy();
    expect(calls.map((call) => call.url)).toEqual(['/api/auth/me']);
  });

  it('says what to do when nothing matches, and retries after an error', async () => {
    let svar = () => problem(500, 'INTERN_FEJL', 'Der opstod en uventet fejl');
    mockApi([me, { path: '/api/jobordrer?q=zzz', respond: () => svar() }]);
    renderApp('/jobordrer?q=zzz');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Der opstod en uventet fejl' })).toBeTruthy();
    svar = () => json({ items: [] });
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByText(/Ingen jobordrer matcher filtrene/)).toBeTruthy();
  });
});

describe('Opret jobordre', () => {
  it('fills in the company from its page, offers its P-units and the own myndighed\u2019s jobcentres', async () => {
    const { calls } = mockApi([
      me,
      {
        path: '/api/jobcentre',
        respond: () =>
          json({
            items: [
              { nummer: '10100', navn: 'Jobcenter København' },
              { nummer: '22300', navn: 'Jobcenter Hørsholm' },
              { nummer: '22301', navn: 'Jobcenter Hørsholm, Ungeenheden' },
            ],
          }),
      },
      { path: '/api/virksomheder/31501202', respond: () => json(hoersholmByg) },
      { method: 'POST', path: '/api/jobordrer', respond: () => json(jobordre(), 201) },
      { path: `/api/jobordrer/${JOBORDRE_ID}`, respond: () => new Promise<Response>(() => {}) },
    ]);
    const { router } = renderApp('/jobordrer/ny?cvr=31501202');
    const user = userEvent.setup();

    const titel = await screen.findByLabelText('Titel');
    expect(document.title).toBe('Opret jobordre – Jobcenter');
    expect((screen.getByLabelText('CVR-nummer') as HTMLInputElement).value).toBe('31501202');
    expect(await screen.findByText('Hørsholm Byg ApS')).toBeTruthy();
    const pEnhed = screen.getByLabelText('P-enhed (valgfri)');
    await within(pEnhed).findByRole('option', { name: /1017654322/ });
    const jobcenter = screen.getByLabelText('Ansvarligt jobcenter') as HTMLSelectElement;
    await within(jobcenter).findByRole('option', { name: /Ungeenheden/ });
    expect(Array.from(jobcenter.options).map((option) => option.value)).toEqual(['22300', '22301']);
    expect(jobcenter.value).toBe('22300');

    await user.type(titel, 'Tømrer til renovering');
    await user.selectOptions(pEnhed, '1017654321');
    await user.click(screen.getByRole('button', { name: 'Opret jobordre' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe(`/jobordrer/${JOBORDRE_ID}`));
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      titel: 'Tømrer til renovering',
      beskrivelse: '',
      cvrNummer: '31501202',
      pNummer: '1017654321',
      antalStillinger: 1,
      ansoegningsfrist: null,
      ansvarligtJobcenter: '22300',
    });
  });

  it('asks for a whole number of positions and a CVR number before anything is sent', async () => {
    const { calls } = mockApi([me, { path: '/api/jobcentre', respond: () => json({ items: [] }) }]);
    renderApp('/jobordrer/ny');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Titel'), 'Kok');
    const antal = screen.getByLabelText('Antal stillinger');
    await user.clear(antal);
    await user.type(antal, '2.5');
    await user.click(screen.getByRole('button', { name: 'Opret jobordre' }));

    expect(await screen.findByText('Skriv antallet af stillinger som et helt tal')).toBeTruthy();
    expect(screen.getByText('Skriv CVR-nummeret')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('puts the API\u2019s errors beside the fields they name', async () => {
    mockApi([
      me,
      { path: '/api/jobcentre', respond: () => json({ items: [] }) },
      { path: '/api/virksomheder/41803576', respond: () => problem(404, 'IKKE_FUNDET', 'Ikke fundet') },
      {
        method: 'POST',
        path: '/api/jobordrer',
        respond: () =>
          problem(400, 'VALIDERINGSFEJL', 'Oplysningerne er ikke gyldige', {
            errors: [{ path: 'cvrNummer', message: 'Virksomheden findes ikke' }],
          }),
      },
    ]);
    renderApp('/jobordrer/ny');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Titel'), 'Kok');
    await user.type(screen.getByLabelText('CVR-nummer'), '41803576');
    expect(await screen.findByText('Der findes ingen virksomhed med CVR-nummeret')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Opret jobordre' }));

    expect(await screen.findByText('Virksomheden findes ikke')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('CVR-nummer'));
  });
});
