import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cv } from '../../test/cv-fixtures';
import { ANNA_ID, anna, sbSession } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

type Handler = Parameters<typeof mockApi>[0][number];

function api(extra: Handler[]) {
  return mockApi([
    { path: '/api/auth/me', respond: () => json(sbSession) },
    { path: `/api/borgere/${ANNA_ID}`, respond: () => json(anna) },
    { path: `/api/borgere/${ANNA_ID}/indkaldelser`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/kontaktpersoner`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/historik`, respond: () => json({ items: [] }) },
    ...extra,
  ]);
}

const ingenCv: Handler = {
  path: `/api/borgere/${ANNA_ID}/cv`,
  respond: () => problem(404, 'IKKE_FUNDET', 'Ikke fundet', { detail: 'Borgeren har ikke noget CV endnu' }),
};

describe('CV tab', () => {
  it('shows the CV as a tab of the person page, with its address', async () => {
    api([{ path: `/api/borgere/${ANNA_ID}/cv`, respond: () => json(cv()) }]);
    renderApp(`/borgere/${ANNA_ID}/cv`);

    const tab = await screen.findByRole('tab', { name: 'CV' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(tab.getAttribute('href')).toBe(`/borgere/${ANNA_ID}/cv`);
    expect(document.title).toBe('Anna Hansen: CV – Jobcenter');
    const panel = screen.getByRole('tabpanel');
    expect(await within(panel).findByText('Erfaren tømrer')).toBeTruthy();
    expect(
      within(within(panel).getByRole('list', { name: 'Kompetencer' })).getAllByRole('listitem'),
    ).toHaveLength(2);
    expect(panel.textContent).toContain('Tømrersvend, Hørsholm Byg ApS 01.08.2015–31.12.2025');
    expect(panel.textContent).toContain('Ja, kan findes i CV-søgning');
    expect(within(panel).getByRole('button', { name: 'Ret CV' })).toBeTruthy();
  });

  it('says there is no CV yet, and checks the new CV against the contract before sending it', async () => {
    const { calls } = api([ingenCv]);
    renderApp(`/borgere/${ANNA_ID}/cv`);
    const user = userEvent.setup();

    expect(await screen.findByText(/Borgeren har ikke noget CV endnu/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Opret CV' }));
    const overskrift = screen.getByLabelText('Overskrift');
    expect(document.activeElement).toBe(overskrift);
    expect((screen.getByLabelText('Søgbart') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Kun søgbare CV’er kan findes i CV-søgning')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Tilføj kompetence' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Kompetence 1'));
    await user.type(screen.getByLabelText('Postnummer'), '29');
    await user.click(screen.getByRole('button', { name: 'Opret CV' }));

    expect(await screen.findByText('Skriv en overskrift')).toBeTruthy();
    expect(screen.getByText('Tomme kompetencer kan ikke gemmes')).toBeTruthy();
    expect(screen.getByText('Postnummeret er 4 cifre')).toBeTruthy();
    expect(overskrift.getAttribute('aria-invalid')).toBe('true');
    expect(overskrift.getAttribute('aria-describedby')).toContain('cv-overskrift-error');
    expect(document.activeElement).toBe(overskrift);
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);
  });

  it('puts the API’s errors beside the fields they name, and saves the whole CV', async () => {
    let svar = () =>
      problem(400, 'VALIDERINGSFEJL', 'Oplysningerne er ikke gyldige', {
        errors: [
          { path: 'erfaring.0.titel', message: 'Titlen er for lang' },
          { path: 'kompetencer.0', message: 'Kompetencen findes ikke' },
        ],
      });
    const { calls } = api([
      ingenCv,
      { method: 'PUT', path: `/api/borgere/${ANNA_ID}/cv`, respond: () => svar() },
    ]);
    renderApp(`/borgere/${ANNA_ID}/cv`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Opret CV' }));
    await user.type(screen.getByLabelText('Overskrift'), 'Erfaren tømrer');
    await user.click(screen.getByRole('button', { name: 'Tilføj kompetence' }));
    await user.type(screen.getByLabelText('Kompetence 1'), 'Tagarbejde');
    await user.click(screen.getByRole('button', { name: 'Tilføj jobønske' }));
    await user.type(screen.getByLabelText('Jobønske 1'), 'Tømrer');
    await user.click(screen.getByRole('button', { name: 'Tilføj jobønske' }));
    await user.click(screen.getByRole('button', { name: 'Fjern jobønske 2' }));
    await user.click(screen.getByRole('button', { name: 'Tilføj erfaring' }));
    const erfaring = screen.getByRole('group', { name: 'Erfaring 1' });
    expect(document.activeElement).toBe(within(erfaring).getByLabelText('Titel'));
    await user.type(within(erfaring).getByLabelText('Titel'), 'Tømrersvend');
    await user.type(within(erfaring).getByLabelText('Arbejdssted'), 'Hørsholm Byg ApS');
    await user.type(screen.getByLabelText('Postnummer'), '2970');
    await user.click(screen.getByRole('button', { name: 'Opret CV' }));

    expect(await screen.findByText('Titlen er for lang')).toBeTruthy();
    expect(screen.getByText('Kompetencen findes ikke')).toBeTruthy();
    expect(screen.getByLabelText('Kompetence 1').getAttribute('aria-invalid')).toBe('true');
    // Focus goes to the first field in reading order that has an error.
    expect(document.activeElement).toBe(screen.getByLabelText('Kompetence 1'));
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      overskrift: 'Erfaren tømrer',
      jobOensker: ['Tømrer'],
      kompetencer: ['Tagarbejde'],
      erfaring: [{ titel: 'Tømrersvend', sted: 'Hørsholm Byg ApS', fra: null, til: null }],
      uddannelse: [],
      postnummer: '2970',
      soegbart: true,
    });
    expect(calls.find((call) => call.method === 'PUT')?.headers['x-csrf-token']).toBe('csrf-token-123');

    const gemt = cv({ jobOensker: ['Tømrer'], kompetencer: ['Tagarbejde'], uddannelse: [] });
    svar = () => json(gemt);
    await user.click(screen.getByRole('button', { name: 'Opret CV' }));

    expect(await screen.findByText('CV’et er oprettet')).toBeTruthy();
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByText('Erfaren tømrer')).toBeTruthy();
    expect(within(panel).queryByRole('form')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'Ret CV' })),
    );
  });
});
