import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Axe on the page as it is now, failing on a violation of any impact (minor and moderate too), as
 * issue 8 asks of every page test. Kept beside a11y.ts so the seminar pages can check all impacts
 * whatever the shared helper does; once that one checks all impacts too, the two can merge.
 */
export async function expectNoA11yViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = results.violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
  if (results.violations.length > 0) {
    await test.info().attach(`axe-${label}`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
  }
  expect(results.violations, `axe found violations on ${label}:\n${report}`).toEqual([]);
}
