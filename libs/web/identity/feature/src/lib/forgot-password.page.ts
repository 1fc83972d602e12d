import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { LIMITS, normaliseEmail } from '@tsunagu/shared/domain';
import { AccountEmailsService } from '@tsunagu/web/identity/data-access';
import { FormSupport } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  ErrorSummaryComponent,
  FormFieldComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { IDENTITY_PATHS, TranslatePipe, TsuValidators } from '@tsunagu/web/shared/util';

/**
 * 「パスワードをお忘れの方」: asks for a reset link. The confirmation is the same whether or not the address
 * has an account (the API's answer is too), so it says "if it is registered".
 */
@Component({
  selector: 'tsu-forgot-password-page',
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
      <h1>{{ 'auth.forgot.title' | t }}</h1>
      @if (sentTo(); as email) {
        <tsu-card [heading]="'auth.forgot.sentTitle' | t">
          <tsu-alert kind="success" data-testid="forgot-sent">
            {{ 'auth.forgot.sent' | t: { email } }}
          </tsu-alert>
          <p class="tsu-field__hint">{{ 'auth.forgot.sentHint' | t }}</p>
          <p>
            <button
              type="button"
              class="tsu-button tsu-button--secondary"
              (click)="again()"
              data-testid="forgot-again"
            >
              {{ 'auth.forgot.again' | t }}
            </button>
          </p>
        </tsu-card>
      } @else {
        <p class="tsu-lead">{{ 'auth.forgot.lead' | t }}</p>
        <tsu-card>
          <form
            class="tsu-form"
            [formGroup]="form"
            (ngSubmit)="submit()"
            novalidate
            data-testid="forgot-form"
          >
            <tsu-error-summary [for]="f" testId="forgot-error" />
            <tsu-form-field
              fieldId="forgot-email"
              testId="forgot-email"
              [label]="'auth.fields.email' | t"
              [hint]="'auth.fields.emailHint' | t"
              [error]="f.error(form.controls.email)"
              [required]="true"
            >
              <input
                tsuInput
                type="email"
                formControlName="email"
                autocomplete="username"
                inputmode="email"
                [attr.maxlength]="limits.email.max"
                data-testid="forgot-email"
              />
            </tsu-form-field>
            <button
              type="submit"
              class="tsu-button tsu-button--block"
              [disabled]="f.pending()"
              data-testid="forgot-submit"
            >
              {{ (f.pending() ? 'auth.forgot.submitting' : 'auth.forgot.submit') | t }}
            </button>
          </form>
        </tsu-card>
      }
      <p>
        <a [routerLink]="paths.signIn.link()" data-testid="forgot-to-sign-in">{{
          'auth.forgot.backToSignIn' | t
        }}</a>
      </p>
    </div>
  `,
})
export class ForgotPasswordPage {
  protected readonly paths = IDENTITY_PATHS;
  protected readonly limits = LIMITS;
  private readonly accountEmails = inject(AccountEmailsService);
  protected readonly form = inject(NonNullableFormBuilder).group({ email: ['', TsuValidators.emailField()] });
  protected readonly f = new FormSupport(this.form);
  protected readonly sentTo = signal<string | null>(null);

  async submit(): Promise<void> {
    if (!this.f.start()) return;
    const email = normaliseEmail(this.form.getRawValue().email);
    const sent = await this.f.run(async () => {
      await this.accountEmails.requestPasswordReset(email);
      return true;
    });
    if (!sent) return;
    this.sentTo.set(email);
    this.f.focusAfterRender('[data-testid="forgot-sent"]');
  }

  again(): void {
    this.form.reset();
    this.f.reset();
    this.sentTo.set(null);
    this.f.focusAfterRender('[data-testid="forgot-email"] input, input[data-testid="forgot-email"]');
  }
}
