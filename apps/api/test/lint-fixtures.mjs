/*
 * Lints source strings as if they were files of apps/api, with the API's real ESLint config, and prints
 * each one's messages as JSON. Input on stdin: [{ "filePath": "src/modules/x/y.ts", "source": "…" }].
 * The JSON is the last line (the Nx rule may print warnings before it). A child process because ESLint loads its config with import(), which Jest's CommonJS runtime refuses.
 */
import { ESLint } from 'eslint';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const fixtures = JSON.parse(Buffer.concat(chunks).toString('utf8'));
// The fixtures exist only as strings, so the type-aware part of the config (the project service) cannot
// parse them: it is switched off here with the two rules that need it; the import rules under test are
// the real config's.
const eslint = new ESLint({
  cwd: join(dirname(fileURLToPath(import.meta.url)), '..'),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
    },
  },
});
const results = [];
for (const { filePath, source } of fixtures) {
  const [result] = await eslint.lintText(source, { filePath });
  results.push(result.messages.map(({ ruleId, line, message }) => ({ ruleId, line, message })));
}
process.stdout.write(`\n${JSON.stringify(results)}\n`);
