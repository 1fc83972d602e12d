import { test, type Page } from '@playwright/test';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', 'screenshots');

/** Full-page screenshot to apps/web-e2e/screenshots/<project>-<name>.png (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const file = join(DIR, `${test.info().project.name}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
}
