import type { APIRequestContext, Page } from '@playwright/test';
import {
  expect,
  expectNoA11yViolations,
  graphql,
  screenshot,
  signIn,
  switchLanguage,
  test,
  uniqueEmail,
  type Locale,
} from './helpers';
import { accountLink } from './helpers/account-tokens';

const PASSWORD = 'first-password-2026';

/** A new account through the API, remembering `locale`; returns her address. */
async function apiAccount(request: APIRequestContext, locale: Locale, prefix: string): Promise<string> {
  const email = uniqueEmail(prefix);
  await graphql(request, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
    input: {
      email,
      password: PASSWORD,
      familyName: '再設',
      givenName: '花子',
      familyNameKana: 'サイセツ',
      givenNameKana: 'ハナコ',
      preferredLocale: locale,
    },
  });
  return email;
}

const WORDS = {
  ja: {
    forgotTitle: 'パスワードの再設定',
    resetTitle: '新しいパスワードの設定',
    mismatch: '新しいパスワード（確認）：同じパスワードを2回入力してください。',
    flash: 'パスワードを設定しました。新しいパスワードでログインしてください。',
    verifyDone: 'メールアドレスを確認しました。ありがとうございます。',
    unverified: '未確認',
  },
  en: {
    forgotTitle: 'Reset your password',
    resetTitle: 'Set a new password',
    mismatch: 'New password (again): Enter the same password twice.',
    flash: 'Your new password is set. Please sign in with it.',
    verifyDone: 'Your email address is verified. Thank you.',
    unverified: 'Not verified',
  },
} as const;

async function openIn(page: Page, path: string, locale: Locale): Promise<void> {
  await page.goto(path);
  await switchLanguage(page, locale);
}

for (const locale of ['ja', 'en'] as const) {
  const words = WORDS[locale];

  test(`forgot → reset → sign in with the new password (${locale})`, async ({ page, request }) => {
    const email = await apiAccount(request, locale, `reset-${locale}`);
    await openIn(page, '/sign-in', locale);

    // By keyboard from the sign-in form: the link is reachable and focus lands on the new page's heading.
    const forgot = page.getByTestId('to-forgot-password');
    await forgot.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/forgot-password');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.forgotTitle);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expectNoA11yViolations(page, `forgot-${locale}`);
    await screenshot(page, `forgot-password-${locale}`);

    await page.getByTestId('forgot-email').fill(` ${email.toUpperCase()} `);
    await page.getByTestId('forgot-submit').click();
    const sent = page.getByTestId('forgot-sent');
    await expect(sent).toContainText(email);
    await expect(sent).toBeFocused();
    await expectNoA11yViolations(page, `forgot-sent-${locale}`);
    await screenshot(page, `forgot-password-sent-${locale}`);

    // An address without an account gets the very same confirmation.
    await page.getByTestId('forgot-again').click();
    await expect(page.getByTestId('forgot-email')).toBeFocused();
    const nobody = uniqueEmail('nobody');
    await page.getByTestId('forgot-email').fill(nobody);
    await page.getByTestId('forgot-submit').click();
    await expect(page.getByTestId('forgot-sent')).toHaveText((await sent.innerText()).replace(email, nobody));

    const link = await accountLink(email, 'password_reset');
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.resetTitle);
    await page.getByTestId('reset-new-password').fill('brand-new-password-2026');
    await page.getByTestId('reset-confirm-password').fill('brand-new-password-2025');
    // Enter submits from the field (by tapping, the message shown on leaving the field moves the button).
    await page.getByTestId('reset-confirm-password').press('Enter');
    await expect(page.getByTestId('reset-error')).toBeFocused();
    await expect(page.getByTestId('reset-confirm-password-error')).toHaveText(words.mismatch);
    await expectNoA11yViolations(page, `reset-errors-${locale}`);
    await screenshot(page, `reset-password-${locale}`);
    await page.getByTestId('reset-confirm-password').fill('brand-new-password-2026');
    await page.getByTestId('reset-submit').click();

    await expect(page).toHaveURL('/sign-in');
    await expect(page.getByTestId('flash')).toHaveText(words.flash);
    await expect(page.getByTestId('flash')).toBeFocused();
    await signIn(page, email, 'brand-new-password-2026');

    // The link worked once: opened again it says so and offers a new one.
    await page.goto(link);
    await page.getByTestId('reset-new-password').fill('another-password-2026');
    await page.getByTestId('reset-confirm-password').fill('another-password-2026');
    await page.getByTestId('reset-submit').click();
    await expect(page.getByTestId('reset-invalid')).toBeVisible();
    await expect(page.getByTestId('reset-invalid')).toBeFocused();
    await expectNoA11yViolations(page, `reset-invalid-${locale}`);
    await screenshot(page, `reset-password-invalid-${locale}`);
    await page.getByTestId('reset-ask-again').click();
    await expect(page).toHaveURL('/forgot-password');
  });

  test(`the verification link verifies her address, and the account page shows it (${locale})`, async ({
    page,
    request,
  }) => {
    const email = await apiAccount(request, locale, `verify-${locale}`);
    await signIn(page, email, PASSWORD);
    await switchLanguage(page, locale);
    await page.goto('/account');
    await expect(page.getByTestId('account-email')).toHaveText(email);
    await expect(page.getByTestId('account-email-unverified')).toHaveText(words.unverified);
    await page.getByTestId('account-email-resend').click();
    await expect(page.getByTestId('account-email-resent')).toContainText(email);
    await expectNoA11yViolations(page, `account-email-${locale}`);
    await screenshot(page, `account-email-${locale}`);

    const link = await accountLink(email, 'email_verification');
    await page.goto(link);
    await expect(page.getByTestId('verify-done')).toHaveText(words.verifyDone);
    await expectNoA11yViolations(page, `verify-done-${locale}`);
    await screenshot(page, `verify-email-${locale}`);
    await page.getByTestId('verify-to-account').click();
    await expect(page).toHaveURL('/account');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByTestId('account-email-verified')).toBeVisible();

    // A change of address waits for its own link; the old link is used up.
    const next = uniqueEmail(`moved-${locale}`);
    await page.getByTestId('new-email').fill(next);
    await page.getByTestId('email-current-password').fill(PASSWORD);
    await page.getByTestId('email-change-submit').click();
    await expect(page.getByTestId('email-change-requested')).toContainText(next);
    await expect(page.getByTestId('account-email-pending')).toContainText(next);
    await expect(page.getByTestId('account-email')).toHaveText(email);
    await expectNoA11yViolations(page, `account-email-pending-${locale}`);
    await screenshot(page, `account-email-pending-${locale}`);

    await page.goto(link);
    await expect(page.getByTestId('verify-invalid')).toBeVisible();
    await expectNoA11yViolations(page, `verify-invalid-${locale}`);
    await page.goto(await accountLink(email, 'email_verification'));
    await expect(page.getByTestId('verify-done')).toBeVisible();
    await page.goto('/account');
    await expect(page.getByTestId('account-email')).toHaveText(next);
  });
}
