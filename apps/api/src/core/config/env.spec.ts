import { EnvError, loadEnv } from './env';

describe('loadEnv', () => {
  it('fills typed defaults', () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.NODE_ENV).toBe('development');
    expect(env.PUBLIC_URL).toBe('http://localhost:3000');
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('coerces numbers and derives the public URL from PORT', () => {
    const env = loadEnv({ PORT: '8080' });
    expect(env.PORT).toBe(8080);
    expect(env.PUBLIC_URL).toBe('http://localhost:8080');
  });

  it('names each invalid variable', () => {
    expect(() => loadEnv({ PORT: 'abc', DATABASE_URL: 'not a url' })).toThrow(EnvError);
    expect(() => loadEnv({ PORT: 'abc' })).toThrow(/PORT/);
  });

  it('runs the development mailbox in development only, never in production', () => {
    expect(loadEnv({}).DEV_MAILBOX).toBe('on');
    expect(loadEnv({ NODE_ENV: 'test' }).DEV_MAILBOX).toBe('off');
    expect(loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).DEV_MAILBOX).toBe('off');
    expect(() => loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DEV_MAILBOX: 'on' })).toThrow(
      /DEV_MAILBOX/,
    );
    expect(loadEnv({}).MAIL_FROM).toBe('no-reply@tsunagu.localhost');
    expect(() => loadEnv({ SMTP_URL: 'not a url' })).toThrow(/SMTP_URL/);
  });

  it('refuses the development JWT secret in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).NODE_ENV).toBe('production');
  });

  it.each(['BENCH_UNSAFE_ENROLMENT', 'BENCH_UNSAFE_SEAT_POOL', 'BENCH_COUNT_SQL'])(
    'refuses the bench switch %s in production',
    (flag) => {
      const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
      expect(() => loadEnv({ ...production, [flag]: '1' })).toThrow(new RegExp(flag));
      expect(loadEnv({ ...production, [flag]: '0' })[flag as 'BENCH_COUNT_SQL']).toBe('0');
      expect(loadEnv({ NODE_ENV: 'test', [flag]: '1' })[flag as 'BENCH_COUNT_SQL']).toBe('1');
    },
  );
});
