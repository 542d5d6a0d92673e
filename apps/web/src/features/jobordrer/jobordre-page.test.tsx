import { formidlingAfvisningTekst } from '@jobcenter/domain/jobordre/jobordre.rules';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annaResultat, boResultat, cv, soegSvar } from '../../test/cv-fixtures';
import { ANNA_ID, anna, BO_ID, bo, sbSession, vkSession } from '../../test/fixtures';
import {
  formidling,
  JOBORDRE_ID,
  jobordreDetalje,
  kbhJobordre,
  konfliktJobordre,
  lukketJobordre,
} from '../../test/jobordre-fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

const PATH = `/jobordrer/${JOBORDRE_ID}`;
const API = `/api/jobordrer/${JOBORDRE_ID}`;
const me = (session = sbSession) => ({ path: '/api/auth/me', respond: () => json(session) });

function describedBy(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('jobordre detail: actions a rule forbids are disabled with the reason beside them', () => {
  it('R19: another myndighed\u2019s jobordre can be read, but its status and fields cannot be changed', async () => {
    const { calls } = mockApi([me(), { path: API, respond: () => json(kbhJobordre) }]);
    renderApp(PATH);

    expect(await screen.findByRole('heading', { level: 1, name: 'Tømrer til renovering' })).toBeTruthy();
    expect(document.title).toBe('Tømrer til renovering – Jobcenter');
    const grund = 'Jobordren hører til Jobcenter København. Kun jobcentre i samme kommune kan ændre den.';
    expect(screen.getByText(grund)).toBeTruthy();

    for (const navn of ['Sæt midlertidigt inaktiv', 'Luk jobordren', 'Ret jobordre']) {
      const knap = screen.getByRole('button', { name: navn });
      expect(knap.hasAttribute('disabled'), navn).toBe(true);
      expect(describedBy(knap)).toContain(grund);
    }
    // Changing the status is not a rule of formidling: proposing stays possible.
    expect(screen.getByRole('button', { name: 'Foreslå borger' }).hasAttribute('disabled')).toBe(false);

    // The candidate list: the own citizen with a link, another myndighed's without one.
    const tabel = screen.getByRole('table', { name: /Kandidater/ });
    const annaRaekke = within(tabel).getByRole('row', { name: /Anna Hansen/ });
    expect(within(annaRaekke).getByRole('link', { name: 'Anna Hansen' }).getAttribute('href')).toBe(
      `/borgere/${ANNA_ID}`,
    );
    expect(annaRaekke.textContent).toContain('24.11.2026 kl. 14.40');
    expect(annaRaekke.textContent).toContain('sb22301, Hørsholm Kommune');
    const kbh = within(tabel).getByRole('row', { name: /Borger i Københavns Kommune/ });
    expect(within(kbh).queryByRole('link')).toBeNull();
    expect(kbh.textContent).toContain('Kun borgerens egen myndighed kan ændre status');
    expect(calls.filter((call) => call.method !== 'GET')).toEqual([]);
  });

  it('R18: a closed jobordre cannot get new candidates, and status 2 is refused at once, but outcomes are not', async () => {
    mockApi([me(), { path: API, respond: () => json(lukketJobordre) }]);
    renderApp(PATH);
    const user = userEvent.setup();

    const foreslaa = await screen.findByRole('button', { name: 'Foreslå borger' });
    expect(foreslaa.hasAttribute('disabled')).toBe(true);
    expect(describedBy(foreslaa)).toContain(formidlingAfvisningTekst.JOBORDRE_IKKE_AABEN);
    expect(screen.getByText(formidlingAfvisningTekst.JOBORDRE_IKKE_AABEN)).toBeTruthy();
    // Reopening is offered (kanAendres), closing is not: it is closed.
    expect(screen.getByRole('button', { name: 'Åbn jobordren' }).hasAttribute('disabled')).toBe(false);
    expect(screen.queryByRole('button', { name: 'Luk jobordren' })).toBeNull();

    const select = screen.getByLabelText('Ny status for Anna Hansen');
    const gem = screen.getByRole('button', { name: 'Gem status for Anna Hansen' });
    await user.selectOptions(select, '2');
    expect(gem.hasAttribute('disabled')).toBe(true);
    expect(describedBy(gem)).toContain(formidlingAfvisningTekst.JOBORDRE_IKKE_AABEN);

    await user.selectOptions(select, '3');
    expect(gem.hasAttribute('disabled')).toBe(false);
    expect(describedBy(gem)).not.toContain(formidlingAfvisningTekst.JOBORDRE_IKKE_AABEN);
  });

  it('R21: a konfliktramt company says so first and refuses new candidates with the reason', async () => {
    mockApi([me(), { path: API, respond: () => json(konfliktJobordre) }]);
    renderApp(PATH);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Virksomheden er konfliktramt' })).toBeTruthy();
    const foreslaa = screen.getByRole('button', { name: 'Foreslå borger' });
    expect(foreslaa.hasAttribute('disabled')).toBe(true);
    expect(describedBy(foreslaa)).toContain(formidlingAfvisningTekst.VIRKSOMHED_KONFLIKTRAMT);
    expect(screen.getAllByText('Konfliktramt').length).toBeGreaterThan(0);
  });
});

describe('jobordre detail: changes', () => {
  it('412: says someone changed the jobordre, shows the current values and keeps what was typed', async () => {
    let version = 3;
    const nu = jobordreDetalje({
      titel: 'Tømrer (rettet af en kollega)',
      antalStillinger: 4,
      version: 4,
    });
    const { calls } = mockApi([
      me(),
      { path: API, respond: () => json(version === 3 ? jobordreDetalje() : nu) },
      {
        method: 'PATCH',
        path: API,
        respond: () => {
          version = 4;
          return calls.filter((c) => c.method === 'PATCH').length === 1
            ? problem(412, 'VERSION_KONFLIKT', 'Nogen har ændret oplysningerne, siden du åbnede dem')
            : json(jobordreDetalje({ titel: 'Tømrer og snedker', version: 5 }));
        },
      },
    ]);
    renderApp(PATH);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Ret jobordre' }));
    const panel = screen.getByRole('region', { name: 'Ret jobordre' });
    const titel = within(panel).getByLabelText('Titel');
    expect(document.activeElement).toBe(titel);
    await user.clear(titel);
    await user.type(titel, 'Tømrer og snedker');
    await user.click(within(panel).getByRole('button', { name: 'Gem ændringer' }));

    const advarsel = await within(panel).findByRole('alert');
    expect(
      within(advarsel).getByRole('heading', { name: 'Nogen har ændret jobordren, siden du åbnede den' }),
    ).toBeTruthy();
    expect(advarsel.textContent).toContain('Tømrer (rettet af en kollega)');
    expect(advarsel.textContent).toContain('Stillinger4');
    // What the user typed is still there.
    expect((within(panel).getByLabelText('Titel') as HTMLInputElement).value).toBe('Tømrer og snedker');
    // A field the user did not touch shows the colleague's value, so saving again does not undo it.
    expect((within(panel).getByLabelText('Antal stillinger') as HTMLInputElement).value).toBe('4');
    const patch = calls.find((call) => call.method === 'PATCH');
    expect(patch?.headers['if-match']).toBe('"3"');
    expect(patch?.body).toEqual({ titel: 'Tømrer og snedker' });

    // Saving again is a deliberate overwrite of the version now shown.
    await user.click(within(panel).getByRole('button', { name: 'Gem ændringer' }));
    expect(await screen.findByText('Jobordren er rettet')).toBeTruthy();
    const anden = calls.filter((call) => call.method === 'PATCH')[1];
    expect(anden?.headers['if-match']).toBe('"4"');
    expect(anden?.body).toEqual({ titel: 'Tømrer og snedker' });
  });

  it('refuses an empty title and no positions beside the fields, focuses the first and sends nothing', async () => {
    const { calls } = mockApi([me(), { path: API, respond: () => json(jobordreDetalje()) }]);
    renderApp(PATH);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Ret jobordre' }));
    const panel = screen.getByRole('region', { name: 'Ret jobordre' });
    const titel = within(panel).getByLabelText('Titel');
    await user.clear(titel);
    const antal = within(panel).getByLabelText('Antal stillinger');
    await user.clear(antal);
    await user.type(antal, '0');
    await user.click(within(panel).getByRole('button', { name: 'Gem ændringer' }));

    expect(await within(panel).findByText('Skriv en titel')).toBeTruthy();
    expect(within(panel).getByText('Mindst 1 stilling')).toBeTruthy();
    await vi.waitFor(() => expect(document.activeElement).toBe(titel));
    expect(calls.some((call) => call.method === 'PATCH')).toBe(false);
  });

  it('closes the jobordre with one click, sending If-Match', async () => {
    const { calls } = mockApi([
      me(),
      { path: API, respond: () => json(jobordreDetalje()) },
      { method: 'PATCH', path: API, respond: () => json(lukketJobordre) },
    ]);
    renderApp(PATH);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Luk jobordren' }));

    expect(await screen.findByText('Status er ændret til Lukket')).toBeTruthy();
    const patch = calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toEqual({ status: 3 });
    expect(patch?.headers['if-match']).toBe('"3"');
    expect(patch?.headers['x-csrf-token']).toBe('csrf-token-123');
    expect(screen.getByRole('button', { name: 'Foreslå borger' }).hasAttribute('disabled')).toBe(true);
  });

  it('proposes a citizen found by name, with the chosen status, and maps a 409 to its Danish detail', async () => {
    let svar = () =>
      problem(409, 'VIRKSOMHED_KONFLIKTRAMT', 'Virksomheden er konfliktramt', {
        detail: formidlingAfvisningTekst.VIRKSOMHED_KONFLIKTRAMT,
      });
    const { calls } = mockApi([
      me(),
      { path: API, respond: () => json(jobordreDetalje()) },
      { method: 'POST', path: '/api/borgere/soeg', respond: () => json({ items: [anna, bo] }) },
      { method: 'POST', path: `${API}/formidlinger`, respond: () => svar() },
    ]);
    renderApp(PATH);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Foreslå borger' }));
    const panel = screen.getByRole('region', { name: /Foreslå borger til/ });
    const soeg = within(panel).getByLabelText('Søg borger');
    expect(document.activeElement).toBe(soeg);
    expect(
      within(panel)
        .getByRole('link', { name: /CV-søgning/ })
        .getAttribute('href'),
    ).toBe(`/cv-soegning?jobordre=${JOBORDRE_ID}`);
    await user.type(soeg, 'hansen{Enter}');

    const gruppe = await within(panel).findByRole('group', { name: 'Vælg borger' });
    // Anna is proposed already: she cannot be picked twice.
    expect((within(gruppe).getByLabelText(/Anna Hansen/) as HTMLInputElement).disabled).toBe(true);
    await user.click(within(gruppe).getByLabelText(/Bo Nielsen/));
    await user.click(within(panel).getByLabelText('Formidling tilgængelig for virksomhed'));
    await user.click(within(panel).getByRole('button', { name: 'Foreslå borgeren' }));

    const fejl = await within(panel).findByRole('alert');
    expect(fejl.textContent).toContain(formidlingAfvisningTekst.VIRKSOMHED_KONFLIKTRAMT);
    expect(calls.find((call) => call.url === '/api/borgere/soeg')?.body).toEqual({ navn: 'hansen' });
    expect(calls.find((call) => call.url === `${API}/formidlinger`)?.body).toEqual({
      borgerId: BO_ID,
      formidlingsstatus: 2,
    });

    svar = () =>
      json(
        formidling({
          id: '66666666-6666-4666-8666-666666666666',
          borger: { id: BO_ID, navn: 'Bo Nielsen' },
          formidlingsstatus: { id: 2, navn: 'Formidling tilgængelig for virksomhed' },
          version: 1,
        }),
        201,
      );
    await user.click(within(panel).getByRole('button', { name: 'Foreslå borgeren' }));
    expect(await screen.findByText('Bo Nielsen er foreslået til jobordren')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Foreslå borger til/ })).toBeNull();
  });

  it('lets a virksomhedskonsulent search CVs in place and propose a hit, or go to CV-søgning with the jobordre', async () => {
    const { calls } = mockApi([
      me(vkSession),
      { path: API, respond: () => json(jobordreDetalje()) },
      {
        method: 'POST',
        path: '/api/cv/soeg',
        respond: () => json(soegSvar({ items: [annaResultat, boResultat], total: 2 })),
      },
      {
        method: 'POST',
        path: `${API}/formidlinger`,
        respond: () =>
          json(
            formidling({
              id: '66666666-6666-4666-8666-666666666666',
              borger: { id: BO_ID, navn: 'Bo Nielsen' },
              formidlingsstatus: { id: 1, navn: 'Under vurdering' },
              version: 1,
            }),
            201,
          ),
      },
    ]);
    renderApp(PATH);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Foreslå borger' }));
    const panel = screen.getByRole('region', { name: /Foreslå borger til/ });
    expect(panel.textContent).not.toContain('Kun sagsbehandlere');
    expect(within(panel).queryByLabelText('Søg borger')).toBeNull();
    // The other way: CV-søgning with its filters, this jobordre chosen there.
    expect(
      within(panel)
        .getByRole('link', { name: /CV-søgning/ })
        .getAttribute('href'),
    ).toBe(`/cv-soegning?jobordre=${JOBORDRE_ID}`);

    const soeg = within(panel).getByLabelText('Søg i CV’er');
    expect(document.activeElement).toBe(soeg);
    await user.click(within(panel).getByRole('button', { name: 'Søg' }));
    expect(within(panel).getByText('Skriv et eller flere ord fra CV’et')).toBeTruthy();
    expect(calls.some((call) => call.url === '/api/cv/soeg')).toBe(false);

    await user.type(soeg, 'tømrer{Enter}');
    const gruppe = await within(panel).findByRole('group', { name: 'Vælg borger' });
    // Anna is proposed already; each hit says what its CV is about.
    const annaValg = within(gruppe).getByLabelText(/Anna Hansen/) as HTMLInputElement;
    expect(annaValg.disabled).toBe(true);
    expect(annaValg.labels?.[0]?.textContent).toContain('allerede foreslået');
    expect(
      within(gruppe)
        .getByLabelText(/Bo Nielsen/)
        .closest('li')?.textContent,
    ).toContain('Tømrerlærling med kørekort');
    // The CV itself is one click away, and back leads here.
    expect(within(gruppe).getByRole('link', { name: 'Se CV for Bo Nielsen' }).getAttribute('href')).toBe(
      `/cv-soegning/cv/${BO_ID}`,
    );
    await user.click(within(gruppe).getByLabelText(/Bo Nielsen/));
    await user.click(within(panel).getByRole('button', { name: 'Foreslå borgeren' }));

    expect(await screen.findByText('Bo Nielsen er foreslået til jobordren')).toBeTruthy();
    expect(calls.find((call) => call.url === '/api/cv/soeg')?.body).toEqual({ q: 'tømrer' });
    expect(calls.find((call) => call.url === `${API}/formidlinger`)?.body).toEqual({
      borgerId: BO_ID,
      formidlingsstatus: 1,
    });
    expect(screen.queryByRole('region', { name: /Foreslå borger til/ })).toBeNull();
  });

  it('says so when no searchable CV matches', async () => {
    mockApi([
      me(vkSession),
      { path: API, respond: () => json(jobordreDetalje()) },
      { method: 'POST', path: '/api/cv/soeg', respond: () => json(soegSvar({ items: [], total: 0 })) },
    ]);
    renderApp(PATH);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Foreslå borger' }));
    const panel = screen.getByRole('region', { name: /Foreslå borger til/ });
    await user.type(within(panel).getByLabelText('Søg i CV’er'), 'astronaut{Enter}');
    expect(await within(panel).findByText(/Ingen søgbare CV’er matcher søgningen/)).toBeTruthy();
  });

  it('links a candidate to the person page for a sagsbehandler and to the CV for a virksomhedskonsulent', async () => {
    mockApi([
      me(vkSession),
      { path: API, respond: () => json(jobordreDetalje()) },
      { path: `/api/borgere/${ANNA_ID}/cv`, respond: () => json(cv()) },
    ]);
    renderApp(PATH);
    const user = userEvent.setup();

    const tabel = await screen.findByRole('table', { name: /Kandidater/ });
    const link = within(tabel).getByRole('link', { name: 'Anna Hansen' });
    expect(link.getAttribute('href')).toBe(`/cv-soegning/cv/${ANNA_ID}`);
    // Another myndighed's candidate has no CV to open either.
    expect(
      within(within(tabel).getByRole('row', { name: /Københavns Kommune/ })).queryByRole('link'),
    ).toBeNull();

    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Hansen' })).toBeTruthy();
    expect(await screen.findByText('Erfaren tømrer')).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Tømrer til renovering' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tømrer til renovering' })).toBeTruthy();
  });

  it('says the jobordre was not found on a 404, and shows the problem with a retry on other errors', async () => {
    let svar = () => problem(404, 'IKKE_FUNDET', 'Ikke fundet');
    mockApi([me(), { path: API, respond: () => svar() }]);
    const first = renderApp(PATH);
    expect(await screen.findByRole('heading', { level: 1, name: 'Jobordren blev ikke fundet' })).toBeTruthy();
    first.unmount();

    svar = () => problem(503, 'DATABASE_UTILGAENGELIG', 'Databasen svarer ikke lige nu. Prøv igen om lidt');
    renderApp(PATH);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Databasen svarer ikke lige nu. Prøv igen om lidt')).toBeTruthy();
    svar = () => json(jobordreDetalje());
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tømrer til renovering' })).toBeTruthy();
  });
});
