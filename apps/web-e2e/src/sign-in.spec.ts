import type { Page } from '@playwright/test';
import { DEMO, expect, expectNoA11yViolations, screenshot, test, uniqueEmail } from './helpers';

async function attempt(page: Page, email: string, password: string): Promise<string> {
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('data-testid', 'sign-in-error');
  await expect(page).toHaveURL('/sign-in');
  return (await alert.innerText()).trim();
}

test('a wrong password shows one generic form error that does not tell whether the email exists', async ({
  page,
}) => {
  // No other test signs in to employee@ with a wrong password, so these two failures (one per
  // viewport) stay far below the throttle and personas.spec still signs her in.
  const known = await attempt(page, DEMO.employee.email, 'not-her-password-2026');
  expect(known).toBe('メールアドレスまたはパスワードが正しくありません。');
  await expect(page.getByTestId('sign-in-email-error')).toHaveCount(0);
  await expect(page.getByTestId('sign-in-password-error')).toHaveCount(0);
  await expectNoA11yViolations(page, 'sign-in-error');
  await screenshot(page, 'sign-in-wrong-password-ja');

  const unknown = await attempt(page, uniqueEmail('nobody'), 'not-her-password-2026');
  expect(unknown).toBe(known);
});

test('the sign-in form checks required fields before asking the server', async ({ page }) => {
  let graphqlCalls = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) graphqlCalls++;
  });
  await page.goto('/sign-in');
  const before = graphqlCalls;
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-email-error')).toHaveText('メールアドレス：入力してください。');
  await expect(page.getByTestId('sign-in-password-error')).toHaveText('パスワード：入力してください。');
  await expect(page.getByTestId('sign-in-error')).toBeFocused();
  await page.getByTestId('sign-in-error').getByRole('link').first().click();
  await expect(page.getByTestId('sign-in-email')).toBeFocused();
  expect(graphqlCalls).toBe(before);
});
