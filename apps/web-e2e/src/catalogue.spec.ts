import { readFile } from 'node:fs/promises';
import {
  apiSignIn,
  DEMO,
  expect,
  expectNoA11yViolations,
  graphql,
  openMenu,
  sampleCoverPng,
  samplePdf,
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
    await expectNoA11yViolations(page, 'catalogue-ja');
    await screenshot(page, 'catalogue-ja');

    // On a phone the filters wait behind 条件で絞り込む.
    const toggle = page.getByTestId('catalogue-filters-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
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
    await expectNoA11yViolations(page, 'session-ja');
    await screenshot(page, 'session-ja');

    await switchLanguage(page, 'en');
    await expect(page.getByTestId('enrol-link')).toHaveText('Enrol');
    await expect(page.getByTestId('childcare')).toContainText('6 months to 6 years');
    await expectNoA11yViolations(page, 'session-en');
    await screenshot(page, 'session-en');
    await page.goto('/seminars?format=ONLINE');
    await expect(page.getByTestId('catalogue-count')).toHaveText(/\d+ seminars/);
    await expect(page.getByTestId('catalogue-results')).toContainText('マーケティングセミナー');
    await expectNoA11yViolations(page, 'catalogue-en');
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
    await expectNoA11yViolations(page, 'staff-courses');
    await screenshot(page, 'staff-courses-ja');

    await page.getByTestId('create-course').click();
    await page.getByTestId('course-submit').click();
    await expect(page.getByTestId('course-title-error')).toHaveText('講座名：入力してください。');
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
    await page.getByTestId('session-fee').fill('500');
    await page.getByTestId('session-opens').fill(`${tokyoDate(-1)}T09:00`);
    await page.getByTestId('session-closes').fill(`${tokyoDate(30)}T17:00`);
    await page.getByTestId('session-cancel-deadline').fill(`${tokyoDate(37)}T17:00`);
    await expectNoA11yViolations(page, 'session-editor');
    await screenshot(page, 'session-new-ja');
    await page.getByTestId('session-submit').click();
    await expect(page).toHaveURL(/\/staff\/courses\/[\w-]+$/);
    await expect(page.getByTestId('course-sessions')).toContainText('2026年度');

    await page.getByTestId('publish-course').click();
    await expect(page.getByTestId('course-status')).toHaveText('公開中');
    await expectNoA11yViolations(page, 'course-editor');
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
    await expect(card.getByTestId('seminar-fee')).toHaveText('500円');
    await expect(card.getByTestId('seminar-meetings')).toHaveText('全2回');
    await card.getByTestId('seminar-link').click();
    await expect(page.getByTestId('meetings').locator('li')).toHaveCount(2);
    await expect(page.getByTestId('meetings')).toContainText('10:00〜12:00');
    await expect(page.getByTestId('childcare')).toContainText('1歳〜6歳');
  });

  test('staff upload a PDF lesson and a cover image in the editor; the course page offers them for download', async ({
    page,
    request,
  }, testInfo) => {
    // A published public course of her organisation, made through the API: this test is about its files.
    const token = await apiSignIn(request, DEMO.staff.email);
    const me = await graphql<{ me: { memberships: { role: string; organisation: { id: string } }[] } }>(
      request,
      '{ me { memberships { role organisation { id } } } }',
      {},
      token,
    );
    const title = `e2e 教材つき講座 ${testInfo.project.name} ${Date.now().toString(36)}`;
    const created = await graphql<{ createCourse: { id: string } }>(
      request,
      'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
      {
        input: {
          providerOrganisationId: me.me.memberships.find((m) => m.role === 'staff')?.organisation.id,
          title,
          // A category no demo course uses, so the catalogue's own counts stay as seeded.
          category: 'other',
          summary: '配布資料とカバー画像のある講座です。',
        },
      },
      token,
    );
    const courseId = created.createCourse.id;
    await graphql(request, 'mutation ($id: ID!) { publishCourse(id: $id) { id } }', { id: courseId }, token);

    const pdf = samplePdf();
    const cover = sampleCoverPng();
    await signIn(page, DEMO.staff.email);
    await switchLanguage(page, 'ja');
    await page.goto(`/staff/courses/${courseId}`);
    await expect(page.getByTestId('course-status')).toHaveText('公開中');

    // A file that is not an image is refused as a cover before it is sent.
    await page
      .getByTestId('cover-file')
      .setInputFiles({ name: '案内.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(page.getByTestId('cover-file-error')).toHaveText(
      'カバー画像のアップロード：カバー画像には PNG・JPEG・WebP の画像を選んでください。',
    );
    await page
      .getByTestId('cover-file')
      .setInputFiles({ name: '表紙.png', mimeType: 'image/png', buffer: cover });
    await expect(page.getByTestId('cover-notice')).toHaveText('カバー画像を設定しました。');
    await expect(page.getByTestId('cover-file-error')).toHaveCount(0);
    await expect(page.getByTestId('cover-current')).toContainText('表紙.png');
    const preview = page.getByTestId('cover-preview');
    await expect(preview).toHaveAttribute('src', /^blob:/);
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);

    await page.getByTestId('lesson-title').fill('第1回 配布資料');
    await page.getByTestId('lesson-kind').selectOption('file');
    // Through the visible button, as she would (the native input is hidden behind it).
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('ファイルを選ぶ', { exact: true }).click();
    await (await chooser).setFiles({ name: '第1回 研修資料.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(page.getByTestId('lesson-file-attached')).toHaveText(
      `添付ファイル：第1回 研修資料.pdf（${pdf.length} B）`,
    );
    await expectNoA11yViolations(page, 'course-editor-files-ja');
    await screenshot(page, 'course-editor-files-ja');
    await page.getByTestId('lesson-submit').click();
    await expect(page.getByTestId('editor-lessons')).toContainText('第1回 配布資料');
    await expect(page.getByTestId('editor-lessons')).toContainText('添付ファイル：第1回 研修資料.pdf');

    await switchLanguage(page, 'en');
    await expect(page.getByTestId('cover-notice')).toHaveText('Cover image set.');
    await expect(page.getByTestId('cover-current')).toContainText('Current image: 表紙.png');
    await page.getByTestId('lesson-kind').selectOption('file');
    await expect(page.getByTestId('lesson-file')).toBeVisible();
    await expectNoA11yViolations(page, 'course-editor-files-en');
    await screenshot(page, 'course-editor-files-en');

    // The public course page, signed in: the cover, and the file as a download link.
    await page.goto(`/seminars/courses/${courseId}`);
    await expect(page.getByTestId('course-title')).toHaveText(title);
    const link = page.getByTestId('lessons').getByRole('link', { name: /第1回 研修資料\.pdf/ });
    await expect(link).toHaveText(`Download: 第1回 研修資料.pdf (${pdf.length} B)`);
    await expect
      .poll(() => page.getByTestId('course-cover').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(480);
    await expectNoA11yViolations(page, 'course-files-en');
    await screenshot(page, 'course-files-en');
    const downloaded = page.waitForEvent('download');
    await link.click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('第1回 研修資料.pdf');
    expect((await readFile(await download.path())).equals(pdf)).toBe(true);

    await switchLanguage(page, 'ja');
    await expect(link).toHaveText(`ダウンロード：第1回 研修資料.pdf（${pdf.length} B）`);
    await expectNoA11yViolations(page, 'course-files-ja');
    await screenshot(page, 'course-files-ja');

    // Anyone may fetch the files of a public course, with the headers that keep them safe.
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/files\/[\w-]+$/);
    const anonymous = await request.get(String(href));
    expect(anonymous.status()).toBe(200);
    expect(anonymous.headers()['content-type']).toBe('application/pdf');
    expect(anonymous.headers()['x-content-type-options']).toBe('nosniff');
    expect(anonymous.headers()['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('第1回 研修資料.pdf')}`,
    );
    expect((await anonymous.body()).equals(pdf)).toBe(true);
  });
});
