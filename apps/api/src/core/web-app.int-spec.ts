import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { TestApp } from '../../test/harness';

const ROOT = resolve(__dirname, '../../../..');

/** A GET or POST with exactly these headers, answered with the raw (still encoded) bytes. */
function raw(
  url: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  return new Promise((done, fail) => {
    const req = request(url, { method: body ? 'POST' : 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end(body);
  });
}

describe('Compression and caching', () => {
  let dir: string;
  let app: TestApp;
  let base: string;
  const script = Array.from(
    { length: 800 },
    (_, i) => `export function section${i}(items) { return items.filter((item) => item.id !== ${i}); }\n`,
  ).join('');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tsunagu-web-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>つなぐ</title><script src="main-6MHS4IXL.js"></script>',
    );
    writeFileSync(join(dir, 'main-6MHS4IXL.js'), script);
    writeFileSync(join(dir, 'chunk-SMALL123.js'), 'export const a = 1;');
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n'.repeat(200));
    const run = spawnSync(process.execPath, [join(ROOT, 'tools/precompress.mjs'), dir], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    app = await TestApp.create({ webDistDir: dir });
    base = app.url.replace('/graphql', '');
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('precompresses text assets at build time, not index.html or files too small to gain', () => {
    expect(existsSync(join(dir, 'main-6MHS4IXL.js.br'))).toBe(true);
    expect(existsSync(join(dir, 'main-6MHS4IXL.js.gz'))).toBe(true);
    expect(existsSync(join(dir, 'index.html.br'))).toBe(false);
    expect(existsSync(join(dir, 'chunk-SMALL123.js.br'))).toBe(false);
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)(
    'serves a hashed script as its %s copy, the same bytes once decoded, cached for a year',
    async (encoding, decode) => {
      const res = await raw(`${base}/main-6MHS4IXL.js`, { 'accept-encoding': `${encoding}` });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(res.headers['content-type']).toMatch(/^text\/javascript; charset=utf-8$/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.bytes.length).toBeLessThan(script.length / 5);
      expect(decode(res.bytes).toString('utf8')).toBe(script);
    },
  );

  it('prefers brotli when the browser accepts both, and sends the file as it is when it accepts neither', async () => {
    const chrome = await raw(`${base}/main-6MHS4IXL.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(chrome.headers['content-encoding']).toBe('br');
    const plain = await raw(`${base}/main-6MHS4IXL.js`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(plain.bytes.toString('utf8')).toBe(script);
  });

  it('caches unhashed files for an hour and index.html (every client-side route) not without asking', async () => {
    const robots = await raw(`${base}/robots.txt`, { 'accept-encoding': 'br' });
    expect([robots.headers['content-encoding'], robots.headers['cache-control']]).toEqual([
      'br',
      'public, max-age=3600',
    ]);
    const route = await raw(`${base}/courses/some-course`, { 'accept-encoding': 'br' });
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.bytes.toString('utf8')).toContain('つなぐ');
  });

  it('compresses API answers over 1 KB when asked, and small ones or unasked ones not', async () => {
    // 150 aliased __typename: an answer of about 2 KB that costs nothing to compute.
    const body = JSON.stringify({
      query: `{ ${Array.from({ length: 150 }, (_, i) => `field${i}: __typename`).join(' ')} }`,
    });
    const headers = { 'content-type': 'application/json' };
    const plain = await raw(app.url, headers, body);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(1024);
    const json = plain.bytes.toString('utf8');

    const br = await raw(app.url, { ...headers, 'accept-encoding': 'br' }, body);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(JSON.parse(brotliDecompressSync(br.bytes).toString('utf8'))).toEqual(JSON.parse(json));
    const gzip = await raw(app.url, { ...headers, 'accept-encoding': 'gzip' }, body);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.bytes).toString('utf8'))).toEqual(JSON.parse(json));

    const small = await raw(
      app.url,
      { 'content-type': 'application/json', 'accept-encoding': 'br' },
      '{"query":"{ __typename }"}',
    );
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});
