import type { APIRequestContext, Page } from '@playwright/test';
import { createHmac } from 'node:crypto';
import {
  apiSignIn,
  DEMO,
  expect,
  expectNoA11yViolations,
  graphql,
  screenshot,
  signIn,
  switchLanguage,
  test,
  type Locale,
} from './helpers';
import { apiEnrol, apiNewLearner, apiSeminar } from './helpers/seminars';

/**
 * Issue 10 in the browser. These specs run against the second e2e server (playwright.config.ts:
 * NODE_ENV=development, so the app's own SMTP server receives every mail and lists it at /api/dev/mail;
 * jobs inline, polling fast). Production refuses that mailbox; the last test checks /dev/mail says so.
 */
const DEV_BASE_URL = `http://127.0.0.1:${process.env['TSUNAGU_E2E_DEV_PORT']}`;
/** serve.mjs gives the e2e server this secret; the unsubscribe token is an HMAC under it. */
const E2E_JWT_SECRET = 'tsunagu-e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz';

interface MailSummary {
  id: string;
  to: string;
  subject: string;
  kind: string | null;
  attachments: { index: number; filename: string; contentType: string; size: number }[];
}
interface Mail extends MailSummary {
  text: string | null;
  html: string | null;
}

async function mailbox(request: APIRequestContext): Promise<MailSummary[]> {
  const response = await request.get('/api/dev/mail');
  expect(response.status()).toBe(200);
  return (await response.json()) as MailSummary[];
}

/** Waits for the mail of `kind` to `to` in the development mailbox. */
async function waitForMail(request: APIRequestContext, to: string, kind: string): Promise<MailSummary> {
  let found: MailSummary | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailbox(request)).find((m) => m.to.includes(to) && m.kind === kind);
        return !!found;
      },
      { timeout: 30_000, message: `a ${kind} mail to ${to}` },
    )
    .toBe(true);
  return found!;
}

