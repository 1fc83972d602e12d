import baseConfig from '../../eslint.config.mjs';

/*
 * Module ownership inside the API (the second enforcement is modules/ownership.spec.ts, which reads SQL):
 * a module imports another only through its public file, `../<module>` (its index.ts), never
 * `../<module>/x.entity`; core imports no module (nor the app-level files that list them). The patterns
 * are relative import paths, so there is one block per folder depth under modules/. Globs start with
 * `**` so they match whether ESLint runs from the workspace root or from apps/api.
 * Proved by eslint-module-rules.spec.ts (a fixture with a violation gets this rule's error).
 */
const OTHER_MODULE_INTERNALS =
  'A module imports another module only through its public file (`../<module>`, its index.ts): export what you need from there.';

/** `../` repeated `depth` times, then a folder name and a path inside it: another module's internals. */
function moduleInternals(depth) {
  return {
    regex: `^(\\.\\./){${depth}}[^./][^/]*/`,
    message: OTHER_MODULE_INTERNALS,
  };
}

const moduleDepths = [1, 2, 3].map((depth) => ({
  files: [`**/src/modules/*/${'*/'.repeat(depth - 1)}*.ts`],
  rules: { 'no-restricted-imports': ['error', { patterns: [moduleInternals(depth)] }] },
}));

export default [
  ...baseConfig,
  ...moduleDepths,
  {
    files: ['**/src/core/**/*.ts'],
    // Integration specs under core drive the whole app through the test harness; they may name a
    // module's public file (a limit, say). Everything else in core stays free of modules.
    ignores: ['**/*.int-spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(modules|seed|data-source|app\\.module)(/|$)',
              message:
                'core/ imports no module: define an interface or injection token in core and let the module provide it.',
            },
          ],
        },
      ],
    },
  },
];
