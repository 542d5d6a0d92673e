import { expect, forventKonsolfejl, test } from '../support/fixtures.js';

// CV-søgning (R17): a citizen gets a CV on the person page, is found despite a typo with the matched word
// marked, stays found with "Mindre intensiv indsats: Nej", and is proposed to an open jobordre in two clicks.
// The free text never reaches the address bar.

test.use({ borgerData: { fornavn: 'Tage', efternavnPrefix: 'Cv' } });

test('sb22300 writes a CV, finds it with a typo, filters, opens the citizen and proposes it in two clicks', async ({
  sagsbehandler: page,
  consoleErrors,
  borger,
  opretViaApi,
  personside,
  expectNoAxeViolations,
}) => {
  // Setup through the API: a new citizen without a CV (the fixture), and an open jobordre of its own.
  const navn = borger.navn;
  const titel = `Tagtømrer ${Date.now().toString(36)}`;
  const jobordre = await opretViaApi<{ id: string }>('/api/jobordrer', {
    titel,
    cvrNummer: '31501202',
    antalStillinger: 1,
    ansvarligtJobcenter: '22300',
  });

  // The CV tab: no CV yet (the API's 404 is the empty state, not an error)
  await personside();
  await page.getByRole('tab', { name: 'CV' }).click();
  await expect(page).toHaveURL(new RegExp(`/borgere/${borger.id}/cv$`));
  await expect(page).toHaveTitle(`${navn}: CV – Jobcenter`);
  await expect(page.getByText(/Borgeren har ikke noget CV endnu/)).toBeVisible();
  forventKonsolfejl(consoleErrors, /status of 404/);
  await expectNoAxeViolations();

  await page.getByRole('button', { name: 'Opret CV' }).click();
  await expect(page.getByLabel('Overskrift')).toBeFocused();
  await page.getByLabel('Overskrift').fill('Erfaren tømrer');
  await page.getByRole('button', { name: 'Tilføj kompetence' }).click();
  await expect(page.getByLabel('Kompetence 1')).toBeFocused();
  await page.keyboard.type('Tagarbejde');
  await page.getByLabel('Postnummer').fill('2970');
  await expect(page.getByLabel('Søgbart')).toBeChecked();
  await expect(page.getByText('Kun søgbare CV’er kan findes i CV-søgning')).toBeVisible();
  await expectNoAxeViolations();
  await page.getByRole('button', { name: 'Opret CV' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'CV’et er oprettet' })).toBeVisible();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByText('Erfaren tømrer')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Kompetencer' })).toContainText('Tagarbejde');
  await expect(panel).toContainText('Ja, kan findes i CV-søgning');
  await expectNoAxeViolations();

  // CV-søgning, with a typo
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'CV-søgning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CV-søgning' })).toBeVisible();
  await expect(page).toHaveTitle('CV-søgning – Jobcenter');
  await expect(page.getByRole('status').filter({ hasText: /CV/ })).toBeVisible();
  await expectNoAxeViolations();

  await page.getByLabel('Søg i CV’er').fill('tømer');
  await page.keyboard.press('Enter');
  const resultat = page.getByRole('article', { name: navn });
  await expect(resultat).toBeVisible();
  await expect(resultat.locator('mark').first()).toHaveText('tømrer');
  await expect(resultat.getByRole('list', { name: 'Kompetencer' })).toContainText('Tagarbejde');
  await expectNoAxeViolations();

  await page.getByRole('radio', { name: /^Nej/ }).check();
  await expect(page).toHaveURL(/[?&]mindre=nej/);
  await expect(resultat).toBeVisible();
  await expect(resultat.locator('mark').first()).toHaveText('tømrer');
  expect(page.url()).not.toContain('tømer');
  expect(page.url()).not.toContain(encodeURIComponent('tømer'));
  await expectNoAxeViolations();

  // The person page and back: the same search, text included
  await resultat.getByRole('link', { name: navn }).click();
  await expect(page.getByRole('heading', { level: 1, name: navn })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/cv-soegning\?mindre=nej$/);
  await expect(page.getByLabel('Søg i CV’er')).toHaveValue('tømer');
  await expect(page.getByRole('radio', { name: /^Nej/ })).toBeChecked();
  await expect(resultat).toBeVisible();

  // "Foreslå til jobordre": two user actions, counted
  let handlinger = 0;
  handlinger += 1;
  await resultat.getByRole('button', { name: 'Foreslå til jobordre' }).click();
  const valg = resultat.getByRole('button', { name: `${titel} — Hørsholm Byg ApS` });
  await expect(valg).toBeVisible();
  // The list opens focused on its first open jobordre.
  await expect(
    resultat
      .getByRole('region', { name: /til en åben jobordre/ })
      .getByRole('button')
      .first(),
  ).toBeFocused();
  await expectNoAxeViolations();
  handlinger += 1;
  await valg.click();

  const bekraeftelse = resultat.getByRole('status').filter({ hasText: `Foreslået til ${titel}` });
  await expect(bekraeftelse).toBeVisible();
  expect(handlinger).toBe(2);
  await expect(resultat.getByRole('button', { name: 'Foreslå til jobordre' })).toBeFocused();
  await expectNoAxeViolations();

  // The confirmation leads to the jobordre, where the citizen is a candidate.
  await bekraeftelse.getByRole('link', { name: titel }).click();
  await expect(page).toHaveURL(new RegExp(`/jobordrer/${jobordre.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: titel })).toBeVisible();
  await expect(page.getByRole('table', { name: `Kandidater til ${titel}` })).toContainText(navn);
});
