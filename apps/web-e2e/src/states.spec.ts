import type { Page, Route } from '@playwright/test';
import {
  apiInvite,
  DEMO,
  expect,
  expectNoA11yViolations,
  screenshot,
  signIn,
  switchLanguage,
  test,
  uniqueEmail,
  type Locale,
} from './helpers';

const DAY = 24 * 60 * 60 * 1000;
const tokyoDate = (days: number) =>
  new Date(Date.now() + days * DAY + 9 * 3_600_000).toISOString().slice(0, 10);

const WORDS = {
  ja: {
    network: 'サーバーに接続できませんでした',
    server: 'サーバーで問題が起きました',
    retry: '再読み込み',
    failedTitle: '読み込めませんでした',
    notFound: '見つかりませんでした',
  },
  en: {
    network: 'Could not reach the server',
    server: 'Something went wrong on our server',
    retry: 'Reload',
    failedTitle: 'This could not be loaded',
    notFound: 'Not found',
  },
} as const;

/** Requests for one GraphQL operation (Apollo sends its name in the body). */
function isOperation(route: Route, name: string): boolean {
  return (route.request().postData() ?? '').includes(`"operationName":"${name}"`);
}

async function expectNoRawError(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text).not.toContain('[object Object]');
  expect(text).not.toMatch(/Failed to fetch|Http failure|Unknown Error/);
}

