import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * WCAG 2.0–2.2 A/AA and axe's best practices (one h1, heading order, landmarks…). Best practices are
 * in because they caught real defects here (a page without h1, skipped heading levels).
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page as it is now and fails on any violation, whatever its impact (minor and
 * moderate ones included: a missing h1 is "moderate" and still a defect).
 */
export async function expectNoA11yViolations(
  page: Page,
  label = page.url(),
  options: {
    /**
     * Parts that are not the app's own content, left out (e.g. a received email's HTML in a frame
     * sandboxed without scripts, where axe cannot run and would wait for ever).
     */
    exclude?: string[];
  } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page });
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder
    // Experimental, so off unless asked for: a visible label missing from the accessible name breaks
    // voice control (WCAG 2.5.3). options() replaces all options, so it comes before withTags().
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(TAGS)
    .analyze();
  const { violations } = results;
  const report = violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
  if (violations.length > 0) {
    await test
      .info()
      .attach(`axe-${label}`, { body: JSON.stringify(violations, null, 2), contentType: 'application/json' });
  }
  expect(violations, `axe found violations on ${label}:\n${report}`).toEqual([]);
}
