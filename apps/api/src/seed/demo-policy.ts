import { EnvError, PUBLISHED_DEMO_PASSWORD, type Env } from '../core/config/env';

export interface DemoSeedPlan {
  /** Whether to write the demo data now (it is written only where missing). */
  write: boolean;
  /** The demo accounts' password. */
  password: string;
  /** Whether the password may be printed: outside production only (in production it came from the operator). */
  printPassword: boolean;
}

type DemoEnv = Pick<Env, 'NODE_ENV' | 'SEED_DEMO_DATA' | 'DEMO_PASSWORD'>;

/**
 * When demo data is written, and with which password. Production never holds the demo accounts unless an
 * operator asks for them explicitly (SEED_DEMO_DATA=always, or `npm run db:seed`) and gives their
 * password in DEMO_PASSWORD: the password printed in the README works only outside production.
 */
export function demoSeedPlan(
  env: DemoEnv,
  command: 'serve' | 'seed',
  databaseHasUsers: boolean,
): DemoSeedPlan {
  if (env.NODE_ENV === 'production') {
    if (command === 'seed' && !env.DEMO_PASSWORD) {
      throw new EnvError(
        'Invalid environment:\n  DEMO_PASSWORD: required to write demo data in production (the published one is refused)',
      );
    }
    return {
      write: command === 'seed' || env.SEED_DEMO_DATA === 'always',
      password: env.DEMO_PASSWORD ?? '',
      printPassword: false,
    };
  }
  const write =
    command === 'seed' ||
    env.SEED_DEMO_DATA === 'always' ||
    (env.SEED_DEMO_DATA === 'auto' && !databaseHasUsers);
  return { write, password: env.DEMO_PASSWORD ?? PUBLISHED_DEMO_PASSWORD, printPassword: true };
}
