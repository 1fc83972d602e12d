import { chromium, type APIRequestContext, type Download, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import {
  apiSignIn,
  DEMO,
  DEMO_PASSWORD,
  expect,
  expectNoA11yViolations,
  graphql,
  screenshot,
  signIn,
  signOut,
  switchLanguage,
  test,
  uniqueEmail,
  type Locale,
} from './helpers';
import { closeRegistration } from './helpers/database';

const DAY = 24 * 60 * 60 * 1000;
/** A Tokyo calendar date `days` from today, as the editor's date inputs take it. */
const tokyoDate = (days: number) =>
  new Date(Date.now() + days * DAY + 9 * 3_600_000).toISOString().slice(0, 10);
const iso = (t: number) => new Date(t).toISOString();

/** Axe and a screenshot in Japanese, then in English; the page is left in Japanese. */
async function checkBothLanguages(page: Page, name: string, heading: Record<Locale, string | RegExp>) {
  for (const locale of ['ja', 'en'] as const) {
    await switchLanguage(page, locale);
    await expect(page.locator('h1')).toHaveText(heading[locale]);
    await expectNoA11yViolations(page, `${name}-${locale}`);
    await screenshot(page, `${name}-${locale}`);
  }
  await switchLanguage(page, 'ja');
}

async function downloadText(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** A new learner account through the API; returns her token and name. */
async function apiSignUp(request: APIRequestContext, familyName: string, givenName: string) {
  const email = uniqueEmail('enrol');
  const data = await graphql<{ signUp: { accessToken: string } }>(
    request,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
    {
      input: {
        email,
        password: DEMO_PASSWORD,
        familyName,
        givenName,
        familyNameKana: 'テスト',
        givenNameKana: 'ハナコ',
      },
    },
  );
  return { email, token: data.signUp.accessToken, name: `${familyName} ${givenName}` };
}

/**
 * As staff: a published course of her organisation with one session built from `session`. By default
 * its one meeting starts in half an hour and reception (出欠) opens an hour before, so check-in works now.
 */
async function apiCreateSession(request: APIRequestContext, session: Record<string, unknown>) {
  const token = await apiSignIn(request, DEMO.staff.email);
  const me = await graphql<{ me: { memberships: { role: string; organisation: { id: string } }[] } }>(
    request,
    '{ me { memberships { role organisation { id } } } }',
    {},
    token,
  );
  const organisationId = me.me.memberships.find((m) => m.role === 'staff')!.organisation.id;
  const course = await graphql<{ createCourse: { id: string } }>(
    request,
    'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
    {
      input: {
        providerOrganisationId: organisationId,
        title: `E2E 受付テスト講座 ${Math.random().toString(36).slice(2, 6)}`,
        // A category no demo course uses, so the catalogue's own e2e counts stay as seeded.
        category: 'other',
        summary: 'E2E',
      },
    },
    token,
  );
  await graphql(
    request,
    'mutation ($id: ID!) { publishCourse(id: $id) { id } }',
    { id: course.createCourse.id },
    token,
  );
  const start = Date.now() + 30 * 60_000;
  const created = await graphql<{ createSession: { id: string; meetings: { id: string }[] } }>(
    request,
    'mutation ($input: CreateSessionInput!) { createSession(input: $input) { id meetings { id } } }',
    {
      input: {
        courseId: course.createCourse.id,
        title: 'E2E',
        venueName: '小美玉市役所 会議室',
        capacity: 1,
        registrationOpensAt: iso(Date.now() - DAY),
        registrationClosesAt: iso(start),
        cancellationDeadline: iso(start - 5 * 60_000),
        checkInOpensMinutesBefore: 60,
        meetings: [{ startsAt: iso(start), endsAt: iso(start + 2 * 3600_000) }],
        ...session,
      },
    },
    token,
  );
  return { sessionId: created.createSession.id, staffToken: token };
}

async function apiEnrol(request: APIRequestContext, token: string, sessionId: string, childcare = false) {
  const data = await graphql<{ enrol: { id: string; status: string } }>(
    request,
    'mutation ($input: EnrolInput!) { enrol(input: $input) { id status } }',
    { input: { sessionId, childcare, childAgesMonths: childcare ? [24] : [] } },
    token,
  );
  return data.enrol;
}

/**
 * A Y4M video (what Chromium's fake camera plays, looping) showing one QR code: grey-scale frames with
 * neutral chroma, the code drawn a few pixels per module with a white quiet zone.
 */
async function qrVideo(text: string): Promise<string> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = 480;
  const scale = Math.floor(side / (modules.size + 8));
  const offset = Math.floor((side - modules.size * scale) / 2);
  const luma = Buffer.alloc(side * side, 235);
  for (let y = 0; y < modules.size * scale; y++)
    for (let x = 0; x < modules.size * scale; x++)
      if (modules.get(Math.floor(y / scale), Math.floor(x / scale)))
        luma[(y + offset) * side + x + offset] = 16;
  const chroma = Buffer.alloc((side / 2) * (side / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const file = join(await mkdtemp(join(tmpdir(), 'tsunagu-qr-')), 'qr.y4m');
  await writeFile(
    file,
    Buffer.concat([
      Buffer.from(`YUV4MPEG2 W${side} H${side} F10:1 Ip A1:1 C420jpeg\n`),
      ...Array(10).fill(frame),
    ]),
  );
  return file;
}

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
    await page.goto(`/seminars/sessions/${demoSession.id}/enrol`);
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
    const sessionId = courses.editableCourses.find((c) => c.title === title)!.sessions[0].id;
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
    await expect(visitor.getByTestId('lottery-ticket')).toContainText(mine.myEnrolments[0].lotteryTicket);
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
    const video = await qrVideo(mine.myEnrolments[0].checkInCode!);

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
    expect(attendance.myEnrolments[0].attendance.map((a) => a.status)).toEqual(['attended']);
  });
});
