import type { APIRequestContext, APIResponse } from '@playwright/test';
import {
  copenhagenDato,
  copenhagenInstant,
  csrfToken,
  maanederSiden,
  visDato,
} from '../support/borger-data.js';
import { expect, test } from '../support/fixtures.js';
import { tabTo } from '../support/keyboard.js';

// Issue 16: the meeting says who created and last changed it (a colleague, the citizen on Jobnet, a case
// system), and the history of the citizen's choices of mødeform.

// Unemployed 8 months, kontaktgruppe 1: the citizen has the right to choose the form (R3).
test.use({ borgerData: { fornavn: 'Vera', efternavnPrefix: 'Valg', ledighedsdato: maanederSiden(8) } });

const FAGSYSTEM = { Authorization: 'Bearer demo-jobcenter-22300' };
const JOBNET = { Authorization: 'Bearer demo-jobnet' };

async function ok(svar: Promise<APIResponse>, status = 200): Promise<APIResponse> {
  const resultat = await svar;
  expect(resultat.status(), await resultat.text()).toBe(status);
  return resultat;
}

/** PATCH through /v1 as the case system, on the version the meeting has now (its ETag). */
async function fagsystemRetter(request: APIRequestContext, id: string, data: object): Promise<void> {
  const nu = await ok(request.get(`/v1/indkaldelser/${id}`, { headers: FAGSYSTEM }));
  const etag = nu.headers().etag ?? '';
  await ok(request.patch(`/v1/indkaldelser/${id}`, { headers: { ...FAGSYSTEM, 'If-Match': etag }, data }));
}

test('a meeting changed by a case system and chosen on Jobnet says so, with the history of choices', async ({
  sagsbehandler: page,
  request,
  borger,
  opretViaApi,
  personside,
  expectNoAxeViolations,
}) => {
  const dag = copenhagenDato(6);
  const senereDag = copenhagenDato(9);

  // A meeting by the caseworker (version 1) …
  const moede = await opretViaApi<{ id: string }>(`/api/borgere/${borger.id}/indkaldelser`, {
    samtaletype: 7,
    start: copenhagenInstant(dag, '10:00'),
    slut: copenhagenInstant(dag, '10:30'),
    moedeform: 1,
    adresse: 'Stationsvej 2, 2970 Hørsholm',
    lokationsuddybning: 'Lokale 2.14',
  });
  // … where the caseworker registered the citizen's choice of personal attendance on the phone …
  await ok(
    page.request.post(`/api/indkaldelser/${moede.id}/moededeltagelsesvalg`, {
      headers: { 'X-CSRF-Token': await csrfToken(page) },
      data: { moedeform: 1 },
    }),
  );
  // … the citizen chose phone instead on Jobnet …
  await ok(
    request.post(`/v1/indkaldelser/${moede.id}/moededeltagelsesvalg`, {
      headers: { ...JOBNET, 'x-civilregistrationIdentifier': borger.cpr },
      data: { moedeform: 2 },
    }),
  );
  // … and the jobcentre's case system moved it to another room.
  await fagsystemRetter(request, moede.id, { lokationsuddybning: 'Lokale 3' });

  // A second meeting the case system created itself, and nobody has changed.
  await ok(
    request.post('/v1/indkaldelser', {
      headers: { ...FAGSYSTEM, 'x-civilregistrationIdentifier': borger.cpr },
      data: {
        samtaletype: 4,
        start: copenhagenInstant(senereDag, '13:00'),
        slut: copenhagenInstant(senereDag, '13:30'),
        moedeform: 2,
      },
    }),
    201,
  );

  await personside('moeder');
  const item = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { level: 3, name: new RegExp(`${visDato(dag)} kl\\. 10\\.00–10\\.30`) }),
  });
  await expect(item).toContainText('Stationsvej 2, 2970 Hørsholm, Lokale 3');
  await expect(item).toContainText('Registreret af Jobnet');
  const oprettet = item.getByRole('definition').filter({ hasText: /af Signe Bach$/ });
  await expect(oprettet).toHaveText(
    new RegExp(`^${visDato(copenhagenDato())} kl\\. \\d{2}\\.\\d{2} af Signe Bach$`),
  );
  // The case system belongs to the user's own myndighed, so only its name is shown.
  await expect(item.locator('.moede-aendringer')).toContainText(
    /Senest ændret.*af Jobcenter Hørsholm \(fagsystem\)$/,
  );

  const andet = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { level: 3, name: new RegExp(`${visDato(senereDag)} kl\\. 13\\.00`) }),
  });
  await expect(andet.locator('.moede-aendringer')).toContainText(
    /Oprettet.*af Jobcenter Hørsholm \(fagsystem\)$/,
  );
  await expect(andet.locator('.moede-aendringer')).not.toContainText('Senest ændret');
  await expectNoAxeViolations();

  // The history of choices opens by keyboard, newest first.
  const knap = item.getByRole('button', { name: /^Alle valg/ });
  await expect(knap).toHaveAttribute('aria-expanded', 'false');
  await tabTo(page, knap);
  await page.keyboard.press('Enter');
  await expect(knap).toHaveAttribute('aria-expanded', 'true');
  const tabel = item.getByRole('table', { name: 'Borgerens valg af mødeform, nyeste først' });
  const raekker = tabel.getByRole('row');
  await expect(raekker).toHaveCount(3);
  await expect(raekker.nth(1)).toContainText('Telefon');
  await expect(raekker.nth(1)).toContainText('gældende');
  await expect(raekker.nth(1).getByRole('cell').nth(2)).toHaveText('Jobnet');
  await expect(raekker.nth(2)).toContainText('Personlig kontakt');
  await expect(raekker.nth(2)).toContainText('erstattet');
  await expect(raekker.nth(2).getByRole('cell').nth(2)).toHaveText('Signe Bach');
  await expect(raekker.nth(2).getByRole('cell').nth(3)).toHaveText('Hørsholm Kommune');
  await expect(knap).toBeFocused();
  await expectNoAxeViolations();

  await page.screenshot({ path: '/tmp/moeder-fane.png', fullPage: true });

  // Space closes it again.
  await page.keyboard.press('Space');
  await expect(knap).toHaveAttribute('aria-expanded', 'false');
  await expect(tabel).toBeHidden();

  // The case system's meeting is in Mine møder on its day too, with the citizen and the form it chose.
  await page.goto(`/moeder?dato=${senereDag}`);
  const raekke = page.getByRole('row').filter({ hasText: borger.navn });
  await expect(raekke).toContainText('13.00');
  await expect(raekke).toContainText('Telefon');
  // The first meeting shows the citizen's choice made through Jobnet.
  await page.goto(`/moeder?dato=${dag}`);
  await expect(page.getByRole('row').filter({ hasText: borger.navn })).toContainText('Telefon');
  await expectNoAxeViolations();
});
