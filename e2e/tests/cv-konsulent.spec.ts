import path from 'node:path';
import type { Page } from '@playwright/test';
import { csrfToken, type OprettetBorger } from '../support/borger-data.js';
import { expect, forventKonsolfejl, loginByKeyboard, test } from '../support/fixtures.js';

// Issue 18: a virksomhedskonsulent may open a candidate's searchable CV (never the person page), and
// "Foreslå borger" on a jobordre searches the searchable CVs in place or goes on to CV-søgning with the
// jobordre chosen there. A CV that is not searchable is a Danish empty state, not "Ingen adgang".

const skaermbillede = (navn: string) => path.resolve(import.meta.dirname, `../test-results/${navn}.png`);

/** A word no other test's CV has, so the searches below find this test's citizens and them alone. */
function uniktOrd(): string {
  const bogstaver = 'bcdfghjklmnprstv';
  let n = Date.now();
  let ord = '';
  while (n > 0) {
    ord += bogstaver[n % bogstaver.length];
    n = Math.floor(n / bogstaver.length);
  }
  return `kran${ord}`;
}

async function gemCv(page: Page, borger: OprettetBorger, overskrift: string, soegbart: boolean) {
  const svar = await page.request.put(`/api/borgere/${borger.id}/cv`, {
    headers: { 'X-CSRF-Token': await csrfToken(page) },
    data: {
      overskrift,
      jobOensker: ['Kranfører'],
      kompetencer: ['Tårnkran', 'Kørekort C'],
      erfaring: [{ titel: 'Kranfører', sted: 'Hørsholm Byg ApS', fra: '2018-03-01', til: '2025-10-31' }],
      uddannelse: [{ titel: 'Kranførercertifikat', sted: 'AMU Nordsjælland', fra: '2017-09-01' }],
      postnummer: '2970',
      soegbart,
    },
  });
  expect(svar.status(), await svar.text()).toBe(200);
}

