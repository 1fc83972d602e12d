import { expect, expectNoA11yViolations, graphql, screenshot, signIn, switchLanguage, test } from './helpers';
import { apiApprovedCompany, apiEmployee, apiJoinDemoGroup } from './helpers/companies';
import { apiNewLearner, apiSeminar } from './helpers/seminars';

const DAY = 24 * 60 * 60 * 1000;

test('the nominee answers the session’s question and asks for childcare when she accepts, in her nomination’s card', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  const run = `${testInfo.project.name} ${Date.now().toString(36)}`;
  // Two fresh companies of the demo group: one offers a seat of its session, the other nominates her.
  const offeringAdmin = await apiNewLearner(request, '提供', '一子');
  const offering = await apiApprovedCompany(request, offeringAdmin, `座席提供テスト ${run}`);
  await apiJoinDemoGroup(request, offeringAdmin, offering);
  const peerAdmin = await apiNewLearner(request, '推薦', '二葉');
  const peer = await apiApprovedCompany(request, peerAdmin, `座席推薦テスト ${run}`);
  await apiJoinDemoGroup(request, peerAdmin, peer);
  const title = `推薦の承諾研修 ${run}`;
  const { sessionId } = await apiSeminar(
    request,
    {
      capacity: 5,
      childcareCapacity: 2,
      childcareMinAgeMonths: 6,
      childcareMaxAgeMonths: 72,
      questions: [{ kind: 'text', label: 'この講座で学びたいこと', required: true }],
    },
    { title, token: offeringAdmin.token, organisationId: offering },
  );
  const offered = await graphql<{ offerSeatPool: { id: string } }>(
    request,
    'mutation ($i: OfferSeatPoolInput!) { offerSeatPool(input: $i) { id } }',
    {
      i: {
        sessionId,
        seats: 1,
        allocation: 'first_come',
        closesAt: new Date(Date.now() + 10 * DAY).toISOString(),
      },
    },
    offeringAdmin.token,
  );
  const she = await apiNewLearner(request, '推薦', '花子');
  await apiEmployee(request, peerAdmin, peer, she, { allowsNomination: true });
  const me = await graphql<{ me: { id: string } }>(request, '{ me { id } }', {}, she.token);
  await graphql(
    request,
    'mutation ($i: NominateForSeatInput!) { nominateForSeat(input: $i) { id } }',
    { i: { poolId: offered.offerSeatPool.id, organisationId: peer, userId: me.me.id } },
    peerAdmin.token,
  );

  await signIn(page, she.email);
  await page.goto('/my/seminars');
  const card = page.getByTestId('my-nominations').locator('tsu-card').filter({ hasText: title });
  await expect(card).toContainText(
    `座席推薦テスト ${run}があなたを、座席提供テスト ${run}が提供する座席に推薦しました。`,
  );

  // Accepting opens the session's question and childcare in her card, focus on its heading.
  await card.getByTestId('nomination-accept').click();
  const form = card.getByTestId('nomination-form');
  await expect(form.getByTestId('nomination-form-title')).toBeFocused();
  await expect(form).toContainText('この講座で学びたいこと');
  await expect(form.getByTestId('childcare-section')).toContainText('託児');
  await expectNoA11yViolations(page, 'nomination-accept-form-ja');
  await screenshot(page, 'nomination-accept-form-ja');

  // Sent without the required answer: nothing is sent, the summary names the field.
  await form.getByTestId('nomination-confirm').click();
  await expect(form.getByTestId('nomination-form-error')).toBeFocused();
  await expect(form.locator('tsu-form-field').filter({ hasText: 'この講座で学びたいこと' })).toContainText(
    'この講座で学びたいこと：入力してください。',
  );
  await expectNoA11yViolations(page, 'nomination-accept-invalid-ja');

  // In English she fills it in, with one child of 2 years 3 months, and confirms.
  await switchLanguage(page, 'en');
  await expect(form.getByTestId('nomination-form-title')).toHaveText('Your enrolment');
  await form.getByLabel('この講座で学びたいこと').fill('How to lead a small team');
  await form.getByTestId('childcare-checkbox').check();
  await form.getByTestId('child-0-years').fill('2');
  await form.getByTestId('child-0-months').fill('3');
  await expectNoA11yViolations(page, 'nomination-accept-filled-en');
  await screenshot(page, 'nomination-accept-filled-en');
  await form.getByTestId('nomination-confirm').click();
  await expect(page.getByTestId('my-notice')).toContainText(`Your place in “${title}” is confirmed.`);
  await expect(page.getByTestId('my-nominations')).toHaveCount(0);
  await expectNoA11yViolations(page, 'nomination-accepted-en');
  await switchLanguage(page, 'ja');

  // Enrolled with her childcare request and her answer.
  const mine = await graphql<{
    myEnrolments: { status: string; childcareRequested: boolean; session: { id: string } }[];
  }>(request, '{ myEnrolments { status childcareRequested session { id } } }', {}, she.token);
  expect(mine.myEnrolments.find((e) => e.session.id === sessionId)).toMatchObject({
    status: 'confirmed',
    childcareRequested: true,
  });
});
