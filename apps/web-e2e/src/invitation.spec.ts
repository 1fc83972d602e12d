import { apiInvite, DEMO, expect, screenshot, test, uniqueEmail } from './helpers';

test('an invited person signs up through the link and joins the organisation with the invited role', async ({
  page,
  request,
}) => {
  const email = uniqueEmail('invited-mentor');
  const invitation = await apiInvite(request, DEMO.staff.email, email, 'mentor');
  const link = new URL(invitation.acceptUrl);
  expect(link.pathname).toBe('/sign-up');

  await page.goto(link.pathname + link.search);
  await expect(page.getByTestId('invitation')).toHaveText(
    `${invitation.organisationName} から「メンター」として招待されています。`,
  );
  await expect(page.getByTestId('sign-up-email')).toHaveValue(email);
  await screenshot(page, 'invitation-sign-up-ja');

  await page.getByTestId('sign-up-family-name').fill('小林');
  await page.getByTestId('sign-up-given-name').fill('真理');
  await page.getByTestId('sign-up-family-name-kana').fill('こばやし');
  await page.getByTestId('sign-up-given-name-kana').fill('まり');
  await page.getByTestId('sign-up-password').fill('invited-password-2026');
  await page.getByTestId('sign-up-submit').click();

  await expect(page).toHaveURL('/home/mentor');
  await expect(page.getByTestId('user-greeting')).toHaveText('小林 真理さん、こんにちは');
  await expect(page.getByTestId('memberships')).toContainText(`${invitation.organisationName} — メンター`);
  await screenshot(page, 'invitation-home-ja');

  // The role is on the account, not only in this tab: it survives a reload.
  await page.reload();
  await expect(page).toHaveURL('/home/mentor');
  await expect(page.getByTestId('memberships')).toContainText(invitation.organisationName);
});

test('a bad invitation link says so and still lets her sign up', async ({ page }) => {
  await page.goto('/sign-up?invitation=not-a-real-token');
  await expect(page.getByTestId('invitation-invalid')).toHaveText(
    'この招待リンクは無効か、有効期限が切れています。招待なしでも登録できます。',
  );
  await expect(page.getByTestId('sign-up-form')).toBeVisible();
});
