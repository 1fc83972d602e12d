import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const browserDir = join(__dirname, '..', '..', '..', 'dist/apps/web/browser');

/** A GET with exactly these headers, answered with the bytes as sent (Playwright's client would decode). */
function fetchRaw(baseURL: string | undefined, path: string, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; bytes: Buffer }>(
    (done, fail) => {
      get(`${baseURL}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ headers: res.headers, bytes: Buffer.concat(chunks) }));
      }).on('error', fail);
    },
  );
}

test('the built app serves its hashed scripts precompressed (brotli, gzip) or plain, cached for a year', async ({
  baseURL,
}) => {
  const index = (await fetchRaw(baseURL, '/', {})).bytes.toString('utf8');
  const main = /src="(main-[A-Z0-9]{8}\.js)"/.exec(index)?.[1];
  expect(main).toBeTruthy();
  const original = readFileSync(join(browserDir, String(main)));

  for (const [encoding, decode] of [
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
    ['identity', (b: Buffer) => b],
  ] as const) {
    const res = await fetchRaw(baseURL, `/${main}`, { 'accept-encoding': encoding });
    expect(res.headers['content-encoding']).toBe(encoding === 'identity' ? undefined : encoding);
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(decode(res.bytes).equals(original)).toBe(true);
  }
  // index.html answers every client-side route: compressed on the fly, never cached without asking.
  const page = await fetchRaw(baseURL, '/catalogue', { 'accept-encoding': 'br' });
  expect(page.headers['cache-control']).toBe('no-cache');
  expect(page.headers['content-encoding']).toBe('br');
  expect(brotliDecompressSync(page.bytes).toString('utf8')).toBe(index);
});
