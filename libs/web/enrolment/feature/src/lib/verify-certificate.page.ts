import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { EnrolmentService, type CertificateVerification } from '@tsunagu/web/enrolment/data-access';
import { toAppError } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  focusIfLost,
  FormFieldComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import {
  controlErrorText,
  errorText,
  formatDate,
  I18nService,
  TranslatePipe,
} from '@tsunagu/web/shared/util';

/** Public: anyone holding a certificate's code can check it was issued, and to whom. */
@Component({
  selector: 'tsu-verify-certificate-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    FormFieldComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    tsu-alert p:last-child,
    tsu-alert dl {
      margin-bottom: 0;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0 0 0.5rem;
    }
  `,
  template: `
    <div class="tsu-page" data-testid="verify-page">
      <h1>{{ 'enrolment.verify.title' | t }}</h1>
      <p class="tsu-lead">{{ 'enrolment.verify.lead' | t }}</p>
      <tsu-card>
        <form
          class="tsu-form"
          (submit)="$event.preventDefault(); submit()"
          novalidate
          data-testid="verify-form"
        >
          <tsu-form-field
            fieldId="verify-code"
            [label]="'enrolment.verify.code' | t"
            [hint]="'enrolment.verify.codeHint' | t"
            [required]="true"
            [error]="codeError()"
          >
            <input
              tsuInput
              type="text"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              [formControl]="codeControl"
              data-testid="verify-code"
            />
          </tsu-form-field>
          <button
            type="submit"
            class="tsu-button tsu-button--block"
            [disabled]="pending()"
            data-testid="verify-submit"
          >
            {{ (pending() ? 'enrolment.verify.checking' : 'enrolment.verify.submit') | t }}
          </button>
        </form>
      </tsu-card>

      @if (result(); as r) {
        <tsu-alert kind="success" tabindex="-1" data-testid="verify-result">
          <p>
            <strong>{{ 'enrolment.verify.valid' | t }}</strong>
          </p>
          <dl>
            <dt>{{ 'enrolment.verify.name' | t }}</dt>
            <dd data-testid="verify-name">{{ r.learnerName }}</dd>
            <dt>{{ 'enrolment.verify.course' | t }}</dt>
            <dd data-testid="verify-course">{{ r.courseTitle }}</dd>
            <dt>{{ 'enrolment.verify.provider' | t }}</dt>
            <dd>{{ r.providerName }}</dd>
            <dt>{{ 'enrolment.verify.issuedAt' | t }}</dt>
            <dd>{{ date(r.issuedAt) }}</dd>
            <dt>{{ 'enrolment.verify.code' | t }}</dt>
            <dd>
              <code>{{ r.verificationCode }}</code>
            </dd>
          </dl>
        </tsu-alert>
      } @else if (notFound()) {
        <tsu-alert kind="error" tabindex="-1" data-testid="verify-not-found">{{
          'enrolment.verify.notFound' | t
        }}</tsu-alert>
      } @else if (error(); as message) {
        <tsu-alert kind="error" tabindex="-1" data-testid="verify-error">{{ message }}</tsu-alert>
      }
    </div>
  `,
})
export class VerifyCertificatePage {
  /** `?code=` from a link or the QR on the printed certificate. */
  readonly code = input<string | undefined>(undefined);

  private readonly service = inject(EnrolmentService);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected readonly codeControl = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required],
  });
  protected readonly submitted = signal(false);
  private readonly codeEvents = toSignal(this.codeControl.events, { initialValue: null });
  protected readonly pending = signal(false);
  protected readonly result = signal<CertificateVerification | null>(null);
  protected readonly notFound = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      const code = this.code();
      if (code && code !== this.codeControl.value) {
        untracked(() => {
          this.codeControl.setValue(code);
          void this.check(code);
        });
      }
    });
  }

  protected codeError(): string | null {
    this.i18n.locale();
    this.codeEvents();
    return controlErrorText((key, params) => this.i18n.t(key, params), this.codeControl, this.submitted());
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }

  async submit(): Promise<void> {
    this.submitted.set(true);
    const code = this.codeControl.value.trim();
    if (!code) {
      this.codeControl.setValue('');
      this.result.set(null);
      this.notFound.set(false);
      return;
    }
    void this.router.navigate([], { queryParams: { code }, replaceUrl: true });
    await this.check(code);
  }

  private async check(code: string): Promise<void> {
    this.pending.set(true);
    this.result.set(null);
    this.notFound.set(false);
    this.error.set(null);
    try {
      this.result.set(await this.service.verifyCertificate(code));
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'NOT_FOUND' || appError.code === 'BAD_USER_INPUT') this.notFound.set(true);
      else this.error.set(errorText(this.i18n, appError));
    } finally {
      this.pending.set(false);
    }
    // The button was disabled while checking, which dropped focus: the answer takes it.
    focusIfLost(this.injector, () =>
      this.host.querySelector(
        '[data-testid="verify-result"], [data-testid="verify-not-found"], [data-testid="verify-error"]',
      ),
    );
  }
}
