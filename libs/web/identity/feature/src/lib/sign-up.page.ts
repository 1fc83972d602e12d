import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { LIMITS, normaliseEmail } from '@tsunagu/shared/domain';
import {
  AuthService,
  ReturnSeminarService,
  type InvitationDetails,
  type ReturnSeminar,
} from '@tsunagu/web/identity/data-access';
import { FormSupport, toAppError, type AppError } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  ErrorSummaryComponent,
  FormFieldComponent,
  LoadErrorComponent,
  PrivacyNoticeComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import {
  enrolSessionIdOf,
  HOME_PATHS,
  I18nService,
  IDENTITY_PATHS,
  safeReturnUrl,
  TranslatePipe,
  TsuValidators,
} from '@tsunagu/web/shared/util';

@Component({
  selector: 'tsu-sign-up-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    LoadErrorComponent,
    PrivacyNoticeComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .return-notice {
      display: block;
      margin-bottom: 1rem;
    }
  `,
  template: `
    <div class="tsu-page">
      <h1>{{ 'auth.signUp.title' | t }}</h1>
      <p class="tsu-lead">{{ 'auth.signUp.lead' | t }}</p>
      @if (invitation(); as invitation) {
        <tsu-alert kind="info" data-testid="invitation">
          {{
            'auth.signUp.invitation' | t: { organisation: invitation.organisation.name, role: roleLabel() }
          }}
        </tsu-alert>
      }
      @if (returnUrl) {
        <tsu-alert kind="info" class="return-notice" data-testid="return-notice">
          @if (seminar(); as s) {
            {{ 'returnTo.seminar' | t: { title: s.course.title } }}
          } @else {
            {{ 'returnTo.page' | t }}
          }
        </tsu-alert>
      }
      @if (invitationInvalid()) {
        <tsu-alert kind="error" data-testid="invitation-invalid">{{
          'auth.signUp.invitationInvalid' | t
        }}</tsu-alert>
      }
      @if (invitationError(); as e) {
        <tsu-load-error [error]="e" (retry)="loadInvitation()" />
      }
      <tsu-card>
        <form class="tsu-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="sign-up-form">
          <tsu-error-summary [for]="f" testId="sign-up-error" />
          <fieldset class="tsu-fieldset">
            <legend>{{ 'auth.signUp.nameLegend' | t }}</legend>
            <div class="tsu-field-row">
              <tsu-form-field
                fieldId="sign-up-family-name"
                testId="sign-up-family-name"
                [label]="'auth.fields.familyName' | t"
                [errorLabel]="'errorSummary.labels.familyName' | t"
                [error]="f.error(form.controls.familyName)"
                [required]="true"
              >
                <input
                  tsuInput
                  formControlName="familyName"
                  autocomplete="family-name"
                  data-testid="sign-up-family-name"
                />
              </tsu-form-field>
              <tsu-form-field
                fieldId="sign-up-given-name"
                testId="sign-up-given-name"
                [label]="'auth.fields.givenName' | t"
                [errorLabel]="'errorSummary.labels.givenName' | t"
                [error]="f.error(form.controls.givenName)"
                [required]="true"
              >
                <input
                  tsuInput
                  formControlName="givenName"
                  autocomplete="given-name"
                  data-testid="sign-up-given-name"
                />
              </tsu-form-field>
            </div>
          </fieldset>
          <fieldset class="tsu-fieldset" aria-describedby="sign-up-kana-hint">
            <legend>{{ 'auth.signUp.kanaLegend' | t }}</legend>
            <p class="tsu-field__hint" id="sign-up-kana-hint">{{ 'auth.fields.kanaHint' | t }}</p>
            <div class="tsu-field-row">
              <tsu-form-field
                fieldId="sign-up-family-name-kana"
                testId="sign-up-family-name-kana"
                [label]="'auth.fields.familyNameKana' | t"
                [errorLabel]="'errorSummary.labels.familyNameKana' | t"
                [error]="f.error(form.controls.familyNameKana)"
                [required]="true"
              >
                <input tsuInput formControlName="familyNameKana" data-testid="sign-up-family-name-kana" />
              </tsu-form-field>
              <tsu-form-field
                fieldId="sign-up-given-name-kana"
                testId="sign-up-given-name-kana"
                [label]="'auth.fields.givenNameKana' | t"
                [errorLabel]="'errorSummary.labels.givenNameKana' | t"
                [error]="f.error(form.controls.givenNameKana)"
                [required]="true"
              >
                <input tsuInput formControlName="givenNameKana" data-testid="sign-up-given-name-kana" />
              </tsu-form-field>
            </div>
          </fieldset>
          <tsu-form-field
            fieldId="sign-up-email"
            testId="sign-up-email"
            [label]="'auth.fields.email' | t"
            [hint]="'auth.fields.emailHint' | t"
            [error]="f.error(form.controls.email)"
            [required]="true"
          >
            <input
              tsuInput
              type="email"
              formControlName="email"
              autocomplete="email"
              inputmode="email"
              data-testid="sign-up-email"
            />
          </tsu-form-field>
          <tsu-form-field
            fieldId="sign-up-password"
            testId="sign-up-password"
            [label]="'auth.fields.password' | t"
            [hint]="'auth.fields.passwordHint' | t: { min: limits.password.min }"
            [error]="f.error(form.controls.password)"
            [required]="true"
          >
            <input
              tsuInput
              type="password"
              formControlName="password"
              autocomplete="new-password"
              data-testid="sign-up-password"
            />
          </tsu-form-field>
          <tsu-privacy-notice
            [operator]="true"
            [providerName]="seminar()?.course?.provider?.name ?? null"
            [providerNotice]="seminar()?.course?.provider?.privacyNotice ?? null"
          />
          <button
            type="submit"
            class="tsu-button tsu-button--block"
            [disabled]="f.pending()"
            data-testid="sign-up-submit"
          >
            {{ (f.pending() ? 'auth.signUp.submitting' : 'auth.signUp.submit') | t }}
          </button>
        </form>
      </tsu-card>
      <p>
        {{ 'auth.signUp.haveAccount' | t }}
        <a [routerLink]="paths.signIn.link()" [queryParams]="returnParams" data-testid="to-sign-in">{{
          'auth.signUp.toSignIn' | t
        }}</a>
      </p>
    </div>
  `,
})
export class SignUpPage implements OnInit {
  protected readonly paths = IDENTITY_PATHS;
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly limits = LIMITS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    familyName: ['', TsuValidators.nameField()],
    givenName: ['', TsuValidators.nameField()],
    familyNameKana: ['', TsuValidators.kanaField()],
    givenNameKana: ['', TsuValidators.kanaField()],
    email: ['', TsuValidators.emailField()],
    password: ['', TsuValidators.passwordField()],
  });
  protected readonly f = new FormSupport(this.form);
  private invitationToken: string | null = null;
  protected readonly invitation = signal<InvitationDetails | null>(null);
  protected readonly invitationInvalid = signal(false);
  /** The invitation could not be read (no connection): not "invalid", and it can be tried again. */
  protected readonly invitationError = signal<AppError | null>(null);
  /** Where she was going (the enrol form, typically); only paths of this site are kept. */
  protected readonly returnUrl = safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'));
  protected readonly returnParams = this.returnUrl ? { returnUrl: this.returnUrl } : {};
  protected readonly seminar = signal<ReturnSeminar | null>(null);
  private readonly seminars = inject(ReturnSeminarService);
  protected readonly roleLabel = computed(() => {
    const invitation = this.invitation();
    return invitation ? this.i18n.t(`role.${invitation.role}`) : '';
  });

  ngOnInit(): void {
    const sessionId = enrolSessionIdOf(this.returnUrl);
    if (sessionId) void this.seminars.find(sessionId).then((s) => this.seminar.set(s));
    this.invitationToken = this.route.snapshot.queryParamMap.get('invitation');
    // A company's invitation mail links here with the invited address: it must be hers to be linked.
    const email = this.route.snapshot.queryParamMap.get('email');
    if (email && email.length <= LIMITS.email.max) this.form.controls.email.setValue(email);
    // Fire-and-forget: loadInvitation shows its own errors on the page.
    void this.loadInvitation();
  }

  protected async loadInvitation(): Promise<void> {
    if (!this.invitationToken) return;
    try {
      const invitation = await this.auth.invitation(this.invitationToken);
      this.invitationError.set(null);
      this.invitation.set(invitation);
      if (!this.form.controls.email.value) this.form.controls.email.setValue(invitation.email);
    } catch (error) {
      const e = toAppError(error);
      if (['NOT_FOUND', 'CONFLICT', 'BAD_USER_INPUT'].includes(e.code)) {
        this.invitationToken = null;
        this.invitationError.set(null);
        this.invitationInvalid.set(true);
      } else this.invitationError.set(e);
    }
  }

  async submit(): Promise<void> {
    if (!this.f.start()) return;
    const value = this.form.getRawValue();
    const done = await this.f.run(async () => {
      await this.auth.signUp({
        ...value,
        familyName: value.familyName.trim(),
        givenName: value.givenName.trim(),
        email: normaliseEmail(value.email),
      });
      if (this.invitationToken) await this.auth.acceptInvitation(this.invitationToken);
      return true;
    });
    if (done) await this.router.navigateByUrl(this.returnUrl ?? HOME_PATHS.home.link());
  }
}
