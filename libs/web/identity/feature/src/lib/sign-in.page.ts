import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { LIMITS, normaliseEmail } from '@tsunagu/shared/domain';
import { AuthService, ReturnSeminarService, type ReturnSeminar } from '@tsunagu/web/identity/data-access';
import { FormSupport } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  ErrorSummaryComponent,
  FormFieldComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import {
  enrolSessionIdOf,
  HOME_PATHS,
  IDENTITY_PATHS,
  safeReturnUrl,
  TranslatePipe,
  TsuValidators,
} from '@tsunagu/web/shared/util';

@Component({
  selector: 'tsu-sign-in-page',
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
    .return-notice {
      display: block;
      margin-bottom: 1rem;
    }
    .forgot {
      margin: 0;
      text-align: center;
    }
  `,
  template: `
    <div class="tsu-page">
      <h1>{{ 'auth.signIn.title' | t }}</h1>
      <p class="tsu-lead">{{ 'auth.signIn.lead' | t }}</p>
      @if (returnUrl) {
        <tsu-alert kind="info" class="return-notice" data-testid="return-notice">
          @if (seminar(); as s) {
            {{ 'returnTo.seminar' | t: { title: s.course.title } }}
          } @else {
            {{ 'returnTo.page' | t }}
          }
        </tsu-alert>
      }
      <tsu-card>
        <form class="tsu-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="sign-in-form">
          <tsu-error-summary [for]="f" testId="sign-in-error" />
          <tsu-form-field
            fieldId="sign-in-email"
            testId="sign-in-email"
            [label]="'auth.fields.email' | t"
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
              data-testid="sign-in-email"
            />
          </tsu-form-field>
          <tsu-form-field
            fieldId="sign-in-password"
            testId="sign-in-password"
            [label]="'auth.fields.password' | t"
            [error]="f.error(form.controls.password)"
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
            [disabled]="f.pending()"
            data-testid="sign-in-submit"
          >
            {{ (f.pending() ? 'auth.signIn.submitting' : 'auth.signIn.submit') | t }}
          </button>
          <p class="forgot">
            <a [routerLink]="paths.forgotPassword.link()" data-testid="to-forgot-password">{{
              'auth.signIn.forgot' | t
            }}</a>
          </p>
        </form>
      </tsu-card>
      <p>
        {{ 'auth.signIn.noAccount' | t }}
        <a [routerLink]="paths.signUp.link()" [queryParams]="returnParams" data-testid="to-sign-up">{{
          'auth.signIn.toSignUp' | t
        }}</a>
      </p>
    </div>
  `,
})
export class SignInPage implements OnInit {
  protected readonly paths = IDENTITY_PATHS;
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly limits = LIMITS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', TsuValidators.emailField()],
    // Only "required" here: an old password shorter than today's minimum must still sign in.
    password: ['', Validators.required],
  });
  protected readonly f = new FormSupport(this.form);
  /** Where she was going (the enrol form, typically); only paths of this site are kept. */
  protected readonly returnUrl = safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'));
  protected readonly returnParams = this.returnUrl ? { returnUrl: this.returnUrl } : {};
  protected readonly seminar = signal<ReturnSeminar | null>(null);
  private readonly seminars = inject(ReturnSeminarService);

  ngOnInit(): void {
    const sessionId = enrolSessionIdOf(this.returnUrl);
    // Fire-and-forget: find() answers null rather than fail, and the page works without the seminar.
    if (sessionId) void this.seminars.find(sessionId).then((s) => this.seminar.set(s));
  }

  async submit(): Promise<void> {
    if (!this.f.start()) return;
    const { email, password } = this.form.getRawValue();
    const signedIn = await this.f.run(async () => {
      await this.auth.signIn({ email: normaliseEmail(email), password });
      return true;
    });
    if (!signedIn) return;
    await this.router.navigateByUrl(this.returnUrl ?? HOME_PATHS.home.link());
  }
}
