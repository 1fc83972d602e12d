import type { Page } from '@playwright/test';
import {
  apiSignIn,
  DEMO,
  expect,
  graphql,
  screenshot,
  signIn,
  switchLanguage,
  test,
  type Locale,
} from './helpers';
import { expectNoA11yViolations } from './helpers/a11y';
import { nth } from './helpers/nth';
import { apiOrganisationWithStaff, apiSeminar } from './helpers/seminars';

async function bothLanguages(page: Page, name: string, check: (locale: Locale) => Promise<void>) {
  for (const locale of ['ja', 'en'] as const) {
    await switchLanguage(page, locale);
    await check(locale);
    await expectNoA11yViolations(page, `${name}-${locale}`);
    await screenshot(page, `${name}-${locale}`);
  }
  await switchLanguage(page, 'ja');
}

/** The id of a demo course's first session, read by the staff who run it. */
async function demoSessionId(page: Page, title: string): Promise<string> {
  const token = await apiSignIn(page.request, DEMO.staff.email);
  const courses = await graphql<{ editableCourses: { title: string; sessions: { id: string }[] }[] }>(
    page.request,
    '{ editableCourses { title sessions { id } } }',
    {},
    token,
  );
  return nth(courses.editableCourses.find((c) => c.title === title)!.sessions, 0).id;
}

/** Item 14: 参加費, 申込締切, 問い合わせ先, a map link and 「個人情報の取扱いについて」. */
test.describe('what an event page and its form must say', () => {
  test('the session page: fee, deadline, the organiser’s contact and a map link that says it opens a tab', async ({
    page,
  }) => {
    const id = await demoSessionId(page, 'ハンドメイドマーケットアプリ活用講座');
    await page.goto(`/seminars/sessions/${id}`);
    const contact = page.getByTestId('contact');
    const map = page.getByTestId('map-link');
    await bothLanguages(page, 'event-facts', async (locale) => {
      await expect(page.getByTestId('session-fee')).toHaveText(locale === 'ja' ? '1,000円' : '¥1,000');
      await expect(page.getByTestId('session-deadline')).toHaveText(
        locale === 'ja'
          ? /^\d{4}年\d{1,2}月\d{1,2}日\(.\) \d{2}:\d{2}$/
          : /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2}$/,
      );
      await expect(
        contact.getByRole('heading', { name: locale === 'ja' ? '問い合わせ先' : 'Contact' }),
      ).toBeVisible();
      await expect(map).toHaveAccessibleName(
        locale === 'ja'
          ? /^Googleマップで見る ?（小美玉市商工会 会議室の地図。新しいタブで開きます）$/
          : /^Open in Google Maps \(map of 小美玉市商工会 会議室; opens in a new tab\)$/,
      );
    });
    await expect(contact.getByTestId('contact-name')).toContainText('小美玉市商工会');
    await expect(contact.getByTestId('contact-phone')).toHaveAttribute('href', 'tel:0299005678');
    await expect(contact.getByTestId('contact-email')).toHaveAttribute(
      'href',
      'mailto:sogyo@demo.tsunagu.jp',
    );
    await expect(map).toHaveAttribute(
      'href',
      `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent('小美玉市商工会 会議室 茨城県小美玉市堅倉835')}`,
    );
    await expect(map).toHaveAttribute('target', '_blank');
    await expect(map).toHaveAttribute('rel', /noopener/);

    // An online-only session has no map link; a free one says 無料.
    await page.goto(`/seminars/sessions/${await demoSessionId(page, 'マーケティングセミナー')}`);
    await expect(page.getByTestId('session-fee')).toHaveText('無料');
    await expect(page.getByTestId('map-link')).toHaveCount(0);
  });

  test('staff set their contact and privacy notice; the session page and the enrol form show them', async ({
    page,
    request,
  }, testInfo) => {
    const name = `NPO法人 e2e ${testInfo.project.name} ${Date.now().toString(36)}`;
    const { organisationId, staff } = await apiOrganisationWithStaff(request, name);
    const { sessionId } = await apiSeminar(
      request,
      { capacity: 5 },
      {
        token: staff.token,
        organisationId,
      },
    );

    // Before she writes one, the enrol form shows the platform's standard text, naming her organisation.
    await signIn(page, staff.email);
    await page.goto(`/seminars/sessions/${sessionId}/enrol`);
    await expect(page.getByTestId('privacy-provider')).toContainText(`${name}がセミナーの受付`);

    await page.goto('/members');
    // On a slow line the stored contact arrives late (held back here by a second): what she types
    // meanwhile must not be overwritten by it, so the form waits for it.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName !== 'OrganisationContact') return route.fallback();
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.fulfill({ response });
    });
    await page.getByTestId('to-contact').click();
    await expect(page).toHaveURL('/organisation/contact');
    await expect(page.getByTestId('org-department')).toBeDisabled();
    await page.getByTestId('org-department').fill('子育て支援担当');
    await page.unrouteAll({ behavior: 'wait' });
    await page.getByTestId('org-phone').fill('０２９９－００－９９９９');
    await page.getByTestId('org-email').fill('hiroba@demo.tsunagu.jp');
    await page.getByTestId('org-hours').fill('火〜土 10:00〜16:00');
    await page.getByTestId('org-url').fill('not a url');
    await page.getByTestId('contact-submit').click();
    await expect(page.getByTestId('org-url-error')).toContainText('https://');
    await expect(page.getByTestId('org-url')).toBeFocused();
    await page.getByTestId('org-url').fill('');
    await page
      .getByTestId('org-privacy')
      .fill('ご記入いただいた情報は、当法人がセミナーの運営にのみ利用します。');
    await expect(page.getByTestId('contact-preview').getByTestId('privacy-provider')).toHaveText(
      'ご記入いただいた情報は、当法人がセミナーの運営にのみ利用します。',
    );
    await bothLanguages(page, 'organisation-contact', async (locale) => {
      await expect(page.locator('h1')).toHaveText(
        locale === 'ja' ? '問い合わせ先と個人情報の取扱い' : 'Contact and privacy notice',
      );
    });
    await page.getByTestId('contact-submit').click();
    await expect(page.getByTestId('contact-saved')).toContainText('保存しました');
    await expect(page.getByTestId('org-phone')).toHaveValue('0299-00-9999');

    await page.goto(`/seminars/sessions/${sessionId}`);
    const contact = page.getByTestId('contact');
    await expect(contact).toContainText('子育て支援担当');
    await expect(contact.getByTestId('contact-phone')).toHaveText('0299-00-9999');
    await expect(contact.getByTestId('contact-hours')).toHaveText('火〜土 10:00〜16:00');

    await page.goto(`/seminars/sessions/${sessionId}/enrol`);
    await bothLanguages(page, 'enrol-privacy', async (locale) => {
      await expect(page.getByTestId('privacy-provider')).toHaveText(
        'ご記入いただいた情報は、当法人がセミナーの運営にのみ利用します。',
      );
      if (locale === 'en')
        await expect(page.getByTestId('privacy-notice')).toContainText(
          'Written by the organiser in Japanese.',
        );
    });
  });
});
