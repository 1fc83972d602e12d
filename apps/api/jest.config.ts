/* Every API test, unit and integration, in one run: `npx jest -c apps/api/jest.config.ts [pattern]`.
   The tiers have their own configs (jest.unit.config.ts: no database; jest.int.config.ts: real
   PostgreSQL), run by the Nx targets `api:test` and `api:test-int`. */
export default {
  projects: ['<rootDir>/jest.unit.config.ts', '<rootDir>/jest.int.config.ts'],
};
