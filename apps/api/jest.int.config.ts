/* The API's integration tests (*.int-spec.ts) against a real PostgreSQL. The global setup creates a
   fresh database for the run (on DATABASE_URL's server, or on an embedded PostgreSQL when DATABASE_URL
   is unset), migrates it, and drops it afterwards. `npm run test:int` runs them. */
export default {
  displayName: 'api-int',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
  coverageDirectory: '../../coverage/apps/api/int',
};
