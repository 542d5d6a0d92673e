import { copenhagenDato, visDato } from '../support/borger-data.js';
import { expect, test } from '../support/fixtures.js';

// Issue 4: Min plan. A caseworker ends an indsats with the reasons a caseworker may use (R14).

test.use({ borgerData: { fornavn: 'Per', efternavnPrefix: 'Plan' } });

test('sb22300 creates an indsats in the Plan tab and ends it, never offered ophørsårsag 14 or 15', async ({
  sagsbehandler: page,
  borger,
  personside,
  expectNoAxeViolations,
}) => {
  await personside('plan');
  await expect(page).toHaveTitle(`${borger.navn}: Plan – Jobcenter`);
  await expect(page.getByRole('tab', { name: /^Plan/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Borgeren har ingen indsatser i planen')).toBeVisible();
  await expectNoAxeViolations();

  // Opret indsats
  const idag = copenhagenDato(0);
  const slut = copenhagenDato(30);
  await page.getByRole('button', { name: 'Opret indsats' }).click();
  await expect(page.getByLabel('Indsatstype')).toBeFocused();
  await page.getByLabel('Indsatstype').selectOption({ label: 'Virksomhedspraktik' });
  await expect(page.getByLabel('Startdato')).toHaveValue(idag);
  await page.getByLabel('Slutdato (valgfri)').fill(slut);
  await expectNoAxeViolations();
  await page.getByRole('button', { name: 'Gem indsats' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Virksomhedspraktik er oprettet i planen' }),
  ).toBeVisible();

  const indsats = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Virksomhedspraktik' }) });
  await expect(indsats).toContainText(`${visDato(idag)}–${visDato(slut)}`);
  await expect(indsats).toContainText('Aktiv');
  await expect(page.getByRole('tab', { name: /^Plan/ })).toHaveText('Plan 1');

  // Afslut: R14, 14 and 15 are VITAS's
  await indsats.getByRole('button', { name: /^Afslut/ }).click();
  const aarsag = indsats.getByLabel('Ophørsårsag');
  await expect(aarsag).toBeFocused();
  const vaerdier = await aarsag
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(vaerdier).not.toContain('14');
  expect(vaerdier).not.toContain('15');
  expect(vaerdier).toContain('11');
  await expect(aarsag).not.toContainText('Bevilling ikke godkendt');
  await expect(aarsag).not.toContainText('Aktivitetsperioden afsluttet ordinært');
  await expect(indsats.getByLabel('Ophørsdato')).toHaveValue(idag);
  await expectNoAxeViolations();
  await aarsag.selectOption('11');
  await indsats.getByRole('button', { name: 'Afslut indsats' }).click();

  // Ended: listed with the reason and who ended it
  const afsluttede = page.getByRole('heading', { name: 'Afsluttede indsatser' });
  await expect(afsluttede).toBeVisible();
  const ophoert = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Virksomhedspraktik' }) });
  await expect(ophoert).toContainText('Ophørt');
  await expect(ophoert).toContainText(`${visDato(idag)}: Forløbet gennemført (11)`);
  await expect(ophoert).toContainText('Af sb22300');
  await expect(ophoert.getByRole('button', { name: /^Afslut/ })).toHaveCount(0);
  await expect(page.getByText('Ingen aktive eller kommende indsatser.')).toBeVisible();
  await expectNoAxeViolations();

  // The history line
  await page.getByRole('tab', { name: 'Historik' }).click();
  await expect(page.getByRole('table')).toContainText(
    `Virksomhedspraktik ophørt pr. ${idag}: 11 Forløbet gennemført`,
  );
});
