import type { CvSoegSvar } from '@jobcenter/domain/cv/cv.contract';
import { formidlingAfvisningTekst } from '@jobcenter/domain/jobordre/jobordre.rules';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annaResultat, boResultat, CARL_ID, carlResultat, cv, soegSvar } from '../../test/cv-fixtures';
import { ANNA_ID, sbSession, vkSession } from '../../test/fixtures';
import { formidling, JOBORDRE_ID, jobordre, jobordreDetalje } from '../../test/jobordre-fixtures';
import { json, mockApi, problem, type RecordedCall } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

type Handler = Parameters<typeof mockApi>[0][number];

const konfliktJobordre = jobordre({
  id: '9c5a1e3d-4f6b-4c8d-8e2f-3a4b5c6d7e8f',
  titel: 'Rengøringsassistent',
  virksomhed: { cvrNummer: '37200417', navn: 'Nordkyst Rengøring A/S', pNummer: null },
  konfliktramt: true,
  kanFormidles: false,
  formidlingSpaerret: formidlingAfvisningTekst.VIRKSOMHED_KONFLIKTRAMT,
});

/** The app against a CV-søgning that answers each search body with `svar(body)`. */
function api(
  svar: (body: Record<string, unknown>) => CvSoegSvar,
  extra: Handler[] = [],
  session = sbSession,
) {
  // The app's requests so far; the last one is the request being answered.
  let calls: RecordedCall[] = [];
  // A test's own handlers first: they answer before the defaults for the same request.
  const mocked = mockApi([
    ...extra,
    { path: '/api/auth/me', respond: () => json(session) },
    { path: '/api/jobordrer?status=1', respond: () => json({ items: [jobordre(), konfliktJobordre] }) },
    {
      method: 'POST',
      path: '/api/cv/soeg',
      respond: () => json(svar((calls.at(-1)?.body ?? {}) as Record<string, unknown>)),
    },
  ]);
  calls = mocked.calls;
  return mocked;
}

const soegninger = (calls: RecordedCall[]) => calls.filter((call) => call.url === '/api/cv/soeg');

