// Summarises a V8 .cpuprofile (from BENCH_PROFILE=1, written to tmp/prof): self time by package (or by
// the API's own source folder) and the heaviest functions, so a profile can be read without DevTools.
//   node tools/bench/profile-summary.mjs tmp/prof/CPU.*.cpuprofile [--top=30]
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 30);

/** node_modules/<pkg> (scoped too), the API's folder under apps/api/src, or a V8/Node category. */
function bucketOf(url, name) {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const src = url.indexOf('apps/api/src/');
  if (src >= 0)
    return `api:${url
      .slice(src + 'apps/api/src/'.length)
      .split('/')
      .slice(0, 2)
      .join('/')}`;
  if (url.startsWith('node:')) return url;
  return url.split('/').slice(-2).join('/');
}

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  // Sample counts per node, spread over the profile's duration.
  for (const id of profile.samples) self.set(id, (self.get(id) ?? 0) + 1);
  const total = profile.samples.length;
  const ms = (profile.endTime - profile.startTime) / 1000 / total;
  const buckets = new Map();
  const functions = new Map();
  for (const [id, count] of self) {
    const { callFrame } = byId.get(id);
    const bucket = bucketOf(callFrame.url, callFrame.functionName);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + count);
    const key = `${callFrame.functionName || '(anonymous)'} ${bucket}:${callFrame.lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + count);
  }
  const idle = buckets.get('(idle)') ?? 0;
  const busy = total - idle;
  const print = (title, map) => {
    process.stdout.write(`\n${title}\n`);
    for (const [key, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      if (key.startsWith('(idle)')) continue;
      process.stdout.write(
        `${((count / busy) * 100).toFixed(1).padStart(5)} %  ${(count * ms).toFixed(0).padStart(6)} ms  ${key}\n`,
      );
    }
  };
  process.stdout.write(
    `${file}: ${(total * ms).toFixed(0)} ms profiled, ${(busy * ms).toFixed(0)} ms busy (percentages of busy)\n`,
  );
  print('Self time by package / API folder', buckets);
  print('Heaviest functions (self time)', functions);
}
