#!/usr/bin/env node
/**
 * Runs before the end-to-end tests (the web-e2e:e2e target). They use Debian's Chromium and never
 * download a browser (apps/web-e2e/playwright.config.ts). When it is missing: as root with apt-get,
 * install it with the Japanese fonts the screenshots need; otherwise stop with one line saying what to
 * install. CHROMIUM_PATH, when set, names the browser to use instead, and is never installed over.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** fonts-noto-cjk's file; without it Japanese text renders as boxes in screenshots. */
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const PACKAGES = ['chromium', 'fonts-noto-cjk'];
const INSTALL = `apt-get install -y ${PACKAGES.join(' ')}`;

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const canInstall = () =>
  process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const stop = (line) => {
  console.error(line);
  process.exit(1);
};

const chosen = process.env['CHROMIUM_PATH'];
if (chosen) {
  if (!isExecutable(chosen)) {
    stop(
      `No Chromium at CHROMIUM_PATH=${chosen}: point it at a Chromium binary, or unset it and run \`${INSTALL}\`.`,
    );
  }
} else if (!isExecutable(DEBIAN_CHROMIUM) || !existsSync(CJK_FONT)) {
  if (!canInstall()) {
    if (!isExecutable(DEBIAN_CHROMIUM)) {
      stop(`The end-to-end tests need Debian's Chromium: run \`${INSTALL}\` as root, or set CHROMIUM_PATH.`);
    }
    console.warn(`Japanese fonts are missing (screenshots will show boxes): run \`${INSTALL}\` as root.`);
  } else {
    console.log(`Installing ${PACKAGES.join(' and ')} from Debian for the end-to-end tests…`);
    const apt = (args) =>
      spawnSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    if (apt(['update', '-qq']).status !== 0 || apt(['install', '-y', '-qq', ...PACKAGES]).status !== 0) {
      stop(`Installing ${PACKAGES.join(' and ')} failed: run \`${INSTALL}\` by hand.`);
    }
    if (!isExecutable(DEBIAN_CHROMIUM)) stop(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is missing.`);
  }
}
