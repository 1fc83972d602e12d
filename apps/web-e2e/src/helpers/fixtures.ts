import { test as base } from '@playwright/test';
import { releaseAccounts } from './account-lock';

/** Playwright's test with an automatic fixture that frees the demo accounts a test held. */
export const test = base.extend<{ accountLocks: void }>({
  accountLocks: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern
    async ({}, use) => {
      await use();
      releaseAccounts();
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
