import type { Page } from '@playwright/test';
import {
  DEMO_PASSWORD,
  expect,
  expectNoA11yViolations,
  graphql,
  openMenu,
  sampleCoverPng,
  samplePdf,
  screenshot,
  signIn,
  signOut,
  test,
} from './helpers';
import { apiApprovedCompany } from './helpers/companies';
import { apiEnrol, checkBothLanguages, downloadText } from './helpers/enrolment';
import { apiNewLearner, apiSeminar } from './helpers/seminars';

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('an employee links her employer, and the company sees her learning only while she consents', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  const admin = await apiNewLearner(request, '人事', '恵子');
  const employee = await apiNewLearner(request, '社員', '花子');
  const company = `株式会社つなぐ社員${testInfo.project.name}${Date.now().toString(36)}`;
  await apiApprovedCompany(request, admin, company);
  const seminar = await apiSeminar(request);
  await apiEnrol(request, employee.token, seminar.sessionId);

  // On her account page she asks her employer to link her.
  await signIn(page, employee.email, DEMO_PASSWORD);
  await page.goto('/account');
  const section = page.getByTestId('employer-section');
  await expect(section.getByTestId('employer-none')).toBeVisible();
  await section.getByTestId('employer-company').selectOption({ label: company });
  await section.getByTestId('employer-request').click();
  await expect(section.getByTestId('employer-notice')).toHaveText(
    `${company}に勤務先登録の確認を依頼しました。`,
  );
  const link = section.getByTestId('employment').filter({ hasText: company });
  await expect(link.getByTestId('employment-status')).toHaveText('企業の確認待ち');
  await expect(link.getByTestId('consent-shares')).toHaveCount(0);
  await signOut(page);

  // Her company's admin confirms her; from the menu to the employees page, focus on its heading.
  await signIn(page, admin.email, DEMO_PASSWORD);
  await openMenu(page);
  await page.getByTestId('nav-company-employees').click();
  await expect(page).toHaveURL(/\/company\/employees$/);
  await expect(page.locator('h1')).toBeFocused();
  const request_ = page.getByTestId('employee-request').filter({ hasText: employee.name });
  await expect(request_).toBeVisible();
  await checkBothLanguages(page, 'company-employees-request', {
    ja: '社員の参加状況',
    en: 'Employee participation',
  });
  await page.getByRole('button', { name: `${employee.name}さんを社員として確認する` }).click();
  await expect(page.getByTestId('employees-notice')).toHaveText(
    `${employee.name}さんを社員として確認しました。`,
  );
  await expect(page.getByTestId('employees-notice')).toBeFocused();
  await expect(page.getByTestId('employees-active-count')).toHaveText('登録済みの社員：1人');
  // She has not consented: no row, and her course's count is suppressed (one person).
  await expect(page.getByTestId('participation-sharing-none')).toBeVisible();
  const count = page.getByTestId('participation-count').filter({ hasText: seminar.title });
  await expect(count.getByTestId('count-total')).toHaveText('5人未満');
  await signOut(page);

  // She turns sharing on: it takes effect at once, focus stays on the switch, the notice says so.
  await signIn(page, employee.email, DEMO_PASSWORD);
  await page.goto('/account');
  await expect(link.getByTestId('employment-status')).toContainText('勤務先として登録済み');
  const shares = link.getByTestId('consent-shares');
  await shares.focus();
  await page.keyboard.press('Space');
  await expect(section.getByTestId('employer-notice')).toHaveText(
    `${company}に受講状況を見せるようにしました。`,
  );
  await expect(shares).toBeChecked();
  await expect(shares).toBeFocused();
  await expect(section.getByTestId('consent-change').first()).toContainText('受講状況の共有: オン');
  await checkBothLanguages(page, 'account-employer', { ja: 'アカウント', en: 'Account' });
  await noHorizontalScroll(page);
  await signOut(page);

  // The company sees her row now, and downloads it as CSV and as Excel.
  await signIn(page, admin.email, DEMO_PASSWORD);
  await page.goto('/company/employees');
  const row = page.getByTestId('participation-row').filter({ hasText: employee.name });
  await expect(row).toContainText(seminar.title);
  await expect(row).toContainText('参加確定');
  await checkBothLanguages(page, 'company-employees-sharing', {
    ja: '社員の参加状況',
    en: 'Employee participation',
  });
  await noHorizontalScroll(page);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect((await downloadText(csv)).toString('utf8')).toContain(`${employee.name},${seminar.title}`);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect((await downloadText(xlsx)).subarray(0, 2).toString()).toBe('PK');
  await signOut(page);

  // She revokes; at once the company sees only a suppressed count.
  await signIn(page, employee.email, DEMO_PASSWORD);
  await page.goto('/account');
  await shares.click();
  await expect(section.getByTestId('employer-notice')).toHaveText(
    `${company}に受講状況を見せないようにしました。`,
  );
  await expect(shares).not.toBeChecked();
  await expect(section.getByTestId('consent-change').first()).toContainText('受講状況の共有: オフ');
  await signOut(page);

  await signIn(page, admin.email, DEMO_PASSWORD);
  await page.goto('/company/employees');
  await expect(page.getByTestId('participation-sharing-none')).toBeVisible();
  await expect(page.getByTestId('participation-row')).toHaveCount(0);
  await expect(count.getByTestId('count-total')).toHaveText('5人未満');
  await expect(page.getByTestId('count-grand-total')).toHaveText('5人未満');
  await expectNoA11yViolations(page, 'company-employees-revoked-ja');
  await screenshot(page, 'company-employees-revoked-ja');
});

