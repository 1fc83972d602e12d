import { DEMO, expect, expectNoA11yViolations, screenshot, test, uniqueEmail } from './helpers';

test.describe('sign-up', () => {
  test('shows per-field errors in Japanese, then creates the account and opens her home', async ({
    page,
  }) => {
    await page.goto('/sign-up');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

    // Nothing entered: every field says what is missing, naming itself, and focus goes to the summary.
    await page.getByTestId('sign-up-submit').click();
    await expect(page.getByTestId('sign-up-family-name-error')).toHaveText(
      'お名前（姓）：入力してください。',
    );
    await expect(page.getByTestId('sign-up-error')).toBeFocused();

    await page.getByTestId('sign-up-family-name').fill('中村');
    await page.getByTestId('sign-up-given-name').fill('さくら');
    await page.getByTestId('sign-up-family-name-kana').fill('中村'); // kanji where kana belongs
    await page.getByTestId('sign-up-given-name-kana').fill('さくら');
    await page.getByTestId('sign-up-email').fill(uniqueEmail('sakura'));
    await page.getByTestId('sign-up-password').fill('short');
    await page.getByTestId('sign-up-submit').click();

    const kana = page.getByTestId('sign-up-family-name-kana');
    await expect(page.getByTestId('sign-up-family-name-kana-error')).toHaveText(
      'フリガナ（セイ）：ひらがな・カタカナで入力してください。',
    );
    await expect(kana).toHaveAttribute('aria-invalid', 'true');
    await expect(kana).toHaveAttribute('aria-describedby', /sign-up-family-name-kana-error/);
    await expect(page.getByTestId('sign-up-error')).toBeFocused();
    await expect(page.getByTestId('sign-up-error').getByRole('link').first()).toHaveText(
      'フリガナ（セイ）：ひらがな・カタカナで入力してください。',
    );
    await expect(page.getByTestId('sign-up-password-error')).toHaveText(
      'パスワード：10文字以上で入力してください。',
    );
    await expect(page.getByTestId('sign-up-given-name-kana-error')).toHaveCount(0);
    await expect(page.getByTestId('sign-up-email-error')).toHaveCount(0);
    await expect(page).toHaveURL('/sign-up');
    await expectNoA11yViolations(page, 'sign-up-errors');
    await screenshot(page, 'sign-up-errors-ja');

    await kana.fill('ナカムラ');
    await page.getByTestId('sign-up-password').fill('sakura-no-hana-2026');
    await expect(page.getByTestId('sign-up-family-name-kana-error')).toHaveCount(0);
    await expect(page.getByTestId('sign-up-password-error')).toHaveCount(0);
    await page.getByTestId('sign-up-submit').click();

    await expect(page).toHaveURL('/home/learner');
    await expect(page.getByTestId('user-greeting')).toHaveText('中村 さくらさん、こんにちは');
    await expect(page.getByText('まだ所属している団体はありません。')).toBeVisible();
    await screenshot(page, 'sign-up-done-ja');
  });

  test('an email address already registered is reported on the email field', async ({ page }) => {
    await page.goto('/sign-up');
    await page.getByTestId('sign-up-family-name').fill('山田');
    await page.getByTestId('sign-up-given-name').fill('花子');
    await page.getByTestId('sign-up-family-name-kana').fill('ヤマダ');
    await page.getByTestId('sign-up-given-name-kana').fill('ハナコ');
    await page.getByTestId('sign-up-email').fill(` ${DEMO.learner.email.toUpperCase()} `);
    await page.getByTestId('sign-up-password').fill('another-password-2026');
    await page.getByTestId('sign-up-submit').click();

    await expect(page.getByTestId('sign-up-email-error')).toHaveText(
      'メールアドレス：このメールアドレスは既に登録されています。',
    );
    await expect(page.getByTestId('sign-up-email')).toHaveAttribute('aria-invalid', 'true');
    // The summary lists the one problem, on its field, with no message of its own.
    const summary = page.getByTestId('sign-up-error');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('listitem')).toHaveText([
      'メールアドレス：このメールアドレスは既に登録されています。',
    ]);
    await expect(summary.getByTestId('error-summary-message')).toHaveCount(0);
    await expect(page).toHaveURL('/sign-up');
    await screenshot(page, 'sign-up-duplicate-ja');
  });
});
