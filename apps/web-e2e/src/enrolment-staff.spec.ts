import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { apiSignIn, DEMO, expect, graphql, signIn, test } from './helpers';
import { closeRegistration } from './helpers/database';
import {
  apiCreateSession,
  apiEnrol,
  apiSignUp,
  checkBothLanguages,
  downloadText,
  iso,
  qrVideo,
  tokyoDate,
} from './helpers/enrolment';
import { nth } from './helpers/nth';

test.describe('enrolment', () => {
  test('staff: create a lottery session in the editor, draw it, export the roster, check in by name', async ({
    page,
    request,
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(180_000);
    const title = `E2E 抽選講座 ${testInfo.project.name} ${Date.now().toString(36)}`;

    // 1. Create and publish a course with a one-meeting lottery session, in the editor.
    await signIn(page, DEMO.staff.email);
    await page.getByTestId('to-staff-courses').click();
    await page.getByTestId('create-course').click();
    await page.getByTestId('course-title').fill(title);
    await page.getByTestId('course-category').selectOption('career');
    await page.getByTestId('course-summary').fill('抽選で受講者を決める講座です。');
    await page.getByTestId('course-submit').click();
    await expect(page.getByTestId('course-status')).toHaveText('下書き');
    await page.getByTestId('add-session').click();
    await page.getByTestId('session-title').fill('抽選回');
    await page.getByTestId('meeting-0-date').fill(tokyoDate(30));
    await page.getByTestId('meeting-0-start').fill('10:00');
    await page.getByTestId('meeting-0-end').fill('12:00');
    await page.getByTestId('session-venue-name').fill('小美玉市役所 会議室');
    await page.getByTestId('session-capacity').fill('1');
    await page.getByTestId('session-opens').fill(`${tokyoDate(-1)}T09:00`);
    await page.getByTestId('session-closes').fill(`${tokyoDate(20)}T17:00`);
    await page.getByTestId('session-cancel-deadline').fill(`${tokyoDate(25)}T17:00`);
    await page.getByTestId('session-mode').selectOption('lottery');
    await page.getByTestId('session-draw').fill(`${tokyoDate(21)}T12:00`);
    await page.getByTestId('session-submit').click();
    await expect(page.getByTestId('course-sessions')).toContainText('抽選回');
    await page.getByTestId('publish-course').click();
    await expect(page.getByTestId('course-status')).toHaveText('公開中');

    // 2. Two learners apply.
    const staffToken = await apiSignIn(request, DEMO.staff.email);
    const courses = await graphql<{ editableCourses: { title: string; sessions: { id: string }[] }[] }>(
      request,
      '{ editableCourses { title sessions { id } } }',
      {},
      staffToken,
    );
    const sessionId = nth(courses.editableCourses.find((c) => c.title === title)!.sessions, 0).id;
    const a = await apiSignUp(request, '抽選', '一美');
    const b = await apiSignUp(request, '抽選', '二葉');
    expect((await apiEnrol(request, a.token, sessionId)).status).toBe('applied');
    expect((await apiEnrol(request, b.token, sessionId)).status).toBe('applied');
    // A third applies and withdraws before the deadline: her application stays in the public record.
    const c = await apiSignUp(request, '抽選', '三奈');
    const withdrawn = await apiEnrol(request, c.token, sessionId);
    await graphql(
      request,
      'mutation ($id: ID!) { cancelEnrolment(id: $id) { id } }',
      { id: withdrawn.id },
      c.token,
    );

    // 3. The roster shows the seed's SHA-256 and no seed while applications are open; nobody can draw.
    await page.goto('/staff/sessions');
    await expect(page.getByTestId('staff-sessions')).toBeVisible();
    await checkBothLanguages(page, 'staff-sessions', { ja: '開催回の管理', en: 'Sessions' });
    await page.getByTestId(`staff-session-${sessionId}`).getByTestId('to-roster').click();
    await expect(page.getByTestId('roster-list')).toContainText(a.name);
    const commitment = (await page.getByTestId('lottery-commitment').textContent())!.trim();
    expect(commitment).toMatch(/^[0-9a-f]{64}$/);
    await expect(page.getByTestId('lottery-draw-later')).toBeVisible();
    await expect(page.getByTestId('lottery-draw')).toHaveCount(0);
    await checkBothLanguages(page, 'roster-lottery', { ja: '名簿', en: 'Roster' });

    // Nobody may bring an open lottery's deadline forward (not even its organisers)...
    const earlier = await request.post('/graphql', {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staffToken}` },
      data: {
        query: 'mutation ($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { id } }',
        variables: { id: sessionId, i: { registrationClosesAt: iso(Date.now() + 60_000) } },
      },
    });
    expect(JSON.stringify(await earlier.json())).toContain('BAD_USER_INPUT');
    // ...so the test lets it pass (weeks, in real life). The draw asks first, saying what it will decide.
    await closeRegistration(sessionId);
    // Her sessions list says the draw is waiting for her.
    await page.goto('/staff/sessions');
    const row = page.getByTestId(`staff-session-${sessionId}`);
    await expect(row.getByTestId('staff-session-drawable')).toHaveText('申込を締め切りました：抽選できます');
    await row.getByTestId('to-roster').click();
    await page.getByTestId('lottery-draw').click();
    const confirmation = page.getByTestId('lottery-draw-confirmation');
    await expect(confirmation).toContainText('申込2人・定員1名');
    await expect(confirmation).toBeFocused();
    await checkBothLanguages(page, 'roster-draw-confirm', { ja: '名簿', en: 'Roster' });
    await page.getByTestId('lottery-draw-cancel').click();
    await expect(page.getByTestId('lottery-draw')).toBeFocused();
    await page.getByTestId('lottery-draw').click();
    await page.getByTestId('lottery-draw-confirm').click();
    const seed = (await page.getByTestId('lottery-seed').textContent())!.trim();
    expect(createHash('sha256').update(seed).digest('hex')).toBe(commitment);
    await expect(page.getByTestId('roster-list')).toContainText('参加確定');
    await expect(page.getByTestId('roster-list')).toContainText('キャンセル待ち');
    await checkBothLanguages(page, 'roster-drawn', { ja: '名簿', en: 'Roster' });

    // Anyone (signed out, here) re-runs the draw on the public verification page: the same order.
    const { viewport, isMobile, hasTouch, locale, timezoneId } = testInfo.project.use;
    const visitorContext = await browser.newContext({
      baseURL,
      viewport,
      isMobile,
      hasTouch,
      locale,
      timezoneId,
    });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`/seminars/sessions/${sessionId}/lottery`);
    await expect(visitor.getByTestId('lottery-seed')).toHaveText(seed);
    await expect(visitor.getByTestId('lottery-entries').locator('tbody tr')).toHaveCount(2);
    const withdrawals = visitor.getByTestId('lottery-withdrawn').locator('tbody tr');
    await expect(withdrawals).toHaveCount(1);
    await expect(withdrawals).toContainText('申込者本人');
    await visitor.getByTestId('lottery-verify').click();
    await expect(visitor.getByTestId('lottery-verified')).toBeVisible();
    await checkBothLanguages(visitor, 'lottery-verification', {
      ja: '抽選の検証',
      en: 'Lottery verification',
    });
    // The session page no longer promises a draw to come.
    await visitor.goto(`/seminars/sessions/${sessionId}`);
    await expect(visitor.getByTestId('drawn-at')).toBeVisible();
    await expect(visitor.getByTestId('draw-at')).toHaveCount(0);
    await expect(visitor.getByTestId('lottery-note')).toContainText('抽選は終わりました');
    // Each applicant keeps her application number after the draw, to check the result with.
    await signIn(visitor, a.email);
    const mine = await graphql<{ myEnrolments: { lotteryTicket: string }[] }>(
      request,
      '{ myEnrolments { lotteryTicket } }',
      {},
      a.token,
    );
    await visitor.goto('/my/seminars');
    await expect(visitor.getByTestId('lottery-ticket')).toContainText(
      nth(mine.myEnrolments, 0).lotteryTicket,
    );
    await visitorContext.close();
    await page.goto(`/staff/sessions/${sessionId}/roster`);
    await expect(page.getByTestId('roster-list')).toContainText(a.name);

    // 4. Export the roster as CSV and Excel.
    let downloading = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    const csv = (await downloadText(await downloading)).toString('utf8');
    expect(csv).toContain('一美');
    expect(csv).toContain('二葉');
    downloading = page.waitForEvent('download');
    await page.getByTestId('export-xlsx').click();
    const xlsx = await downloadText(await downloading);
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');

    // 5. Its meeting is a month away: reception has not opened, so nobody can be marked yet.
    await page.getByTestId('to-check-in').click();
    await expect(page.getByTestId('check-in-not-open')).toBeVisible();
    await expect(page.getByTestId('check-in-people').getByTestId('mark-attended').first()).toBeDisabled();
    await checkBothLanguages(page, 'check-in-not-open', { ja: '受付（出欠）', en: 'Reception (check-in)' });

    // 6. On the day (a session starting in half an hour, reception open), check her in by the
    //    hiragana reading of her name, typed with a full-width space (さとう finds 佐藤 (サトウ)).
    const today = await apiCreateSession(request, { capacity: 5 });
    const guest = await apiSignUp(request, '受付', '三咲');
    expect((await apiEnrol(request, guest.token, today.sessionId)).status).toBe('confirmed');
    await page.goto(`/staff/sessions/${today.sessionId}/check-in`);
    await expect(page.getByTestId('check-in-not-open')).toHaveCount(0);
    await page.getByTestId('check-in-search').fill('てすと　はなこ');
    const person = page.getByTestId('check-in-people').locator('li');
    await expect(person).toHaveCount(1);
    await expect(person).toContainText(guest.name);
    await person.getByTestId('mark-attended').click();
    await expect(person.getByTestId('mark-attended')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('check-in-success')).toContainText(guest.name);
    await checkBothLanguages(page, 'check-in-by-name', { ja: '受付（出欠）', en: 'Reception (check-in)' });
  });

  test('staff: check-in with the phone camera reading her QR code', async ({
    request,
    baseURL,
  }, testInfo) => {
    test.setTimeout(120_000);
    const { sessionId } = await apiCreateSession(request, { capacity: 5 });
    const she = await apiSignUp(request, 'カメラ', '受付子');
    expect((await apiEnrol(request, she.token, sessionId)).status).toBe('confirmed');
    const mine = await graphql<{ myEnrolments: { checkInCode: string | null }[] }>(
      request,
      '{ myEnrolments { checkInCode } }',
      {},
      she.token,
    );
    const video = await qrVideo(nth(mine.myEnrolments, 0).checkInCode!);

    // Chromium's fake camera plays the video; the page decodes it (jsQR: Linux has no BarcodeDetector).
    const { launchOptions, viewport, isMobile, hasTouch, locale, timezoneId } = testInfo.project.use;
    const browser = await chromium.launch({
      ...launchOptions,
      args: [
        ...(launchOptions?.args ?? []),
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    try {
      const context = await browser.newContext({ baseURL, viewport, isMobile, hasTouch, locale, timezoneId });
      await context.grantPermissions(['camera']);
      const page = await context.newPage();
      await signIn(page, DEMO.staff.email);
      await page.goto(`/staff/sessions/${sessionId}/check-in`);
      await expect(page.getByTestId('check-in-people')).toContainText(she.name);
      await page.getByTestId('camera-start').click();
      await expect(page.getByTestId('check-in-success')).toContainText(she.name, { timeout: 20_000 });
      await checkBothLanguages(page, 'check-in-camera', { ja: '受付（出欠）', en: 'Reception (check-in)' });
      await page.getByTestId('camera-stop').click();
      await context.close();
    } finally {
      await browser.close();
    }
    const attendance: { myEnrolments: { attendance: { status: string }[] }[] } = await graphql(
      request,
      '{ myEnrolments { attendance { status } } }',
      {},
      she.token,
    );
    expect(attendance.myEnrolments[0]?.attendance.map((a) => a.status)).toEqual(['attended']);
  });
});
