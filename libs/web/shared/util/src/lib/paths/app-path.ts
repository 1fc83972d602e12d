/** The names of a pattern's parameters: `'/seminars/sessions/:id/enrol'` → `'id'`. */
export type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/**
 * One page's address, written once: the router's `path` (`route`, without the leading slash; routes are
 * mounted at the root) and the links to it (`link({ id })`), so a path cannot drift between its route
 * and the pages that link to it.
 */
export class AppPath<P extends string> {
  constructor(readonly pattern: P) {}

  /** For the route table: the pattern without its leading slash. */
  get route(): string {
    return this.pattern.slice(1);
  }

  /** The URL of the page, each parameter URI-encoded. */
  link(...[params]: [PathParams<P>] extends [never] ? [] : [Record<PathParams<P>, string>]): string {
    if (!params) return this.pattern;
    const values = params as Record<string, string>;
    return this.pattern.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(values[name] ?? ''));
  }
}

export function appPath<P extends `/${string}`>(pattern: P): AppPath<P> {
  return new AppPath(pattern);
}
