/*
 * Jest's global setup and teardown run in the parent process as plain Node modules, outside Jest's
 * resolver, so the workspace's tsconfig path aliases are registered here. Import this first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

const root = join(__dirname, '../../..');
const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
register({ baseUrl: root, paths: base.compilerOptions.paths });
