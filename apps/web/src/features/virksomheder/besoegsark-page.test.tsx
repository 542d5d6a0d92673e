import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { vkSession } from '../../test/fixtures';
import { hoersholmBygMedJobordrer, nordkystMedJobordrer } from '../../test/jobordre-fixtures';
import { json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-27T09:15:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function api(cvr: string, body: unknown) {
  return mockApi([
    { path: '/api/auth/me', respond: () => json(vkSession) },
    { path: `/api/virksomheder/${cvr}`, respond: () => json(body) },
  ]);
}

describe('besøgsark (print view)', () => {
  it('puts the konflikt notice first, then P-units, open jobordrer, recent formidlinger and who printed it', async () => {
    api('37200417', nordkystMedJobordrer);
    renderApp('/virksomheder/37200417/besoegsark');

    const sheet = await screen.findByRole('article', { name: 'Nordkyst Rengøring A/S' });
    expect(document.title).toBe('Besøgsark: Nordkyst Rengøring A/S – Jobcenter');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    const order = Array.from(sheet.querySelectorAll('h1, h2, footer')).map((element) => element.textContent);
    expect(order).toEqual([
      'Nordkyst Rengøring A/S',
      'Konfliktramt virksomhed',
      'P-enheder',
      'Åbne jobordrer',
      'Seneste formidlinger',
      'Udskrevet 27.11.2026 kl. 10.15 af Vera Krogh',
    ]);
    expect(sheet.textContent).toContain('CVR-nummer 37200417');

    const konflikt = within(sheet).getByRole('region', { name: 'Konfliktramt virksomhed' });
    expect(konflikt.textContent).toContain(
      'Overenskomststridig arbejdsnedlæggelse hos Nordkyst Rengøring A/S.',
    );
    expect(konflikt.textContent).toContain('01.11.2026 – indtil videre');
    expect(konflikt.textContent).not.toContain('Tidligere konflikt, afsluttet.');

    const pEnheder = within(sheet).getByRole('region', { name: 'P-enheder' });
    const raekke = within(pEnheder).getByRole('row', { name: /1023456789/ });
    expect(
      within(raekke)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1023456789', 'Strandvejen 200, 3060 Espergærde', 'Ja', 'Aktiv · Konfliktramt', '20.11.2026']);

    const jobordrer = within(sheet).getByRole('region', { name: 'Åbne jobordrer' });
    expect(within(jobordrer).getByRole('row', { name: /Rengøringsassistent/ }).textContent).toContain('31');

    // No navigation or buttons in the sheet itself; the toolbar around it is hidden in print.
    expect(within(sheet).queryByRole('button')).toBeNull();
    expect(within(sheet).queryByRole('link')).toBeNull();
  });

  it('shows only open jobordrer, no konflikt section without a konflikt, and prints on request', async () => {
    api('31501202', hoersholmBygMedJobordrer);
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderApp('/virksomheder/31501202/besoegsark');
    const user = userEvent.setup();

    const sheet = await screen.findByRole('article', { name: 'Hørsholm Byg ApS' });
    expect(within(sheet).queryByText('Konfliktramt virksomhed')).toBeNull();
    const jobordrer = within(sheet).getByRole('region', { name: 'Åbne jobordrer' });
    expect(within(jobordrer).getAllByRole('row')).toHaveLength(2);
    expect(jobordrer.textContent).not.toContain('Murerlærling');
    expect(jobordrer.textContent).toContain('Desuden 1 jobordre, der er lukket eller midlertidigt inaktiv.');
    const inaktiv = within(sheet).getByRole('row', { name: /1017654322/ });
    expect(inaktiv.textContent).toContain('Inaktiv: Ingen aktive brugere på JobAG');
    expect(inaktiv.textContent).toContain('Aldrig');

    await user.click(screen.getByRole('button', { name: 'Udskriv' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Tilbage til virksomheden' }).getAttribute('href')).toBe(
      '/virksomheder/31501202',
    );
  });
});
