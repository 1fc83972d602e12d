import {
  apiSignIn,
  DEMO,
  expect,
  expectNoA11yViolations,
  graphql,
  screenshot,
  signIn,
  signOut,
  test,
} from './helpers';
import { apiCreateSession, apiEnrol, apiSignUp, checkBothLanguages, downloadText } from './helpers/enrolment';

test.describe('enrolment', () => {
  test('learner: enrol with childcare, waitlist, promotion, check-in, certificate, verification', async ({
    page,
    request,
  }, testInfo) => {
    test.setTimeout(240_000);

    // 1. The demo learner enrols in a demo session with childcare.
    const staffToken = await apiSignIn(request, DEMO.staff.email);
    const courses = await graphql<{ editableCourses: { title: string; sessions: { id: string }[] }[] }>(
      request,
      '{ editableCourses { title sessions { id } } }',
      {},
      staffToken,
    );
    // Each viewport takes its own demo session, so neither finds her already enrolled.
    const title = testInfo.project.name === 'phone' ? '子育て中の再就職セミナー' : '女性リーダー育成講座';
    const demoSession = courses.editableCourses.find((c) => c.title === title)!.sessions[0];

    await signIn(page, DEMO.learner.email);
    await page.goto(`/seminars/sessions/${demoSession?.id}/enrol`);
    await expect(page.getByTestId('enrol-form')).toBeVisible();
    await expect(page.getByTestId('childcare-section')).toBeVisible();
    await page.getByTestId('childcare-checkbox').check();
    await page.getByTestId('child-0-years').fill('2');
    await page.getByTestId('child-0-months').fill('3');
    await checkBothLanguages(page, 'enrol-form', { ja: 'セミナーに申し込む', en: 'Enrol in a seminar' });
    await page.getByTestId('enrol-submit').click();
    await expect(page.getByTestId('enrol-result-status')).toContainText(/参加確定|キャンセル待ち/);
    await checkBothLanguages(page, 'enrol-result', { ja: 'セミナーに申し込む', en: 'Enrol in a seminar' });
    await page.getByTestId('to-my-seminars').click();
    await expect(page.getByTestId('my-seminars-page')).toContainText(title);
    await checkBothLanguages(page, 'my-seminars', { ja: 'マイセミナー', en: 'My seminars' });
    await signOut(page);

    // 2. Childcare full while a seat is free: two seats and one childcare place, taken by another new user.
    const { sessionId } = await apiCreateSession(request, {
      capacity: 2,
      childcareCapacity: 1,
      childcareMinAgeMonths: 6,
      childcareMaxAgeMonths: 72,
    });
    const first = await apiSignUp(request, '先着', '一子');
    const firstEnrolment = await apiEnrol(request, first.token, sessionId, true);
    expect(firstEnrolment.status).toBe('confirmed');

    const she = await apiSignUp(request, '待機', '花子');
    await signIn(page, she.email);
    await page.goto(`/seminars/sessions/${sessionId}/enrol`);
    await page.getByTestId('childcare-checkbox').check();
    await page.getByTestId('child-0-years').fill('1');
    await expect(page.getByTestId('childcare-full')).toBeVisible();
    await page.getByTestId('enrol-submit').click();
    await expect(page.getByTestId('childcare-full-error')).toBeVisible();
    await page.getByTestId('childcare-full-wait').check();
    await screenshot(page, 'enrol-childcare-full');
    await page.getByTestId('enrol-submit').click();
    await expect(page.getByTestId('enrol-result-position')).toContainText('1番目');

    // 3. The first user cancels: she is promoted.
    await graphql(
      request,
      'mutation ($id: ID!) { cancelEnrolment(id: $id) { id } }',
      { id: firstEnrolment.id },
      first.token,
    );
    await page.goto('/my/seminars');
    await expect(page.getByTestId('my-group-upcoming')).toContainText('参加確定');
    await expect(page.getByTestId('my-group-upcoming').getByTestId('qr-image')).toBeVisible();
    await screenshot(page, 'my-seminars-confirmed');
    // Back on the enrol page she sees her place instead of a form she could not send.
    await page.goto(`/seminars/sessions/${sessionId}/enrol`);
    await expect(page.getByTestId('enrol-existing')).toContainText('申し込み済みです');
    await expect(page.getByTestId('enrol-form')).toHaveCount(0);
    await checkBothLanguages(page, 'enrol-existing', { ja: 'セミナーに申し込む', en: 'Enrol in a seminar' });
    await page.goto(`/seminars/sessions/${sessionId}`);
    await expect(page.getByTestId('session-mine')).toContainText('参加確定');
    await expect(page.getByTestId('enrol-link')).toHaveCount(0);
    await expectNoA11yViolations(page, 'session-mine');
    await screenshot(page, 'session-mine');
    await signOut(page);

    // 4. Staff checks her in on every meeting with the code from her QR.
    const mine = await graphql<{ myEnrolments: { checkInCode: string | null; session: { id: string } }[] }>(
      request,
      '{ myEnrolments { checkInCode session { id } } }',
      {},
      she.token,
    );
    const code = mine.myEnrolments.find((e) => e.session.id === sessionId)!.checkInCode!;
    await signIn(page, DEMO.staff.email);
    await page.goto(`/staff/sessions/${sessionId}/check-in`);
    await expect(page.getByTestId('check-in-people')).toContainText(she.name);
    await checkBothLanguages(page, 'check-in', { ja: '受付（出欠）', en: 'Reception (check-in)' });
    const meetings = await page.getByTestId('check-in-meeting').locator('option').all();
    for (const option of meetings) {
      await page.getByTestId('check-in-meeting').selectOption((await option.getAttribute('value'))!);
      await page.getByTestId('check-in-code').fill(code);
      await page.getByTestId('check-in-submit').click();
      await expect(page.getByTestId('check-in-success')).toContainText(she.name);
    }
    await page.getByTestId('check-in-code').fill('not-a-code');
    await page.getByTestId('check-in-submit').click();
    await expect(page.getByRole('alert')).toBeVisible();
    await screenshot(page, 'check-in-done');
    await signOut(page);

    // Checked in, but not completed: completion waits for the end of the last meeting.
    await signIn(page, she.email);
    await page.goto('/my/seminars');
    await expect(page.getByTestId('my-group-upcoming')).toContainText('E2E 受付テスト講座');
    await expect(page.getByTestId('my-group-past')).toHaveCount(0);
    await signOut(page);

    // 5. A finished seminar's certificate appears and downloads as a PDF (the demo employee
    //    completed last term's leadership course).
    await signIn(page, DEMO.employee.email);
    await page.goto('/my/seminars');
    const past = page.getByTestId('my-group-past');
    await expect(past).toContainText('修了');
    const downloading = page.waitForEvent('download');
    await past.getByTestId('certificate-download').click();
    const pdf = await downloadText(await downloading);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await checkBothLanguages(page, 'my-seminars-certificate', { ja: 'マイセミナー', en: 'My seminars' });
    const verificationCode = (await past.locator('code').first().textContent())!.trim();
    await signOut(page);

    // 6. Anyone can verify it.
    await page.goto(`/certificates/verify?code=${encodeURIComponent(verificationCode)}`);
    await expect(page.getByTestId('verify-name')).toHaveText(DEMO.employee.name);
    await checkBothLanguages(page, 'verify-certificate', { ja: '修了証の確認', en: 'Verify a certificate' });
    await page.getByTestId('verify-code').fill('NOPE-0000');
    await page.getByTestId('verify-submit').click();
    await expect(page.getByTestId('verify-not-found')).toBeVisible();
    await screenshot(page, 'verify-certificate-not-found');
  });

  test('learner: a session the organisers cancel shows as cancelled in My seminars', async ({
    page,
    request,
  }) => {
    const { sessionId, staffToken } = await apiCreateSession(request, { capacity: 5 });
    const she = await apiSignUp(request, '中止', '通知子');
    expect((await apiEnrol(request, she.token, sessionId)).status).toBe('confirmed');
    await graphql(
      request,
      'mutation ($id: ID!) { cancelSession(id: $id) { id } }',
      { id: sessionId },
      staffToken,
    );

    await signIn(page, she.email);
    await page.goto('/my/seminars');
    await expect(page.getByTestId('my-group-cancelled').getByTestId('session-cancelled')).toContainText(
      '主催者の都合により中止',
    );
    await checkBothLanguages(page, 'my-seminars-session-cancelled', {
      ja: 'マイセミナー',
      en: 'My seminars',
    });
  });
});
