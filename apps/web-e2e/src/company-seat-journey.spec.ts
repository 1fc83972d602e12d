import type { Page } from '@playwright/test';
import {
  DEMO_PASSWORD,
  expect,
  expectNoA11yViolations,
  graphql,
  openMenu,
  screenshot,
  signIn,
  signOut,
  switchLanguage,
  test,
} from './helpers';
import { apiApprovedCompany, apiEmployee, apiJoinDemoGroup } from './helpers/companies';
import { checkBothLanguages } from './helpers/enrolment';
import { apiNewLearner } from './helpers/seminars';

const DAY = 24 * 60 * 60 * 1000;
const iso = (t: number) => new Date(t).toISOString();
/** The `datetime-local` value, in Tokyo wall-clock time, of an instant. */
const tokyoLocal = (t: number) => new Date(t + 9 * 60 * 60 * 1000).toISOString().slice(0, 16);

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Issue 11's whole journey, in the browser: one member company shares a programme with the group and
 * offers 3 seats; another member company's admin nominates her employee, who accepts and is enrolled;
 * her company's participation page shows her only while she shares it, and only a suppressed count
 * after she revokes. Two new companies of its own join the demo group, so nothing another test reads
 * changes (the demo companies' pools and employees stay as they are).
 */
test('a shared programme’s seats go from one company to another’s employee, who is enrolled, and her company sees her only while she consents', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(360_000);
  const run = `${testInfo.project.name}${Date.now().toString(36)}`;
  const offeringAdmin = await apiNewLearner(request, '提供', '人事');
  const offering = `株式会社つなぐ提供${run}`;
  const offeringId = await apiApprovedCompany(request, offeringAdmin, offering);
  await apiJoinDemoGroup(request, offeringAdmin, offeringId);
  const nominatingAdmin = await apiNewLearner(request, '推薦', '人事');
  const nominating = `株式会社つなぐ推薦${run}`;
  const nominatingId = await apiApprovedCompany(request, nominatingAdmin, nominating);
  await apiJoinDemoGroup(request, nominatingAdmin, nominatingId);
  // She may be nominated, and does not share her participation yet.
  const employee = await apiNewLearner(request, '社員', '美咲');
  await apiEmployee(request, nominatingAdmin, nominatingId, employee, { allowsNomination: true });
  // Her colleague has not let the company nominate her: she is not offered.
  const colleague = await apiNewLearner(request, '同僚', '由美');
  await apiEmployee(request, nominatingAdmin, nominatingId, colleague);

  // The offering company's course, kept to its own employees for now, with a first-come session.
  const title = `共有リーダー研修 ${run}`;
  const created = await graphql<{ createCourse: { id: string } }>(
    request,
    'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
    { i: { providerOrganisationId: offeringId, title, category: 'leadership', visibility: 'organisation' } },
    offeringAdmin.token,
  );
  const courseId = created.createCourse.id;
  await graphql(
    request,
    'mutation($id: ID!) { publishCourse(id: $id) { id } }',
    { id: courseId },
    offeringAdmin.token,
  );
  const start = Date.now() + 30 * DAY;
  await graphql(
    request,
    'mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }',
    {
      i: {
        courseId,
        venueName: '小美玉市四季文化館',
        capacity: 10,
        registrationOpensAt: iso(Date.now() - DAY),
        registrationClosesAt: iso(start - 2 * DAY),
        cancellationDeadline: iso(start - DAY),
        meetings: [{ startsAt: iso(start), endsAt: iso(start + 2 * 60 * 60 * 1000) }],
      },
    },
    offeringAdmin.token,
  );

  // 1. The offering company's admin shares the course with the group, then offers 3 seats of its session.
  await signIn(page, offeringAdmin.email, DEMO_PASSWORD);
  await openMenu(page);
  await page.getByTestId('nav-company-programmes').click();
  await expect(page).toHaveURL(/\/company\/programmes$/);
  await expect(page.locator('h1')).toBeFocused();
  const programme = page.getByTestId('programme').filter({ hasText: title });
  await programme.getByTestId('share-company_group').check();
  await programme.getByTestId('share-save').click();
  await expect(programme.getByTestId('share-status')).toContainText(
    `「${title}」の公開範囲を「企業グループに公開」にしました。`,
  );
  const session = programme.getByTestId('programme-session');
  const form = session.getByTestId('pool-form');
  await form.getByTestId('pool-seats').fill('3');
  await form.getByTestId('pool-closes').fill(tokyoLocal(Date.now() + 10 * DAY));
  await form.getByTestId('pool-offer').click();
  await expect(session.getByTestId('pool-notice')).toContainText('3席を提供しました');
  await expect(session.getByTestId('session-pool')).toContainText('提供 3席（推薦 0人・承諾 0人）');
  await checkBothLanguages(page, 'journey-offered', { ja: '自社のプログラム', en: 'Our programmes' });
  await noHorizontalScroll(page);
  await signOut(page);

  // 2. The other member company's admin sees the seats offered to it and nominates her employee.
  await signIn(page, nominatingAdmin.email, DEMO_PASSWORD);
  await openMenu(page);
  await page.getByTestId('nav-my-company').click();
  await expect(page).toHaveURL(/\/company$/);
  const offer = page.getByTestId('seats-offered').locator('tsu-card').filter({ hasText: title });
  await expect(offer).toContainText(`${offering}が提供`);
  await expect(offer.getByTestId('seats-left')).toHaveText('貴社が推薦できる残りの席：3席');
  await expect(offer.getByTestId('seat-nominee').locator('option')).toHaveText([employee.name]);
  await offer.getByTestId('seat-nominee').selectOption({ label: employee.name });
  await offer.getByTestId('seat-nominate').click();
  await expect(offer.getByTestId('seats-left')).toHaveText('貴社が推薦できる残りの席：2席');
  // Nobody else may be nominated: the page says why instead of an empty choice.
  await expect(offer.getByTestId('seat-no-candidates')).toContainText('推薦することを認める');
  const nominee = offer.locator('[data-testid^="seat-nomination-"]').filter({ hasText: employee.name });
  await expect(nominee).toContainText('回答待ち');
  await expectNoA11yViolations(page, 'journey-nominated-ja');
  await switchLanguage(page, 'en');
  await expect(offer.getByTestId('seats-left')).toContainText('2');
  await expectNoA11yViolations(page, 'journey-nominated-en');
  await screenshot(page, 'journey-nominated-en');
  await switchLanguage(page, 'ja');
  await noHorizontalScroll(page);
  await signOut(page);

  // 3. She accepts on "my seminars" and is enrolled at once.
  await signIn(page, employee.email, DEMO_PASSWORD);
  await openMenu(page);
  await page.getByTestId('nav-my-seminars').click();
  await expect(page).toHaveURL(/\/my\/seminars$/);
  const nomination = page.getByTestId('my-nominations').locator('tsu-card').filter({ hasText: title });
  await expect(nomination).toContainText(
    `${nominating}があなたを、${offering}が提供する座席に推薦しました。`,
  );
  await checkBothLanguages(page, 'journey-nomination', { ja: 'マイセミナー', en: 'My seminars' });
  await nomination.getByTestId('nomination-accept').click();
  await expect(page.getByTestId('my-notice')).toHaveText(`「${title}」の申し込みが確定しました。`);
  await expect(page.getByTestId('my-nominations')).toHaveCount(0);
  const enrolment = page.locator('[data-testid^="my-enrolment-"]').filter({ hasText: title });
  await expect(enrolment).toHaveCount(1);
  await expect(enrolment).toContainText('参加確定');
  await expectNoA11yViolations(page, 'journey-accepted-ja');
  await screenshot(page, 'journey-accepted-ja');
  await signOut(page);

  // The offering company sees who accepted (she is on its session's roster now), by name and company.
  await signIn(page, offeringAdmin.email, DEMO_PASSWORD);
  await page.goto('/company/programmes');
  await expect(session.getByTestId('session-pool')).toContainText('提供 3席（推薦 1人・承諾 1人）');
  await expect(session.getByTestId('pool-participant')).toHaveText(
    `${employee.name}さん（${nominating}）承諾・申込確定`,
  );
  await expectNoA11yViolations(page, 'journey-participant-ja');
  await signOut(page);

  // 4. Her company: the seat is taken, and without her consent only a suppressed count of the course.
  await signIn(page, nominatingAdmin.email, DEMO_PASSWORD);
  await page.goto('/company');
  await expect(nominee).toContainText('承諾（申込確定）');
  await page.goto('/company/employees');
  await expect(page.getByTestId('participation-sharing-none')).toBeVisible();
  await expect(page.getByTestId('participation-row')).toHaveCount(0);
  const count = page.getByTestId('participation-count').filter({ hasText: title });
  await expect(count.getByTestId('count-total')).toHaveText('5人未満');
  await signOut(page);

  // 5. She shares her participation with her company on her account page…
  await signIn(page, employee.email, DEMO_PASSWORD);
  await page.goto('/account');
  const link = page.getByTestId('employer-section').getByTestId('employment').filter({ hasText: nominating });
  const shares = link.getByTestId('consent-shares');
  await expect(shares).not.toBeChecked();
  await shares.click();
  await expect(shares).toBeChecked();
  await signOut(page);

  // …and her company sees her row, with the course she was nominated for.
  await signIn(page, nominatingAdmin.email, DEMO_PASSWORD);
  await page.goto('/company/employees');
  const row = page.getByTestId('participation-row').filter({ hasText: employee.name });
  await expect(row).toContainText(title);
  await expect(row).toContainText('参加確定');
  await checkBothLanguages(page, 'journey-sharing', { ja: '社員の参加状況', en: 'Employee participation' });
  await noHorizontalScroll(page);
  await signOut(page);

  // 6. She revokes: at once her company sees only the suppressed count again.
  await signIn(page, employee.email, DEMO_PASSWORD);
  await page.goto('/account');
  await shares.click();
  await expect(shares).not.toBeChecked();
  await signOut(page);

  await signIn(page, nominatingAdmin.email, DEMO_PASSWORD);
  await page.goto('/company/employees');
  await expect(page.getByTestId('participation-sharing-none')).toBeVisible();
  await expect(page.getByTestId('participation-row')).toHaveCount(0);
  await expect(count.getByTestId('count-total')).toHaveText('5人未満');
  await checkBothLanguages(page, 'journey-revoked', { ja: '社員の参加状況', en: 'Employee participation' });
});