test('a company admin adds its logo and a certification’s evidence file', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const admin = await apiNewLearner(request, '人事', '恵子');
  const company = `株式会社つなぐロゴ${testInfo.project.name}${Date.now().toString(36)}`;
  const organisationId = await apiApprovedCompany(request, admin, company);
  await graphql(
    request,
    'mutation ($i: AddCompanyCertificationInput!) { addCompanyCertification(input: $i) { organisationId } }',
    { i: { organisationId, kind: 'kurumin', certifiedOn: '2025-04-01' } },
    admin.token,
  );

  await signIn(page, admin.email, DEMO_PASSWORD);
  await page.goto('/company');
  await expect(page.getByTestId('company-logo-none')).toBeVisible();
  // A PDF is not a logo: refused at its field, in her language.
  await page.getByTestId('company-logo-file').setInputFiles({
    name: 'logo.pdf',
    mimeType: 'application/pdf',
    buffer: samplePdf(),
  });
  await expect(page.getByTestId('company-logo-file-error')).toContainText(
    'ロゴはPNG・JPEG・WebPの画像を選んでください。',
  );
  await page.getByTestId('company-logo-file').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: sampleCoverPng(),
  });
  await expect(page.getByTestId('company-logo-notice')).toHaveText('ロゴを保存しました。');
  await expect(page.getByTestId('company-logo')).toHaveAttribute('alt', `${company}のロゴ`);
  await expect
    .poll(() => page.getByTestId('company-logo').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);

  const cert = page.getByTestId('cert-item').filter({ hasText: 'くるみん' });
  await expect(cert.getByTestId('cert-evidence-none')).toBeVisible();
  await cert.getByTestId('cert-evidence-file').setInputFiles({
    name: '認定通知書.pdf',
    mimeType: 'application/pdf',
    buffer: samplePdf(),
  });
  await expect(page.getByTestId('cert-notice')).toHaveText('くるみんの証明書類を保存しました。');
  await expect(page.getByTestId('cert-notice')).toBeFocused();
  const [evidence] = await Promise.all([
    page.waitForEvent('download'),
    cert.getByTestId('cert-evidence-open').click(),
  ]);
  expect((await downloadText(evidence)).subarray(0, 5).toString()).toBe('%PDF-');
  await checkBothLanguages(page, 'my-company-files', { ja: '企業情報', en: 'Company profile' });
  await noHorizontalScroll(page);
});
