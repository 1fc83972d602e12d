import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { LIMITS, normaliseEmail } from '@tsunagu/shared/domain';
import { AccountEmailsService } from '@tsunagu/web/identity/data-access';
import { FormSupport, loadOnce, MutationState } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  ErrorSummaryComponent,
  focusIfLost,
  FormFieldComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { TranslatePipe, TsuValidators } from '@tsunagu/web/shared/util';

/**
 * The account page's address: verified or not (with "send again"), the address she is changing to, and
 * the change itself (current password; the new address takes effect once its link is opened).
 */
@Component({
  selector: 'tsu-account-email-section',
  imports: [
    ReactiveFormsModule,
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
    .address {
      margin: 0 0 0.5rem;
      overflow-wrap: anywhere;
      font-weight: 700;
    }
    .tsu-badge--verified {
      border-color: var(--tsu-success);
      color: var(--tsu-success);
    }
    .tsu-badge--unverified {
      border-color: var(--tsu-error);
      color: var(--tsu-error);
    }
    h3 {
      margin: 1.5rem 0 0.5rem;
      font-size: 1rem;
    }
  `,
  template: `
    <tsu-card [heading]="'auth.account.emailTitle' | t">
      @if (address.data(); as a) {
        <p class="address" data-testid="account-email">
          <span>{{ a.email }}</span>
        </p>
        <p>
          @if (a.emailVerified) {
            <span class="tsu-badge tsu-badge--verified" data-testid="account-email-verified">{{
              'auth.account.emailVerified' | t
            }}</span>
          } @else {
            <span class="tsu-badge tsu-badge--unverified" data-testid="account-email-unverified">{{
              'auth.account.emailUnverified' | t
            }}</span>
          }
        </p>
        @if (!a.emailVerified) {
          <p class="tsu-field__hint">{{ 'auth.account.emailUnverifiedHint' | t }}</p>
        }
        @if (a.pendingEmail) {
          <tsu-alert kind="info" data-testid="account-email-pending">{{
            'auth.account.emailPending' | t: { email: a.pendingEmail }
          }}</tsu-alert>
        }
        @if (a.pendingEmail || !a.emailVerified) {
          <p>
            <button
              type="button"
              class="tsu-button tsu-button--secondary"
              [disabled]="resend.running()"
              (click)="resendVerification(a.pendingEmail ?? a.email)"
              data-testid="account-email-resend"
            >
              {{ 'auth.account.emailResend' | t }}
            </button>
          </p>
        }
        @if (resent(); as to) {
          <tsu-alert kind="success" tabindex="-1" data-testid="account-email-resent">{{
            'auth.account.emailResent' | t: { email: to }
          }}</tsu-alert>
        }
        @if (resend.errorText(); as message) {
          <tsu-alert kind="error" data-testid="account-email-resend-error">{{ message }}</tsu-alert>
        }
      } @else if (address.errorText(); as message) {
        <tsu-alert kind="error">{{ message }}</tsu-alert>
      }

      <h3>{{ 'auth.account.emailChangeTitle' | t }}</h3>
      <form
        class="tsu-form"
        [formGroup]="form"
        (ngSubmit)="requestChange()"
        novalidate
        data-testid="email-form"
      >
        <tsu-error-summary [for]="f" testId="email-change-error" />
        @if (changeRequested(); as to) {
          <tsu-alert kind="success" tabindex="-1" data-testid="email-change-requested">{{
            'auth.account.emailChangeRequested' | t: { email: to }
          }}</tsu-alert>
        }
        <p class="tsu-field__hint">{{ 'auth.account.emailChangeHint' | t }}</p>
        <tsu-form-field
          fieldId="new-email"
          testId="new-email"
          [label]="'auth.account.newEmail' | t"
          [error]="f.error(form.controls.newEmail)"
          [required]="true"
        >
          <input
            tsuInput
            type="email"
            formControlName="newEmail"
            autocomplete="email"
            inputmode="email"
            [attr.maxlength]="limits.email.max"
            data-testid="new-email"
          />
        </tsu-form-field>
        <tsu-form-field
          fieldId="email-current-password"
          testId="email-current-password"
          [label]="'auth.fields.currentPassword' | t"
          [error]="f.error(form.controls.currentPassword)"
          [required]="true"
        >
          <input
            tsuInput
            type="password"
            formControlName="currentPassword"
            autocomplete="current-password"
            data-testid="email-current-password"
          />
        </tsu-form-field>
        <div>
          <button type="submit" class="tsu-button" [disabled]="f.pending()" data-testid="email-change-submit">
            {{ 'auth.account.emailChangeSubmit' | t }}
          </button>
        </div>
      </form>
    </tsu-card>
  `,
})
export class AccountEmailSection {
  private readonly accountEmails = inject(AccountEmailsService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly limits = LIMITS;
  protected readonly address = loadOnce(() => this.accountEmails.myAddress());
  protected readonly resend = new MutationState();
  protected readonly resent = signal<string | null>(null);
  protected readonly changeRequested = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    newEmail: ['', TsuValidators.emailField()],
    currentPassword: ['', Validators.required],
  });
  protected readonly f = new FormSupport(this.form);

  async resendVerification(to: string): Promise<void> {
    this.resent.set(null);
    if ((await this.resend.run(() => this.accountEmails.resendVerification())) === null) return;
    this.resent.set(to);
    focusIfLost(this.injector, () => this.host.querySelector('[data-testid="account-email-resent"]'));
  }

  async requestChange(): Promise<void> {
    this.changeRequested.set(null);
    if (!this.f.start()) return;
    const { newEmail, currentPassword } = this.form.getRawValue();
    const email = normaliseEmail(newEmail);
    const requested = await this.f.run(async () => {
      await this.accountEmails.requestEmailChange(email, currentPassword);
      return true;
    });
    if (!requested) return;
    this.form.reset();
    this.f.reset();
    this.changeRequested.set(email);
    await this.address.reload();
    focusIfLost(this.injector, () => this.host.querySelector('[data-testid="email-change-requested"]'));
  }
}
