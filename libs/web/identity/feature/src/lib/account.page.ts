import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
} from '@angular/forms';
import { LIMITS, LOCALES, type Locale } from '@tsunagu/shared/domain';
import { AuthService } from '@tsunagu/web/identity/data-access';
import { applyAppError, toAppError } from '@tsunagu/web/shared/data-access';
import { AlertComponent, CardComponent, FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { controlErrorText, I18nService, TranslatePipe, TsuValidators } from '@tsunagu/web/shared/util';

@Component({
  selector: 'tsu-account-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    FormFieldComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page">
      <h1>{{ 'auth.account.title' | t }}</h1>

      <tsu-card [heading]="'auth.account.languageTitle' | t">
        <fieldset class="tsu-fieldset">
          <legend class="tsu-visually-hidden">{{ 'auth.account.languageTitle' | t }}</legend>
          <p class="tsu-field__hint">{{ 'auth.account.languageHint' | t }}</p>
          @for (locale of locales; track locale) {
            <label class="tsu-choice">
              <input
                type="radio"
                name="locale"
                [value]="locale"
                [checked]="i18n.locale() === locale"
                (change)="chooseLocale(locale)"
                [attr.data-testid]="'locale-' + locale"
              />
              <span [attr.lang]="locale">{{ languageKey(locale) | t }}</span>
            </label>
          }
        </fieldset>
        @if (localeMessage()) {
          <tsu-alert [kind]="localeMessageKind()">{{ localeMessage() }}</tsu-alert>
        }
      </tsu-card>

      <tsu-card [heading]="'auth.account.passwordTitle' | t">
        <form
          class="tsu-form"
          [formGroup]="form"
          (ngSubmit)="changePassword()"
          novalidate
          data-testid="password-form"
        >
          @if (formError()) {
            <tsu-alert kind="error" data-testid="password-error">{{ formError() }}</tsu-alert>
          }
          @if (passwordChanged()) {
            <tsu-alert kind="success" data-testid="password-changed">{{
              'auth.account.passwordChanged' | t
            }}</tsu-alert>
          }
          <tsu-form-field
            fieldId="current-password"
            [label]="'auth.fields.currentPassword' | t"
            [error]="error(form.controls.currentPassword)"
            [required]="true"
          >
            <input
              tsuInput
              type="password"
              formControlName="currentPassword"
              autocomplete="current-password"
              data-testid="current-password"
            />
          </tsu-form-field>
          <tsu-form-field
            fieldId="new-password"
            [label]="'auth.fields.newPassword' | t"
            [hint]="'auth.fields.passwordHint' | t: { min: minPassword }"
            [error]="error(form.controls.newPassword)"
            [required]="true"
          >
            <input
              tsuInput
              type="password"
              formControlName="newPassword"
              autocomplete="new-password"
              data-testid="new-password"
            />
          </tsu-form-field>
          <div>
            <button type="submit" class="tsu-button" [disabled]="pending()" data-testid="password-submit">
              {{ 'auth.account.passwordSubmit' | t }}
            </button>
          </div>
        </form>
      </tsu-card>
    </div>
  `,
})
export class AccountPage {
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);

  protected readonly locales = LOCALES;
  protected readonly languageKey = (locale: Locale) => `language.${locale}` as const;
  protected readonly minPassword = LIMITS.password.min;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', TsuValidators.passwordField()],
  });
  private readonly formEvents = toSignal(this.form.events, { initialValue: null });
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly passwordChanged = signal(false);
  protected readonly localeMessage = signal<string | null>(null);
  protected readonly localeMessageKind = signal<'success' | 'error'>('success');

  protected error(control: AbstractControl): string | null {
    this.formEvents();
    this.i18n.locale();
    return controlErrorText(
      (key, params) => this.i18n.t(key, params),
      control,
      this.submitted() || control.touched,
    );
  }

  async chooseLocale(locale: Locale): Promise<void> {
    this.localeMessage.set(null);
    try {
      await this.auth.setLocale(locale);
      this.localeMessageKind.set('success');
      this.localeMessage.set(this.i18n.t('auth.account.languageSaved'));
    } catch (error) {
      this.localeMessageKind.set('error');
      const appError = toAppError(error);
      this.localeMessage.set(appError.message || this.i18n.t(`errors.${appError.code}`));
    }
  }

  async changePassword(): Promise<void> {
    this.submitted.set(true);
    this.formError.set(null);
    this.passwordChanged.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    try {
      await this.auth.changePassword(this.form.getRawValue());
      this.form.reset();
      this.submitted.set(false);
      this.passwordChanged.set(true);
    } catch (error) {
      this.formError.set(applyAppError(this.form, toAppError(error), this.i18n));
    } finally {
      this.pending.set(false);
    }
  }
}
