import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { LIMITS, LOCALES, type Locale } from '@tsunagu/shared/domain';
import { AuthService } from '@tsunagu/web/identity/data-access';
import { appErrorText, FormSupport } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  ErrorSummaryComponent,
  focusIfLost,
  FormFieldComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { I18nService, TranslatePipe, TsuValidators } from '@tsunagu/web/shared/util';
import { AccountEmailSection } from './account-email.section';
import { DomainAccountSectionsComponent } from './domain-account-sections.component';

@Component({
  selector: 'tsu-account-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    TsuInputDirective,
    AccountEmailSection,
    DomainAccountSectionsComponent,
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
          <tsu-alert [kind]="localeMessageKind()" data-testid="locale-message">{{
            localeMessage()
          }}</tsu-alert>
        }
      </tsu-card>

      <tsu-account-email-section />

      <tsu-card [heading]="'auth.account.passwordTitle' | t">
        <form
          class="tsu-form"
          [formGroup]="form"
          (ngSubmit)="changePassword()"
          novalidate
          data-testid="password-form"
        >
          <tsu-error-summary [for]="f" testId="password-error" />
          @if (passwordChanged()) {
            <tsu-alert kind="success" tabindex="-1" data-testid="password-changed">{{
              'auth.account.passwordChanged' | t
            }}</tsu-alert>
          }
          <tsu-form-field
            fieldId="current-password"
            [label]="'auth.fields.currentPassword' | t"
            [error]="f.error(form.controls.currentPassword)"
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
            [error]="f.error(form.controls.newPassword)"
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
            <button type="submit" class="tsu-button" [disabled]="f.pending()" data-testid="password-submit">
              {{ 'auth.account.passwordSubmit' | t }}
            </button>
          </div>
        </form>
      </tsu-card>
      <tsu-domain-account-sections />
    </div>
  `,
})
export class AccountPage {
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected readonly locales = LOCALES;
  protected readonly languageKey = (locale: Locale) => `language.${locale}` as const;
  protected readonly minPassword = LIMITS.password.min;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', TsuValidators.passwordField()],
  });
  protected readonly f = new FormSupport(this.form);
  protected readonly passwordChanged = signal(false);
  protected readonly localeMessage = signal<string | null>(null);
  protected readonly localeMessageKind = signal<'success' | 'error'>('success');

  async chooseLocale(locale: Locale): Promise<void> {
    this.localeMessage.set(null);
    try {
      await this.auth.setLocale(locale);
      this.localeMessageKind.set('success');
      this.localeMessage.set(this.i18n.t('auth.account.languageSaved'));
    } catch (error) {
      this.localeMessageKind.set('error');
      this.localeMessage.set(appErrorText(error, this.i18n));
    }
  }

  async changePassword(): Promise<void> {
    this.passwordChanged.set(false);
    if (!this.f.start()) return;
    const changed = await this.f.run(async () => {
      await this.auth.changePassword(this.form.getRawValue());
      return true;
    });
    if (!changed) return;
    this.form.reset();
    this.f.reset();
    this.passwordChanged.set(true);
    // The submit button was disabled while saving, which dropped focus: the result takes it.
    focusIfLost(this.injector, () => this.host.querySelector('[data-testid="password-changed"]'));
  }
}