describe('CV-søgning', () => {
  it('keeps the filters in the URL and the free text only in the request body', async () => {
    const { calls } = api(() => soegSvar());
    const { router } = renderApp('/cv-soegning');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'CV-søgning' })).toBeTruthy();
    expect(document.title).toBe('CV-søgning – Jobcenter');
    expect(await screen.findByText('2 CV’er')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Hovedmenu' });
    expect(within(nav).getByRole('link', { name: 'CV-søgning' }).getAttribute('aria-current')).toBe('page');

    await user.type(screen.getByLabelText('Søg i CV’er'), 'tømer');
    await user.click(screen.getByRole('button', { name: 'Søg' }));
    await waitFor(() => expect(soegninger(calls).at(-1)?.body).toEqual({ q: 'tømer' }));
    expect(router.state.location.search).toBe('');

    await user.selectOptions(screen.getByLabelText('Kontaktgruppe'), '1');
    await waitFor(() => expect(router.state.location.search).toBe('?kontaktgruppe=1'));
    await user.click(screen.getByRole('radio', { name: /^Nej/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?kontaktgruppe=1&mindre=nej'));
    await user.type(screen.getByLabelText('Postnummer'), '2970');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?postnummer=2970&kontaktgruppe=1&mindre=nej'),
    );
    await waitFor(() =>
      expect(soegninger(calls).at(-1)?.body).toEqual({
        q: 'tømer',
        postnummer: '2970',
        kontaktgruppe: 1,
        mindreIntensivIndsats: false,
      }),
    );

    // Nowhere in an address: not the page's, not a request's.
    const tekst = /t%C3%B8mer|tømer/i;
    expect(router.state.location.pathname + router.state.location.search).not.toMatch(tekst);
    for (const call of calls) expect(call.url).not.toMatch(tekst);
    expect(soegninger(calls).every((call) => call.method === 'POST')).toBe(true);

    // "Back" undoes one filter and keeps the text, which came from history state, not from the URL.
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?kontaktgruppe=1&mindre=nej'));
    await waitFor(() => expect((screen.getByLabelText('Postnummer') as HTMLInputElement).value).toBe(''));
    expect((screen.getByLabelText('Søg i CV’er') as HTMLInputElement).value).toBe('tømer');
    expect((screen.getByRole('radio', { name: /^Nej/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('opens with the filters of a shared link and shows the counts of the current result', async () => {
    const { calls } = api(() =>
      soegSvar({
        items: [boResultat],
        total: 1,
        facetter: {
          kontaktgruppe: [{ vaerdi: 2, antal: 1 }],
          mindreIntensivIndsats: [{ vaerdi: true, antal: 1 }],
          postnummer: [{ vaerdi: '2960', antal: 1 }],
          kompetence: [{ vaerdi: 'Kørekort B', antal: 1 }],
        },
      }),
    );
    renderApp('/cv-soegning?kompetence=K%C3%B8rekort+B&mindre=ja');

    expect(await screen.findByText('1 CV')).toBeTruthy();
    expect(soegninger(calls)[0]?.body).toEqual({ kompetence: 'Kørekort B', mindreIntensivIndsats: true });
    const kompetence = screen.getByLabelText('Kompetence') as HTMLSelectElement;
    expect(kompetence.value).toBe('Kørekort B');
    expect(kompetence.selectedOptions[0]?.textContent).toBe('Kørekort B (1)');
    const gruppe = screen.getByLabelText('Kontaktgruppe') as HTMLSelectElement;
    expect(
      within(gruppe).getByRole('option', { name: '2 · Jobparat kontanthjælpsmodtager (1)' }),
    ).toBeTruthy();
    expect(within(gruppe).getByRole('option', { name: '1 · Dagpengemodtager (0)' })).toBeTruthy();
    // The other value of a filter that is set has no known count.
    expect(screen.getByRole('radio', { name: 'Ja (1)' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Nej' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Alle' })).toBeTruthy();
  });

  it('marks the matched words, typo variants included, at the start of words and in any case', async () => {
    api(() => soegSvar({ items: [annaResultat], total: 1, fremhaev: ['tømer', 'tømrer'] }));
    renderApp('/cv-soegning');

    const anna = await screen.findByRole('article', { name: 'Anna Hansen' });
    const marks = Array.from(anna.querySelectorAll('mark')).map((mark) => mark.textContent);
    expect(marks).toEqual(['tømrer', 'Tømrer']);
    const kompetencer = within(anna).getByRole('list', { name: 'Kompetencer' });
    expect(
      within(kompetencer)
        .getAllByRole('listitem')
        .map((li) => li.innerHTML),
    ).toEqual(['<mark>Tømrer</mark>arbejde', 'Tagarbejde']);
  });

  it('"Vis flere" appends the next page with its cursor, without repeating a citizen', async () => {
    const { calls } = api((body) =>
      body.cursor === 'side-2'
        ? soegSvar({ items: [boResultat, carlResultat], total: 3, nextCursor: null })
        : soegSvar({ items: [annaResultat, boResultat], total: 3, nextCursor: 'side-2' }),
    );
    renderApp('/cv-soegning?postnummer=2970');
    const user = userEvent.setup();

    expect(await screen.findByText('Viser 2 af 3 CV’er')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Vis flere' }));

    const carl = await screen.findByRole('article', { name: 'Carl Holm' });
    expect(screen.getAllByRole('article').map((article) => article.getAttribute('aria-labelledby'))).toEqual([
      `cv-${ANNA_ID}-navn`,
      `cv-${boResultat.borgerId}-navn`,
      `cv-${CARL_ID}-navn`,
    ]);
    expect(soegninger(calls).map((call) => call.body)).toEqual([
      { postnummer: '2970' },
      { postnummer: '2970', cursor: 'side-2' },
    ]);
    expect(screen.queryByRole('button', { name: 'Vis flere' })).toBeNull();
    expect(screen.getByText('Viser 3 af 3 CV’er')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(carl));
  });

  it('links the name to the person page for a sagsbehandler, and to the CV for a virksomhedskonsulent', async () => {
    api(() => soegSvar({ items: [annaResultat], total: 1 }));
    const { unmount } = renderApp('/cv-soegning');
    const link = await screen.findByRole('link', { name: 'Anna Hansen' });
    expect(link.getAttribute('href')).toBe(`/borgere/${ANNA_ID}`);
    unmount();
    vi.unstubAllGlobals();

    const { calls } = api(
      () => soegSvar({ items: [annaResultat, boResultat], total: 2 }),
      [{ path: `/api/borgere/${ANNA_ID}/cv`, respond: () => json(cv()) }],
      vkSession,
    );
    const { router } = renderApp('/cv-soegning?postnummer=2970');
    const user = userEvent.setup();
    const anna = await screen.findByRole('article', { name: 'Anna Hansen' });
    const bo = screen.getByRole('article', { name: 'Bo Nielsen' });
    expect(within(bo).getByText('Mindre intensiv indsats').className).toBe('badge badge-info');
    expect(bo.textContent).toContain('Jobparat kontanthjælpsmodtager');
    await user.type(screen.getByLabelText('Søg i CV’er'), 'tømrer{Enter}');
    await waitFor(() => expect(soegninger(calls).at(-1)?.body).toEqual({ postnummer: '2970', q: 'tømrer' }));

    const cvLink = within(anna).getByRole('link', { name: 'Anna Hansen' });
    expect(cvLink.getAttribute('href')).toBe(`/cv-soegning/cv/${ANNA_ID}`);
    await user.click(cvLink);
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Hansen' })).toBeTruthy();
    expect(await screen.findByText('Tømrersvend')).toBeTruthy();

    // Back: the same search, its free text included (history state, never the address).
    await user.click(screen.getByRole('link', { name: 'CV-søgning', current: false }));
    expect(await screen.findByRole('heading', { level: 1, name: 'CV-søgning' })).toBeTruthy();
    expect(router.state.location.search).toBe('?postnummer=2970');
    expect((screen.getByLabelText('Søg i CV’er') as HTMLInputElement).value).toBe('tømrer');
  });

  it('says what to do when nothing matches, and retries after an error', async () => {
    let svar = () => problem(500, 'INTERN_FEJL', 'Der opstod en uventet fejl');
    mockApi([
      { path: '/api/auth/me', respond: () => json(sbSession) },
      { path: '/api/jobordrer?status=1', respond: () => json({ items: [] }) },
      { method: 'POST', path: '/api/cv/soeg', respond: () => svar() },
    ]);
    renderApp('/cv-soegning');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Der opstod en uventet fejl' })).toBeTruthy();
    svar = () => json(soegSvar({ items: [], total: 0, facetter: soegSvar({}).facetter }));
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(
      await screen.findByText('Ingen CV’er matcher. Prøv færre ord eller fjern et filter.'),
    ).toBeTruthy();
  });
});

describe('Foreslå til jobordre', () => {
  const post = (respond: Handler['respond']): Handler => ({
    method: 'POST',
    path: `/api/jobordrer/${JOBORDRE_ID}/formidlinger`,
    respond,
  });

  it('proposes a result in two clicks: open the open jobordrer (focused), choose one', async () => {
    const { calls } = api(
      () => soegSvar({ items: [annaResultat], total: 1 }),
      [post(() => json({ id: 'f-1' }, 201))],
    );
    renderApp('/cv-soegning');
    const user = userEvent.setup();
    const anna = await screen.findByRole('article', { name: 'Anna Hansen' });

    // 1
    await user.click(within(anna).getByRole('button', { name: 'Foreslå til jobordre' }));

    const valg = await within(anna).findByRole('button', {
      name: /Tømrer til renovering — Hørsholm Byg ApS/,
    });
    await waitFor(() => expect(document.activeElement).toBe(valg));
    const spaerret = within(anna).getByRole('button', { name: /Rengøringsassistent/ }) as HTMLButtonElement;
    expect(spaerret.disabled).toBe(true);
    const grund = document.getElementById(spaerret.getAttribute('aria-describedby') ?? '');
    expect(grund?.textContent).toContain(formidlingAfvisningTekst.VIRKSOMHED_KONFLIKTRAMT);
    // 2
    await user.click(valg);

    const status = await within(anna).findByText(/Foreslået til/);
    expect(status.closest('[role="status"]')?.textContent).toContain('Foreslået til Tømrer til renovering');
    expect(within(anna).getByRole('link', { name: 'Tømrer til renovering' }).getAttribute('href')).toBe(
      `/jobordrer/${JOBORDRE_ID}`,
    );
    expect(calls.find((call) => call.url.endsWith('/formidlinger'))?.body).toEqual({
      borgerId: ANNA_ID,
      formidlingsstatus: 1,
    });
    expect(calls.find((call) => call.url.endsWith('/formidlinger'))?.headers['x-csrf-token']).toBe(
      'csrf-token-123',
    );
    expect(within(anna).queryByRole('button', { name: /Tømrer til renovering —/ })).toBeNull();
    expect(document.activeElement).toBe(within(anna).getByRole('button', { name: 'Foreslå til jobordre' }));
  });

  it('shows the API’s Danish reason beside the result when the proposal is refused (409)', async () => {
    api(
      () => soegSvar({ items: [annaResultat], total: 1 }),
      [
        post(() =>
          problem(409, 'JOBORDRE_IKKE_AABEN', 'Jobordren er ikke åben', {
            detail: 'Der kan kun foreslås borgere til en åben jobordre',
          }),
        ),
      ],
    );
    renderApp('/cv-soegning');
    const user = userEvent.setup();
    const anna = await screen.findByRole('article', { name: 'Anna Hansen' });

    await user.click(within(anna).getByRole('button', { name: 'Foreslå til jobordre' }));
    await user.click(await within(anna).findByRole('button', { name: /Tømrer til renovering —/ }));

    const alert = await within(anna).findByRole('alert');
    expect(alert.textContent).toContain('Anna Hansen blev ikke foreslået til Tømrer til renovering');
    expect(alert.textContent).toContain('Der kan kun foreslås borgere til en åben jobordre');
    expect(document.activeElement).toBe(alert);
    expect(within(anna).queryByText(/Foreslået til/)).toBeNull();
  });

  it('says so when the citizen is already proposed (400 on borgerId)', async () => {
    api(
      () => soegSvar({ items: [annaResultat], total: 1 }),
      [
        post(() =>
          problem(400, 'VALIDERINGSFEJL', 'Oplysningerne er ikke gyldige', {
            errors: [{ path: 'borgerId', message: 'Borgeren er allerede foreslået til jobordren' }],
          }),
        ),
      ],
    );
    renderApp('/cv-soegning');
    const user = userEvent.setup();
    const anna = await screen.findByRole('article', { name: 'Anna Hansen' });

    await user.click(within(anna).getByRole('button', { name: 'Foreslå til jobordre' }));
    await user.click(await within(anna).findByRole('button', { name: /Tømrer til renovering —/ }));

    expect((await within(anna).findByRole('alert')).textContent).toContain(
      'Borgeren er allerede foreslået til jobordren',
    );
  });
  it('with a jobordre chosen (from its "Foreslå borger"), names it and has it first and focused', async () => {
    const andenId = '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9';
    const { calls } = api(
      () => soegSvar({ items: [annaResultat], total: 1 }),
      [
        {
          path: '/api/jobordrer?status=1',
          respond: () =>
            json({
              items: [
                jobordre({ id: andenId, titel: 'Murer', virksomhed: konfliktJobordre.virksomhed }),
                konfliktJobordre,
                jobordre(),
              ],
            }),
        },
        {
          method: 'POST',
          path: `/api/jobordrer/${JOBORDRE_ID}/formidlinger`,
          respond: () => json({ id: 'f-1' }, 201),
        },
      ],
      vkSession,
    );
    const { router } = renderApp(`/cv-soegning?jobordre=${JOBORDRE_ID}`);
    const user = userEvent.setup();

    const valgt = await screen.findByText(/Du finder kandidater til/);
    expect(valgt.closest('.alert')?.textContent).toContain('Hørsholm Byg ApS');
    expect(screen.getByRole('link', { name: 'Tømrer til renovering' }).getAttribute('href')).toBe(
      `/jobordrer/${JOBORDRE_ID}`,
    );
    // The jobordre is no search criterion.
    await waitFor(() => expect(soegninger(calls)).toHaveLength(1));
    expect(soegninger(calls)[0]?.body).toEqual({});

    // A filter keeps the jobordre chosen.
    await user.selectOptions(screen.getByLabelText('Kontaktgruppe'), '1');
    await waitFor(() => expect(soegninger(calls).at(-1)?.body).toEqual({ kontaktgruppe: 1 }));
    expect(router.state.location.search).toBe(`?kontaktgruppe=1&jobordre=${JOBORDRE_ID}`);

    // Two actions: open the list, where the chosen jobordre is first and focused, and choose it.
    const anna = await screen.findByRole('article', { name: 'Anna Hansen' });
    await user.click(within(anna).getByRole('button', { name: 'Foreslå til jobordre' }));
    const valg = within(anna).getByRole('region', { name: /til en åben jobordre/ });
    const knapper = await within(valg).findAllByRole('button', { name: / — / });
    expect(knapper[0]?.textContent).toContain('Tømrer til renovering');
    await waitFor(() => expect(document.activeElement).toBe(knapper[0]));
    await user.keyboard('{Enter}');
    expect(await within(anna).findByText(/Foreslået til/)).toBeTruthy();
    expect(calls.find((call) => call.url.endsWith('/formidlinger'))?.body).toEqual({
      borgerId: ANNA_ID,
      formidlingsstatus: 1,
    });

    // "Nulstil" empties the search, not the choice.
    await user.click(screen.getByRole('link', { name: 'Nulstil søgning og filtre' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?jobordre=${JOBORDRE_ID}`));
  });

  it('does not offer the chosen jobordre to a citizen proposed to it already, and says why', async () => {
    const andenId = '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9';
    api(
      () => soegSvar({ items: [annaResultat], total: 1 }),
      [
        {
          path: '/api/jobordrer?status=1',
          respond: () => json({ items: [jobordre(), jobordre({ id: andenId, titel: 'Murer' })] }),
        },
        {
          path: `/api/jobordrer/${JOBORDRE_ID}`,
          respond: () =>
            json(
              jobordreDetalje({
                formidlinger: [formidling({ borger: { id: ANNA_ID, navn: 'Anna Hansen' } })],
              }),
            ),
        },
      ],
      vkSession,
    );
    renderApp(`/cv-soegning?jobordre=${JOBORDRE_ID}`);
    const user = userEvent.setup();

    const anna = await screen.findByRole('article', { name: 'Anna Hansen' });
    await user.click(within(anna).getByRole('button', { name: 'Foreslå til jobordre' }));
    const valg = within(anna).getByRole('region', { name: /til en åben jobordre/ });
    const valgt = await within(valg).findByRole('button', { name: /Tømrer til renovering —/ });
    await waitFor(() => expect(valgt).toHaveProperty('disabled', true));
    expect(valgt.getAttribute('aria-describedby')).toBeTruthy();
    expect(valg.textContent).toContain('Anna Hansen er allerede foreslået til jobordren');
    // Focus goes to the jobordre that can be chosen
    await waitFor(() =>
      expect(document.activeElement).toBe(within(valg).getByRole('button', { name: /Murer —/ })),
    );
  });

  it('says so when the chosen jobordre is no longer open', async () => {
    api(() => soegSvar({ items: [annaResultat], total: 1 }), [], vkSession);
    renderApp('/cv-soegning?jobordre=1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9');

    expect(await screen.findByText(/Den valgte jobordre er ikke åben/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Se jobordren' }).getAttribute('href')).toBe(
      '/jobordrer/1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9',
    );
  });
});
