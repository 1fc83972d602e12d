import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

test('the server exits with 1 and names DATABASE_URL when the database cannot be reached', async () => {
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: 'tsunagu-e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz',
      PORT: '39999', // never bound: the database check comes first
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.resume();
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not exit within 30s; stderr so far:\n${stderr}`));
    }, 30_000);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code).toBe(1);
  expect(stderr).toContain('DATABASE_URL');
  expect(stderr).toContain('127.0.0.1:1/nowhere');
});
