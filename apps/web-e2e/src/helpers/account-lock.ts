import { test } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Demo accounts are shared by both viewport projects, which run in parallel workers. A test that
 * signs in as an account may change what the account remembers (its language), so it holds the
 * account for its whole duration: a directory in the run's output folder is the lock (mkdir is
 * atomic), released after the test by the auto fixture in fixtures.ts. Playwright empties the
 * output folder at the start of each run, so a crashed run leaves nothing behind.
 */
const held = new Set<string>();

function lockDir(email: string): string {
  return join(test.info().project.outputDir, '.account-locks', email);
}

export async function lockAccount(email: string): Promise<void> {
  if (held.has(email)) return;
  mkdirSync(join(test.info().project.outputDir, '.account-locks'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir(email));
      held.add(email);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

export function releaseAccounts(): void {
  for (const email of held) rmSync(lockDir(email), { recursive: true, force: true });
  held.clear();
}
