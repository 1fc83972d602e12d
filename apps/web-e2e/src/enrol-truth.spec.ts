import type { Page } from '@playwright/test';
import { expect, screenshot, signIn, switchLanguage, test, type Locale } from './helpers';
import { expectNoA11yViolations } from './helpers/a11y';
import { apiEnrol, apiNewLearner, apiSeminar } from './helpers/seminars';

const DAY = 24 * 60 * 60 * 1000;
const iso = (t: number) => new Date(t).toISOString();

/** Axe (every impact) and a screenshot in Japanese, then English; the page is left in Japanese. */
async function bothLanguages(page: Page, name: string, check: (locale: Locale) => Promise<void>) {
  for (const locale of ['ja', 'en'] as const) {
    await switchLanguage(page, locale);
    await check(locale);
    await expectNoA11yViolations(page, `${name}-${locale}`);
    await screenshot(page, `${name}-${locale}`);
  }
  await switchLanguage(page, 'ja');
}

/** Item 11: the enrol box and the enrol form say what she will get before she sends anything. */
test.describe('the enrol box tells the truth', () => {
  test('first come with seats: seats left, a bar filled by the seats taken, the fee and the deadline', async ({
    page,
    request,
  }) => {
    const { sessionId } = await apiSeminar(request, { capacity: 4, feeYen: 3000 });
    const someone = await apiNewLearner(request);
    await apiEnrol(request, someone.token, sessionId);

    await page.goto(`/seminars/sessions/${sessionId}`);
    const box = page.getByTestId('enrol-box');
    await bothLanguages(page, 'offer-seat', async (locale) => {
      await expect(box.getByTestId('offer-mode')).toHaveText(
        locale === 'ja' ? '先着順' : 'First come, first served',
      );
      await expect(box.getByTestId('offer-headline')).toHaveText(
        locale === 'ja' ? '残り3席' : '3 seats left',
      );
      await expect(box.getByTestId('offer-fee')).toHaveText(locale === 'ja' ? '3,000円' : '¥3,000');
      await expect(box.getByTestId('enrol-link')).toHaveText(locale === 'ja' ? '申し込む' : 'Enrol');
    });
    // The bar fills as seats are taken: one of four.
    const meter = box.getByRole('meter');
    await expect(meter).toHaveAttribute('aria-valuenow', '1');
    await expect(meter).toHaveAttribute('aria-valuetext', '定員4名のうち1名が申込済み（残り3席）');
    expect(await meter.locator('.fill').evaluate((el) => (el as HTMLElement).style.width)).toBe('25%');
  });

  test('full: the waitlist number she will get, the same number the API then gives her', async ({
    page,
    request,
  }) => {
    const { sessionId } = await apiSeminar(request, {
      capacity: 1,
      childcareCapacity: 1,
      childcareMinAgeMonths: 6,
      childcareMaxAgeMonths: 72,
    });
    const first = await apiNewLearner(request, '先着', '一子');
    expect((await apiEnrol(request, first.token, sessionId)).status).toBe('confirmed');
    const second = await apiNewLearner(request, '待機', '二葉');
    expect((await apiEnrol(request, second.token, sessionId)).waitlistPosition).toBe(1);

    const she = await apiNewLearner(request, '待機', '三恵');
    await signIn(page, she.email);
    await page.goto(`/seminars/sessions/${sessionId}`);
    const box = page.getByTestId('enrol-box');
    await bothLanguages(page, 'offer-full', async (locale) => {
      await expect(box.getByTestId('offer-headline')).toHaveText(
        locale === 'ja'
          ? '満席・キャンセル待ち2人目になります'
          : 'Full: you would be number 2 on the waiting list',
      );
      await expect(box.getByTestId('enrol-link')).toHaveText(
        locale === 'ja' ? 'キャンセル待ちで申し込む' : 'Join the waiting list',
      );
    });
    await expect(box.getByRole('meter')).toHaveAttribute('aria-valuenow', '1');

    await box.getByTestId('enrol-link').click();
    await expect(page.getByTestId('enrol-form')).toBeVisible();
    await expect(page.getByTestId('enrol-outcome')).toHaveText(
      '満席のため、キャンセル待ち2人目での申し込みになります。',
    );
    await expect(page.getByTestId('enrol-submit')).toHaveText('キャンセル待ちで申し込む');
    // She may still ask for childcare (for when she moves up), but "without childcare" would change nothing.
    await page.getByTestId('childcare-checkbox').check();
    await page.getByTestId('child-0-years').fill('2');
    await expect(page.getByTestId('childcare-full')).toHaveCount(0);
    await expect(page.getByTestId('childcare-section')).toContainText('託児の空きも必要です');
    await bothLanguages(page, 'enrol-full', async (locale) => {
      await expect(page.getByTestId('enrol-submit')).toHaveText(
        locale === 'ja' ? 'キャンセル待ちで申し込む' : 'Join the waiting list',
      );
    });
    await page.getByTestId('enrol-submit').click();
    await expect(page.getByTestId('enrol-result-position')).toContainText('2番目');
  });

  test('seats free but childcare full: only then does she choose, by keyboard too, and the button follows', async ({
    page,
    request,
  }) => {
    const { sessionId } = await apiSeminar(request, {
      capacity: 5,
      childcareCapacity: 1,
      childcareMinAgeMonths: 6,
      childcareMaxAgeMonths: 72,
    });
    const first = await apiNewLearner(request, '託児', '一子');
    await apiEnrol(request, first.token, sessionId, { ages: [24] });

    const she = await apiNewLearner(request, '託児', '二葉');
    await signIn(page, she.email);
    await page.goto(`/seminars/sessions/${sessionId}`);
    await expect(page.getByTestId('offer-childcare-full')).toHaveText(
      '託児は満席です。託児を希望する場合は、キャンセル待ち1人目になります。',
    );
    await page.getByTestId('enrol-link').click();
    await expect(page.getByTestId('enrol-outcome')).toHaveText(
      '申し込むと、その場で参加が確定します（残り4席）。',
    );
    await page.getByTestId('childcare-checkbox').check();
    await page.getByTestId('child-0-years').fill('1');
    const fallback = page.getByTestId('childcare-full');
    await expect(fallback).toBeVisible();
    await expect(page.getByRole('group', { name: '託児の枠がいっぱいです。どうしますか？' })).toBeVisible();
    await expect(page.getByTestId('enrol-outcome')).toContainText('託児の枠がいっぱいです');

    // The two choices are one radio group: Tab reaches it, the arrow keys move between them.
    const wait = page.getByTestId('childcare-full-wait');
    const without = page.getByTestId('childcare-full-without');
    await wait.focus();
    await page.keyboard.press('Space');
    await expect(wait).toBeChecked();
    await expect(page.getByTestId('enrol-submit')).toHaveText('キャンセル待ちで申し込む');
    await expect(page.getByTestId('enrol-outcome')).toHaveText(
      '託児の空きを待つ、キャンセル待ち1人目での申し込みになります。',
    );
    await page.keyboard.press('ArrowDown');
    await expect(without).toBeFocused();
    await expect(without).toBeChecked();
    await expect(page.getByTestId('enrol-submit')).toHaveText('託児なしで申し込む');
    await bothLanguages(page, 'enrol-childcare-choice', async (locale) => {
      await expect(page.getByTestId('enrol-submit')).toHaveText(
        locale === 'ja' ? '託児なしで申し込む' : 'Enrol without childcare',
      );
    });
    await page.getByTestId('enrol-submit').click();
    await expect(page.getByTestId('enrol-result-status')).toContainText('参加確定');
  });

  test('her childcare details survive a change of mind; rows and results keep keyboard focus', async ({
    page,
    request,
  }) => {
    const { sessionId } = await apiSeminar(request, {
      capacity: 5,
      childcareCapacity: 3,
      childcareMinAgeMonths: 6,
      childcareMaxAgeMonths: 72,
    });
    const she = await apiNewLearner(request, '託児', '三代');
    await signIn(page, she.email);
    await page.goto(`/seminars/sessions/${sessionId}/enrol`);
    await page.getByTestId('childcare-checkbox').check();
    await page.getByTestId('child-0-years').fill('1');
    await page.getByTestId('child-0-months').fill('2');
    // Unticking and ticking again brings back what she typed.
    await page.getByTestId('childcare-checkbox').uncheck();
    await page.getByTestId('childcare-checkbox').check();
    await expect(page.getByTestId('child-0-years')).toHaveValue('1');
    await expect(page.getByTestId('child-0-months')).toHaveValue('2');

    // A refused send, then a new row: the new row shows no error before she has touched it.
    await page.getByTestId('child-0-years').fill('');
    await page.getByTestId('child-0-months').fill('');
    await page.getByTestId('enrol-submit').click();
    await expect(page.getByTestId('child-0-error')).toBeVisible();
    await page.getByTestId('child-0-years').fill('3');
    await page.getByTestId('child-add').click();
    await expect(page.getByTestId('child-1-years')).toBeVisible();
    await expect(page.getByTestId('child-1-error')).toHaveCount(0);
    // Removing a row takes her button away: focus goes to the row before it.
    await page.getByTestId('child-1-remove').click();
    await expect(page.getByTestId('child-0-years')).toBeFocused();

    // Unticked, the ages are neither checked nor sent.
    await page.getByTestId('childcare-checkbox').uncheck();
    await page.getByTestId('enrol-submit').click();
    const heading = page.getByTestId('enrol-result').locator('h2').first();
    await expect(heading).toBeFocused();
    await expect(page.getByTestId('enrol-result-status')).toContainText('参加確定');
  });

  test('on a small phone the enrol box never covers the seminar’s title', async ({ page, request }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const start = Date.now() + 20 * DAY;
    const { sessionId } = await apiSeminar(request, {
      capacity: 1,
      registrationMode: 'lottery',
      registrationClosesAt: iso(start - 6 * DAY),
      drawAt: iso(start - 5 * DAY),
    });
    await page.goto(`/seminars/sessions/${sessionId}`);
    const title = await page.getByTestId('session-title').boundingBox();
    const box = await page.getByTestId('enrol-box').boundingBox();
    expect(title && box).toBeTruthy();
    expect(box!.y).toBeGreaterThanOrEqual(title!.y + title!.height);
  });

  test('lottery: 抽選, the deadline and the draw date, and no first-come countdown', async ({
    page,
    request,
  }) => {
    const start = Date.now() + 20 * DAY;
    const { sessionId, title } = await apiSeminar(request, {
      capacity: 15,
      registrationMode: 'lottery',
      registrationClosesAt: iso(start - 6 * DAY),
      drawAt: iso(start - 5 * DAY),
    });
    await page.goto(`/seminars/sessions/${sessionId}`);
    const box = page.getByTestId('enrol-box');
    await bothLanguages(page, 'offer-lottery', async (locale) => {
      await expect(box.getByTestId('offer-mode')).toHaveText(locale === 'ja' ? '抽選' : 'Lottery');
      await expect(box.getByTestId('offer-headline')).toHaveText(
        locale === 'ja' ? '定員15名' : 'Capacity 15',
      );
      await expect(box.getByTestId('offer-deadline')).toBeVisible();
      await expect(box.getByTestId('offer-draw')).toBeVisible();
      await expect(box.getByTestId('enrol-link')).toHaveText(
        locale === 'ja' ? '抽選に申し込む' : 'Apply for the lottery',
      );
      await expect(box).not.toContainText(locale === 'ja' ? '残り' : 'left');
    });
    await expect(box.getByRole('meter')).toHaveCount(0);

    // In the catalogue, too, a lottery shows as one.
    await page.goto(`/seminars?q=${encodeURIComponent(title)}`);
    const card = page.getByTestId('catalogue-results').locator('tsu-seminar-card');
    await expect(card.getByTestId('seminar-lottery')).toHaveText('抽選・定員15名');
    await expect(card.getByRole('meter')).toHaveCount(0);
  });

  test('not yet open: no button, and when it opens, in words', async ({ page, request }) => {
    const start = Date.now() + 30 * DAY;
    const later = await apiSeminar(request, {
      registrationOpensAt: iso(Date.now() + 2 * DAY),
      registrationClosesAt: iso(start - 5 * DAY),
      cancellationDeadline: iso(start - 2 * DAY),
      meetings: [{ startsAt: iso(start), endsAt: iso(start + 3600_000) }],
    });
    await page.goto(`/seminars/sessions/${later.sessionId}`);
    const box = page.getByTestId('enrol-box');
    await bothLanguages(page, 'offer-not-open', async (locale) => {
      await expect(box.getByTestId('outside-window')).toContainText(
        locale === 'ja' ? '受付開始前' : 'Not open yet',
      );
      await expect(box.getByTestId('enrol-link')).toHaveCount(0);
    });
  });
});
