import type { APIRequestContext, Page } from '@playwright/test';
import {
  DEMO_PASSWORD,
  expect,
  expectNoA11yViolations,
  graphql,
  openMenu,
  screenshot,
  signIn,
  switchLanguage,
  test,
  uniqueEmail,
} from './helpers';

/** True when focus is inside `selector` (or on it). */
async function focusWithin(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => !!document.querySelector(s)?.contains(document.activeElement), selector);
}

async function apiLearner(request: APIRequestContext): Promise<string> {
  const email = uniqueEmail('keyboard');
  await graphql(request, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
    input: {
      email,
      password: DEMO_PASSWORD,
      familyName: '鍵盤',
      givenName: '花子',
      familyNameKana: 'ケンバン',
      givenNameKana: 'ハナコ',
    },
  });
  return email;
}

test.describe('keyboard and screen reader paths axe cannot see', () => {
  for (const locale of ['ja', 'en'] as const) {
    test(`the skip link stays on the page and puts focus in the main content (${locale})`, async ({
      page,
    }) => {
      await page.goto('/seminars?category=career');
      await switchLanguage(page, locale);
      await page.reload();
      await expect(page.getByTestId('catalogue-results')).toBeVisible();
      // From the start of the document the first Tab shows the skip link.
      await page.keyboard.press('Tab');
      const skip = page.getByTestId('skip-link');
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await expect(skip).toHaveText(locale === 'ja' ? '本文へスキップ' : 'Skip to main content');
      // It points at this page, not at "/#main-content" (which <base href="/"> made it before).
      await expect(skip).toHaveAttribute('href', '/seminars?category=career#main-content');
      await screenshot(page, `skip-link-${locale}`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/seminars\?category=career$/);
      await expect(page.locator('#main-content')).toBeFocused();
      await page.keyboard.press('Tab');
      expect(await focusWithin(page, '#main-content')).toBe(true);
    });
  }

  test('the brand link is named by what it shows, in both languages', async ({ page }) => {
    await page.goto('/sign-in');
    const brand = page.getByTestId('brand');
    // What it shows (the Latin name is hidden on narrow phones), then where it leads.
    const shown = (await page.locator('.tsu-header__brand-latin').isVisible()) ? 'つなぐ Tsunagu' : 'つなぐ';
    await expect(brand).toHaveAccessibleName(`${shown} トップページ`);
    await switchLanguage(page, 'en');
    await expect(brand).toHaveAccessibleName(`${shown} top page`);
    await expectNoA11yViolations(page, 'brand-en');
  });

  test('after each route change focus is on the new page’s h1, not on <body>', async ({ page }) => {
    await page.goto('/');
    // The first load leaves focus at the start, where the skip link is.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    for (const locale of ['ja', 'en'] as const) {
      await switchLanguage(page, locale);
      await page.getByTestId('landing-seminars').click();
      await expect(page).toHaveURL('/seminars');
      await expect(page.locator('h1')).toBeFocused();

      // A page whose heading comes with its data: focus waits for it.
      await page.getByTestId('catalogue-results').locator('a').first().click();
      await expect(page).toHaveURL(/\/seminars\/sessions\//);
      await expect(page.getByTestId('session-title')).toBeFocused();

      // From the menu, with the keyboard.
      await openMenu(page);
      await page.getByTestId('nav-sign-in').focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/sign-in/);
      await expect(page.locator('h1')).toBeFocused();
      await expect(page.locator('h1')).toHaveText(locale === 'ja' ? 'ログイン' : 'Sign in');
      await page.getByTestId('brand').click();
      await expect(page.locator('h1')).toBeFocused();
    }
    await switchLanguage(page, 'ja');
  });

  test('a radio group is one Tab stop and arrow keys change the choice', async ({ page, request }) => {
    const email = await apiLearner(request);
    const { catalogue } = await graphql<{
      catalogue: { items: { session: { id: string }; course: { title: string } }[] };
    }>(request, '{ catalogue(filter: { limit: 100 }) { items { session { id } course { title } } } }');
    // 子育て中の再就職セミナー asks one choice question (how she heard of it).
    const item = catalogue.items.find((i) => i.course.title === '子育て中の再就職セミナー')!;
    await signIn(page, email);
    await page.goto(`/seminars/sessions/${item.session.id}/enrol`);
    const group = page.locator('fieldset:has(input[type="radio"])').first();
    await expect(group).toBeVisible();
    const radios = group.locator('input[type="radio"]');
    const count = await radios.count();
    expect(count).toBeGreaterThan(2);
    // One name for the group in the DOM: that is what makes the browser treat it as a group.
    const names = await radios.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name));
    expect(names[0]).not.toBe('');
    expect(new Set(names).size).toBe(1);

    for (const locale of ['ja', 'en'] as const) {
      await switchLanguage(page, locale);
      await radios.first().focus();
      await page.keyboard.press('Space');
      await expect(radios.nth(0)).toBeChecked();
      await page.keyboard.press('ArrowDown');
      await expect(radios.nth(1)).toBeChecked();
      await expect(radios.nth(1)).toBeFocused();
      await expect(radios.nth(0)).not.toBeChecked();
      await page.keyboard.press('ArrowUp');
      await expect(radios.nth(0)).toBeChecked();
      // One Tab leaves the whole group; Shift+Tab comes back to the chosen option.
      await page.keyboard.press('Tab');
      expect(await group.evaluate((g) => g.contains(document.activeElement))).toBe(false);
      await page.keyboard.press('Shift+Tab');
      await expect(radios.nth(0)).toBeFocused();
      await expectNoA11yViolations(page, `enrol-radios-${locale}`);
      await screenshot(page, `enrol-radios-${locale}`);
    }
    await switchLanguage(page, 'ja');
  });
});
