import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';
import { type NyBorger, type OprettetBorger, opretBorgerViaApi, opretViaApi } from './borger-data.js';

/** The seed's demo users (password "demo") and the heading of the page each lands on after login. */
const startside = {
  sb22300: 'Borgere',
  sb22301: 'Borgere',
  sb10100: 'Borgere',
  vk22300: 'Virksomheder',
} as const;
export type DemoBruger = keyof typeof startside;

interface Fixtures {
  /**
   * Fails the test on any console error, React Router warning or CSP violation: the app must run clean under its own CSP. Automatic:
   * every test has it; a test that provokes an error on purpose asks for it and calls forventKonsolfejl.
   */
  consoleErrors: string[];
  /** The axe scan (WCAG 2.1 A and AA) of the page as it is now; fails on any violation. */
  expectNoAxeViolations: () => Promise<void>;
  /** Logs in through the login page by keyboard, and waits for the user's start page. */
  logInd: (brugernavn: DemoBruger) => Promise<void>;
  /** The test's page, logged in as sb22300 (Signe Bach, Jobcenter Hørsholm) on Borgere. */
  sagsbehandler: Page;
  /** POSTs to the API as the logged-in user, expects 201 and returns the created resource (setup). */
  opretViaApi: <T>(sti: string, data: object) => Promise<T>;
  /** Creates one more citizen through the API as sb22300. */
  opretBorger: (data?: NyBorger) => Promise<OprettetBorger>;
  /** Who `borger` is: `test.use({ borgerData: {...} })`. */
  borgerData: NyBorger;
  /** A fresh citizen of sb22300's jobcenter, created through the API (its id and name; the CPR never in a URL). */
  borger: OprettetBorger;
  /**
   * Opens `borger`'s person page, at `fane` if given ("moeder", "plan?x=y"), waits for the citizen's name as
   * the heading and returns the status card.
   */
  personside: (fane?: string) => Promise<Locator>;
}

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
        // React Router's warnings (a route without a HydrateFallback …) are mistakes too.
        else if (message.type() === 'warning' && /HydrateFallback|React Router/.test(message.text()))
          errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      // An expected 401 from /api/auth/me before login shows as a failed resource load; nothing else may.
      expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    },
    { auto: true },
  ],
  expectNoAxeViolations: async ({ page }, use) => {
    await use(() => expectNoAxeViolations(page));
  },
  logInd: async ({ page }, use) => {
    await use(async (brugernavn) => {
      await page.goto('/login');
      await loginByKeyboard(page, brugernavn);
      await expect(page.getByRole('heading', { level: 1, name: startside[brugernavn] })).toBeVisible();
    });
  },
  sagsbehandler: async ({ page, logInd }, use) => {
    await logInd('sb22300');
    await use(page);
  },
  opretViaApi: async ({ page }, use) => {
    await use((sti, data) => opretViaApi(page, sti, data));
  },
  opretBorger: async ({ sagsbehandler }, use) => {
    await use((data) => opretBorgerViaApi(sagsbehandler, data));
  },
  borgerData: [{}, { option: true }],
  borger: async ({ opretBorger, borgerData }, use) => {
    await use(await opretBorger(borgerData));
  },
  personside: async ({ page, borger }, use) => {
    await use(async (fane) => {
      await page.goto(fane ? `/borgere/${borger.id}/${fane}` : `/borgere/${borger.id}`);
      await expect(page.getByRole('heading', { level: 1, name: borger.navn })).toBeVisible();
      return page.getByRole('region', { name: borger.navn });
    });
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

/** Removes console errors a test provokes on purpose (a 403 the UI must explain), so only others fail it. */
export function forventKonsolfejl(consoleErrors: string[], moenster: RegExp): void {
  const fundet = consoleErrors.filter((fejl) => moenster.test(fejl));
  expect(fundet.length, `expected a console error matching ${moenster}`).toBeGreaterThan(0);
  for (let i = consoleErrors.length - 1; i >= 0; i--) {
    if (moenster.test(consoleErrors[i] ?? '')) consoleErrors.splice(i, 1);
  }
}
