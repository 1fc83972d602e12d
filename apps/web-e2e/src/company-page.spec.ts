import { expect, expectNoA11yViolations, graphql, screenshot, switchLanguage, test } from './helpers';

/** The demo company that co-hosts the city's leadership course (demo data), and that course. */
const MIRAI = '株式会社みらい食品';
const LEADERSHIP = '女性リーダー育成講座';

test('anyone opens a partner company’s page from a course it co-hosts: its profile, marks and seminars', async ({
  page,
  request,
}) => {
  const found = await graphql<{ catalogue: { items: { course: { id: string; title: string } }[] } }>(
    request,
    'query($f: CatalogueFilter) { catalogue(filter: $f) { items { course { id title } } } }',
    { f: { search: LEADERSHIP } },
  );
  const course = found.catalogue.items.find((i) => i.course.title === LEADERSHIP)?.course;
  expect(course).toBeDefined();

  // Not signed in: from the course page's partner companies (協力企業) to the company's page.
  await page.goto(`/seminars/courses/${course?.id}`);
  await page.getByTestId('course-partner-companies').getByRole('link', { name: MIRAI }).click();
  await expect(page).toHaveURL(/\/companies\/[0-9a-f-]{36}$/);
  await expect(page.locator('h1')).toHaveText(MIRAI);
  await expect(page.locator('h1')).toBeFocused();
  await expect(page).toHaveTitle(/企業のページ/);
  const head = page.getByTestId('company-page');
  await expect(head.locator('[data-mark="kurumin"]').first()).toHaveText('くるみん');
  const certs = page.getByTestId('company-page-certification');
  await expect(certs.filter({ hasText: 'くるみん' }).first()).toContainText('認定日: 2022年10月1日');
  await expect(certs.filter({ hasText: 'ユースエール' })).toHaveCount(1);
  // Its public facts, never its contact people.
  await expect(page.getByTestId('company-details')).toContainText('茨城県小美玉市小川1-1-1');
  await expect(page.getByTestId('company-detail-contacts')).toHaveCount(0);
  await expect(page.getByTestId('company-page-seminars')).toContainText(LEADERSHIP);
  for (const locale of ['ja', 'en'] as const) {
    await switchLanguage(page, locale);
    await expect(page.getByTestId('company-page-seminars').locator('h2')).toHaveText(
      locale === 'ja' ? 'この企業の講座' : 'Seminars by this company',
    );
    await expectNoA11yViolations(page, `company-page-${locale}`);
    await screenshot(page, `company-page-${locale}`);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // A company that is not there (or not approved) is simply not found, in her language.
  await page.goto('/companies/00000000-0000-4000-8000-000000000000');
  await expect(page.getByTestId('company-page-error')).toBeVisible();
  await expectNoA11yViolations(page, 'company-page-not-found-en');
  await switchLanguage(page, 'ja');
});
