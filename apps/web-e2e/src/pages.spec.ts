import type { Page } from '@playwright/test';
import {
  apiInvite,
  apiSetPreferredLocale,
  DEMO,
  expect,
  expectNoA11yViolations,
  openMenu,
  screenshot,
  signIn,
  switchLanguage,
  test,
  uniqueEmail,
  type Locale,
} from './helpers';

/** Each page is checked in Japanese (the default) and then, after the header switch, in English. */
async function checkInBothLanguages(
  page: Page,
  name: string,
  heading: Record<Locale, string | RegExp>,
  titleIncludes?: Record<Locale, string>,
): Promise<void> {
  for (const locale of ['ja', 'en'] as const) {
    await switchLanguage(page, locale);
    await expect(page.locator('h1')).toHaveText(heading[locale]);
    if (titleIncludes) await expect(page).toHaveTitle(new RegExp(titleIncludes[locale]));
    await expectNoA11yViolations(page, `${name}-${locale}`);
    await screenshot(page, `${name}-${locale}`);
  }
}

test.describe('guest pages in Japanese and English', () => {
  test('landing', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await checkInBothLanguages(page, 'landing', {
      ja: '学びと出会いで、あなたのキャリアをつなぐ',
      en: 'Learning and connections for your career',
    });
  });

  test('sign-in', async ({ page }) => {
    await page.goto('/sign-in');
    await checkInBothLanguages(
      page,
      'sign-in',
      { ja: 'ログイン', en: 'Sign in' },
      { ja: 'ログイン', en: 'Sign in' },
    );
  });

  test('sign-up', async ({ page }) => {
    await page.goto('/sign-up');
    await checkInBothLanguages(
      page,
      'sign-up',
      { ja: '新規登録', en: 'Sign up' },
      { ja: '新規登録', en: 'Sign up' },
    );
  });

  test('sign-up with an invitation', async ({ page, request }) => {
    const invitation = await apiInvite(request, DEMO.staff.email, uniqueEmail('invited-page'));
    await page.goto(new URL(invitation.acceptUrl).pathname + new URL(invitation.acceptUrl).search);
    const notice = page.getByTestId('invitation');
    await expect(notice).toContainText(invitation.organisationName);
    await expect(notice).toContainText('受講者');
    await checkInBothLanguages(page, 'sign-up-invitation', { ja: '新規登録', en: 'Sign up' });
    await expect(notice).toContainText('Learner');
  });

  test('not found', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(200); // the SPA fallback; the app shows its own page
    await expect(page.getByTestId('not-found')).toBeVisible();
    await checkInBothLanguages(page, 'not-found', { ja: 'ページが見つかりません', en: 'Page not found' });
  });
});

const personas = [
  { persona: 'learner', account: DEMO.learner, testId: 'learner-home' },
  { persona: 'company', account: DEMO.companyAdmin, testId: 'company-home' },
  { persona: 'mentor', account: DEMO.mentor, testId: 'mentor-home' },
  { persona: 'staff', account: DEMO.staff, testId: 'staff-home' },
] as const;

test.describe('persona homes in Japanese and English', () => {
  for (const { persona, account, testId } of personas) {
    test(`${persona} home`, async ({ page }) => {
      await signIn(page, account.email);
      await expect(page).toHaveURL(account.home);
      await expect(page.getByTestId(testId)).toBeVisible();
      await checkInBothLanguages(page, `home-${persona}`, {
        ja: `${account.name}さん、こんにちは`,
        en: `Hello, ${account.name}`,
      });
      await switchLanguage(page, 'ja'); // leave the account as the seed made it
    });
  }
});

test('account page in English (her saved language) and Japanese', async ({ page, request }) => {
  // The admin demo account prefers English: signing in adopts it.
  await apiSetPreferredLocale(request, DEMO.admin.email, 'en');
  await signIn(page, DEMO.admin.email);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await openMenu(page);
  await page.getByTestId('nav-account').click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId('locale-en')).toBeChecked();
  for (const locale of ['en', 'ja'] as const) {
    await switchLanguage(page, locale);
    await expect(page.locator('h1')).toHaveText(locale === 'ja' ? 'アカウント' : 'Account');
    await expect(page.getByTestId(`locale-${locale}`)).toBeChecked();
    await expectNoA11yViolations(page, `account-${locale}`);
    await screenshot(page, `account-${locale}`);
  }
  // Choosing on the page itself saves it too.
  await page.getByTestId('locale-en').check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The page has other live regions (the notification sections' loading status): name the one meant.
  await expect(page.getByTestId('locale-message')).toHaveText('Your language has been saved.');
  await expect(page.getByTestId('locale-message')).toHaveAttribute('role', 'status');
});

test('members and invitations page (staff) in Japanese and English', async ({ page }) => {
  await signIn(page, DEMO.staff.email);
  await page.getByTestId('to-members').click();
  await expect(page).toHaveURL('/members');
  await expect(page.getByTestId('members-list')).toContainText(DEMO.staff.name);
  await checkInBothLanguages(
    page,
    'members',
    { ja: 'メンバーと招待', en: 'Members and invitations' },
    { ja: 'メンバーと招待', en: 'Members and invitations' },
  );
  await switchLanguage(page, 'ja');
});
