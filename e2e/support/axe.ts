import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/**
 * WCAG 2.1 A and AA and axe's best practices (heading order, unique landmarks …): the page as it is now must
 * have no violation of any impact, minor included.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Each scan is recorded on the test ("axe": the page and its violations), so a run's totals can be counted.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  test.info().annotations.push({
    type: 'axe',
    description: `${new URL(page.url()).pathname}: ${results.violations.length} violations`,
  });
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}
