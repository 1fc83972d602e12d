import {
  DEMO,
  expect,
  expectNoSeriousA11yViolations,
  openMenu,
  screenshot,
  signIn,
  switchLanguage,
  test,
} from './helpers';

/** `YYYY-MM-DD` in Tokyo, `days` from now. */
function tokyoDate(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000 + 9 * 3_600_000);
  return d.toISOString().slice(0, 10);
}

test.describe('catalogue', () => {
  test('an anonymous visitor browses, filters by childcare and category, and opens a session', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByTestId('landing-seminars').click();
    await expect(page).toHaveURL('/seminars');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('セミナーを探す');
    await expect(page.getByTestId('catalogue-count')).toHaveText(/\d+件のセミナー/);
    const cards = page.getByTestId('catalogue-results').locator('tsu-seminar-card');
    await expect(cards.first()).toBeVisible();
    // The company-group course is not public.
    await expect(page.getByTestId('catalogue-results')).not.toContainText('ランチ勉強会');
    await expect(page.getByTestId('seminar-date').first()).toHaveText(
      /^\d{4}年\d{1,2}月\d{1,2}日\(.\) \d{2}:\d{2}$/,
    );
    await expect(page.getByTestId('seats-meter').first()).toHaveAttribute('aria-valuenow', /\d+/);
    await expectNoSeriousA11yViolations(page, 'catalogue-ja');
    await screenshot(page, 'catalogue-ja');

    await page.getByTestId('catalogue-childcare').check();
    await expect(page).toHaveURL('/seminars?childcare=1');
    await expect(page.getByTestId('catalogue-results')).not.toContainText('マーケティングセミナー');
    await page.getByTestId('catalogue-category').selectOption('leadership');
    await expect(page).toHaveURL(/category=leadership/);
    await expect(page.getByTestId('catalogue-count')).toHaveText('1件のセミナー');
    const card = cards.first();
    await expect(card).toContainText('女性リーダー育成講座');
    await expect(card.getByTestId('badge-childcare')).toContainText('託児あり');
    await screenshot(page, 'catalogue-filtered-ja');

    // The filters survive a reload: they live in the URL.
    await page.reload();
    await expect(page.getByTestId('catalogue-childcare')).toBeChecked();
    await expect(page.getByTestId('catalogue-category')).toHaveValue('leadership');

    await card.getByTestId('seminar-link').click();
    await expect(page).toHaveURL(/\/seminars\/sessions\/[\w-]+$/);
    await expect(page.getByTestId('session-title')).toContainText('女性リーダー育成講座');
    await expect(page.getByTestId('meetings').locator('li')).toHaveCount(3);
    await expect(page.getByTestId('place')).toContainText('茨城県小美玉市部室1100');
    await expect(page.getByTestId('childcare')).toContainText('6か月〜6歳');
    await expect(page.getByTestId('description').locator('h2')).toHaveText('講座の内容');
    await expect(page.getByTestId('enrol-link')).toHaveAttribute(
      'href',
      /\/seminars\/sessions\/[\w-]+\/enrol$/,
    );
    await expectNoSeriousA11yViolations(page, 'session-ja');
    await screenshot(page, 'session-ja');

    await switchLanguage(page, 'en');
    await expect(page.getByTestId('enrol-link')).toHaveText('Enrol');
    await expect(page.getByTestId('childcare')).toContainText('6 months to 6 years');
    await expectNoSeriousA11yViolations(page, 'session-en');
    await screenshot(page, 'session-en');
    await page.goto('/seminars?format=ONLINE');
    await expect(page.getByTestId('catalogue-count')).toHaveText(/\d+ seminars/);
    await expect(page.getByTestId('catalogue-results')).toContainText('マーケティングセミナー');
    await expectNoSeriousA11yViolations(page, 'catalogue-en');
    await screenshot(page, 'catalogue-en');
  });

  test('staff create a course with a two-meeting session, publish it, and it appears in the catalogue', async ({
    page,
  }, testInfo) => {
    const title = `e2e 起業入門講座 ${testInfo.project.name} ${Date.now().toString(36)}`;
    await signIn(page, DEMO.staff.email);
    await switchLanguage(page, 'ja');
    await page.getByTestId('to-staff-courses').click();
    await expect(page).toHaveURL('/staff/courses');
    await expect(page.getByTestId('editable-courses')).toContainText('管理職向け 女性活躍推進研修（準備中）');
    await expectNoSeriousA11yViolations(page, 'staff-courses');
    await screenshot(page, 'staff-courses-ja');

    await page.getByTestId('create-course').click();
    await page.getByTestId('course-submit').click();
    await expect(page.getByTestId('course-title-error')).toHaveText('入力してください。');
    await page.getByTestId('course-title').fill(title);
    await page.getByTestId('course-category').selectOption('startup');
    await page.getByTestId('course-summary').fill('起業の第一歩を2回で学びます。');
    await page.getByTestId('course-description').fill('## 内容\n\n- 事業計画\n- 資金調達');
    await page.getByTestId('course-audience').fill('起業を考えている女性');
    await page.getByTestId('course-tags').fill('起業、託児あり');
    await screenshot(page, 'course-new-ja');
    await page.getByTestId('course-submit').click();
    await expect(page).toHaveURL(/\/staff\/courses\/[\w-]+$/);
    await expect(page.getByTestId('course-status')).toHaveText('下書き');

    await page.getByTestId('add-session').click();
    await expect(page).toHaveURL(/\/sessions\/new$/);
    await page.getByTestId('session-title').fill('2026年度');
    await page.getByTestId('meeting-0-date').fill(tokyoDate(40));
    await page.getByTestId('meeting-0-start').fill('10:00');
    await page.getByTestId('meeting-0-end').fill('12:00');
    await page.getByTestId('add-meeting').click();
    await page.getByTestId('meeting-1-date').fill(tokyoDate(47));
    await page.getByTestId('session-venue-name').fill('小美玉市生涯学習センター コスモス');
    await page.getByTestId('session-venue-address').fill('茨城県小美玉市中延651-1');
    await page.getByTestId('session-capacity').fill('12');
    await page.getByTestId('session-childcare').fill('3');
    await page.getByTestId('session-childcare-min').fill('12');
    await page.getByTestId('session-childcare-max').fill('72');
    await page.getByTestId('session-opens').fill(`${tokyoDate(-1)}T09:00`);
    await page.getByTestId('session-closes').fill(`${tokyoDate(30)}T17:00`);
    await page.getByTestId('session-cancel-deadline').fill(`${tokyoDate(37)}T17:00`);
    await expectNoSeriousA11yViolations(page, 'session-editor');
    await screenshot(page, 'session-new-ja');
    await page.getByTestId('session-submit').click();
    await expect(page).toHaveURL(/\/staff\/courses\/[\w-]+$/);
    await expect(page.getByTestId('course-sessions')).toContainText('2026年度');

    await page.getByTestId('publish-course').click();
    await expect(page.getByTestId('course-status')).toHaveText('公開中');
    await expectNoSeriousA11yViolations(page, 'course-editor');
    await screenshot(page, 'course-editor-ja');

    await openMenu(page);
    await page.getByTestId('nav-seminars').click();
    await page.getByTestId('catalogue-search').fill(title);
    await page.getByTestId('catalogue-search-submit').click();
    await expect(page.getByTestId('catalogue-count')).toHaveText('1件のセミナー');
    const card = page.getByTestId('catalogue-results').locator('tsu-seminar-card');
    await expect(card).toContainText(title);
    await expect(card.getByTestId('seminar-venue')).toHaveText('小美玉市生涯学習センター コスモス');
    await expect(card.getByTestId('seats-text')).toHaveText('定員12名中、残り12席');
    await card.getByTestId('seminar-link').click();
    await expect(page.getByTestId('meetings').locator('li')).toHaveCount(2);
    await expect(page.getByTestId('meetings')).toContainText('10:00〜12:00');
    await expect(page.getByTestId('childcare')).toContainText('1歳〜6歳');
  });
});
