import {
  apiSignIn,
  DEMO,
  expect,
  expectNoA11yViolations,
  graphql,
  signIn,
  switchLanguage,
  test,
} from './helpers';

/**
 * Issue 9: publishing or reordering lessons once reloaded the course into the form and silently threw
 * away what she had typed and not saved. Her edits now stay until she saves them.
 */
test.describe('course editor', () => {
  test('keeps her unsaved title through reordering lessons and publishing, and saves it when she saves', async ({
    page,
    request,
  }, testInfo) => {
    // A draft course with two lessons, made through the API: this test is about the editor's form.
    const token = await apiSignIn(request, DEMO.staff.email);
    const me = await graphql<{ me: { memberships: { role: string; organisation: { id: string } }[] } }>(
      request,
      '{ me { memberships { role organisation { id } } } }',
      {},
      token,
    );
    const title = `e2e 未保存の題名 ${testInfo.project.name} ${Date.now().toString(36)}`;
    const created = await graphql<{ createCourse: { id: string } }>(
      request,
      'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
      {
        input: {
          providerOrganisationId: me.me.memberships.find((m) => m.role === 'staff')?.organisation.id,
          title,
          // A category no demo course uses, so the catalogue's own counts stay as seeded.
          category: 'other',
        },
      },
      token,
    );
    const courseId = created.createCourse.id;
    for (const lesson of ['第1回 はじめに', '第2回 まとめ'])
      await graphql(
        request,
        'mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }',
        { input: { courseId, kind: 'text', title: lesson, body: '本文' } },
        token,
      );

    await signIn(page, DEMO.staff.email);
    await switchLanguage(page, 'ja');
    await page.goto(`/staff/courses/${courseId}`);
    await expect(page.getByTestId('course-status')).toHaveText('下書き');
    const titleField = page.getByTestId('course-title');
    await expect(titleField).toHaveValue(title);
    const edited = `${title}（2027年度）`;
    await titleField.fill(edited);

    // Reordering answers with the course; the title she typed stays in the form.
    const lessons = page.getByTestId('editor-lessons').locator('li .name');
    await page.getByRole('button', { name: '「第1回 はじめに」を下へ' }).click();
    await expect(lessons).toHaveText(['第2回 まとめ', '第1回 はじめに']);
    await expect(titleField).toHaveValue(edited);

    await page.getByTestId('publish-course').click();
    await expect(page.getByTestId('course-status')).toHaveText('公開中');
    await expect(page.getByTestId('course-notice')).toHaveText('公開しました。');
    await expect(titleField).toHaveValue(edited);
    await expectNoA11yViolations(page, 'course-editor-unsaved-edits');

    await page.getByTestId('course-submit').click();
    await expect(page.getByTestId('course-notice')).toHaveText('保存しました。');
    await page.reload();
    await expect(page.getByTestId('course-title')).toHaveValue(edited);
    await expect(page.getByTestId('course-status')).toHaveText('公開中');
    await expect(lessons).toHaveText(['第2回 まとめ', '第1回 はじめに']);
  });
});