test.describe('errors and states', () => {
  test('a network failure says so in her language and 再読み込み brings the results', async ({ page }) => {
    for (const locale of ['ja', 'en'] as const) {
      await page.goto('/sign-in');
      await switchLanguage(page, locale);
      await page.route('**/graphql', (route) =>
        isOperation(route, 'Catalogue') ? route.abort('internetdisconnected') : route.fallback(),
      );
      await page.goto('/seminars');
      const failure = page.getByTestId('load-error');
      await expect(failure).toContainText(WORDS[locale].network);
      // Not 「0件のセミナー」 as if there were none.
      await expect(page.getByTestId('catalogue-count')).toHaveText(WORDS[locale].failedTitle);
      await expect(page.getByTestId('catalogue-empty')).toHaveCount(0);
      await expectNoRawError(page);
      await expectNoA11yViolations(page, `catalogue-offline-${locale}`);
      await screenshot(page, `catalogue-offline-${locale}`);

      await page.unroute('**/graphql');
      await page.getByRole('button', { name: WORDS[locale].retry }).click();
      await expect(page.getByTestId('catalogue-results').locator('li').first()).toBeVisible();
      await expect(failure).toHaveCount(0);
    }
    await switchLanguage(page, 'ja');
  });

  test('an invitation that could not be read is not called invalid, and can be read again', async ({
    page,
    request,
  }) => {
    const invitation = await apiInvite(request, DEMO.staff.email, uniqueEmail('offline-invite'));
    await page.route('**/graphql', (route) =>
      isOperation(route, 'Invitation') ? route.abort('internetdisconnected') : route.fallback(),
    );
    await page.goto(new URL(invitation.acceptUrl).pathname + new URL(invitation.acceptUrl).search);
    await expect(page.getByTestId('load-error')).toContainText(WORDS.ja.network);
    await expect(page.getByTestId('invitation-invalid')).toHaveCount(0);
    await page.unroute('**/graphql');
    await page.getByTestId('load-error-retry').click();
    await expect(page.getByTestId('invitation')).toContainText(invitation.organisationName);
    await expect(page.getByTestId('load-error')).toHaveCount(0);
  });

  test('a server failure is told apart from a network one', async ({ page }) => {
    await page.route('**/graphql', (route) =>
      isOperation(route, 'Catalogue')
        ? route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' })
        : route.fallback(),
    );
    await page.goto('/seminars');
    await expect(page.getByTestId('load-error')).toContainText(WORDS.ja.server);
    await expect(page.getByTestId('load-error-retry')).toHaveText(WORDS.ja.retry);
    await expectNoRawError(page);
  });

  test('a session that does not exist is a page with its own h1 and a way back', async ({ page }) => {
    await page.goto('/seminars/sessions/00000000-0000-4000-8000-000000000000');
    for (const locale of ['ja', 'en'] as const) {
      await switchLanguage(page, locale);
      await expect(page.locator('h1')).toHaveText(WORDS[locale].notFound);
      await expect(page.getByTestId('load-error')).toBeVisible();
      await expect(page.getByTestId('load-error-retry')).toHaveCount(0);
      await expectNoA11yViolations(page, `session-not-found-${locale}`);
      await screenshot(page, `session-not-found-${locale}`);
    }
    await page.getByTestId('load-error').getByRole('link').click();
    await expect(page).toHaveURL('/seminars');
    await switchLanguage(page, 'ja');
  });

  test('while new results load the old ones are marked busy under a calm status', async ({ page }) => {
    await page.goto('/seminars');
    const results = page.getByTestId('catalogue-results');
    await expect(results.locator('li').first()).toBeVisible();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (!isOperation(route, 'Catalogue')) return route.fallback();
      await held;
      return route.fallback();
    });
    // On a phone the filters wait behind 「条件で絞り込む」.
    const toggle = page.getByTestId('catalogue-filters-toggle');
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    const category = page.getByTestId('catalogue-category');
    await category.focus();
    await category.selectOption('career');
    await expect(results).toHaveAttribute('aria-busy', 'true');
    await expect(results).toHaveClass(/tsu-stale/);
    await expect(page.getByTestId('loading-status')).toHaveText('読み込み中…');
    await expect(page.getByTestId('loading-status')).toHaveAttribute('role', 'status');
    await screenshot(page, 'catalogue-loading');
    release();
    await expect(results).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.getByTestId('loading-status')).toHaveText('');
    // She was on the select: focus stays there, the count says what changed.
    await expect(page.getByTestId('catalogue-category')).toBeFocused();
  });

  test('a search moves focus to the count of its results', async ({ page }) => {
    await page.goto('/seminars');
    await page.getByTestId('catalogue-search').fill('起業');
    await page.getByTestId('catalogue-search').press('Enter');
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByTestId('catalogue-count')).toBeFocused();
  });

  test('field errors name their field, in the fields and in a summary that links to them', async ({
    page,
  }) => {
    await page.goto('/sign-up');
    const expected: Record<Locale, [family: string, given: string]> = {
      ja: ['お名前（姓）：入力してください。', 'お名前（名）：入力してください。'],
      en: ['Family name: This field is required.', 'Given name: This field is required.'],
    };
    for (const locale of ['ja', 'en'] as const) {
      await switchLanguage(page, locale);
      await page.getByTestId('sign-up-submit').click();
      const summary = page.getByTestId('sign-up-error');
      await expect(summary).toBeFocused();
      const items = summary.getByRole('listitem');
      await expect(items.nth(0)).toHaveText(expected[locale][0]);
      await expect(items.nth(1)).toHaveText(expected[locale][1]);
      await expect(page.getByTestId('sign-up-family-name-error')).toHaveText(expected[locale][0]);
      await expectNoA11yViolations(page, `sign-up-summary-${locale}`);
      await screenshot(page, `sign-up-summary-${locale}`);
      await items.nth(1).getByRole('link').click();
      await expect(page.getByTestId('sign-up-given-name')).toBeFocused();
      await expect(page).toHaveURL('/sign-up');
    }
    await switchLanguage(page, 'ja');
  });

  test('creating a course and then a session says so on the page she lands on', async ({
    page,
  }, testInfo) => {
    const title = `e2e お知らせ確認講座 ${testInfo.project.name} ${Date.now().toString(36)}`;
    await signIn(page, DEMO.staff.email);
    await page.goto('/staff/courses/new');
    await page.getByTestId('course-title').fill(title);
    await page.getByTestId('course-category').selectOption('other');
    await page.getByTestId('course-submit').click();
    await expect(page).toHaveURL(/\/staff\/courses\/[\w-]+$/);
    const flash = page.getByTestId('flash');
    await expect(flash).toHaveText('講座を作成しました。続けて教材と日程を追加できます。');
    await expect(flash).toHaveAttribute('role', 'status');
    await expect(flash).toBeFocused();
    await expectNoA11yViolations(page, 'course-created-ja');
    await screenshot(page, 'course-created-ja');
    await switchLanguage(page, 'en');
    await expect(flash).toHaveText('Course created. You can now add materials and sessions.');
    await expectNoA11yViolations(page, 'course-created-en');

    await page.getByTestId('add-session').click();
    await expect(flash).toHaveCount(0);
    await page.getByTestId('session-title').fill('Autumn');
    await page.getByTestId('meeting-0-date').fill(tokyoDate(60));
    await page.getByTestId('meeting-0-start').fill('10:00');
    await page.getByTestId('meeting-0-end').fill('12:00');
    await page.getByTestId('session-venue-name').fill('小美玉市役所 会議室');
    await page.getByTestId('session-capacity').fill('10');
    await page.getByTestId('session-opens').fill(`${tokyoDate(-1)}T09:00`);
    await page.getByTestId('session-closes').fill(`${tokyoDate(50)}T17:00`);
    await page.getByTestId('session-cancel-deadline').fill(`${tokyoDate(55)}T17:00`);
    await page.getByTestId('session-submit').click();
    await expect(page).toHaveURL(/\/staff\/courses\/[\w-]+$/);
    await expect(flash).toHaveText('Session “Autumn” created.');
    await expect(flash).toBeFocused();
    await expectNoA11yViolations(page, 'session-created-en');
    await switchLanguage(page, 'ja');
    await expect(flash).toHaveText('開催回「Autumn」を作成しました。');
    await screenshot(page, 'session-created-ja');
  });
});
