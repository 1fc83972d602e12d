import { EnvError, loadEnv, PUBLISHED_DEMO_PASSWORD } from '../core/config/env';
import { demoSeedPlan } from './demo-policy';

const JWT = { JWT_SECRET: 'x'.repeat(40) };

describe(demoSeedPlan.name, () => {
  it('never writes demo data in production by default, even on an empty database', () => {
    const env = loadEnv({ NODE_ENV: 'production', ...JWT });
    expect(env.SEED_DEMO_DATA).toBe('auto');
    expect(demoSeedPlan(env, 'serve', false).write).toBe(false);
  });

  it('writes them in production only when asked, with the operator password, never printed', () => {
    const env = loadEnv({
      NODE_ENV: 'production',
      ...JWT,
      SEED_DEMO_DATA: 'always',
      DEMO_PASSWORD: 'an-operator-chosen-pw',
    });
    expect(demoSeedPlan(env, 'serve', true)).toEqual({
      write: true,
      password: 'an-operator-chosen-pw',
      printPassword: false,
    });
  });

  it('refuses SEED_DEMO_DATA=always in production without DEMO_PASSWORD, and the published password', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', ...JWT, SEED_DEMO_DATA: 'always' })).toThrow(
      /SEED_DEMO_DATA/,
    );
    expect(() =>
      loadEnv({
        NODE_ENV: 'production',
        ...JWT,
        SEED_DEMO_DATA: 'always',
        DEMO_PASSWORD: PUBLISHED_DEMO_PASSWORD,
      }),
    ).toThrow(/DEMO_PASSWORD/);
  });

  it('refuses `db:seed` in production without DEMO_PASSWORD', () => {
    const env = loadEnv({ NODE_ENV: 'production', ...JWT });
    expect(() => demoSeedPlan(env, 'seed', true)).toThrow(EnvError);
  });

  it('outside production seeds an empty database with the published password', () => {
    const env = loadEnv({});
    expect(demoSeedPlan(env, 'serve', false)).toEqual({
      write: true,
      password: PUBLISHED_DEMO_PASSWORD,
      printPassword: true,
    });
    expect(demoSeedPlan(env, 'serve', true).write).toBe(false);
    expect(demoSeedPlan(loadEnv({ SEED_DEMO_DATA: 'never' }), 'serve', false).write).toBe(false);
  });
});
