import { Injectable, inject } from '@angular/core';
import type { Locale } from '@tsunagu/shared/domain';
import {
  AcceptInvitationDocument,
  ChangePasswordDocument,
  InvitationDocument,
  SessionStore,
  SignInDocument,
  SignOutDocument,
  SignUpDocument,
  UpdatePreferredLocaleDocument,
  type ChangePasswordInput,
  type InvitationQuery,
  type SessionUser,
  type SignInInput,
  type SignUpInput,
} from '@tsunagu/web/shared/data-access';
import { I18nService } from '@tsunagu/web/shared/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type InvitationDetails = InvitationQuery['invitation'];

/**
 * Sign-in, sign-up and account actions. Methods reject with what Apollo threw; callers map it
 * with `toAppError` to show per-field and form-level messages.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);

  async signIn(input: SignInInput): Promise<SessionUser> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SignInDocument, variables: { input } }),
    );
    const payload = result.data?.signIn;
    if (!payload) throw result.error ?? new Error('signIn returned no data');
    this.session.start(payload);
    // The account remembers the language she chose last, on whichever device.
    this.i18n.setLocale(payload.user.preferredLocale);
    return payload.user;
  }

  async signUp(input: Omit<SignUpInput, 'preferredLocale'>): Promise<SessionUser> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: SignUpDocument,
        variables: { input: { ...input, preferredLocale: this.i18n.locale() } },
      }),
    );
    const payload = result.data?.signUp;
    if (!payload) throw result.error ?? new Error('signUp returned no data');
    this.session.start(payload);
    return payload.user;
  }

  /**
   * Takes up an invitation sent to her email (after sign-up, or sign-in with an invitation link);
   * her new role changes which home pages she has, so the session's user is replaced.
   */
  async acceptInvitation(token: string): Promise<SessionUser> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: AcceptInvitationDocument, variables: { token } }),
    );
    const user = result.data?.acceptInvitation.user;
    if (!user) throw result.error ?? new Error('acceptInvitation returned no data');
    this.session.updateUser(user);
    return user;
  }

  /** Ends the session locally even when the API cannot be reached. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: SignOutDocument }));
    } catch {
      // The refresh token is forgotten below either way.
    } finally {
      this.session.clear();
      await this.apollo.client.clearStore();
    }
  }

  async changePassword(input: ChangePasswordInput): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: ChangePasswordDocument, variables: { input } }));
  }

  /** Switches the UI language and, when signed in, remembers it on the account. */
  async setLocale(locale: Locale): Promise<void> {
    this.i18n.setLocale(locale);
    if (!this.session.isSignedIn()) return;
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: UpdatePreferredLocaleDocument, variables: { locale } }),
    );
    const user = result.data?.updatePreferredLocale;
    if (user) this.session.updateUser(user);
  }

  async invitation(token: string): Promise<InvitationDetails> {
    const result = await firstValueFrom(
      this.apollo.query({ query: InvitationDocument, variables: { token }, fetchPolicy: 'no-cache' }),
    );
    if (!result.data) throw result.error ?? new Error('invitation returned no data');
    return result.data.invitation;
  }
}