/** The bell's unread count as it says it (its accessible name), after asking again (a navigation). */
async function expectBell(page: Page, unread: number, locale: Locale = 'ja'): Promise<void> {
  const name =
    unread === 0
      ? locale === 'ja'
        ? 'お知らせ'
        : 'Notifications'
      : locale === 'ja'
        ? `お知らせ（未読${unread}件）`
        : `Notifications (${unread} unread)`;
  await expect(async () => {
    // A navigation makes the bell ask (it also asks every 30 s).
    await page.goto(page.url());
    await expect(page.getByTestId('notification-bell')).toHaveAccessibleName(name, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

async function checkBothLanguages(
  page: Page,
  name: string,
  heading: Record<Locale, string | RegExp>,
  exclude: string[] = [],
) {
  for (const locale of ['ja', 'en'] as const) {
    await switchLanguage(page, locale);
    await expect(page.locator('h1')).toHaveText(heading[locale]);
    await expectNoA11yViolations(page, `${name}-${locale}`, { exclude });
    await screenshot(page, `${name}-${locale}`);
  }
  await switchLanguage(page, 'ja');
}

/** The HTTP status of a GET, asked again if the connection drops (a kept-alive socket the server closed). */
async function expectStatus(request: APIRequestContext, url: string, status: number): Promise<void> {
  await expect
    .poll(async () => {
      try {
        return (await request.get(url, { headers: { connection: 'close' } })).status();
      } catch {
        return -1;
      }
    })
    .toBe(status);
}

async function me(request: APIRequestContext, token: string): Promise<string> {
  const data = await graphql<{ me: { id: string } }>(request, '{ me { id } }', {}, token);
  return data.me.id;
}

test.describe('notifications (development server: local mailbox, jobs inline)', () => {
  test.use({ baseURL: DEV_BASE_URL });

  test('a learner cancels: the waitlisted one is told in her centre and by email with the .ics; a kind she turns off does not arrive', async ({
    page,
    request,
  }) => {
    test.setTimeout(240_000);

    // A session with one seat: A holds it, B and C wait.
    const { sessionId, title } = await apiSeminar(request, { capacity: 1 });
    const a = await apiNewLearner(request, '先着', '一子');
    const b = await apiNewLearner(request, '待機', '花子');
    const c = await apiNewLearner(request, '待機', '次子');
    const first = await apiEnrol(request, a.token, sessionId);
    expect(first.status).toBe('confirmed');
    expect((await apiEnrol(request, b.token, sessionId)).status).toBe('waitlisted');
    expect((await apiEnrol(request, c.token, sessionId)).status).toBe('waitlisted');

    // B is told she waits (in the app and by email).
    await waitForMail(request, b.email, 'enrolment_waitlisted');
    await signIn(page, b.email);
    await expectBell(page, 1);

    // A cancels: B moves up. Her bell counts it, her centre shows it first and unread.
    await graphql(
      request,
      'mutation ($id: ID!) { cancelEnrolment(id: $id) { id } }',
      { id: first.id },
      a.token,
    );
    await expectBell(page, 2);
    await page.getByTestId('notification-bell').click();
    await expect(page).toHaveURL(/\/notifications$/);
    // Focus moved to the new page's heading.
    await expect(page.locator('h1')).toBeFocused();
    const newest = page.getByTestId('notification').first();
    await expect(newest).toContainText(title);
    await expect(newest).toContainText('繰り上が');
    await expect(newest).toHaveClass(/item--unread/);
    await expect(page.getByTestId('centre-unread')).toHaveText('未読 2件');
    await checkBothLanguages(page, 'notification-centre', { ja: 'お知らせ', en: 'Notifications' });

    // The email arrived in the local mailbox, with the session's .ics.
    const promoted = await waitForMail(request, b.email, 'enrolment_promoted');
    const ics = promoted.attachments.find((x) => x.contentType.startsWith('text/calendar'));
    expect(ics, 'an iCalendar attachment').toBeDefined();
    const icsBody = await (
      await request.get(`/api/dev/mail/${promoted.id}/attachments/${ics!.index}`)
    ).text();
    expect(icsBody).toContain('BEGIN:VCALENDAR');
    expect(icsBody).toMatch(/UID:meeting-[0-9a-f-]+@tsunagu/);

    // The same mail on /dev/mail: the list, then the message with its headers, text, HTML and files.
    await page.goto('/dev/mail');
    await expect(page.getByTestId('dev-mail-list')).toContainText(promoted.subject);
    await checkBothLanguages(page, 'dev-mail-list', {
      ja: '開発用メールボックス',
      en: 'Development mailbox',
    });
    await page.getByRole('link', { name: promoted.subject }).first().click();
    await expect(page.getByTestId('dev-mail-subject')).toHaveText(promoted.subject);
    await expect(page.getByTestId('dev-mail-to')).toContainText(b.email);
    await expect(page.getByTestId('dev-mail-html-frame')).toHaveAttribute('sandbox', '');
    // The .ics is a download link to the API's copy of the file.
    await expect(
      page.locator(
        `[data-testid="dev-mail-attachment"][href="/api/dev/mail/${encodeURIComponent(promoted.id)}/attachments/${ics!.index}"]`,
      ),
    ).toContainText('text/calendar');
    await expect(page.getByTestId('dev-mail-attachment').filter({ hasText: '.ics' }).first()).toBeVisible();
    // The mail's own HTML is not the app's page (and axe cannot run in a frame without scripts).
    await checkBothLanguages(page, 'dev-mail-message', { ja: promoted.subject, en: promoted.subject }, [
      '[data-testid="dev-mail-html-frame"]',
    ]);

    // Opening the notification marks it read and goes where it links; the bell counts one less.
    await page.goto('/notifications');
    await page.getByTestId('notification').first().getByTestId('notification-link').click();
    await expect(page).toHaveURL(/\/my\/seminars$/);
    await expectBell(page, 1);
    // Mark all read.
    await page.goto('/notifications');
    await page.getByTestId('mark-all-read').click();
    await expect(page.getByTestId('centre-notice')).toBeFocused();
    await expect(page.getByTestId('centre-unread')).toHaveText('未読のお知らせはありません。');
    await expect(page.getByTestId('notification-bell')).toHaveAccessibleName('お知らせ');

    // Her account page: she turns off the email of 「開催回の中止」 (the in-app record stays).
    await page.goto('/account');
    await expect(page.getByRole('group', { name: '開催回の中止' })).toBeVisible();
    await expect(page.getByTestId('pref-SESSION_CANCELLED-inApp')).toBeDisabled();
    await expect(page.getByTestId('pref-SESSION_CANCELLED-inApp')).toBeChecked();
    // Keyboard: focus the email box and press Space.
    await page.getByTestId('pref-SESSION_CANCELLED-email').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('preferences-saved')).toContainText('開催回の中止');
    await expect(page.getByTestId('pref-SESSION_CANCELLED-email')).not.toBeChecked();
    await expect(page.getByTestId('pref-SESSION_CANCELLED-email')).toBeFocused();
    await checkBothLanguages(page, 'account-notifications', { ja: 'アカウント', en: 'Account' });
    await page.reload();
    await expect(page.getByTestId('pref-SESSION_CANCELLED-email')).not.toBeChecked();

    // The organisers cancel the session: C is told by email; B only in the app.
    const staffToken = await apiSignIn(request, DEMO.staff.email);
    await graphql(
      request,
      'mutation ($id: ID!) { cancelSession(id: $id) { id } }',
      { id: sessionId },
      staffToken,
    );
    await waitForMail(request, c.email, 'session_cancelled');
    await expectBell(page, 1);
    await page.goto('/notifications');
    await expect(page.getByTestId('notification').first()).toHaveClass(/item--unread/);
    // Her would-be mail was decided in the same transaction as her in-app record and C's mail: give
    // the queue a moment more, then there is none.
    await page.waitForTimeout(3_000);
    const hers = (await mailbox(request)).filter((m) => m.to.includes(b.email)).map((m) => m.kind);
    expect(hers).toContain('enrolment_promoted');
    expect(hers).not.toContain('session_cancelled');

    // Unsubscribing from a mail's link (List-Unsubscribe; the page confirms first).
    const userId = await me(request, b.token);
    const mail = (await (await request.get(`/api/dev/mail/${promoted.id}`)).json()) as Mail;
    const inBody = /unsubscribe\?token=([^"&\s<>]+)/.exec(`${mail.html ?? ''} ${mail.text ?? ''}`)?.[1];
    // Mirrors unsubscribe-tokens.ts when the body carries no link (the header has it).
    const token =
      (inBody && decodeURIComponent(inBody)) ??
      `${userId}.enrolment_promoted.${createHmac('sha256', `unsubscribe:${E2E_JWT_SECRET}`)
        .update(`${userId}:enrolment_promoted`)
        .digest('base64url')}`;
    await page.goto(`/unsubscribe?token=${encodeURIComponent(token)}`);
    await checkBothLanguages(page, 'unsubscribe-confirm', { ja: 'メール配信の停止', en: 'Stop emails' });
    await page.getByTestId('unsubscribe-confirm').click();
    await expect(page.getByTestId('unsubscribe-done')).toContainText('キャンセル待ちからの繰り上げ');
    await expect(page.getByTestId('unsubscribe-done')).toBeFocused();
    await checkBothLanguages(page, 'unsubscribe-done', { ja: 'メール配信の停止', en: 'Stop emails' });
    await page.getByTestId('unsubscribe-preferences').click();
    await expect(page.getByTestId('pref-ENROLMENT_PROMOTED-email')).not.toBeChecked();
  });

  test('the calendar feed on the account page: issue, copy, re-issue after a warning, revoke', async ({
    page,
    request,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const she = await apiNewLearner(request, '暦', '花子');
    await signIn(page, she.email);
    await page.goto('/account');
    const feed = page.getByTestId('calendar-feed');
    await expect(feed.getByTestId('feed-none')).toBeVisible();
    await feed.getByTestId('feed-issue').click();
    await expect(feed.getByTestId('feed-notice')).toBeFocused();
    const url = await feed.getByTestId('feed-url').inputValue();
    expect(url).toMatch(/\/api\/calendar\/.+\.ics$/);
    await expectStatus(request, url, 200);
    await feed.getByTestId('feed-copy').click();
    await expect(feed.getByTestId('feed-notice')).toHaveText('URLをコピーしました。');
    await screenshot(page, 'account-feed-issued');

    await feed.getByTestId('feed-reissue').click();
    const confirm = feed.getByRole('group', { name: /今のURLは使えなくなります/ });
    await expect(confirm).toBeFocused();
    await expectNoA11yViolations(page, 'feed-reissue-confirm');
    await screenshot(page, 'account-feed-reissue-confirm');
    await feed.getByTestId('feed-reissue-confirm').click();
    await expect(feed.getByTestId('feed-notice')).toContainText('前のURLは使えなくなりました');
    const second = await feed.getByTestId('feed-url').inputValue();
    expect(second).not.toBe(url);
    await expectStatus(request, url, 404);

    await feed.getByTestId('feed-revoke').click();
    await feed.getByTestId('feed-revoke-confirm').click();
    await expect(feed.getByTestId('feed-none')).toBeVisible();
    await expectStatus(request, second, 404);
  });

  test('staff: the outbox lists deliveries by status, a radio group with one Tab stop', async ({ page }) => {
    await signIn(page, DEMO.staff.email);
    const nav = page.getByTestId('nav-outbox');
    if (!(await nav.isVisible())) await page.getByTestId('menu-button').click();
    await nav.click();
    await expect(page).toHaveURL(/\/staff\/outbox$/);
    await expect(page.locator('h1')).toBeFocused();
    await expect(page.getByTestId('outbox-status-FAILED')).toBeChecked();
    await checkBothLanguages(page, 'outbox-failed', {
      ja: 'お知らせの配信状況',
      en: 'Notification deliveries',
    });
    // Arrow keys move the choice within the one group.
    await page.getByTestId('outbox-status-FAILED').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('outbox-status-PENDING')).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('outbox-status-SENT')).toBeChecked();
    await expect(page.getByTestId('outbox-list').or(page.locator('tsu-empty-state'))).toBeVisible();
    await checkBothLanguages(page, 'outbox-sent', {
      ja: 'お知らせの配信状況',
      en: 'Notification deliveries',
    });
  });

  test('a learner has no outbox: no menu item, and the page sends her home', async ({ page, request }) => {
    const she = await apiNewLearner(request, '受講', '花子');
    await signIn(page, she.email);
    await expect(page.getByTestId('nav-outbox')).toHaveCount(0);
    await page.goto('/staff/outbox');
    await expect(page).toHaveURL(/\/home\/learner$/);
  });

  test('an empty centre says so, and the skip link reaches it', async ({ page, request }) => {
    const she = await apiNewLearner(request, '空', '花子');
    await signIn(page, she.email);
    await page.getByTestId('notification-bell').click();
    await expect(page.getByTestId('notification-centre')).toContainText('お知らせはまだありません。');
    await expect(page.locator('h1')).toBeFocused();
    // From the start of the document (a fresh load) the first Tab shows the skip link.
    await page.reload();
    await expect(page.getByTestId('notification-centre')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('skip-link')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();
    await checkBothLanguages(page, 'notification-centre-empty', { ja: 'お知らせ', en: 'Notifications' });
  });
});

test.describe('the development mailbox page on a production server', () => {
  test('says plainly that it works in development only', async ({ page }) => {
    await page.goto('/dev/mail');
    await expect(page.getByTestId('dev-mail-problem')).toContainText('開発環境でだけ使えます');
    await checkBothLanguages(page, 'dev-mail-production', {
      ja: '開発用メールボックス',
      en: 'Development mailbox',
    });
  });
});
