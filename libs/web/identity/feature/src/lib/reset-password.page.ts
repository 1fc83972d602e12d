import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { LIMITS } from '@tsunagu/shared/domain';
import { AccountEmailsService, AuthService } from '@tsunagu/web/identity/data-access';
import { FlashMessages, FormSupport, SessionStore, toAppError } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  ErrorSummaryComponent,
  FormFieldComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import {
  controlErrorText,
  I18nService,
  IDENTITY_PATHS,
  TranslatePipe,
  TsuValidators,
} from '@tsunagu/web/shared/util';

/** The second entry must repeat the first. */
function sameAsNewPassword(control: AbstractControl<string>): ValidationErrors | null {
  const first = control.parent?.get('newPassword')?.value as string | undefined;
  return control.value && first !== undefined && control.value !== first ? { mismatch: true } : null;
}

/**
 * Opened from the reset mail (`/reset-password?token=…`): a new password, twice. A link that has expired,
 * was used or superseded says so, with a link to ask for a new one.
 */
@Component({
  selector: 'tsu-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    tsu-alert {
      display: block;
      margin-bottom: 1rem;
    }
  `,
  template: `
    <div class="tsu-page">
      <h1>{{ 'auth.reset.title' | t }}</h1>
      @if (invalid()) {
        <tsu-card [heading]="'auth.reset.invalidTitle' | t">
          <tsu-alert kind="error" data-testid="reset-invalid">{{ 'auth.reset.invalid' | t }}</tsu-alert>
          <p>
            <a [routerLink]="paths.forgotPassword.link()" data-testid="reset-ask-again">{{
              'auth.reset.askAgain' | t
            }}</a>
          </p>
        </tsu-card>
      } @else {
        <p class="tsu-lead">{{ 'auth.reset.lead' | t }}</p>
        <tsu-card>
          <form class="tsu-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="reset-form">
            <tsu-error-summary [for]="f" testId="reset-error" />
            <tsu-form-field
              fieldId="reset-new-password"
              testId="reset-new-password"
              [label]="'auth.fields.newPassword' | t"
              [hint]="'auth.fields.passwordHint' | t: { min: limits.password.min }"
              [error]="f.error(form.controls.newPassword)"
              [required]="true"
            >
              <input
                tsuInput
                type="password"
                formControlName="newPassword"
                autocomplete="new-password"
                [attr.maxlength]="limits.password.max"
                data-testid="reset-new-password"
              />
            </tsu-form-field>
            <tsu-form-field
              fieldId="reset-confirm-password"
              testId="reset-confirm-password"
              [label]="'auth.reset.confirmPassword' | t"
              [error]="f.error(form.controls.confirmPassword)"
              [required]="true"
            >
              <input
                tsuInput
                type="password"
                formControlName="confirmPassword"
                autocomplete="new-password"
                [attr.maxlength]="limits.password.max"
                data-testid="reset-confirm-password"
              />
            </tsu-form-field>
            <button
              type="submit"
              class="tsu-button tsu-button--block"
              [disabled]="f.pending()"
              data-testid="reset-submit"
            >
              {{ (f.pending() ? 'auth.reset.submitting' : 'auth.reset.submit') | t }}
            </button>
          </form>
        </tsu-card>
      }
    </div>
  `,
})
export class ResetPasswordPage {
  protected readonly paths = IDENTITY_PATHS;
  protected readonly limits = LIMITS;
  private readonly accountEmails = inject(AccountEmailsService);
  private readonly auth = inject(AuthService);
  private readonly session = inject(SessionStore);
  private readonly flash = inject(FlashMessages);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token')?.trim() ?? '';

  protected readonly form = inject(NonNullableFormBuilder).group({
    newPassword: ['', TsuValidators.passwordField()],
    confirmPassword: ['', [Validators.required, sameAsNewPassword]],
  });
  protected readonly f = new FormSupport(this.form, (control, show) =>
    show && control.errors?.['mismatch']
      ? this.i18n.t('auth.reset.mismatch')
      : controlErrorText((key, params) => this.i18n.t(key, params), control, show),
  );
  /** No token in the address, or the API refused it. */
  protected readonly invalid = signal(this.token === '');

  async submit(): Promise<void> {
    this.form.controls.confirmPassword.updateValueAndValidity();
    if (!this.f.start()) return;
    this.f.pending.set(true);
    try {
      await this.accountEmails.resetPassword(this.token, this.form.getRawValue().newPassword);
    } catch (error) {
      if (toAppError(error).fields?.['token']) {
        this.invalid.set(true);
        this.f.focusAfterRender('[data-testid="reset-invalid"]');
      } else this.f.fail(error);
      return;
    } finally {
      this.f.pending.set(false);
    }
    // Every session of hers has ended, this device's too: she signs in with the new password.
    if (this.session.isSignedIn()) await this.auth.signOut();
    this.flash.showAfterNavigation({ key: 'auth.signIn.passwordReset' });
    await this.router.navigateByUrl(this.paths.signIn.link());
  }
}
