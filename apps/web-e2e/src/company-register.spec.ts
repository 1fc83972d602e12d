import {
  DEMO,
  expect,
  expectNoA11yViolations,
  openMenu,
  screenshot,
  signIn,
  signOut,
  switchLanguage,
  test,
  uniqueEmail,
} from './helpers';
import { corporateNumber } from './helpers/companies';

test('the secretariat registers a company itself: it is approved at once and listed so', async ({
  page,
}, testInfo) => {
  // The demo staff account is held by one viewport at a time (account-lock.ts): the other waits.
  test.setTimeout(300_000);
  const company = `株式会社登録テスト${testInfo.project.name}${Date.now().toString(36)}`;

  await signIn(page, DEMO.staff.email);
  await openMenu(page);
  await page.getByTestId('nav-company-applications').click();
  await expect(page).toHaveURL(/\/staff\/companies$/);
  await page.getByTestId('to-company-register').click();
  await expect(page).toHaveURL(/\/staff\/companies\/register$/);
  await expect(page.locator('h1')).toBeFocused();
  for (const locale of ['en', 'ja'] as const) {
    await switchLanguage(page, locale);
    await expect(page.locator('h1')).toHaveText(locale === 'ja' ? '企業を登録する' : 'Register a company');
    await expectNoA11yViolations(page, `company-register-${locale}`);
    await screenshot(page, `company-register-${locale}`);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // Her own secretariat is chosen already; a missing フリガナ is refused at its field.
  await expect(page.getByTestId('company-secretariat')).toHaveValue(/.+/);
  await page.getByTestId('company-name').fill(company);
  await page.getByTestId('company-corporate-number').fill(corporateNumber('9997'));
  await page.getByTestId('company-industry').selectOption('E');
  await page.getByTestId('company-size').selectOption('size_100_299');
  await page.getByTestId('company-register-submit').click();
  await expect(page.getByTestId('company-kana')).toBeFocused();
  await page.getByTestId('company-kana').fill('トウロクテスト');
  await page.getByTestId('company-register-submit').click();

  // Back on the list of approved companies, with the flash message.
  await expect(page).toHaveURL(/\/staff\/companies\?status=approved$/);
  await expect(page.getByTestId('applications-status-approved')).toBeChecked();
  await expect(page.getByText('企業を登録しました。承認済みの一覧に表示されています。')).toBeVisible();
  const row = page.getByTestId('application').filter({ hasText: company });
  await expect(row).toBeVisible();
  await expectNoA11yViolations(page, 'company-registered-ja');

  // It has no admin yet: she invites one. The form opens on its address; a bad one is refused there.
  await row.getByTestId('admin-invite-open').click();
  const email = row.getByTestId('admin-invite-email');
  await expect(email).toBeFocused();
  await email.fill('not-an-address');
  await row.getByTestId('admin-invite-submit').click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expectNoA11yViolations(page, 'company-admin-invite-invalid-ja');
  const address = uniqueEmail('company-admin');
  await email.fill(address);
  await row.getByTestId('admin-invite-submit').click();
  const created = row.getByTestId('admin-invite-created');
  await expect(created).toBeFocused();
  await expect(created).toContainText(address);
  await switchLanguage(page, 'en');
  await expectNoA11yViolations(page, 'company-admin-invite-created-en');
  await screenshot(page, 'company-admin-invite-created-en');
  await switchLanguage(page, 'ja');
  const link = new URL((await row.getByTestId('admin-invite-link').textContent()) ?? '');
  await signOut(page);

  // The invitee signs up with the link and is the company's admin: her company page is its.
  await page.goto(link.pathname + link.search);
  await expect(page.getByTestId('invitation')).toContainText(company);
  await page.getByTestId('sign-up-family-name').fill('小林');
  await page.getByTestId('sign-up-given-name').fill('真理');
  await page.getByTestId('sign-up-family-name-kana').fill('こばやし');
  await page.getByTestId('sign-up-given-name-kana').fill('まり');
  await page.getByTestId('sign-up-password').fill('invited-password-2026');
  await page.getByTestId('sign-up-submit').click();
  await expect(page).toHaveURL('/home/company');
  await page.goto('/company');
  await expect(page.getByTestId('company-detail-name')).toHaveText(company);
});
