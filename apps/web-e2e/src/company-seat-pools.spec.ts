import {
  apiSignIn,
  DEMO,
  expect,
  expectNoA11yViolations,
  graphql,
  openMenu,
  screenshot,
  signIn,
  switchLanguage,
  test,
} from './helpers';
import { apiApprovedCompany, apiJoinDemoGroup } from './helpers/companies';
import { apiNewLearner, apiSeminar } from './helpers/seminars';

const MIRAI = '株式会社みらい食品';
const DAY = 24 * 60 * 60 * 1000;
const iso = (t: number) => new Date(t).toISOString();
/** The `datetime-local` value, in Tokyo wall-clock time, of an instant. */
const tokyoLocal = (t: number) => new Date(t + 9 * 60 * 60 * 1000).toISOString().slice(0, 16);

test('a company admin offers 3 seats of her session to the other companies of her group, then closes the offer early', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  // A course and a first-come session of her company's own, so that the pool changes nothing another test reads.
  const token = await apiSignIn(request, DEMO.companyAdmin.email);
  const me = await graphql<{
    me: { memberships: { role: string; organisation: { id: string; name: string } }[] };
  }>(request, '{ me { memberships { role organisation { id name } } } }', {}, token);
  const mirai = me.me.memberships.find((m) => m.role === 'company_admin' && m.organisation.name === MIRAI);
  expect(mirai).toBeDefined();
  const title = `座席提供研修 ${testInfo.project.name} ${Date.now().toString(36)}`;
  const created = await graphql<{ createCourse: { id: string } }>(
    request,
    'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
    {
      i: {
        providerOrganisationId: mirai?.organisation.id,
        title,
        category: 'leadership',
        visibility: 'company_group',
      },
    },
    token,
  );
  const courseId = created.createCourse.id;
  await graphql(request, 'mutation($id: ID!) { publishCourse(id: $id) { id } }', { id: courseId }, token);
  const start = Date.now() + 30 * DAY;
  await graphql(
    request,
    'mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }',
    {
      i: {
        courseId,
        venueName: '小美玉市四季文化館',
        capacity: 10,
        registrationOpensAt: iso(Date.now() - DAY),
        registrationClosesAt: iso(start - 2 * DAY),
        cancellationDeadline: iso(start - DAY),
        meetings: [{ startsAt: iso(start), endsAt: iso(start + 2 * 60 * 60 * 1000) }],
      },
    },
    token,
  );

  await signIn(page, DEMO.companyAdmin.email);
  await openMenu(page);
  await page.getByTestId('nav-company-programmes').click();
  await expect(page).toHaveURL(/\/company\/programmes$/);
  const session = page.getByTestId('programme').filter({ hasText: title }).getByTestId('programme-session');
  await expect(session).toHaveCount(1);
  const form = session.getByTestId('pool-form');
  await expect(form).toContainText('他社に席を提供');

  // Sent empty: both fields say what is missing, and the form state passes axe.
  await form.getByTestId('pool-offer').click();
  await expect(form.locator('[aria-invalid="true"]')).toHaveCount(2);
  await expect(form.locator('[aria-invalid="true"]').first()).toBeFocused();
  await expectNoA11yViolations(page, 'company-seat-pool-form-invalid-ja');

  // A deadline after registration closes: the API's words, nothing offered.
  await form.getByTestId('pool-seats').fill('3');
  await form.getByTestId('pool-closes').fill(tokyoLocal(start - DAY));
  await form.getByTestId('pool-offer').click();
  await expect(session).toContainText('推薦の締切は');
  await expect(session.getByTestId('session-pool')).toHaveCount(0);

  // Three seats, first come, nominations closing in ten days.
  await form.getByTestId('pool-closes').fill(tokyoLocal(Date.now() + 10 * DAY));
  await form.getByTestId('pool-offer').click();
  await expect(session.getByTestId('pool-notice')).toContainText('3席を提供しました');
  const pool = session.getByTestId('session-pool');
  await expect(pool).toHaveCount(1);
  await expect(pool).toContainText('提供 3席（推薦 0人・承諾 0人）');
  await expectNoA11yViolations(page, 'company-seat-pool-offered-ja');
  await screenshot(page, 'company-seat-pool-offered-ja');

  // In English, she closes it early.
  await switchLanguage(page, 'en');
  await expect(pool).toContainText('3 seats offered (0 nominated, 0 accepted)');
  await pool.getByTestId('pool-close').click();
  await expect(session.getByTestId('pool-notice')).toContainText('Closed the offer of 3 seats');
  await expect(pool).toContainText('Closed');
  await expect(pool.getByTestId('pool-close')).toHaveCount(0);
  await expectNoA11yViolations(page, 'company-seat-pool-closed-en');
  await switchLanguage(page, 'ja');
});

