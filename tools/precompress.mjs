// Writes brotli (.br) and gzip (.gz) copies of the web build's text assets next to them, at the
// strongest settings (done once per build, so the time is spent here and never per request). The API
// serves them with Content-Encoding when the browser accepts one (apps/api/src/core/web-app.ts).
//
//   node tools/precompress.mjs [dir]      (default: dist/apps/web/browser; run by `nx run web:compress`)
//
// index.html is left out: it is served by the app's fallback route (every client-side URL), which
// compresses on the fly. Copies that would not save at least 10 % are not written.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.txt', '.xml', '.webmanifest', '.map']);
const MIN_BYTES = 1024;

export function precompress(dir) {
  const totals = { files: 0, raw: 0, br: 0, gz: 0 };
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      // Copies from an earlier run are rewritten (or dropped when no longer worth it).
      if (name.endsWith('.br') || name.endsWith('.gz')) continue;
      for (const suffix of ['.br', '.gz']) rmSync(path + suffix, { force: true });
      if (!TEXT.has(extname(name)) || name === 'index.html') continue;
      const raw = readFileSync(path);
      if (raw.length < MIN_BYTES) continue;
      const br = brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      });
      const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
      totals.files += 1;
      totals.raw += raw.length;
      for (const [suffix, bytes] of [
        ['.br', br],
        ['.gz', gz],
      ]) {
        if (bytes.length > raw.length * 0.9) continue;
        writeFileSync(path + suffix, bytes);
        totals[suffix.slice(1)] += bytes.length;
      }
    }
  };
  walk(dir);
  return totals;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const dir = resolve(process.argv[2] ?? 'dist/apps/web/browser');
  const t = precompress(dir);
  const kb = (n) => `${Math.round(n / 1024)} KB`;
  process.stdout.write(
    `Precompressed ${t.files} files in ${relative(process.cwd(), dir) || '.'}: ${kb(t.raw)} → brotli ${kb(t.br)}, gzip ${kb(t.gz)}\n`,
  );
}
