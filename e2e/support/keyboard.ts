import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus: proves it is reachable by keyboard, in tab order. */
export async function tabTo(page: Page, target: Locator, maxTabs = 40): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `not reachable with ${maxTabs} presses of Tab`).toBeFocused();
}
