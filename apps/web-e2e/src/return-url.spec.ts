import {
  apiInvite,
  DEMO,
  DEMO_PASSWORD,
  expect,
  screenshot,
  switchLanguage,
  test,
  uniqueEmail,
} from './helpers';
import { expectNoA11yViolations } from './helpers/a11y';
import { apiNewLearner, apiSeminar } from './helpers/seminars';

/** Item 12: signing up (or in) on the way to a seminar brings her back to its enrol form. */
test.describe('sign-up keeps her seminar', () => {
  test('anonymous → session page → 申し込む → sign-up → back on the enrol form, then enrols', async ({
    page,
    request,
  }) => {
    const { sessionId, title } = await apiSeminar(request, { capacity: 5 });
    const enrolPath = `/seminars/sessions/${sessionId}/enrol`;

    await page.goto(`/seminars/sessions/${sessionId}`);
    await page.getByTestId('enrol-link').click();
    // The enrol form needs an account: sign-in, remembering where she was going.
    await expect(page).toHaveURL(`/sign-in?returnUrl=${encodeURIComponent(enrolPath)}`);
    await expect(page.getByTestId('return-notice')).toHaveText(
      `登録またはログインが終わると、「${title}」の申し込み画面に戻ります。`,
    );
    await page.getByTestId('to-sign-up').click();
    await expect(page).toHaveURL(`/sign-up?returnUrl=${encodeURIComponent(enrolPath)}`);
    await expect(page.getByTestId('return-notice')).toContainText(title);
    // 個人情報の取扱い: the site operator's, and the seminar organiser's (she is on her way to it).
    await expect(page.getByTestId('privacy-operator')).toContainText('つなぐの運営事務局');
    await expect(page.getByTestId('privacy-provider')).toContainText('小美玉市がセミナーの受付');
    for (const locale of ['ja', 'en'] as const) {
      await switchLanguage(page, locale);
      await expect(
        page.getByRole('heading', {
          level: 2,
          name: locale === 'ja' ? '個人情報の取扱いについて' : 'How your personal information is handled',
        }),
      ).toBeVisible();
      await expectNoA11yViolations(page, `sign-up-return-${locale}`);
      await screenshot(page, `sign-up-return-${locale}`);
    }
    await switchLanguage(page, 'ja');
    // The notice box scrolls: it takes keyboard focus, so it can be read without a mouse.
    await page.getByTestId('privacy-notice').focus();
    await expect(page.getByTestId('privacy-notice')).toBeFocused();

    await page.getByTestId('sign-up-family-name').fill('戻田');
    await page.getByTestId('sign-up-given-name').fill('咲');
    await page.getByTestId('sign-up-family-name-kana').fill('モドリタ');
    await page.getByTestId('sign-up-given-name-kana').fill('サキ');
    await page.getByTestId('sign-up-email').fill(uniqueEmail('return'));
    await page.getByTestId('sign-up-password').fill(DEMO_PASSWORD);
    await page.getByTestId('sign-up-submit').click();

    await expect(page).toHaveURL(enrolPath);
    await expect(page.getByTestId('enrol-summary')).toContainText(title);
    await expect(page.getByTestId('enrol-form')).toBeVisible();
    await expect(page.getByTestId('privacy-provider')).toBeVisible();
    await expectNoA11yViolations(page, 'enrol-after-sign-up');
    await screenshot(page, 'enrol-after-sign-up-ja');
    await page.getByTestId('enrol-submit').click();
    await expect(page.getByTestId('enrol-result-status')).toContainText('参加確定');
  });

  test('the sign-in link on the session page also comes back to the enrol form', async ({
    page,
    request,
  }) => {
    const { sessionId } = await apiSeminar(request, { capacity: 5 });
    const she = await apiNewLearner(request, '既存', '由美');
    await page.goto(`/seminars/sessions/${sessionId}`);
    await page.getByTestId('enrol-sign-in').click();
    await page.getByTestId('sign-in-email').fill(she.email);
    await page.getByTestId('sign-in-password').fill(DEMO_PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await expect(page).toHaveURL(`/seminars/sessions/${sessionId}/enrol`);
    await expect(page.getByTestId('enrol-form')).toBeVisible();

    // Signed in, a sign-up link with a return URL goes straight there too.
    await page.goto(`/sign-up?returnUrl=${encodeURIComponent(`/seminars/sessions/${sessionId}`)}`);
    await expect(page).toHaveURL(`/seminars/sessions/${sessionId}`);
  });

  test('an invitation link with a return URL joins the organisation and comes back to the seminar', async ({
    page,
    request,
  }) => {
    const { sessionId } = await apiSeminar(request, { capacity: 5 });
    const enrolPath = `/seminars/sessions/${sessionId}/enrol`;
    const email = uniqueEmail('invited-return');
    const invitation = await apiInvite(request, DEMO.staff.email, email, 'learner');
    const link = new URL(invitation.acceptUrl);
    await page.goto(`${link.pathname}${link.search}&returnUrl=${encodeURIComponent(enrolPath)}`);
    await expect(page.getByTestId('invitation')).toContainText(invitation.organisationName);
    await expect(page.getByTestId('return-notice')).toBeVisible();
    await page.getByTestId('sign-up-family-name').fill('招待');
    await page.getByTestId('sign-up-given-name').fill('恵');
    await page.getByTestId('sign-up-family-name-kana').fill('ショウタイ');
    await page.getByTestId('sign-up-given-name-kana').fill('メグミ');
    await page.getByTestId('sign-up-password').fill(DEMO_PASSWORD);
    await page.getByTestId('sign-up-submit').click();
    await expect(page).toHaveURL(enrolPath);
    await expect(page.getByTestId('enrol-form')).toBeVisible();
  });

  for (const evil of [
    '//evil.example/x',
    'https://evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
  ]) {
    test(`never leaves the site after signing in (returnUrl=${evil})`, async ({ page, request }) => {
      const she = await apiNewLearner(request, '安全', '花');
      await page.goto(`/sign-in?returnUrl=${encodeURIComponent(evil)}`);
      await expect(page.getByTestId('return-notice')).toHaveCount(0);
      await page.getByTestId('sign-in-email').fill(she.email);
      await page.getByTestId('sign-in-password').fill(DEMO_PASSWORD);
      await page.getByTestId('sign-in-submit').click();
      await expect(page).toHaveURL('/home/learner');
    });
  }
});
