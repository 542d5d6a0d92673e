import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus: proves it is reachable by keyboard, in tab order. */
export async function tabTo(page: Page, target: Locator, maxTabs = 40): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `not reachable with ${maxTabs} presses of Tab`).toBeFocused();
}

/**
 * Counts a keyboard journey the way the mouse budget counts clicks: every key pressed is one, and a field's
 * typed value is one (as a mouse user's fill is), so the figure is comparable with the action budgets.
 */
export function tastetryk(page: Page) {
  let antal = 0;
  return {
    get antal() {
      return antal;
    },
    async tryk(key: string, gange = 1) {
      for (let i = 0; i < gange; i++) {
        antal += 1;
        await page.keyboard.press(key);
      }
    },
    /**
     * Types a value into the focused field. A date field is filled with its ISO value, because the order of the
     * browser's own date segments follows the machine's locale (month first in the npm Chromium).
     */
    async skriv(tekst: string) {
      antal += 1;
      await page.locator(':focus').fill(tekst);
    },
    /** Tab (or Shift+Tab) until `target` has focus, counting each press. */
    async tabTil(target: Locator, { baglaens = false, maks = 40 } = {}) {
      for (let i = 0; i < maks; i++) {
        if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
        antal += 1;
        await page.keyboard.press(baglaens ? 'Shift+Tab' : 'Tab');
      }
      await expect(target, `not reachable with ${maks} presses of Tab`).toBeFocused();
    },
    /** A radio button as a keyboard user picks it: Tab into its group, then arrows until it is chosen. */
    async vaelgRadio(target: Locator, { maks = 40 } = {}) {
      const navn = await target.getAttribute('name');
      for (let i = 0; i < maks; i++) {
        const iGruppen = await page.evaluate(
          (gruppe) =>
            document.activeElement instanceof HTMLInputElement && document.activeElement.name === gruppe,
          navn,
        );
        if (iGruppen) break;
        antal += 1;
        await page.keyboard.press('Tab');
      }
      for (let i = 0; i < 10; i++) {
        if (await target.isChecked()) return;
        antal += 1;
        await page.keyboard.press('ArrowDown');
      }
      await expect(target).toBeChecked();
    },
  };
}
