import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cv } from '../../test/cv-fixtures';
import { ANNA_ID, sbSession, vkSession } from '../../test/fixtures';
import { JOBORDRE_ID } from '../../test/jobordre-fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

const PATH = `/cv-soegning/cv/${ANNA_ID}`;
const API = `/api/borgere/${ANNA_ID}/cv`;
const me = (session = vkSession) => ({ path: '/api/auth/me', respond: () => json(session) });

describe('a citizen’s CV, read-only, for a virksomhedskonsulent', () => {
  it('shows the CV under the citizen’s name, with a way back to where it was opened from', async () => {
    const { calls } = mockApi([me(), { path: API, respond: () => json(cv()) }]);
    renderApp({
      pathname: PATH,
      state: {
        cvNavn: 'Anna Hansen',
        tilbage: { sti: `/jobordrer/${JOBORDRE_ID}`, tekst: 'Tømrer til renovering' },
      },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Hansen' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Anna Hansen: CV – Jobcenter');
    expect(await screen.findByText('Erfaren tømrer')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Jobønsker' })).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('list', { name: 'Kompetencer' }).textContent).toContain('Tagarbejde');
    const erfaring = screen.getByRole('region', { name: 'Erfaring' });
    expect(within(erfaring).getByRole('heading', { level: 2, name: 'Erfaring' })).toBeTruthy();
    expect(erfaring.textContent).toContain('Tømrersvend, Hørsholm Byg ApS');
    expect(screen.getByRole('region', { name: 'Uddannelse' }).textContent).toContain('Tømrer (svendebrev)');
    // Read-only: nothing to change, and the person page is not offered.
    expect(screen.queryByRole('button', { name: /Ret CV|Opret CV/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Anna Hansen/ })).toBeNull();

    const tilbage = screen.getByRole('link', { name: 'Tømrer til renovering' });
    expect(tilbage.getAttribute('href')).toBe(`/jobordrer/${JOBORDRE_ID}`);
    expect(calls.filter((call) => call.url.startsWith('/api/borgere')).map((c) => c.url)).toEqual([API]);
  });

  it('opened without a name (a bookmark), it still shows the CV, under a heading that says whose', async () => {
    mockApi([me(), { path: API, respond: () => json(cv()) }]);
    renderApp(PATH);

    expect(await screen.findByRole('heading', { level: 1, name: 'Borgerens CV' })).toBeTruthy();
    expect(document.title).toBe('Borgerens CV – Jobcenter');
    expect(await screen.findByText('Erfaren tømrer')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'CV-søgning', current: false }).getAttribute('href')).toBe(
      '/cv-soegning',
    );
  });

  it('a CV that is not searchable (404) says what that means, not "Ingen adgang"', async () => {
    mockApi([
      me(),
      {
        path: API,
        respond: () =>
          problem(404, 'IKKE_FUNDET', 'Ikke fundet', { detail: 'Borgeren har ikke noget søgbart CV' }),
      },
    ]);
    renderApp({ pathname: PATH, state: { cvNavn: 'Anna Hansen' } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Hansen' })).toBeTruthy();
    const tom = await screen.findByRole('heading', { name: 'Intet søgbart CV' });
    const boks = tom.closest('.alert') as HTMLElement;
    expect(boks.textContent).toContain('Borgeren har ikke et CV, der er gjort søgbart');
    expect(boks.textContent).toContain('sagsbehandler');
    expect(screen.queryByText(/Ingen adgang/)).toBeNull();
    expect(document.title).toBe('Anna Hansen: CV – Jobcenter');
  });

  it('shows another failure with its Danish title and a retry', async () => {
    let svar = () =>
      problem(503, 'DATABASE_UTILGAENGELIG', 'Databasen svarer ikke lige nu. Prøv igen om lidt');
    mockApi([me(), { path: API, respond: () => svar() }]);
    renderApp(PATH);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Databasen svarer ikke lige nu. Prøv igen om lidt')).toBeTruthy();
    svar = () => json(cv());
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByText('Erfaren tømrer')).toBeTruthy();
  });

  it('an address with no valid id asks nothing and says the CV was not found', async () => {
    const { calls } = mockApi([me()]);
    renderApp('/cv-soegning/cv/010190-1234');

    expect(await screen.findByRole('heading', { level: 1, name: 'CV’et blev ikke fundet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå til CV-søgning' }).getAttribute('href')).toBe('/cv-soegning');
    expect(calls.filter((call) => call.url !== '/api/auth/me')).toEqual([]);
  });

  it('a sagsbehandler may open it too, and is offered the person page', async () => {
    mockApi([me(sbSession), { path: API, respond: () => json(cv({ soegbart: false })) }]);
    renderApp({ pathname: PATH, state: { cvNavn: 'Anna Hansen' } });

    expect(await screen.findByText('Erfaren tømrer')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ret CV’et på personsiden' }).getAttribute('href')).toBe(
      `/borgere/${ANNA_ID}/cv`,
    );
  });
});
