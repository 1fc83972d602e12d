import type { Page } from '@playwright/test';
import {
  DEMO,
  expect,
  expectNoA11yViolations,
  openMenu,
  screenshot,
  signIn,
  signOut,
  switchLanguage,
  test,
  type Locale,
} from './helpers';

/** The demo company group (organisations.demo-data.ts) and the demo company admin's company. */
const DEMO_GROUP = '小美玉市企業グループ 2026年度';
const MIRAI = '株式会社みらい食品';

/** axe (every impact) and a screenshot in Japanese, then in English; she ends in Japanese. */
async function checkBothLanguages(page: Page, name: string, heading: Record<Locale, string>) {
  for (const locale of ['ja', 'en'] as const) {
    await switchLanguage(page, locale);
    await expect(page.locator('h1')).toHaveText(heading[locale]);
    await expectNoA11yViolations(page, `${name}-${locale}`);
    await screenshot(page, `${name}-${locale}`);
  }
  await switchLanguage(page, 'ja');
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('the city runs a company group and a company joins, reads its board, answers a meeting and leaves', async ({
  page,
}, testInfo) => {
  // The demo staff and company accounts are held by one viewport at a time (account-lock.ts).
  test.setTimeout(300_000);
  const group = `テスト企業グループ ${testInfo.project.name} ${Date.now().toString(36)}`;

  // The staff member: group membership, with the demo group's history (a company that left).
  await signIn(page, DEMO.staff.email);
  await openMenu(page);
  await page.getByTestId('nav-group-membership').click();
  await expect(page).toHaveURL(/\/staff\/groups$/);
  await expect(page.locator('h1')).toBeFocused();
  const demo = page.getByTestId('managed-group').filter({ hasText: DEMO_GROUP });
  // By name, not by count: other specs add companies of their own to the demo group.
  const row = (status: string, name: string) =>
    demo.locator(`[data-testid="member-row"][data-status="${status}"]`).filter({ hasText: name });
  await expect(row('left', '常陸精機株式会社')).toHaveCount(1);
  for (const name of [MIRAI, '株式会社ひばりシステムズ', '霞ヶ浦信用金庫'])
    await expect(row('member', name)).toHaveCount(1);
  await checkBothLanguages(page, 'group-membership', {
    ja: '企業グループの運営',
    en: 'Running company groups',
  });
  await noHorizontalScroll(page);

  // A name is required; then she creates a group and invites the demo company.
  await page.getByTestId('group-create-submit').click();
  await expect(page.getByTestId('group-name')).toBeFocused();
  await page.getByTestId('group-name').fill(group);
  await page.getByTestId('group-charter-input').fill('次年度の講座を企画します。');
  await page.getByTestId('group-create-submit').click();
  await expect(page.getByTestId('membership-notice')).toHaveText(`${group} を作成しました。`);
  await expect(page.getByTestId('membership-notice')).toBeFocused();
  const mine = page.getByTestId('managed-group').filter({ hasText: group });
  await mine.getByTestId('invite-company').selectOption({ label: MIRAI });
  await mine.getByTestId('invite-submit').click();
  await expect(page.getByTestId('membership-notice')).toHaveText(`${MIRAI} を招待しました。`);
  await expect(mine.locator('[data-testid="member-row"][data-status="invited"]')).toContainText(MIRAI);
  await signOut(page);

  // The company admin: her invitation, then the demo group's board.
  await signIn(page, DEMO.companyAdmin.email);
  await openMenu(page);
  await page.getByTestId('nav-group-board').click();
  await expect(page).toHaveURL(/\/company\/groups$/);
  await expect(page.locator('h1')).toBeFocused();
  const invitation = page.getByTestId('invitation').filter({ hasText: group });
  await expect(invitation).toBeVisible();
  await expect(page.getByTestId('group-board')).toContainText(DEMO_GROUP);
  const decision = page.locator('tsu-group-post[data-kind="decision"]');
  await expect(decision.getByTestId('post-kind')).toHaveText('決定事項');
  const meeting = page.locator('tsu-group-post[data-kind="meeting"]');
  await expect(meeting.getByTestId('attendance')).toContainText(MIRAI);
  await checkBothLanguages(page, 'group-board', { ja: '企業グループ', en: 'Company groups' });
  await noHorizontalScroll(page);

  // She answers the meeting for her company, and comments.
  await meeting.getByTestId('attend-undecided').check();
  await expect(meeting.getByTestId('post-notice')).toHaveText(`${MIRAI} の出欠を「未定」にしました。`);
  await meeting.getByTestId('attend-attending').check();
  await expect(meeting.getByTestId('attendance')).toContainText(`${MIRAI}: 出席`);
  // A company cannot record a decision: the board offers her plain posts only.
  await expect(page.getByTestId('post-kind-choice')).toHaveCount(0);

  // She joins the new group; its board is shown, and she posts on it.
  await invitation.getByTestId('invitation-accept').click();
  await expect(page.getByTestId('board-notice')).toHaveText(`${group} に参加しました。`);
  await expect(page.getByTestId('board-notice')).toBeFocused();
  await expect(page.getByTestId('group-board')).toContainText(group);
  await page.getByTestId('post-submit').click();
  await expect(page.getByTestId('post-title')).toBeFocused();
  await expectNoA11yViolations(page, 'group-board-invalid-ja');
  await page.getByTestId('post-title').fill('講座の周知について');
  await page.getByTestId('post-body').fill('社内報に掲載します。');
  await page.getByTestId('post-submit').click();
  await expect(page.getByTestId('post-form-notice')).toHaveText('投稿しました。');
  await expect(page.getByTestId('post-form-notice')).toBeFocused();
  await expect(page.locator('tsu-group-post[data-kind="post"]').first()).toContainText('講座の周知について');
  await screenshot(page, 'group-board-posted-ja');

  // She leaves it, after confirming; the date is recorded and the board is closed to her company.
  await page.getByTestId('group-leave').click();
  await expect(page.locator('tsu-confirm-inline')).toBeFocused();
  await page.getByTestId('leave-confirm').click();
  await expect(page.getByTestId('board-notice')).toHaveText(`${group} を退会しました。`);
  await expect(page.getByTestId('group-choice').locator('option', { hasText: group })).toHaveCount(0);
  await signOut(page);

  // The staff member sees the history: invited, joined and left, with dates.
  await signIn(page, DEMO.staff.email);
  await page.goto('/staff/groups');
  const left = page
    .getByTestId('managed-group')
    .filter({ hasText: group })
    .locator('[data-testid="member-row"][data-status="left"]');
  await expect(left).toContainText(MIRAI);
  await expect(left.getByTestId('member-left-at')).not.toHaveText('—');
});
