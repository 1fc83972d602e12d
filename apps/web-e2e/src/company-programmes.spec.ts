import type { Page } from '@playwright/test';
import {
  apiSignIn,
  DEMO,
  expect,
  expectNoA11yViolations,
  graphql,
  openMenu,
  screenshot,
  signIn,
  signOut,
  switchLanguage,
  test,
  type Locale,
} from './helpers';

/** The demo company the demo company admin (hr@) runs, and the city's course it co-hosts (demo data). */
const MIRAI = '株式会社みらい食品';
const LEADERSHIP = '女性リーダー育成講座';

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

test('a company admin shares her course with the company group, and the city course lists its partner companies', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(300_000);
  // A course of her company's own, kept to its employees, so that sharing it changes nothing another test reads.
  const token = await apiSignIn(request, DEMO.companyAdmin.email);
  const me = await graphql<{
    me: { memberships: { role: string; organisation: { id: string; name: string } }[] };
  }>(request, '{ me { memberships { role organisation { id name } } } }', {}, token);
  const mirai = me.me.memberships.find((m) => m.role === 'company_admin' && m.organisation.name === MIRAI);
  expect(mirai).toBeDefined();
  const title = `社内リーダー研修 ${testInfo.project.name} ${Date.now().toString(36)}`;
  const created = await graphql<{ createCourse: { id: string } }>(
    request,
    'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
    {
      i: {
        providerOrganisationId: mirai?.organisation.id,
        title,
        category: 'leadership',
        visibility: 'organisation',
      },
    },
    token,
  );
  const courseId = created.createCourse.id;
  await graphql(request, 'mutation($id: ID!) { publishCourse(id: $id) { id } }', { id: courseId }, token);
  const visibility = async () =>
    (
      await graphql<{ course: { visibility: string } }>(
        request,
        'query($id: ID!) { course(id: $id) { visibility } }',
        { id: courseId },
        token,
      )
    ).course.visibility;

  // From the menu to her programmes; focus lands on the new page's heading.
  await signIn(page, DEMO.companyAdmin.email);
  await openMenu(page);
  await page.getByTestId('nav-company-programmes').click();
  await expect(page).toHaveURL(/\/company\/programmes$/);
  await expect(page.locator('h1')).toBeFocused();
  const row = page.getByTestId('programme').filter({ hasText: title });
  await expect(row).toBeVisible();
  await checkBothLanguages(page, 'company-programmes', { ja: '自社のプログラム', en: 'Our programmes' });
  await noHorizontalScroll(page);

  // One radio group per course: the arrow keys move the choice, and nothing is saved until she says so.
  const own = row.getByTestId('share-organisation');
  await expect(own).toBeChecked();
  await own.focus();
  await page.keyboard.press('ArrowDown');
  await expect(row.getByTestId('share-company_group')).toBeChecked();
  await expect(row.getByTestId('share-company_group')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(row.getByTestId('share-public')).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(row.getByTestId('share-company_group')).toBeChecked();
  expect(await visibility()).toBe('organisation');
  await page.keyboard.press('Tab');
  await expect(row.getByTestId('share-save')).toBeFocused();
  await page.keyboard.press('Enter');
  const notice = row.getByTestId('share-status');
  await expect(notice).toContainText(`「${title}」の公開範囲を「企業グループに公開」にしました。`);
  await expect(notice).toHaveAttribute('role', 'status');
  expect(await visibility()).toBe('company_group');
  await expectNoA11yViolations(page, 'company-programmes-shared-ja');

  // In English, back to her own employees.
  await switchLanguage(page, 'en');
  await row.getByTestId('share-organisation').check();
  await row.getByTestId('share-save').click();
  await expect(notice).toContainText(`“${title}” is now shared with: Our employees only.`);
  expect(await visibility()).toBe('organisation');
  await noHorizontalScroll(page);
  await screenshot(page, 'company-programmes-saved-en');
  await switchLanguage(page, 'ja');

  // The city's course she co-hosts: its share is the provider's, so she sees it without a choice.
  const cohosted = page.getByTestId('programme').filter({ hasText: LEADERSHIP }).first();
  await expect(cohosted.getByTestId('programme-scope')).toContainText('一般に公開');
  await expect(cohosted.getByTestId('share')).toHaveCount(0);

  // Its page lists the partner companies (協力企業) apart from the public co-organisers, with their marks.
  await cohosted.getByRole('link', { name: LEADERSHIP }).click();
  await expect(page).toHaveURL(/\/seminars\/courses\//);
  await expect(page.locator('h1')).toBeFocused();
  const partners = page.getByTestId('course-partner-companies');
  await expect(partners).toContainText('協力企業');
  const miraiItem = partners.getByTestId('partner-company').filter({ hasText: MIRAI });
  await expect(miraiItem.locator('[data-mark="kurumin"]')).toHaveText('くるみん');
  await expect(page.getByTestId('course-co-organisers')).not.toContainText(MIRAI);
  await checkBothLanguages(page, 'course-partner-companies', { ja: LEADERSHIP, en: LEADERSHIP });
  await signOut(page);

  // The city's staff: participation by company, counts only, small ones hidden.
  await signIn(page, DEMO.staff.email);
  await openMenu(page);
  await page.getByTestId('nav-company-overview').click();
  await expect(page).toHaveURL(/\/staff\/companies\/overview$/);
  await expect(page.locator('h1')).toBeFocused();
  const table = page.getByTestId('overview-table');
  await expect(table.getByTestId('overview-row').filter({ hasText: MIRAI })).toBeVisible();
  await expect(page.getByTestId('overview-note')).toBeVisible();
  const cells = await table.locator('td').allInnerTexts();
  expect(cells.length).toBeGreaterThan(0);
  // A hidden cell reads "—" (and 非表示 to a screen reader); a shown one is 0 or 5 and more.
  for (const text of cells) expect(text.trim()).toMatch(/^(—\s*非表示|0|[5-9]|\d{2,})$/);
  await checkBothLanguages(page, 'company-overview', {
    ja: '企業別の参加状況',
    en: 'Participation by company',
  });
  await noHorizontalScroll(page);
  // The table scrolls on its own on a phone, so it takes focus from the keyboard.
  await page.getByTestId('overview-region').focus();
  await expect(page.getByTestId('overview-region')).toBeFocused();
  // Last fiscal year: the caption follows the choice.
  const year = page.getByTestId('overview-year');
  await year.selectOption({ index: 1 });
  const chosen = await year.locator('option:checked').innerText();
  await expect(page.locator('caption')).toContainText(chosen);
});
