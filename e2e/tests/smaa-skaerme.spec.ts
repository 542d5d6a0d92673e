import type { Page } from '@playwright/test';
import { copenhagenDato, copenhagenInstant } from '../support/borger-data.js';
import { expect, test } from '../support/fixtures.js';

// Issue 18: on a phone (390 px) Mine møder and Jobordrer showed three of their columns and scrolled sideways;
// each row now reflows to a card with its columns named.

test.use({ borgerData: { fornavn: 'Sif', efternavnPrefix: 'Smal' } });

async function forventIngenVandretScroll(page: Page): Promise<void> {
  const bredder = await page.evaluate(() => ({
    side: document.documentElement.scrollWidth,
    vindue: document.documentElement.clientWidth,
    tabeller: [...document.querySelectorAll('.table--responsive-scroll')].map(
      (element) => element.scrollWidth - element.clientWidth,
    ),
  }));
  expect(bredder.side).toBeLessThanOrEqual(bredder.vindue);
  for (const over of bredder.tabeller) expect(over).toBeLessThanOrEqual(0);
}

test('Mine møder and Jobordrer reflow at 390 px without horizontal scroll', async ({
  sagsbehandler: page,
  borger,
  opretViaApi,
  expectNoAxeViolations,
}) => {
  const imorgen = copenhagenDato(1);
  await opretViaApi(`/api/borgere/${borger.id}/indkaldelser`, {
    samtaletype: 7,
    start: copenhagenInstant(imorgen, '10:00'),
    slut: copenhagenInstant(imorgen, '10:30'),
    moedeform: 1,
    adresse: 'Stationsvej 2, 2970 Hørsholm',
    lokationsuddybning: 'Lokale 2.14',
  });
  await page.setViewportSize({ width: 390, height: 844 });

  await page.goto(`/moeder?dato=${imorgen}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mine møder' })).toBeVisible();
  const raekke = page.getByRole('row').filter({ hasText: borger.navn });
  await expect(raekke).toBeVisible();
  await expect(raekke).toContainText('Stationsvej 2');
  await forventIngenVandretScroll(page);
  // Every cell of the row is within the screen: no column is cut off.
  const celler = await raekke
    .locator('td')
    .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().right));
  for (const hoejre of celler) expect(hoejre).toBeLessThanOrEqual(390);
  await expectNoAxeViolations();
  await page.screenshot({ path: '/tmp/mine-moeder-390.png', fullPage: true });

  await page.goto('/jobordrer');
  await expect(page.getByRole('heading', { level: 1, name: 'Jobordrer' })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await forventIngenVandretScroll(page);
  await expectNoAxeViolations();
  await page.screenshot({ path: '/tmp/jobordrer-390.png', fullPage: true });
});
