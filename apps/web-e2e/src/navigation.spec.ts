import { DEMO, DEMO_PASSWORD, expect, openMenu, screenshot, signIn, test } from './helpers';

test.describe('role-aware navigation', () => {
  test('the learner sees her links but not the secretariat, and cannot open its home', async ({ page }) => {
    await signIn(page, DEMO.learner.email);
    await openMenu(page);
    const nav = page.getByTestId('main-nav');
    await expect(nav.getByTestId('nav-learner')).toBeVisible();
    await expect(nav.getByTestId('nav-learner')).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByTestId('nav-account')).toBeVisible();
    await expect(nav.getByTestId('sign-out')).toBeVisible();
    await expect(nav.getByTestId('nav-staff')).toHaveCount(0);
    await expect(nav.getByTestId('nav-company_admin')).toHaveCount(0);
    await expect(nav.getByTestId('nav-mentor')).toHaveCount(0);
    await expect(nav.getByTestId('nav-sign-in')).toHaveCount(0);
    await screenshot(page, 'nav-learner-open');

    await page.goto('/home/staff');
    await expect(page).toHaveURL('/home/learner');
    await expect(page.getByTestId('staff-home')).toHaveCount(0);
    await expect(page.getByTestId('learner-home')).toBeVisible();
  });

  test('staff see the secretariat link and it opens their home', async ({ page }) => {
    await signIn(page, DEMO.staff.email);
    await expect(page).toHaveURL('/home/staff');
    await openMenu(page);
    const link = page.getByTestId('main-nav').getByTestId('nav-staff');
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', '/home/staff');
    await page.getByTestId('nav-account').click();
    await expect(page).toHaveURL('/account');
    await openMenu(page);
    await link.click();
    await expect(page).toHaveURL('/home/staff');
    await expect(page.getByTestId('staff-home')).toBeVisible();
    await expect(link).toHaveAttribute('aria-current', 'page');
  });

  test('a visitor is sent to sign in and comes back to the page she asked for', async ({ page }) => {
    await page.goto('/home/staff');
    await expect(page).toHaveURL('/sign-in?returnUrl=%2Fhome%2Fstaff');
    await openMenu(page);
    await expect(page.getByTestId('nav-sign-in')).toBeVisible();
    await expect(page.getByTestId('nav-sign-up')).toBeVisible();
    await expect(page.getByTestId('sign-out')).toHaveCount(0);

    await page.getByTestId('sign-in-email').fill(DEMO.staff.email);
    await page.getByTestId('sign-in-password').fill(DEMO_PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await expect(page).toHaveURL('/home/staff');
  });
});
