import type { Page } from '@playwright/test';
import { copenhagenDato, copenhagenInstant } from '../support/borger-data.js';
import { expect, test } from '../support/fixtures.js';

// Issue 18, "my work, not the jobcentre's" (ADR 0018): who summons is the meeting's ansvarlig sagsbehandler;
// Mine møder shows mine with the jobcentre's a click away, the person card and "Ret mødet" change the ansvarlig,
// and Borgere lists "Mine borgere" and "Senest åbnede".

test.use({ borgerData: { fornavn: 'Asger', efternavnPrefix: 'Ansvar' } });

const FAGSYSTEM = { Authorization: 'Bearer demo-jobcenter-22300' };

async function forventIngenVandretScroll(page: Page): Promise<void> {
  const { side, vindue } = await page.evaluate(() => ({
    side: document.documentElement.scrollWidth,
    vindue: document.documentElement.clientWidth,
  }));
  expect(side).toBeLessThanOrEqual(vindue);
}

test('Mine møder, Mine borgere, Senest åbnede and changing the ansvarlig sagsbehandler', async ({
  sagsbehandler: page,
  borger,
  opretBorger,
  opretViaApi,
  request,
  expectNoAxeViolations,
}) => {
  const imorgen = copenhagenDato(1);
  // Signe summons Asger: her meeting, and her citizen since she created him.
  await opretViaApi(`/api/borgere/${borger.id}/indkaldelser`, {
    samtaletype: 7,
    start: copenhagenInstant(imorgen, '07:30'),
    slut: copenhagenInstant(imorgen, '08:00'),
    moedeform: 2,
  });
  const anden = await opretBorger({ fornavn: 'Nanna', efternavnPrefix: 'Ingen' });

  // The person card says who is ansvarlig; Nanna is handed over to nobody, by keyboard.
  await page.goto(`/borgere/${anden.id}/moeder`);
  const kort = page.getByRole('region', { name: anden.navn });
  await expect(kort).toContainText('Ansvarlig sagsbehandlerSigne Bach');
  const skift = kort.getByRole('button', { name: 'Skift ansvarlig sagsbehandler' });
  await skift.focus();
  await page.keyboard.press('Enter');
  const select = kort.getByLabel('Ansvarlig sagsbehandler', { exact: true });
  await expect(select).toBeFocused();
  await expect(select.getByRole('option', { name: 'Signe Bach (sb22300)' })).toBeAttached();
  await expectNoAxeViolations();
  await page.screenshot({ path: '/tmp/ansvarlig-kort.png' });
  await select.selectOption({ label: 'Ingen ansvarlig' });
  await kort.getByRole('button', { name: 'Gem ansvarlig' }).press('Enter');
  await expect(kort.getByRole('status')).toHaveText(/ikke længere en ansvarlig sagsbehandler/);
  await expect(kort).toContainText('Ansvarlig sagsbehandlerIngen');
  await expect(skift).toBeFocused();
  await expectNoAxeViolations();

  // The case system summons Nanna: nobody's meeting, as she has nobody.
  const fagsystem = await request.post('/v1/indkaldelser', {
    headers: { ...FAGSYSTEM, 'x-civilregistrationIdentifier': anden.cpr },
    data: {
      samtaletype: 4,
      start: copenhagenInstant(imorgen, '08:00'),
      slut: copenhagenInstant(imorgen, '08:30'),
      moedeform: 2,
    },
  });
  expect(fagsystem.status()).toBe(201);

  // Borgere: Asger is among mine, Nanna is not; Nanna is the one opened last.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Borgere' }).click();
  const mine = page.getByRole('region', { name: /^Mine borgere/ });
  await expect(mine.getByRole('link', { name: borger.navn })).toBeVisible();
  await expect(mine.getByRole('link', { name: anden.navn })).toHaveCount(0);
  await expect(mine).toContainText(/\d{6}-xxxx/);
  const senest = page.getByRole('region', { name: /^Senest åbnede/ });
  await expect(senest.getByRole('link').first()).toHaveText(anden.navn);
  await expectNoAxeViolations();
  await page.screenshot({ path: '/tmp/borgere-oversigt.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await forventIngenVandretScroll(page);
  await page.screenshot({ path: '/tmp/borgere-oversigt-390.png', fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  // Mine møder tomorrow: my meeting, not Nanna's; Hele jobcentret is one click away and in the URL.
  await page.goto(`/moeder?dato=${imorgen}`);
  const valg = page.getByRole('navigation', { name: 'Vis møder for' });
  await expect(valg.getByRole('link', { name: 'Mine' })).toHaveAttribute('aria-current', 'page');
  const asgersRaekke = page.getByRole('row').filter({ hasText: borger.navn });
  await expect(asgersRaekke).toBeVisible();
  await expect(asgersRaekke).not.toContainText('Ansvarlig:');
  await expect(page.getByRole('row').filter({ hasText: anden.navn })).toHaveCount(0);
  await expectNoAxeViolations();
  await page.screenshot({ path: '/tmp/mine-moeder-mine.png', fullPage: true });
  await valg.getByRole('link', { name: 'Hele jobcentret' }).click();
  await expect(page).toHaveURL(new RegExp(`/moeder\\?dato=${imorgen}&ansvarlig=alle$`));
  await expect(page.getByRole('row').filter({ hasText: anden.navn })).toContainText('Ingen ansvarlig');
  await expect(asgersRaekke).toContainText('Ansvarlig: Signe Bach');
  await expectNoAxeViolations();
  await page.screenshot({ path: '/tmp/mine-moeder-alle.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await forventIngenVandretScroll(page);
  await page.screenshot({ path: '/tmp/mine-moeder-alle-390.png', fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  // The Møder tab shows the ansvarlig; "Ret mødet" hands the meeting to nobody.
  await page.goto(`/borgere/${borger.id}/moeder`);
  const moede = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) })
    .first();
  await expect(moede).toContainText('AnsvarligSigne Bach');
  await moede.getByRole('button', { name: 'Ret' }).click();
  const retSelect = moede.getByLabel('Ansvarlig sagsbehandler', { exact: true });
  await expect(retSelect.getByRole('option', { name: 'Signe Bach (sb22300)' })).toBeAttached();
  await expectNoAxeViolations();
  await page.screenshot({ path: '/tmp/ret-moede-ansvarlig.png', fullPage: true });
  await retSelect.selectOption({ label: 'Ingen ansvarlig' });
  await moede.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(page.getByText('Mødet er rettet')).toBeVisible();
  await expect(moede).toContainText('AnsvarligIngen');

  // No longer mine: Mine møder says what to do.
  await page.goto(`/moeder?dato=${imorgen}`);
  await expect(page.getByRole('row').filter({ hasText: borger.navn })).toHaveCount(0);
});