test('vk22300 opens a candidate’s CV from a jobordre and proposes citizens from Foreslå borger and CV-søgning', async ({
  sagsbehandler: page,
  opretBorger,
  opretViaApi,
  consoleErrors,
  expectNoAxeViolations,
}) => {
  // Setup as sb22300, through the API: a jobordre, four citizens with CVs (one not searchable), two proposed.
  const ord = uniktOrd();
  const titel = `Kranfører ${Date.now().toString(36)}`;
  const jobordre = await opretViaApi<{ id: string }>('/api/jobordrer', {
    titel,
    cvrNummer: '31501202',
    antalStillinger: 2,
    ansvarligtJobcenter: '22300',
  });
  const kandidat = await opretBorger({ fornavn: 'Kirsten', efternavnPrefix: 'Kran' });
  const skjult = await opretBorger({ fornavn: 'Henrik', efternavnPrefix: 'Kran' });
  const fundet = await opretBorger({ fornavn: 'Lise', efternavnPrefix: 'Kran' });
  const anden = await opretBorger({ fornavn: 'Mads', efternavnPrefix: 'Kran' });
  await gemCv(page, kandidat, `Erfaren kranfører ${ord}`, true);
  await gemCv(page, skjult, `Kranfører ${ord}`, false);
  await gemCv(page, fundet, `Kranfører med certifikat ${ord}`, true);
  await gemCv(page, anden, `Kranfører og maskinfører ${ord}`, true);
  for (const borger of [kandidat, skjult]) {
    await opretViaApi(`/api/jobordrer/${jobordre.id}/formidlinger`, {
      borgerId: borger.id,
      formidlingsstatus: 1,
    });
  }
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL(/\/login/);
  await loginByKeyboard(page, 'vk22300');
  await expect(page.getByRole('heading', { level: 1, name: 'Virksomheder' })).toBeVisible();

  // The jobordre: a candidate's name leads to the CV, not to "Ingen adgang"
  await page.goto(`/jobordrer/${jobordre.id}`);
  await expect(page.getByRole('heading', { level: 1, name: titel })).toBeVisible();
  const kandidater = page.getByRole('table', { name: `Kandidater til ${titel}` });
  await kandidater.getByRole('link', { name: kandidat.navn }).click();
  await expect(page).toHaveURL(new RegExp(`/cv-soegning/cv/${kandidat.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: kandidat.navn })).toBeVisible();
  await expect(page).toHaveTitle(`${kandidat.navn}: CV – Jobcenter`);
  await expect(page.getByText(`Erfaren kranfører ${ord}`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Kompetencer' })).toContainText('Tårnkran');
  await expect(page.getByRole('region', { name: 'Erfaring' })).toContainText('Kranfører, Hørsholm Byg ApS');
  await expect(page.getByRole('region', { name: 'Uddannelse' })).toContainText('Kranførercertifikat');
  await expect(page.getByText('Ingen adgang')).toHaveCount(0);
  expect(page.url()).not.toContain(kandidat.cpr);
  await expectNoAxeViolations();
  await page.screenshot({ path: skaermbillede('cv-konsulent-cv'), fullPage: true });

  // Back to the jobordre; a candidate whose CV is not searchable says what that means
  await page.getByRole('link', { name: titel }).click();
  await expect(page.getByRole('heading', { level: 1, name: titel })).toBeVisible();
  await kandidater.getByRole('link', { name: skjult.navn }).click();
  await expect(page.getByRole('heading', { level: 1, name: skjult.navn })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Intet søgbart CV' })).toBeVisible();
  await expect(page.getByText(/Borgeren har ikke et CV, der er gjort søgbart/)).toBeVisible();
  await expect(page.getByText('Ingen adgang')).toHaveCount(0);
  forventKonsolfejl(consoleErrors, /status of 404/);
  await expectNoAxeViolations();
  await page.screenshot({ path: skaermbillede('cv-konsulent-ikke-soegbart'), fullPage: true });
  await page.getByRole('link', { name: titel }).click();

  // "Foreslå borger": a search in the searchable CVs, right there
  await page.getByRole('button', { name: 'Foreslå borger' }).click();
  const panel = page.getByRole('region', { name: /Foreslå borger til/ });
  await expect(panel.getByLabel('Søg i CV’er')).toBeFocused();
  await page.keyboard.type(ord);
  await page.keyboard.press('Enter');
  const valg = panel.getByRole('group', { name: 'Vælg borger' });
  await expect(valg.getByLabel(new RegExp(fundet.navn))).toBeVisible();
  await expect(valg.getByLabel(new RegExp(anden.navn))).toBeVisible();
  // Proposed already: shown, not to be picked twice; not searchable: not found.
  await expect(valg.getByLabel(new RegExp(kandidat.navn))).toBeDisabled();
  await expect(valg.getByLabel(new RegExp(skjult.navn))).toHaveCount(0);
  await expectNoAxeViolations();
  await page.screenshot({ path: skaermbillede('cv-konsulent-foreslaa-borger'), fullPage: true });
  await valg.getByLabel(new RegExp(fundet.navn)).check();
  await panel.getByRole('button', { name: 'Foreslå borgeren' }).click();
  await expect(page.getByText(`${fundet.navn} er foreslået til jobordren`)).toBeVisible();
  await expect(kandidater.getByRole('row', { name: new RegExp(fundet.navn) })).toContainText(
    'Under vurdering',
  );

  // …or CV-søgning, with the jobordre chosen there: "Foreslå til jobordre" in two actions
  await page.getByRole('button', { name: 'Foreslå borger' }).click();
  await panel.getByRole('link', { name: 'Find kandidater i CV-søgning' }).click();
  await expect(page).toHaveURL(new RegExp(`/cv-soegning\\?jobordre=${jobordre.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'CV-søgning' })).toBeVisible();
  await expect(page.getByText(/Du finder kandidater til/)).toContainText(titel);
  await page.getByLabel('Søg i CV’er').fill(ord);
  await page.keyboard.press('Enter');
  const resultat = page.getByRole('article', { name: anden.navn });
  await expect(resultat).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/cv-soegning\\?jobordre=${jobordre.id}$`));
  await expectNoAxeViolations();
  await page.screenshot({ path: skaermbillede('cv-konsulent-cv-soegning'), fullPage: true });

  let handlinger = 0;
  handlinger += 1;
  await resultat.getByRole('button', { name: 'Foreslå til jobordre' }).click();
  const foerste = resultat
    .getByRole('region', { name: /til en åben jobordre/ })
    .getByRole('button')
    .first();
  await expect(foerste).toContainText(titel);
  await expect(foerste).toBeFocused();
  handlinger += 1;
  await page.keyboard.press('Enter');
  const bekraeftelse = resultat.getByRole('status').filter({ hasText: `Foreslået til ${titel}` });
  await expect(bekraeftelse).toBeVisible();
  expect(handlinger).toBe(2);
  await expectNoAxeViolations();

  // The name in a result leads to the CV too, and back finds the same search
  await resultat.getByRole('link', { name: anden.navn }).click();
  await expect(page.getByRole('heading', { level: 1, name: anden.navn })).toBeVisible();
  await expect(page.getByText(`Kranfører og maskinfører ${ord}`)).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'CV-søgning' }).click();
  await expect(page.getByLabel('Søg i CV’er')).toHaveValue(ord);
  await expect(resultat).toBeVisible();

  // The jobordre has all four candidates
  await page.goto(`/jobordrer/${jobordre.id}`);
  await expect(kandidater.getByRole('row')).toHaveCount(5);
  await expect(kandidater).toContainText(anden.navn);
});
