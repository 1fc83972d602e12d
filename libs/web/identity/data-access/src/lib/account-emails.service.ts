import { Injectable, inject } from '@angular/core';
import {
  MyEmailAddressDocument,
  RequestEmailChangeDocument,
  RequestPasswordResetDocument,
  ResendEmailVerificationDocument,
  ResetPasswordDocument,
  VerifyEmailDocument,
  type MyEmailAddressQuery,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type MyEmailAddress = MyEmailAddressQuery['me'];

/**
 * Password reset and address verification by emailed link, and her address on the account page.
 * Methods reject with what Apollo threw (callers map it with `toAppError`).
 */
@Injectable({ providedIn: 'root' })
export class AccountEmailsService {
  private readonly apollo = inject(Apollo);

  async requestPasswordReset(email: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: RequestPasswordResetDocument, variables: { email } }),
    );
  }

  async resetPassword(token: string, newPassword: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: ResetPasswordDocument, variables: { token, newPassword } }),
    );
  }

  async verifyEmail(token: string): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: VerifyEmailDocument, variables: { token } }));
  }

  async resendVerification(): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: ResendEmailVerificationDocument }));
  }

  async requestEmailChange(newEmail: string, currentPassword: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: RequestEmailChangeDocument, variables: { newEmail, currentPassword } }),
    );
  }

  async myAddress(): Promise<MyEmailAddress> {
    const result = await firstValueFrom(
      this.apollo.query({ query: MyEmailAddressDocument, fetchPolicy: 'no-cache' }),
    );
    if (!result.data) throw result.error ?? new Error('me returned no data');
    return result.data.me;
  }
}