test('a company admin offers seats per company: a number for each other company of her group, adding up to the seats', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  const run = `${testInfo.project.name} ${Date.now().toString(36)}`;
  // Two fresh companies of the demo group: she offers, the other is given the seats.
  const admin = await apiNewLearner(request, '割当', '一子');
  const offering = await apiApprovedCompany(request, admin, `割当提供テスト ${run}`);
  await apiJoinDemoGroup(request, admin, offering);
  const peerAdmin = await apiNewLearner(request, '割当', '二葉');
  const peerName = `割当先テスト ${run}`;
  const peer = await apiApprovedCompany(request, peerAdmin, peerName);
  await apiJoinDemoGroup(request, peerAdmin, peer);
  const title = `企業ごとの座席研修 ${run}`;
  await apiSeminar(request, { capacity: 10 }, { title, token: admin.token, organisationId: offering });

  await signIn(page, admin.email);
  await page.goto('/company/programmes');
  const session = page.getByTestId('programme').filter({ hasText: title }).getByTestId('programme-session');
  await expect(session).toHaveCount(1);
  const form = session.getByTestId('pool-form');
  await form.getByTestId('pool-allocation-per_company').check();
  const allocations = form.getByTestId('pool-allocations');
  const peerSeats = allocations.getByLabel(peerName);
  await expect(peerSeats).toHaveValue('0');
  await form.getByTestId('pool-seats').fill('2');
  await form.getByTestId('pool-closes').fill(tokyoLocal(Date.now() + 10 * DAY));

  // One seat given of two: the sum is hinted, and refused before anything is sent.
  await peerSeats.fill('1');
  await expect(form.getByTestId('pool-sum')).toHaveText('合計 1席 ／ 提供 2席');
  await form.getByTestId('pool-offer').click();
  await expect(form.getByTestId('pool-sum-error')).toContainText(
    '企業ごとの席数の合計（1席）を、提供する席数（2席）と同じにしてください。',
  );
  await expect(session.getByTestId('session-pool')).toHaveCount(0);
  await expectNoA11yViolations(page, 'company-seat-pool-per-company-invalid-ja');

  await peerSeats.fill('2');
  await form.getByTestId('pool-offer').click();
  await expect(session.getByTestId('pool-notice')).toContainText('企業ごとに割り当てて提供しました');
  const pool = session.getByTestId('session-pool');
  await expect(pool).toHaveCount(1);
  await expect(pool.getByTestId('pool-share')).toHaveText([`${peerName}：2席（推薦 0人・承諾 0人）`]);
  await expectNoA11yViolations(page, 'company-seat-pool-per-company-ja');
  await screenshot(page, 'company-seat-pool-per-company-ja');

  // The company given the seats sees them as its own.
  const offeredTo = await graphql<{
    seatPoolsOfferedTo: { seatsLeftForUs: number; pool: { courseTitle: string } }[];
  }>(
    request,
    'query ($o: ID!) { seatPoolsOfferedTo(organisationId: $o) { seatsLeftForUs pool { courseTitle } } }',
    { o: peer },
    peerAdmin.token,
  );
  expect(offeredTo.seatPoolsOfferedTo.find((o) => o.pool.courseTitle === title)?.seatsLeftForUs).toBe(2);

  await switchLanguage(page, 'en');
  await expect(pool.getByTestId('pool-share')).toHaveText([`${peerName}: 2 seats (0 nominated, 0 accepted)`]);
  await form.getByTestId('pool-allocation-per_company').check();
  await expect(form.getByTestId('pool-allocation')).toContainText('Per company');
  await expectNoA11yViolations(page, 'company-seat-pool-per-company-en');
  await screenshot(page, 'company-seat-pool-per-company-en');
  await switchLanguage(page, 'ja');
});
