import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.js';

// Issue 4: jobordrer and formidling (R18, R19, R21) and the visit sheet for Hørsholm Byg.

const SCREENSHOT = path.resolve(import.meta.dirname, '../test-results/besoegsark.png');

test('sb22300 creates a jobordre for Hørsholm Byg, proposes two citizens, closes it and prints the visit sheet', async ({
  sagsbehandler: page,
  opretBorger,
  expectNoAxeViolations,
}) => {
  const titel = `Tømrer ${Date.now().toString(36)}`;
  const foerste = await opretBorger({ fornavn: 'Jens', efternavnPrefix: 'Formidling' });
  const anden = await opretBorger({ fornavn: 'Karen', efternavnPrefix: 'Formidling' });

  // The Jobordrer page
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Jobordrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jobordrer' })).toBeVisible();
  await expect(page).toHaveTitle('Jobordrer – Jobcenter');
  await expectNoAxeViolations();

  // "Create a jobordre and propose one citizen", counted from here: every click and every field entry.
  let handlinger = 0;
  const klik = async (locator: ReturnType<Page['getByRole']>) => {
    handlinger += 1;
    await locator.click();
  };
  const udfyld = async (locator: ReturnType<Page['getByLabel']>, vaerdi: string) => {
    handlinger += 1;
    await locator.fill(vaerdi);
  };

  await klik(page.getByRole('link', { name: 'Opret jobordre' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Opret jobordre' })).toBeVisible();
  await expect(page).toHaveTitle('Opret jobordre – Jobcenter');
  await udfyld(page.getByLabel('CVR-nummer'), '31501202');
  await expect(page.getByText('Hørsholm Byg ApS')).toBeVisible();
  await expect(page.getByLabel('Ansvarligt jobcenter')).toHaveValue('22300');
  await udfyld(page.getByLabel('Titel'), titel);
  await expectNoAxeViolations();
  await klik(page.getByRole('button', { name: 'Opret jobordre' }));

  // The detail page
  await expect(page.getByRole('heading', { level: 1, name: titel })).toBeVisible();
  await expect(page).toHaveURL(/\/jobordrer\/[0-9a-f-]{36}$/);
  await expect(page).toHaveTitle(`${titel} – Jobcenter`);
  await expect(page.getByRole('status').filter({ hasText: 'er oprettet' })).toBeVisible();
  await expectNoAxeViolations();

  await klik(page.getByRole('button', { name: 'Foreslå borger' }));
  const panel = page.getByRole('region', { name: /Foreslå borger til/ });
  await expect(panel.getByLabel('Søg borger')).toBeFocused();
  await udfyld(panel.getByLabel('Søg borger'), foerste.efternavn);
  await klik(panel.getByRole('button', { name: 'Søg', exact: true }));
  // The only citizen found is picked already.
  await expect(panel.getByLabel(new RegExp(foerste.efternavn))).toBeChecked();
  await expect(panel.getByLabel('Under vurdering')).toBeChecked();
  await expectNoAxeViolations();
  await klik(panel.getByRole('button', { name: 'Foreslå borgeren' }));
  await expect(page.getByText(`${foerste.navn} er foreslået til jobordren`)).toBeVisible();

  expect(handlinger).toBeLessThanOrEqual(12);
  test.info().annotations.push({ type: 'handlinger', description: String(handlinger) });

  // The second citizen, as "tilgængelig for virksomhed"
  await page.getByRole('button', { name: 'Foreslå borger' }).click();
  await panel.getByLabel('Søg borger').fill(anden.efternavn);
  await panel.getByLabel('Søg borger').press('Enter');
  await expect(panel.getByLabel(new RegExp(anden.efternavn))).toBeChecked();
  await panel.getByLabel('Formidling tilgængelig for virksomhed').check();
  await panel.getByRole('button', { name: 'Foreslå borgeren' }).click();
  await expect(page.getByText(`${anden.navn} er foreslået til jobordren`)).toBeVisible();

  const kandidater = page.getByRole('table', { name: `Kandidater til ${titel}` });
  await expect(kandidater.getByRole('row')).toHaveCount(3);
  const raekke = kandidater.getByRole('row', { name: new RegExp(anden.efternavn) });
  await expect(raekke).toContainText('Formidling tilgængelig for virksomhed');
  await expect(raekke).toContainText('sb22300');
  await expect(raekke.getByRole('link', { name: anden.navn })).toHaveAttribute(
    'href',
    /^\/borgere\/[0-9a-f-]{36}$/,
  );
  await expectNoAxeViolations();

  // Close it: proposing is then disabled, with the reason beside it (R18).
  await page.getByRole('button', { name: 'Luk jobordren' }).click();
  await expect(page.getByText('Status er ændret til Lukket')).toBeVisible();
  const foreslaa = page.getByRole('button', { name: 'Foreslå borger' });
  await expect(foreslaa).toBeDisabled();
  const grund = 'Jobordren er ikke åben: borgere kan kun foreslås, mens jobordren er åben';
  await expect(page.getByText(grund)).toBeVisible();
  await expect(foreslaa).toHaveAccessibleDescription(grund);
  await expect(page.getByRole('button', { name: 'Åbn jobordren' })).toBeEnabled();
  await expectNoAxeViolations();

  // Hørsholm Byg's page: the jobordre with its 2 candidates
  await page.getByRole('link', { name: 'Hørsholm Byg ApS' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hørsholm Byg ApS' })).toBeVisible();
  const jobordreRaekke = page
    .getByRole('table', { name: 'Virksomhedens jobordrer', exact: true })
    .getByRole('row', { name: new RegExp(titel) });
  await expect(jobordreRaekke.getByRole('cell')).toHaveText([
    titel,
    'Lukket',
    '1',
    '2',
    '–',
    'Jobcenter Hørsholm',
  ]);
  await expect(page.getByRole('table', { name: /Seneste formidlinger/ })).toContainText(titel);
  await expectNoAxeViolations();

  // The visit sheet, as printed
  await page.getByRole('link', { name: 'Udskriv besøgsark' }).click();
  const ark = page.getByRole('article', { name: 'Hørsholm Byg ApS' });
  await expect(ark).toBeVisible();
  await expect(page).toHaveTitle('Besøgsark: Hørsholm Byg ApS – Jobcenter');
  await expect(ark.getByRole('region', { name: 'P-enheder' })).toContainText('1017654321');
  await expect(ark.getByRole('region', { name: 'Seneste formidlinger' })).toContainText(titel);
  await expect(ark).toContainText('af Signe Bach');
  await expect(page.getByRole('button', { name: 'Udskriv' })).toBeVisible();
  await expectNoAxeViolations();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Udskriv' })).toBeHidden();
  // The printable area of A4 with 15 mm margins: 180 × 267 mm at 96 px per inch.
  await page.setViewportSize({ width: 680, height: 1009 });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  const hoejde = await ark.evaluate((element) => element.getBoundingClientRect().height);
  expect(hoejde).toBeLessThanOrEqual(1009);
  // And as the browser prints it: one A4 page.
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
  await expectNoAxeViolations();
});
