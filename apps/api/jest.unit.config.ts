/* The API's unit tests (*.spec.ts): no database and no global setup, so `npm run test:unit` runs them
   on a machine without PostgreSQL. */
export default {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  // As before the split: PDF and Excel rendering take seconds on a busy CI machine.
  testTimeout: 30000,
  coverageDirectory: '../../coverage/apps/api/unit',
};
