import { Injectable, Injector, computed, inject, signal } from '@angular/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { organisesSeminars, type Persona, type Role } from '@tsunagu/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  RefreshSessionDocument,
  type SessionPayloadFragment,
  type SessionUserFragment,
} from '../generated/graphql';

export const REFRESH_TOKEN_STORAGE_KEY = 'tsunagu.refreshToken';

/** Context flag for operations that must not trigger a refresh (the refresh itself). */
export const SKIP_SESSION_REFRESH = 'skipSessionRefresh';

export type SessionUser = SessionUserFragment;

/**
 * The signed-in session. The access token lives only in memory; the refresh token is kept in
 * localStorage so a reload can restore the session through `refreshSession`.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly injector = inject(Injector);
  private readonly accessTokenState = signal<string | null>(null);
  private readonly refreshTokenState = signal<string | null>(readStoredRefreshToken());
  private readonly userState = signal<SessionUser | null>(null);
  private refreshInFlight: Promise<boolean> | null = null;

  readonly accessToken = this.accessTokenState.asReadonly();
  readonly refreshToken = this.refreshTokenState.asReadonly();
  readonly user = this.userState.asReadonly();
  readonly isSignedIn = computed(() => this.userState() !== null && this.accessTokenState() !== null);
  readonly personas = computed<readonly Persona[]>(() => this.userState()?.personas ?? []);
  /** Every role she holds, in any organisation. */
  readonly roles = computed<readonly Role[]>(() => (this.userState()?.memberships ?? []).map((m) => m.role));
  /**
   * Whether she organises seminars somewhere: course editor, sessions, rosters, members. A project
   * team member has the secretariat home but none of these (the API refuses them), so they are hidden.
   */
  readonly organises = computed(() => organisesSeminars(this.roles()));

  /** Adopts a fresh sign-in, sign-up or refresh payload. */
  start(payload: SessionPayloadFragment): void {
    this.accessTokenState.set(payload.accessToken);
    this.refreshTokenState.set(payload.refreshToken);
    this.userState.set(payload.user);
    writeStoredRefreshToken(payload.refreshToken);
  }

  updateUser(user: SessionUser): void {
    this.userState.set(user);
  }

  clear(): void {
    this.accessTokenState.set(null);
    this.refreshTokenState.set(null);
    this.userState.set(null);
    writeStoredRefreshToken(null);
  }

  /** Restores the session after a reload; a failed restore just leaves the visitor signed out. */
  async restore(): Promise<void> {
    if (this.refreshTokenState() && !this.isSignedIn()) await this.refresh();
  }

  /**
   * Exchanges the refresh token for a new session. Concurrent callers share one request, so a
   * burst of UNAUTHENTICATED answers rotates the token once.
   */
  refresh(): Promise<boolean> {
    this.refreshInFlight ??= this.doRefresh().finally(() => (this.refreshInFlight = null));
    return this.refreshInFlight;
  }

  private async doRefresh(): Promise<boolean> {
    const refreshToken = this.refreshTokenState();
    if (!refreshToken) return false;
    try {
      // Apollo is looked up lazily: its link chain depends on this store.
      const apollo = this.injector.get(Apollo);
      const result = await firstValueFrom(
        apollo.mutate({
          mutation: RefreshSessionDocument,
          variables: { refreshToken },
          context: { [SKIP_SESSION_REFRESH]: true },
          errorPolicy: 'all',
        }),
      );
      const payload = result.data?.refreshSession;
      if (payload) {
        this.start(payload);
        return true;
      }
      if (CombinedGraphQLErrors.is(result.error)) {
        // The API refused the refresh token (expired, revoked or reused): sign out.
        this.clear();
      } else {
        this.accessTokenState.set(null);
      }
      return false;
    } catch (error) {
      if (CombinedGraphQLErrors.is(error)) this.clear();
      // Otherwise the API is unreachable: keep the refresh token for the next try.
      else this.accessTokenState.set(null);
      return false;
    }
  }
}

function readStoredRefreshToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(REFRESH_TOKEN_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeStoredRefreshToken(token: string | null): void {
  try {
    if (token) globalThis.localStorage?.setItem(REFRESH_TOKEN_STORAGE_KEY, token);
    else globalThis.localStorage?.removeItem(REFRESH_TOKEN_STORAGE_KEY);
  } catch {
    // Storage refused (private mode): the session lasts until the tab closes.
  }
}
