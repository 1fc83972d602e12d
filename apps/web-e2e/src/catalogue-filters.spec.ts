import { join } from 'node:path';
import { expect, screenshot, switchLanguage, test } from './helpers';
import { expectNoA11yViolations } from './helpers/a11y';

/** Item 13: on a phone the first screen shows results; the filters wait behind 条件で絞り込む. */
test.describe('catalogue filters and cards', () => {
  test('results on the first screen, filters behind a disclosure, chosen filters as removable chips', async ({
    page,
  }, testInfo) => {
    const phone = testInfo.project.name === 'phone';
    await page.goto('/seminars');
    const toggle = page.getByTestId('catalogue-filters-toggle');
    const panel = page.getByTestId('catalogue-filter-panel');
    await expect(toggle).toHaveText('条件で絞り込む');
    await expect(toggle).toHaveAttribute('aria-controls', 'catalogue-filter-panel');
    const firstTitle = page.getByTestId('catalogue-results').getByTestId('seminar-link').first();
    await expect(firstTitle).toBeVisible();

    if (phone) {
      // The first screen (360 × 780) reaches the first result: the filters no longer fill it.
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(panel).toBeHidden();
      const box = (await firstTitle.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
      await page.screenshot({
        path: join(__dirname, '..', 'screenshots', `${testInfo.project.name}-catalogue-first-screen-ja.png`),
      });
      // Keyboard: the disclosure opens with Enter and says so.
      await toggle.focus();
      await page.keyboard.press('Enter');
    }
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(panel).toBeVisible();

    // Two filters by keyboard: they show as chips and in the button.
    await page.getByTestId('catalogue-childcare').focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL('/seminars?childcare=1');
    await page.getByTestId('catalogue-seats').focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL('/seminars?childcare=1&seats=1');
    await expect(toggle).toHaveText('条件で絞り込む（2）');
    const chips = page.getByTestId('catalogue-chips');
    await expect(chips).toHaveAccessibleName('選択中の条件');
    const childcareChip = chips.getByRole('button', { name: '託児ありの条件を外す' });
    const seatsChip = chips.getByRole('button', { name: '空席ありの条件を外す' });
    await expect(childcareChip).toBeVisible();
    await expect(seatsChip).toBeVisible();
    await expectNoA11yViolations(page, 'catalogue-chips-ja');
    await screenshot(page, 'catalogue-chips-ja');

    // Removing a chip by keyboard keeps focus in the chips, then on the button when none is left.
    await childcareChip.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/seminars?seats=1');
    await expect(seatsChip).toBeFocused();
    await expect(page.getByTestId('catalogue-childcare')).not.toBeChecked();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/seminars');
    await expect(chips).toHaveCount(0);
    await expect(toggle).toBeFocused();

    // The disclosure closes again with the keyboard.
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();

    await page.goto('/seminars?childcare=1&category=leadership');
    await switchLanguage(page, 'en');
    await expect(toggle).toHaveText('Filter (2)');
    await expect(chips.getByRole('button', { name: 'Remove the filter: With childcare' })).toBeVisible();
    await expect(chips.getByRole('button', { name: 'Remove the filter: Leadership' })).toBeVisible();
    await expectNoA11yViolations(page, 'catalogue-chips-en');
    await screenshot(page, 'catalogue-chips-en');
    await switchLanguage(page, 'ja');
  });

  test('each card says how many meetings and until when she can apply', async ({ page }) => {
    await page.goto('/seminars?category=leadership');
    const card = page.getByTestId('catalogue-results').locator('tsu-seminar-card').first();
    await expect(card).toContainText('女性リーダー育成講座');
    await expect(card.getByTestId('seminar-meetings')).toHaveText('全3回');
    await expect(card.getByTestId('seminar-deadline')).toHaveText(/^\d{1,2}\/\d{1,2}\(.\)$/);
    await expect(card.getByTestId('seminar-fee')).toHaveText('無料');
    // The bar fills as seats are taken; with nothing taken yet it reads so.
    await expect(card.getByRole('meter')).toHaveAttribute('aria-valuetext', /^定員30名のうち\d+名が申込済み/);
    await expectNoA11yViolations(page, 'catalogue-cards-ja');
    await screenshot(page, 'catalogue-cards-ja');

    await page.goto('/seminars?category=digital_selling');
    const handmade = page.getByTestId('catalogue-results').locator('tsu-seminar-card').first();
    await expect(handmade.getByTestId('seminar-meetings')).toHaveText('1回');
    await expect(handmade.getByTestId('seminar-fee')).toHaveText('1,000円');

    await switchLanguage(page, 'en');
    await expect(handmade.getByTestId('seminar-meetings')).toHaveText('1 meeting');
    await expect(handmade.getByTestId('seminar-fee')).toHaveText('¥1,000');
    await expect(handmade.getByTestId('seminar-deadline')).toHaveText(
      /^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}$/,
    );
    await expectNoA11yViolations(page, 'catalogue-cards-en');
    await screenshot(page, 'catalogue-cards-en');
    await switchLanguage(page, 'ja');
  });
});
