import type { Page } from '@playwright/test';
import {
  DEMO,
  expect,
  expectNoA11yViolations,
  openMenu,
  sampleCoverPng,
  samplePdf,
  screenshot,
  signIn,
  signOut,
  switchLanguage,
  test,
  type Locale,
} from './helpers';

/** The demo company admin's company (company-groups demo data). */
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

test('coordinators from the web, files on a post, editing it, and removing a member after confirming', async ({
  page,
}, testInfo) => {
  // The demo staff and company accounts are held by one viewport at a time (account-lock.ts).
  test.setTimeout(300_000);
  const group = `掲示板テスト ${testInfo.project.name} ${Date.now().toString(36)}`;

  // The staff member creates a group, invites the demo company, adds a coordinator and removes her.
  await signIn(page, DEMO.staff.email);
  await openMenu(page);
  await page.getByTestId('nav-group-membership').click();
  await expect(page).toHaveURL(/\/staff\/groups$/);
  await page.getByTestId('group-name').fill(group);
  await page.getByTestId('group-create-submit').click();
  await expect(page.getByTestId('membership-notice')).toHaveText(`${group} を作成しました。`);
  const mine = page.getByTestId('managed-group').filter({ hasText: group });
  await mine.getByTestId('invite-company').selectOption({ label: MIRAI });
  await mine.getByTestId('invite-submit').click();
  await expect(page.getByTestId('membership-notice')).toHaveText(`${MIRAI} を招待しました。`);

  const choice = mine.getByTestId('coordinator-choice');
  const person = ((await choice.locator('option').first().textContent()) ?? '').trim();
  expect(person).not.toBe('');
  await mine.getByTestId('coordinator-add').click();
  await expect(mine.getByTestId('coordinator-notice')).toHaveText(`${person} をコーディネーターにしました。`);
  await expect(mine.getByTestId('coordinator-notice')).toBeFocused();
  await expect(mine.getByTestId('coordinator')).toHaveText([new RegExp(person)]);
  await checkBothLanguages(page, 'group-coordinators', {
    ja: '企業グループの運営',
    en: 'Running company groups',
  });
  await mine.getByTestId('coordinator-remove').click();
  await expect(mine.getByTestId('coordinator-notice')).toHaveText(
    `${person} をコーディネーターから外しました。`,
  );
  await expect(mine.getByTestId('coordinator')).toHaveCount(0);
  await signOut(page);

  // The company admin joins, posts with two files, sees them listed and downloads one.
  await signIn(page, DEMO.companyAdmin.email);
  await openMenu(page);
  await page.getByTestId('nav-group-board').click();
  await page.getByTestId('invitation').filter({ hasText: group }).getByTestId('invitation-accept').click();
  await expect(page.getByTestId('board-notice')).toHaveText(`${group} に参加しました。`);
  await page.getByTestId('post-title').fill('第1回の資料');
  await page.getByTestId('post-body').fill('議事録と写真を添付します。');
  await page.getByTestId('post-files').setInputFiles({
    name: '議事録.pdf',
    mimeType: 'application/pdf',
    buffer: samplePdf(),
  });
  await page.getByTestId('post-files').setInputFiles({
    name: '写真.png',
    mimeType: 'image/png',
    buffer: sampleCoverPng(),
  });
  await expect(page.getByTestId('post-chosen-files').locator('li')).toHaveCount(2);
  await page.getByTestId('post-submit').click();
  await expect(page.getByTestId('post-form-notice')).toHaveText('投稿しました。');
  const post = page.locator('tsu-group-post').filter({ hasText: '第1回の資料' });
  await expect(post.getByTestId('post-file')).toHaveCount(2);
  await expect(post.getByTestId('post-file').first()).toContainText('議事録.pdf');
  const download = page.waitForEvent('download');
  await post.getByTestId('post-file').first().click();
  expect((await download).suggestedFilename()).toBe('議事録.pdf');

  // She edits her post in place: focus on its title, then back on 編集する; marked edited.
  await post.getByTestId('post-edit').click();
  await expect(post.getByTestId('post-edit-title')).toBeFocused();
  await expectNoA11yViolations(page, 'group-post-editing-ja');
  await post.getByTestId('post-edit-title').fill('第1回の資料（修正）');
  await post.getByTestId('post-edit-save').click();
  const edited = page.locator('tsu-group-post').filter({ hasText: '第1回の資料（修正）' });
  await expect(edited.getByTestId('post-edited')).toContainText('編集済み');
  await expect(edited.getByTestId('post-edit')).toBeFocused();
  await checkBothLanguages(page, 'group-board-files', { ja: '企業グループ', en: 'Company groups' });

  // She deletes one file; the other stays.
  await edited.getByTestId('post-file-remove').last().click();
  await expect(edited.getByTestId('post-files-notice')).toHaveText('写真.png を削除しました。');
  await expect(edited.getByTestId('post-file')).toHaveCount(1);
  await signOut(page);

  // The staff member removes the company: a question first (focused; やめる returns to her button).
  await signIn(page, DEMO.staff.email);
  await page.goto('/staff/groups');
  const row = page
    .getByTestId('managed-group')
    .filter({ hasText: group })
    .locator('[data-testid="member-row"][data-status="member"]');
  await row.getByTestId('member-remove').click();
  const question = row.getByTestId('member-remove-question');
  await expect(question).toBeFocused();
  await expect(question).toContainText(`${MIRAI} を ${group} から外します。`);
  await checkBothLanguages(page, 'group-member-remove-confirm', {
    ja: '企業グループの運営',
    en: 'Running company groups',
  });
  await row.getByTestId('member-remove-cancel').click();
  await expect(row.getByTestId('member-remove')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(row.getByTestId('member-remove-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('membership-notice')).toHaveText(
    `${MIRAI} をグループから外しました（退会日を記録しました）。`,
  );
  const left = page
    .getByTestId('managed-group')
    .filter({ hasText: group })
    .locator('[data-testid="member-row"][data-status="left"]');
  await expect(left.getByTestId('member-left-at')).not.toHaveText('—');
});
