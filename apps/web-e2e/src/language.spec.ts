import {
  apiSetPreferredLocale,
  DEMO,
  expect,
  screenshot,
  signIn,
  signOut,
  switchLanguage,
  test,
} from './helpers';

test('the learner switches to English, and the choice is remembered on reload and on her account', async ({
  page,
  request,
}) => {
  await apiSetPreferredLocale(request, DEMO.learner.email, 'ja');

  await signIn(page, DEMO.learner.email);
  await expect(page).toHaveURL('/home/learner');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByTestId('user-greeting')).toContainText('山田 花子');
  await expect(page.getByTestId('user-greeting')).toHaveText('山田 花子さん、こんにちは');
  await expect(page.getByTestId('learner-seminarsTitle')).toContainText('申し込んだセミナー');
  await screenshot(page, 'flow-1-home-ja');

  await switchLanguage(page, 'en');
  await expect(page.getByTestId('user-greeting')).toHaveText('Hello, 山田 花子');
  await expect(page.getByTestId('learner-seminarsTitle')).toContainText('My seminars');
  await expect(page.getByTestId('language-switch')).toHaveText('日本語');
  await expect(page).toHaveTitle(/My page/);
  await screenshot(page, 'flow-2-home-en');

  await page.reload();
  await expect(page).toHaveURL('/home/learner'); // the session survives the reload
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('user-greeting')).toHaveText('Hello, 山田 花子');
  expect(await page.evaluate(() => localStorage.getItem('tsunagu.locale'))).toBe('en');

  await signOut(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en'); // this device's choice
  // Forget the device's choice: English must now come from her account.
  await page.evaluate(() => localStorage.removeItem('tsunagu.locale'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('h1')).toHaveText('学びと出会いで、あなたのキャリアをつなぐ');

  await signIn(page, DEMO.learner.email);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('user-greeting')).toHaveText('Hello, 山田 花子');
  await screenshot(page, 'flow-3-signed-in-again-en');

  await switchLanguage(page, 'ja'); // leave the demo account as the seed made it
});
