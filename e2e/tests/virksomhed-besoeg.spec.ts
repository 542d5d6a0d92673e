import { expect, loginByKeyboard, test } from '../support/fixtures.js';
import { tabTo } from '../support/keyboard.js';

// Issue 2: a virksomhedskonsulent prepares company visits, by keyboard alone (R20, R21).
test('vk22300 finds Hørsholm Byg, sees its P-units and the konflikt warning on Nordkyst, and logs out', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/– Jobcenter$/);
  await expectNoAxeViolations();

  await loginByKeyboard(page, 'vk22300');
  await expect(page.getByRole('heading', { level: 1, name: 'Virksomheder' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Viggo Krogh');
  await expect(page.getByRole('banner')).toContainText('Jobcenter Hørsholm');
  await expectNoAxeViolations();

  // Search by name
  const soegefelt = page.getByLabel('Navn eller CVR-nummer');
  await tabTo(page, soegefelt);
  await page.keyboard.type('Hørsholm Byg');
  await page.keyboard.press('Enter');
  const resultat = page.getByRole('link', { name: 'Hørsholm Byg ApS' });
  await expect(resultat).toBeVisible();
  await expectNoAxeViolations();
  await tabTo(page, resultat);
  await page.keyboard.press('Enter');

  // Company page: one active and one inactive P-unit, the latest login with the exact time
  await expect(page.getByRole('heading', { level: 1, name: 'Hørsholm Byg ApS' })).toBeVisible();
  await expect(page).toHaveTitle('Hørsholm Byg ApS – Jobcenter');
  const aktivRaekke = page.getByRole('row', { name: /1017654321/ });
  const inaktivRaekke = page.getByRole('row', { name: /1017654322/ });
  await expect(aktivRaekke).toContainText('Aktiv');
  await expect(aktivRaekke).toContainText('Usserød Kongevej 12');
  await expect(inaktivRaekke).toContainText('Inaktiv');
  await expect(inaktivRaekke).toContainText('Ingen aktive brugere på JobAG');
  const login = aktivRaekke.locator('time');
  await expect(login).toHaveAttribute('datetime', '2026-10-01T08:15:00.000Z');
  await expect(login).toContainText(/siden/);
  await tabTo(page, login);
  await expect(page.getByText('01.10.2026 kl. 10.15').first()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Konfliktramt' })).toHaveCount(0);
  await expectNoAxeViolations();

  // Nordkyst Rengøring: the konflikt warning comes first on the page
  const soegIgen = page.getByRole('link', { name: 'Virksomheder', exact: true }).first();
  await tabTo(page, soegIgen);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Navn eller CVR-nummer'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Nordkyst');
  await page.keyboard.press('Enter');
  const nordkyst = page.getByRole('link', { name: 'Nordkyst Rengøring A/S' });
  await expect(nordkyst).toBeVisible();
  await expect(page.getByRole('row', { name: /Nordkyst/ })).toContainText('Konfliktramt');
  await tabTo(page, nordkyst);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nordkyst Rengøring A/S' })).toBeVisible();
  const advarsel = page.getByRole('alert').filter({ hasText: 'Konfliktramt virksomhed' });
  await expect(advarsel).toBeVisible();
  await expect(advarsel).toContainText('Blokade');
  await expect(advarsel).toContainText('01.11.2026');
  const advarselY = (await advarsel.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  const tabelY = (await page.getByRole('table').first().boundingBox())?.y ?? 0;
  expect(advarselY).toBeLessThan(tabelY);
  await expectNoAxeViolations();

  // Log out: the session is gone, a deep link goes back to the login
  await tabTo(page, page.getByRole('button', { name: 'Log ud' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/virksomheder/37200417');
  await expect(page).toHaveURL(/\/login\?returnTo=/);
});

test('a wrong password is announced and nothing typed is lost', async ({ page, expectNoAxeViolations }) => {
  await page.goto('/login');
  await loginByKeyboard(page, 'vk22300', 'forkert');
  const fejl = page.getByRole('alert');
  await expect(fejl).toContainText('Forkert brugernavn eller adgangskode');
  await expect(page.getByLabel('Brugernavn')).toHaveValue('vk22300');
  await expectNoAxeViolations();
});

test('a session that expired sends the user to login and back to the same page', async ({ page }) => {
  await page.goto('/virksomheder/31501202');
  await expect(page).toHaveURL(/\/login\?returnTo=%2Fvirksomheder%2F31501202/);
  await loginByKeyboard(page, 'vk22300');
  await expect(page).toHaveURL(/\/virksomheder\/31501202$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hørsholm Byg ApS' })).toBeVisible();
});
