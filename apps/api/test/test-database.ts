export interface TestDatabase {
  serverUrl: string;
  name: string;
  embeddedDir: string | null;
}

/** The same server URL with another database name. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
