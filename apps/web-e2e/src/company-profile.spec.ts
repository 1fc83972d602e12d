import type { Page } from '@playwright/test';
import {
  DEMO,
  DEMO_PASSWORD,
  expect,
  expectNoA11yViolations,
  openMenu,
  screenshot,
  signIn,
  signOut,
  switchLanguage,
  test,
  type Locale,
} from './helpers';
import { corporateNumber } from './helpers/companies';
import { apiNewLearner } from './helpers/seminars';

/** The demo city's secretariat (organisations.demo-data.ts): the demo staff member works there. */
const CITY = '小美玉市 女性活躍推進事務局';

/** axe (every impact) and a screenshot in Japanese, then in English; she ends in Japanese. */
async function checkBothLanguages(page: Page, name: string, heading: Record<Locale, string>) {
  for (const locale of ['ja', 'en'] as const) {
    await switchLanguage(page, locale);
    await expect(page.locator('h1')).toHaveText(heading[locale]);
    await expectNoA11yViolations(page, `${name}-${locale}`);
    await screenshot(page, `${name}-${locale}`);
  }
  await switchLanguage(page, 'ja');
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('a new company applies, the city approves it, and its admin edits the profile and certifications', async ({
  page,
  request,
}, testInfo) => {
  // The demo staff account is held by one viewport at a time (account-lock.ts): the other waits.
  test.setTimeout(300_000);
  const applicant = await apiNewLearner(request, '人事', '恵子');
  const company = `株式会社つなぐテスト${testInfo.project.name}${Date.now().toString(36)}`;

  // From her account page to the application form; focus lands on the new page's heading.
  await signIn(page, applicant.email, DEMO_PASSWORD);
  await page.goto('/account');
  await page.getByTestId('to-company-apply').click();
  await expect(page).toHaveURL(/\/company\/apply$/);
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.getByTestId('company-secretariat')).toBeVisible();
  await checkBothLanguages(page, 'company-apply', {
    ja: '企業として参加を申請する',
    en: 'Apply as a company',
  });
  await noHorizontalScroll(page);

  // A 法人番号 whose check digit is wrong is refused at its field, in her language.
  await page.getByTestId('company-secretariat').selectOption({ label: CITY });
  await page.getByTestId('company-name').fill(company);
  await page.getByTestId('company-kana').fill('ツナグテスト');
  await page.getByTestId('company-corporate-number').fill('1234567890123');
  await page.getByTestId('company-industry').selectOption('G');
  await page.getByTestId('company-size').selectOption('size_30_99');
  await page.getByTestId('company-postal').fill('３１１－３４９２');
  await page.getByTestId('contact-add').click();
  await expect(page.getByTestId('contact-name')).toBeFocused();
  await page.getByTestId('contact-name').fill('人事 恵子');
  await page.getByTestId('contact-email').fill(applicant.email);
  await page.getByTestId('company-apply-submit').click();
  const numberError = page.getByTestId('company-corporate-number-error');
  await expect(numberError).toContainText('法人番号は13桁の数字で、正しい番号を入力してください。');
  await expect(page.getByTestId('company-corporate-number')).toBeFocused();
  await switchLanguage(page, 'en');
  await expect(numberError).toContainText('Enter a valid corporate number of 13 digits.');
  await expectNoA11yViolations(page, 'company-apply-invalid-en');
  await switchLanguage(page, 'ja');
  await screenshot(page, 'company-apply-invalid-ja');

  // A valid one (full-width digits and hyphens are fine): she lands on /company, under review.
  const number = corporateNumber('9999');
  await page.getByTestId('company-corporate-number').fill(`${number.slice(0, 1)}-${number.slice(1)}`);
  await expect(numberError).toHaveCount(0);
  await page.getByTestId('company-apply-submit').click();
  await expect(page).toHaveURL(/\/company$/);
  await expect(page.getByTestId('company-status')).toHaveText('審査中');
  await expect(page.getByTestId('company-detail-name')).toHaveText(company);
  await checkBothLanguages(page, 'my-company-applied', { ja: '企業情報', en: 'Company profile' });
  await signOut(page);

  // The city's staff member approves it, in English.
  await signIn(page, DEMO.staff.email);
  await openMenu(page);
  await page.getByTestId('nav-company-applications').click();
  await expect(page).toHaveURL(/\/staff\/companies$/);
  await expect(page.locator('h1')).toBeFocused();
  await switchLanguage(page, 'en');
  const row = page.getByTestId('application').filter({ hasText: company });
  await expect(row).toBeVisible();
  await expect(row.getByTestId('company-detail-corporate-number')).toContainText(number.slice(1, 5));
  await checkBothLanguages(page, 'company-applications', {
    ja: '企業の参加申請',
    en: 'Company applications',
  });
  await noHorizontalScroll(page);
  await switchLanguage(page, 'en');

  // The status filter is one radio group: arrow keys move the choice (and the list follows).
  const applied = page.getByTestId('applications-status-applied');
  await applied.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('applications-status-approved')).toBeChecked();
  await expect(page.getByTestId('applications-status-approved')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('applications-status-declined')).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(applied).toBeChecked();
  await expect(row).toBeVisible();

  // Declining needs a reason; she thinks again and approves.
  await row.getByTestId('application-decline').click();
  await expect(row.getByTestId('decline-reason')).toBeFocused();
  await row.getByTestId('decline-confirm').click();
  await expect(row.getByTestId('decline-reason-error')).toContainText('Give a reason for declining.');
  await expectNoA11yViolations(page, 'company-applications-decline-en');
  await row.getByTestId('decline-cancel').click();
  await row.getByRole('button', { name: `Approve ${company}` }).click();
  await expect(page.getByTestId('applications-notice')).toHaveText(`${company} was approved.`);
  await expect(page.getByTestId('applications-notice')).toBeFocused();
  await expect(row).toHaveCount(0);
  await page.getByTestId('applications-status-approved').check();
  await expect(page.getByTestId('application').filter({ hasText: company })).toBeVisible();
  await screenshot(page, 'company-applications-approved-en');
  await switchLanguage(page, 'ja');
  await signOut(page);

  // Her company is approved; from her home's card to its page.
  await signIn(page, applicant.email, DEMO_PASSWORD);
  await page.goto('/home/company');
  await page.getByTestId('to-my-company-card').click();
  await expect(page).toHaveURL(/\/company$/);
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.getByTestId('company-status')).toHaveText('承認済み');

  // She edits the profile.
  await page.getByTestId('company-edit').click();
  await page.getByTestId('company-address').fill('茨城県小美玉市堅倉835');
  await page.getByTestId('company-website').fill('https://example.jp');
  await page.getByTestId('company-save').click();
  await expect(page.getByTestId('my-company-notice')).toHaveText('プロフィールを保存しました。');
  await expect(page.getByTestId('company-detail-address')).toContainText('〒311-3492 茨城県小美玉市堅倉835');

  // She adds a certification, and an "other" one, and removes the latter after confirming.
  await page.getByTestId('cert-kind').selectOption('kurumin');
  await page.getByTestId('cert-date').fill('2025-04-01');
  await page.getByTestId('cert-add').click();
  await expect(page.getByTestId('cert-notice')).toHaveText('認定を追加しました。');
  await expect(page.getByTestId('cert-item').filter({ hasText: 'くるみん' })).toContainText('2025年4月1日');
  await page.getByTestId('cert-kind').selectOption('other');
  await page.getByTestId('cert-other-name').fill('ユースエール認定');
  await page.getByTestId('cert-date').fill('2024-10-01');
  await page.getByTestId('cert-add').click();
  const other = page.getByTestId('cert-item').filter({ hasText: 'ユースエール認定' });
  await expect(other).toBeVisible();
  await checkBothLanguages(page, 'my-company-approved', { ja: '企業情報', en: 'Company profile' });
  await noHorizontalScroll(page);
  await other.getByRole('button', { name: '削除（ユースエール認定）' }).click();
  await other.getByTestId('cert-remove-confirm').click();
  await expect(page.getByTestId('cert-notice')).toHaveText('認定を削除しました。');
  await expect(page.getByTestId('cert-item')).toHaveCount(1);

  // An invalid 法人番号 in the edit form is refused at its field too.
  await page.getByTestId('company-edit').click();
  await page.getByTestId('company-corporate-number').fill('12345');
  await page.getByTestId('company-save').click();
  await expect(page.getByTestId('company-corporate-number-error')).toContainText(
    '法人番号は13桁の数字で、正しい番号を入力してください。',
  );
  await expectNoA11yViolations(page, 'my-company-edit-invalid-ja');
  await screenshot(page, 'my-company-edit-invalid-ja');
});
