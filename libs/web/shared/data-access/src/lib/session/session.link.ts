import { ApolloLink } from '@apollo/client/link';
import { from, mergeMap, Observable, of } from 'rxjs';
import { hasUnauthenticatedError } from '../app-error';
import { SKIP_SESSION_REFRESH } from './session.store';

export interface SessionLinkDeps {
  accessToken(): string | null;
  locale(): string;
  /** Resolves true when a new access token is in place. */
  refresh(): Promise<boolean>;
  /** Called when the refresh failed: the session is over. */
  clear(): void;
}

/**
 * Adds the session and language headers to every operation. When the API answers
 * UNAUTHENTICATED (an expired access token) it refreshes the session once and retries the
 * operation with the new token; if the refresh fails, the session is cleared and the original
 * answer goes through so the caller sees UNAUTHENTICATED.
 */
export function createSessionLink(deps: SessionLinkDeps): ApolloLink {
  const withHeaders = (operation: ApolloLink.Operation): void => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => {
      const token = deps.accessToken();
      const next: Record<string, string> = {
        ...headers,
        'accept-language': deps.locale(),
        // Apollo Server's CSRF prevention: force a preflight for every request.
        'apollo-require-preflight': 'true',
      };
      if (token) next['authorization'] = `Bearer ${token}`;
      else delete next['authorization'];
      return { headers: next };
    });
  };

  return new ApolloLink((operation, forward): Observable<ApolloLink.Result> => {
    withHeaders(operation);
    const hadToken = deps.accessToken() !== null;
    return forward(operation).pipe(
      mergeMap((result) => {
        const context = operation.getContext() as Record<string, unknown>;
        if (!hadToken || context[SKIP_SESSION_REFRESH] || !hasUnauthenticatedError(result.errors)) {
          return of(result);
        }
        return from(deps.refresh()).pipe(
          mergeMap((refreshed) => {
            if (!refreshed) {
              deps.clear();
              return of(result);
            }
            operation.setContext({ [SKIP_SESSION_REFRESH]: true });
            withHeaders(operation);
            return forward(operation);
          }),
        );
      }),
    );
  });
}
