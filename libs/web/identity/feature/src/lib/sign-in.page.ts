import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
} from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { LIMITS, normaliseEmail } from '@tsunagu/shared/domain';
import { AuthService } from '@tsunagu/web/identity/data-access';
import { applyAppError, focusFirstInvalid, toAppError } from '@tsunagu/web/shared/data-access';
import { AlertComponent, CardComponent, FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { controlErrorText, I18nService, TranslatePipe, TsuValidators } from '@tsunagu/web/shared/util';

@Component({
  selector: 'tsu-sign-in-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    FormFieldComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page">
      <h1>{{ 'auth.signIn.title' | t }}</h1>
      <p class="tsu-lead">{{ 'auth.signIn.lead' | t }}</p>
      <tsu-card>
        <form class="tsu-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="sign-in-form">
          @if (formError()) {
            <tsu-alert kind="error" data-testid="sign-in-error">{{ formError() }}</tsu-alert>
          }
          <tsu-form-field
            fieldId="sign-in-email"
            testId="sign-in-email"
            [label]="'auth.fields.email' | t"
            [error]="error(form.controls.email)"
            [required]="true"
          >
            <input
              tsuInput
              type="email"
              formControlName="email"
              autocomplete="username"
              inputmode="email"
              [attr.maxlength]="limits.email.max"
              data-testid="sign-in-email"
            />
          </tsu-form-field>
          <tsu-form-field
            fieldId="sign-in-password"
            testId="sign-in-password"
            [label]="'auth.fields.password' | t"
            [error]="error(form.controls.password)"
            [required]="true"
          >
            <input
              tsuInput
              type="password"
              formControlName="password"
              autocomplete="current-password"
              data-testid="sign-in-password"
            />
          </tsu-form-field>
          <button
            type="submit"
            class="tsu-button tsu-button--block"
            [disabled]="pending()"
            data-testid="sign-in-submit"
          >
            {{ (pending() ? 'auth.signIn.submitting' : 'auth.signIn.submit') | t }}
          </button>
        </form>
      </tsu-card>
      <p>
        {{ 'auth.signIn.noAccount' | t }}
        <a routerLink="/sign-up" data-testid="to-sign-up">{{ 'auth.signIn.toSignUp' | t }}</a>
      </p>
    </div>
  `,
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly limits = LIMITS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', TsuValidators.emailField()],
    // Only "required" here: an old password shorter than today's minimum must still sign in.
    password: ['', Validators.required],
  });
  private readonly formEvents = toSignal(this.form.events, { initialValue: null });
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly formError = signal<string | null>(null);

  protected error(control: AbstractControl): string | null {
    this.formEvents();
    this.i18n.locale();
    return controlErrorText(
      (key, params) => this.i18n.t(key, params),
      control,
      this.submitted() || control.touched,
    );
  }

  async submit(): Promise<void> {
    this.submitted.set(true);
    this.formError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
      return;
    }
    this.pending.set(true);
    try {
      const { email, password } = this.form.getRawValue();
      await this.auth.signIn({ email: normaliseEmail(email), password });
      const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
      await this.router.navigateByUrl(returnUrl?.startsWith('/') ? returnUrl : '/home');
    } catch (error) {
      this.formError.set(applyAppError(this.form, toAppError(error), this.i18n));
    } finally {
      this.pending.set(false);
    }
  }
}
