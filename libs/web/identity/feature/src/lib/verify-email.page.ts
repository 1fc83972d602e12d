import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AccountEmailsService } from '@tsunagu/web/identity/data-access';
import { SessionStore, toAppError } from '@tsunagu/web/shared/data-access';
import { AlertComponent, CardComponent } from '@tsunagu/web/shared/ui';
import { errorText, HOME_PATHS, I18nService, IDENTITY_PATHS, TranslatePipe } from '@tsunagu/web/shared/util';

type State =
  { kind: 'verifying' } | { kind: 'done' } | { kind: 'invalid' } | { kind: 'failed'; message: string };

/**
 * Opened from the verification mail (`/verify-email?token=…`): verifies her address, or makes the
 * address she changed to take effect. Works signed in or not (the link is the credential).
 */
@Component({
  selector: 'tsu-verify-email-page',
  imports: [RouterLink, TranslatePipe, AlertComponent, CardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    tsu-alert {
      display: block;
      margin-bottom: 1rem;
    }
  `,
  template: `
    <div class="tsu-page">
      <h1>{{ 'auth.verify.title' | t }}</h1>
      <tsu-card>
        @switch (state().kind) {
          @case ('verifying') {
            <p role="status" data-testid="verify-pending">{{ 'auth.verify.verifying' | t }}</p>
          }
          @case ('done') {
            <tsu-alert kind="success" data-testid="verify-done">{{ 'auth.verify.done' | t }}</tsu-alert>
          }
          @case ('invalid') {
            <h2 class="tsu-card__title">{{ 'auth.verify.invalidTitle' | t }}</h2>
            <tsu-alert kind="error" data-testid="verify-invalid">{{ 'auth.verify.invalid' | t }}</tsu-alert>
          }
          @case ('failed') {
            <tsu-alert kind="error" data-testid="verify-failed">{{ failure() }}</tsu-alert>
          }
        }
        @if (state().kind !== 'verifying') {
          <p class="tsu-actions">
            @if (signedIn()) {
              <a [routerLink]="paths.account.link()" data-testid="verify-to-account">{{
                'auth.verify.toAccount' | t
              }}</a>
              <a [routerLink]="home.home.link()" data-testid="verify-to-home">{{
                'auth.verify.toHome' | t
              }}</a>
            } @else {
              <a [routerLink]="paths.signIn.link()" data-testid="verify-to-sign-in">{{
                'auth.verify.toSignIn' | t
              }}</a>
            }
          </p>
        }
      </tsu-card>
    </div>
  `,
})
export class VerifyEmailPage implements OnInit {
  protected readonly paths = IDENTITY_PATHS;
  protected readonly home = HOME_PATHS;
  private readonly accountEmails = inject(AccountEmailsService);
  private readonly i18n = inject(I18nService);
  protected readonly signedIn = inject(SessionStore).isSignedIn;
  private readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token')?.trim() ?? '';
  protected readonly state = signal<State>(this.token ? { kind: 'verifying' } : { kind: 'invalid' });
  protected readonly failure = () => {
    const s = this.state();
    return s.kind === 'failed' ? s.message : '';
  };

  ngOnInit(): void {
    if (this.token) void this.verify();
  }

  private async verify(): Promise<void> {
    try {
      await this.accountEmails.verifyEmail(this.token);
      this.state.set({ kind: 'done' });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.fields?.['token'] && appError.code === 'BAD_USER_INPUT')
        this.state.set({ kind: 'invalid' });
      else this.state.set({ kind: 'failed', message: errorText(this.i18n, appError) });
    }
  }
}
