import { test as base, expect, type Page } from '@playwright/test';

/** Fails the test on any console error or CSP violation: the app must run clean under its own CSP. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    // An expected 401 from /api/auth/me before login shows as a failed resource load; nothing else may.
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  },
});

export { expect };

/** Logs in through the login page by keyboard alone. */
export async function loginByKeyboard(page: Page, brugernavn: string, adgangskode = 'demo'): Promise<void> {
  await page.getByLabel('Brugernavn').focus();
  await page.keyboard.type(brugernavn);
  await page.keyboard.press('Tab');
  await page.keyboard.type(adgangskode);
  await page.keyboard.press('Enter');
}
