#!/usr/bin/env node
/**
 * The 400-line rule: lists hand-written source files (.ts, .mjs, .html, .scss under apps/, libs/ and
 * tools/) longer than 400 lines and exits 1 when there is any. No allowlist: a file over the limit is
 * split, not excused.
 *
 * Not hand-written, so not counted (EXCLUDED below):
 * - migrations:            any file under a `migrations/` folder
 * - generated code:        any file under a `generated/` folder
 * - the emitted schema:    libs/shared/graphql-schema/schema.graphql (not a counted extension anyway)
 * - i18n dictionaries:     `ja.ts` / `en.ts` and their per-domain split files, i.e. any `ja.ts` or
 *                          `en.ts`, any `*.ja.ts` / `*.en.ts`, and anything under an `i18n/ja/` or
 *                          `i18n/en/` folder
 * Build output, dependencies and test artefacts (dist, node_modules, .angular, test-results,
 * playwright-report, bench results) are never walked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIMIT = 400;
const ROOTS = ['apps', 'libs', 'tools'];
const COUNTED = /\.(ts|mjs|html|scss)$/;
const NEVER_WALKED = new Set([
  'node_modules',
  'dist',
  '.angular',
  '.nx',
  'test-results',
  'playwright-report',
  'results',
  'tmp',
  'coverage',
]);
const EXCLUDED = [
  /(^|\/)migrations\//,
  /(^|\/)generated\//,
  /^libs\/shared\/graphql-schema\/schema\.graphql$/,
  /(^|\/)(ja|en)\.ts$/,
  /\.(ja|en)\.ts$/,
  /(^|\/)i18n\/(ja|en)\//,
];

const root = join(fileURLToPath(import.meta.url), '..', '..');

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!NEVER_WALKED.has(entry.name)) yield* sourceFiles(join(dir, entry.name));
    } else if (COUNTED.test(entry.name)) {
      yield join(dir, entry.name);
    }
  }
}

const lineCount = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

const offenders = [];
for (const top of ROOTS) {
  for (const file of sourceFiles(join(root, top))) {
    const path = relative(root, file).split(sep).join('/');
    if (EXCLUDED.some((pattern) => pattern.test(path))) continue;
    const lines = lineCount(readFileSync(file, 'utf8'));
    if (lines > LIMIT) offenders.push({ path, lines });
  }
}

if (offenders.length) {
  offenders.sort((a, b) => b.lines - a.lines);
  console.error(`${offenders.length} hand-written source file(s) over ${LIMIT} lines:`);
  for (const { path, lines } of offenders) console.error(`  ${String(lines).padStart(5)}  ${path}`);
  process.exit(1);
}
console.log(`No hand-written source file over ${LIMIT} lines.`);
