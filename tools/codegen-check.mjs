#!/usr/bin/env node
/**
 * Fails (exit 1) when the committed typed GraphQL operations differ from what `npm run codegen` would
 * write from today's `.graphql` documents and `schema.graphql`. Codegen runs in memory with the same
 * configuration (codegen.ts); nothing in the working tree is touched.
 */
import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
process.chdir(root);
// codegen.ts is TypeScript: load it the way the codegen CLI does, through ts-node.
const require = createRequire(import.meta.url);
require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
const config = require(join(root, 'codegen.ts')).default;

const outputs = await generate({ ...config, silent: true }, false);
const stale = outputs.filter(({ filename, content }) => {
  let committed = null;
  try {
    committed = readFileSync(join(root, filename), 'utf8');
  } catch {
    // a missing file is stale
  }
  return committed !== content;
});
if (stale.length) {
  console.error('Generated GraphQL operations are out of date; run `npm run codegen` and commit:');
  for (const { filename } of stale) console.error(`  ${filename}`);
  process.exit(1);
}
console.log('Generated GraphQL operations match the .graphql documents and the schema.');
