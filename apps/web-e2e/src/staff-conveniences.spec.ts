import type { Page } from '@playwright/test';
import {
  DEMO,
  expect,
  expectNoA11yViolations,
  screenshot,
  signIn,
  switchLanguage,
  test,
  type Locale,
} from './helpers';

const PREFECTURE = '茨城県 女性活躍・県民協働課';
const BUREAU = '茨城労働局 雇用環境・均等室';

/** Axe and a screenshot in Japanese, then in English; the page is left in Japanese. */
async function inBothLanguages(page: Page, name: string, heading: Record<Locale, string | RegExp>) {
  for (const locale of ['ja', 'en'] as const) {
    await switchLanguage(page, locale);
    await expect(page.locator('h1')).toHaveText(heading[locale]);
    await expectNoA11yViolations(page, `${name}-${locale}`);
    await screenshot(page, `${name}-${locale}`);
  }
  await switchLanguage(page, 'ja');
}

const DAY = 24 * 60 * 60 * 1000;

test.describe('staff conveniences', () => {
  test('co-organisers, session defaults that follow the first meeting, copying a session and a course', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    const title = `E2E 共催講座 ${testInfo.project.name} ${Date.now().toString(36)}`;
    await signIn(page, DEMO.staff.email);
    await page.goto('/staff/courses/new');
    await page.getByTestId('course-title').fill(title);
    // A category no demo course uses, so the catalogue's own e2e counts stay as seeded.
    await page.getByTestId('course-category').selectOption('other');

    // The city's course, run with the prefecture and the labour bureau (共催).
    const coOrganisers = page.getByTestId('co-organisers');
    await expect(coOrganisers.getByLabel('小美玉市 女性活躍推進事務局')).toHaveCount(0);
    await coOrganisers.getByLabel(PREFECTURE).check();
    await coOrganisers.getByLabel(BUREAU).check();
    await page.getByTestId('course-submit').click();
    await expect(page.getByTestId('course-status')).toHaveText('下書き');
    await expect(coOrganisers.getByLabel(PREFECTURE)).toBeChecked();
    // The list scrolls; what she chose is named above it.
    await expect(page.getByTestId('co-organisers-chosen')).toHaveText(`選択中：${PREFECTURE}、${BUREAU}`);
    await inBothLanguages(page, 'course-co-organisers', { ja: '講座を編集', en: 'Edit course' });

    // A new session starts with dates, and the closing dates follow the first meeting.
    await page.getByTestId('add-session').click();
    const meetingDate = page.getByTestId('meeting-0-date');
    const proposed = await meetingDate.inputValue();
    const days = (Date.parse(proposed) - Date.now()) / DAY;
    expect(days).toBeGreaterThan(26);
    expect(days).toBeLessThan(29);
    await expect(page.getByTestId('meeting-0-start')).toHaveValue('10:00');
    await expect(page.getByTestId('session-opens')).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:00$/);
    const first = new Date(Date.now() + 35 * DAY + 9 * 3_600_000).toISOString().slice(0, 10);
    await meetingDate.fill(first);
    const weekBefore = new Date(Date.parse(first) - 7 * DAY).toISOString().slice(0, 10);
    await expect(page.getByTestId('session-closes')).toHaveValue(`${weekBefore}T17:00`);
    await page.getByTestId('session-title').fill('第1期');
    await page.getByTestId('session-venue-name').fill('小美玉市役所 本庁舎 大会議室');
    await page.getByTestId('session-capacity').fill('20');
    await page.getByTestId('session-check-in-opens').selectOption({ label: '開始30分前から' });
    await inBothLanguages(page, 'session-defaults', { ja: '日程を作成', en: 'Create a session' });
    await page.getByTestId('session-submit').click();
    await expect(page.getByTestId('course-sessions')).toContainText('第1期');

    // Copy the session: the form holds the copy, a whole number of weeks later, until she saves it.
    await page.getByTestId('course-sessions').getByRole('link', { name: '「第1期」を編集' }).click();
    await page.getByTestId('copy-session').click();
    await expect(page.getByTestId('session-copy-notice')).toBeVisible();
    // Marked as a copy until she names it: two sessions with one name cannot be told apart.
    await expect(page.getByTestId('session-title')).toHaveValue('第1期（コピー）');
    await expect(page.getByTestId('session-capacity')).toHaveValue('20');
    const copied = await page.getByTestId('meeting-0-date').inputValue();
    expect(((Date.parse(copied) - Date.parse(first)) / DAY) % 7).toBe(0);
    await inBothLanguages(page, 'session-copy', { ja: '日程を作成', en: 'Create a session' });
    await page.getByTestId('session-title').fill('第2期');
    await page.getByTestId('session-submit').click();
    await expect(page.getByTestId('course-sessions')).toContainText('第2期');

    // Copy the course with its sessions a year later: a new draft opens.
    const original = page.url();
    await page.getByTestId('publish-course').click();
    await expect(page.getByTestId('course-status')).toHaveText('公開中');
    await expect(page.getByTestId('copy-sessions')).toBeChecked();
    // A late answer about the course she left must not overwrite the copy (a phone is slow): every
    // EditorCourse answer for the original is held back by a second, and the checks below wait for it.
    const originalId = original.split('/').pop() ?? '';
    const late: Promise<void>[] = [];
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as {
        operationName?: string;
        variables?: { id?: string };
      } | null;
      if (body?.operationName !== 'EditorCourse' || body.variables?.id !== originalId)
        return route.fallback();
      const answered = (async () => {
        const response = await route.fetch();
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await route.fulfill({ response });
      })();
      late.push(answered);
      await answered;
    });
    await page.getByTestId('copy-course').click();
    await expect(page).not.toHaveURL(original);
    await expect(page.getByTestId('course-notice')).toContainText('コピーしました');
    await Promise.all(late);
    if (late.length) await page.waitForTimeout(300); // the late answer reaches the page
    await expect(page.getByTestId('course-status')).toHaveText('下書き');
    await expect(page.getByTestId('course-title')).toHaveValue(`${title}（コピー）`);
    await expect(page.getByTestId('course-sessions')).toContainText('第1期');
    await expect(page.getByTestId('course-sessions')).toContainText('第2期');
    await expect(coOrganisers.getByLabel(BUREAU)).toBeChecked();
    await inBothLanguages(page, 'course-copied', { ja: '講座を編集', en: 'Edit course' });
    await page.unrouteAll({ behavior: 'wait' });

    // The published original names its co-organisers to visitors.
    await page.goto(original.replace('/staff/courses/', '/seminars/courses/'));
    await expect(page.getByTestId('course-co-organisers')).toHaveText(`共催: ${PREFECTURE}、${BUREAU}`);
    await expectNoA11yViolations(page, 'course-page-co-organisers');
  });
});
