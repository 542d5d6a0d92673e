import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNA_ID, anna, kontaktperson, sbSession } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

const ANDEN_ID = '77777777-7777-4777-8777-777777777777';

const egen = kontaktperson();
const anden = kontaktperson({
  id: ANDEN_ID,
  navn: 'Peter Psykolog',
  rolle: 'Psykolog',
  email: null,
  myndighed: { kode: '101', navn: 'Københavns Kommune', type: 'jobcenter' },
  egen: false,
  version: 4,
});

type Handler = Parameters<typeof mockApi>[0][number];

function api(extra: Handler[] = [], items = () => [egen, anden]) {
  return mockApi([
    { path: '/api/auth/me', respond: () => json(sbSession) },
    { path: `/api/borgere/${ANNA_ID}`, respond: () => json(anna) },
    { path: `/api/borgere/${ANNA_ID}/indkaldelser`, respond: () => json({ items: [] }) },
    { path: `/api/borgere/${ANNA_ID}/kontaktpersoner`, respond: () => json({ items: items() }) },
    { path: `/api/borgere/${ANNA_ID}/historik`, respond: () => json({ items: [] }) },
    ...extra,
  ]);
}

async function item(name: string) {
  const heading = await screen.findByRole('heading', { level: 3, name });
  const li = heading.closest('li');
  if (!li) throw new Error('contact person without list item');
  return li;
}

describe('Kontaktpersoner', () => {
  it('labels every contact person with its owner and keeps "Ret" on all of them', async () => {
    api();
    renderApp(`/borgere/${ANNA_ID}/kontaktpersoner`);

    const karen = await item('Karen Mentor');
    const peter = await item('Peter Psykolog');
    expect(karen.textContent).toContain('Ejes af Hørsholm Kommune');
    expect(peter.textContent).toContain('Ejes af Københavns Kommune');
    expect(peter.textContent).toContain('Anden myndighed');
    expect(within(karen).getByRole('button', { name: 'Ret Karen Mentor' })).toBeTruthy();
    expect(within(peter).getByRole('button', { name: 'Ret Peter Psykolog' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: /Kontaktpersoner/ }).getAttribute('aria-selected')).toBe('true');
  });

  it("shows 60018's detail next to that contact person, not as a generic error, and keeps the input", async () => {
    const { calls } = api([
      {
        method: 'PATCH',
        path: `/api/kontaktpersoner/${ANDEN_ID}`,
        respond: () =>
          problem(403, '60018', 'FagprofessionelKontaktId tilhører en anden myndighed', {
            detail: 'FagprofessionelKontaktId tilhører en anden myndighed',
          }),
      },
    ]);
    renderApp(`/borgere/${ANNA_ID}/kontaktpersoner`);
    const user = userEvent.setup();

    const peter = await item('Peter Psykolog');
    await user.click(within(peter).getByRole('button', { name: 'Ret Peter Psykolog' }));
    const telefon = within(peter).getByLabelText<HTMLInputElement>('Telefon (valgfri)');
    await user.clear(telefon);
    await user.type(telefon, '70 12 34 56');
    await user.click(within(peter).getByRole('button', { name: 'Gem ændringer' }));

    const besked = await within(peter).findByText('FagprofessionelKontaktId tilhører en anden myndighed');
    const alert = besked.closest('[role="alert"]');
    expect(alert).toBeTruthy();
    expect(peter.contains(alert)).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    // Nothing about it near the other contact person.
    const karen = await item('Karen Mentor');
    expect(karen.textContent).not.toContain('FagprofessionelKontaktId');
    expect(telefon.value).toBe('70 12 34 56');

    const patch = calls.find((call) => call.method === 'PATCH');
    expect(patch?.headers['if-match']).toBe('"4"');
    expect(patch?.body).toEqual({ telefon: '70 12 34 56' });
  });

  it('R6: a second edit saves against the version the first one made, and a 412 shows the newest and keeps the input', async () => {
    let nu = egen;
    let svar412 = false;
    const { calls } = api(
      [
        {
          method: 'PATCH',
          path: `/api/kontaktpersoner/${egen.id}`,
          respond: () => {
            const body = calls.filter((call) => call.method === 'PATCH').at(-1)?.body;
            if (svar412) {
              // Someone else saved a new role meanwhile.
              nu = { ...nu, rolle: 'Jobkonsulent', version: nu.version + 1 };
              return problem(412, 'VERSIONSKONFLIKT', 'Kontaktpersonen er ændret af en anden');
            }
            nu = { ...nu, ...(body as object), version: nu.version + 1 };
            return json(nu);
          },
        },
      ],
      () => [nu, anden],
    );
    renderApp(`/borgere/${ANNA_ID}/kontaktpersoner`);
    const user = userEvent.setup();
    const ret = async (telefon: string) => {
      const karen = await item('Karen Mentor');
      await user.click(within(karen).getByRole('button', { name: 'Ret Karen Mentor' }));
      const felt = within(karen).getByLabelText<HTMLInputElement>('Telefon (valgfri)');
      await user.clear(felt);
      await user.type(felt, telefon);
      await user.click(within(karen).getByRole('button', { name: 'Gem ændringer' }));
      return { karen, felt };
    };

    await ret('45 00 00 01');
    expect(await screen.findByText('Kontaktpersonen er rettet')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('45 00 00 01')).toBeTruthy());
    await ret('45 00 00 02');
    await waitFor(() => expect(calls.filter((call) => call.method === 'PATCH')).toHaveLength(2));
    const [forste, anden_] = calls.filter((call) => call.method === 'PATCH');
    expect(forste?.headers['if-match']).toBe(`"${egen.version}"`);
    expect(anden_?.headers['if-match']).toBe(`"${egen.version + 1}"`);
    expect(anden_?.body).toEqual({ telefon: '45 00 00 02' });

    svar412 = true;
    const { karen, felt } = await ret('45 00 00 03');
    const advarsel = await within(karen).findByRole('heading', {
      name: 'Nogen har ændret kontaktpersonen, siden du åbnede den',
    });
    await waitFor(() => expect(document.activeElement?.contains(advarsel)).toBe(true));
    expect(felt.value).toBe('45 00 00 03');
  });

  it('creates a contact person and shows it in the list', async () => {
    let items = [egen];
    const ny = kontaktperson({ id: '88888888-8888-4888-8888-888888888888', navn: 'Lise Læge', rolle: null });
    const { calls } = api(
      [
        {
          method: 'POST',
          path: `/api/borgere/${ANNA_ID}/kontaktpersoner`,
          respond: () => {
            items = [egen, ny];
            return json(ny, 201);
          },
        },
      ],
      () => items,
    );
    renderApp(`/borgere/${ANNA_ID}/kontaktpersoner`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Tilføj kontaktperson' }));
    // Below the tab's h2, the panel's heading is an h3 (axe heading-order, issue 18).
    expect(screen.getByRole('heading', { level: 3, name: 'Tilføj kontaktperson' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Gem kontaktperson' }));
    expect(await screen.findByText('Skriv kontaktpersonens navn')).toBeTruthy();

    await user.type(screen.getByLabelText('Navn'), 'Lise Læge');
    await user.type(screen.getByLabelText('E-mail (valgfri)'), 'lise@example.dk');
    await user.click(screen.getByRole('button', { name: 'Gem kontaktperson' }));

    expect(await item('Lise Læge')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      navn: 'Lise Læge',
      email: 'lise@example.dk',
    });
  });
});
