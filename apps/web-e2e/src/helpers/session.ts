import { expect, type Page } from '@playwright/test';
import { lockAccount } from './account-lock';
import { DEMO_PASSWORD } from './accounts';

export type Locale = 'ja' | 'en';

/** Opens the collapsed navigation on narrow screens; does nothing where it is always shown. */
export async function openMenu(page: Page): Promise<void> {
  const button = page.getByTestId('menu-button');
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') {
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(page.getByTestId('main-nav')).toBeVisible();
}

/**
 * Signs in through the sign-in page and waits for her home page. The account is held for the rest
 * of the test (see account-lock.ts), so the other viewport's tests never change it meanwhile.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await lockAccount(email);
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page).toHaveURL(/\/home\/(learner|company|mentor|staff)$/);
  await expect(page.getByTestId('user-greeting')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await openMenu(page);
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('landing-sign-in')).toBeVisible();
}

export async function currentLocale(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

/**
 * Switches the UI language with the header button (idempotent). When she is signed in, waits until
 * the account has saved the choice, so a later sign-in sees it.
 */
export async function switchLanguage(page: Page, locale: Locale): Promise<void> {
  if ((await currentLocale(page)) === locale) return;
  const signedIn = (await page.getByTestId('sign-out').count()) > 0;
  const saved = signedIn
    ? page.waitForResponse(
        (response) =>
          response.url().endsWith('/graphql') &&
          (response.request().postData() ?? '').includes('updatePreferredLocale'),
      )
    : null;
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  if (saved) expect((await saved).ok()).toBe(true);
}
