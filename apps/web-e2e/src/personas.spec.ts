import type { Page } from '@playwright/test';
import {
  currentLocale,
  DEMO,
  expect,
  expectNoA11yViolations,
  openMenu,
  screenshot,
  signIn,
  switchLanguage,
  test,
  type DemoAccount,
  type Locale,
} from './helpers';

/** What a page says when it refuses her: any link that leads here is a defect. */
const REFUSALS = [
  /この操作を行う権限がありません/,
  /You do not have permission/,
  /このページは表示できません/,
];

/** The internal links of her home page and of the main navigation, each once. */
async function linksOf(page: Page): Promise<string[]> {
  await openMenu(page);
  const hrefs = await page
    .locator('main a[href^="/"], [data-testid="main-nav"] a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((href) => href.split('#')[0] ?? ''))].filter(Boolean);
}

/** Waits until the page has its heading and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByTestId('loading-status').filter({ hasText: /\S/ })).toHaveCount(0);
}

async function expectUsable(page: Page, href: string, label: string): Promise<void> {
  await page.goto(href);
  await settled(page);
  // Not sent elsewhere by a guard, not refused, nothing that failed to load.
  expect(new URL(page.url()).pathname, `${label}: ${href} redirected`).toBe(href.split('?')[0]);
  const text = await page.locator('main').innerText();
  for (const refusal of REFUSALS) expect(text, `${label}: ${href} refuses`).not.toMatch(refusal);
  await expect(page.getByTestId('load-error'), `${label}: ${href} failed to load`).toHaveCount(0);
  await expectNoA11yViolations(page, `${label} ${href}`);
}

const PERSONAS: { key: keyof typeof DEMO; account: DemoAccount }[] = (
  ['learner', 'employee', 'companyAdmin', 'mentor', 'staff', 'team', 'admin'] as const
).map((key) => ({ key, account: DEMO[key] }));

test.describe('every persona sees only what she can use', () => {
  for (const { key, account } of PERSONAS) {
    test(`${key}: every link on her home and in the menu leads to a page she can use`, async ({ page }) => {
      test.setTimeout(240_000);
      // The demo employee completed last term's course (a finished session, certificate issued).
      const completedTitle = 'キャリアデザイン講座';
      await signIn(page, account.email);
      const saved = ((await currentLocale(page)) ?? 'ja') as Locale;
      for (const locale of ['ja', 'en'] as const) {
        await page.goto(account.home);
        await switchLanguage(page, locale);
        await settled(page);
        // Placeholders say plainly that a capability is coming.
        for (const placeholder of await page.getByTestId('coming-soon').all())
          await expect(placeholder).toContainText(locale === 'ja' ? '準備中' : 'Coming soon');
        if (key === 'employee') {
          // She completed one: her home says so, with the certificate, not "no seminars yet".
          await expect(page.getByTestId('learner-completed')).toContainText(completedTitle);
          await expect(page.getByTestId('learner-certificate').first()).toBeVisible();
        }
        await expectNoA11yViolations(page, `${key}-home-${locale}`);
        await screenshot(page, `persona-${key}-home-${locale}`);
        const links = await linksOf(page);
        expect(links.length).toBeGreaterThan(1);
        for (const href of links) await expectUsable(page, href, `${key} (${locale})`);
      }
      await page.goto(account.home);
      await switchLanguage(page, saved);
    });
  }

  test('the mentor and the project team member are told plainly that they manage no members', async ({
    page,
  }) => {
    for (const account of [DEMO.mentor, DEMO.team]) {
      await signIn(page, account.email);
      await page.goto('/members');
      await expect(page.getByTestId('members-none')).toBeVisible();
      await expect(page.getByTestId('invite-form')).toHaveCount(0);
      await expect(page.getByTestId('invite-role')).toHaveCount(0);
      await expectNoA11yViolations(page, `members-none-${account.email}`);
      await screenshot(page, `members-none-${account.email.split('@')[0]}`);
      // Pages only organisers can use send her home instead of answering with a refusal.
      for (const href of ['/staff/courses', '/staff/sessions']) {
        await page.goto(href);
        await expect(page).toHaveURL(account.home);
      }
      await openMenu(page);
      await page.getByTestId('sign-out').click();
      await expect(page).toHaveURL('/');
    }
  });
});
