import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { basename, join } from 'node:path';

/** Angular's output hashing (`main-6MHS4IXL.js`): a new build gives changed files new names. */
const HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

function cacheControl(res: ServerResponse, path: string): void {
  const name = basename(path).replace(/\.(br|gz)$/, '');
  res.setHeader(
    'Cache-Control',
    HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
  );
}

/**
 * Serves the built Angular app from the same origin: assets as brotli or gzip copies written at build
 * time (tools/precompress.mjs) when the browser accepts them, with `Vary: Accept-Encoding`, the
 * original's Content-Type, and a year's immutable caching for hashed names; unknown paths get
 * index.html (client routing), never cached without asking. False when there is no build.
 */
export function serveWebApp(app: NestExpressApplication, dir: string): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(
    expressStaticGzip(dir, {
      index: false,
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      serveStatic: { index: false, setHeaders: cacheControl },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/api/'))
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
