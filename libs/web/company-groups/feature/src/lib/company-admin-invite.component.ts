import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { LIMITS, normaliseEmail } from '@tsunagu/shared/domain';
import { CompanyProfilesService, type CompanyAdminInvitation } from '@tsunagu/web/company-groups/data-access';
import { FormSupport } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  ErrorSummaryComponent,
  FormFieldComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { TranslatePipe, TsuValidators } from '@tsunagu/web/shared/util';

/**
 * On an approved company of the secretariat's list (issue 11 part 1): its staff invite a company admin
 * by email (a company they registered has none), and get the sign-up link to send her, as the members
 * page gives it. The form opens on demand, focus on its address; the link is focused when made.
 */
@Component({
  selector: 'tsu-company-admin-invite',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .link {
      overflow-wrap: anywhere;
    }
    form,
    tsu-alert {
      display: block;
      margin-top: 0.75rem;
    }
  `,
  template: `
    @if (!open()) {
      <button
        type="button"
        class="tsu-button tsu-button--secondary"
        [attr.aria-label]="'companies.adminInvite.openLabel' | t: { name: name() }"
        (click)="start()"
        data-testid="admin-invite-open"
      >
        {{ 'companies.adminInvite.open' | t }}
      </button>
    } @else {
      <form
        class="tsu-form"
        [formGroup]="form"
        (ngSubmit)="invite()"
        novalidate
        data-testid="admin-invite-form"
      >
        <tsu-error-summary [for]="f" />
        <tsu-form-field
          [fieldId]="'admin-invite-email-' + organisationId()"
          [label]="'companies.adminInvite.email' | t: { name: name() }"
          [hint]="'companies.adminInvite.hint' | t"
          [error]="f.error(form.controls.email)"
          [required]="true"
        >
          <input
            tsuInput
            type="email"
            formControlName="email"
            autocomplete="off"
            inputmode="email"
            [attr.maxlength]="emailMax"
            data-testid="admin-invite-email"
          />
        </tsu-form-field>
        <div class="tsu-actions">
          <button type="submit" class="tsu-button" [disabled]="f.pending()" data-testid="admin-invite-submit">
            {{ 'companies.adminInvite.submit' | t }}
          </button>
          <button
            type="button"
            class="tsu-button tsu-button--secondary"
            (click)="cancel()"
            data-testid="admin-invite-cancel"
          >
            {{ 'companies.adminInvite.cancel' | t }}
          </button>
        </div>
      </form>
    }
    @if (created(); as invitation) {
      <tsu-alert kind="success" tabindex="-1" data-testid="admin-invite-created">
        <p>{{ 'members.created' | t: { email: invitation.invitation.email } }}</p>
        <p>
          <strong>{{ 'members.link' | t }}:</strong>
          <span class="link" data-testid="admin-invite-link">{{ invitation.acceptUrl }}</span>
        </p>
        <button type="button" class="tsu-button tsu-button--secondary" (click)="copy(invitation.acceptUrl)">
          {{ (copied() ? 'members.copied' : 'members.copy') | t }}
        </button>
      </tsu-alert>
    }
  `,
})
export class CompanyAdminInviteComponent {
  readonly organisationId = input.required<string>();
  readonly name = input.required<string>();
  private readonly service = inject(CompanyProfilesService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly emailMax = LIMITS.email.max;
  protected readonly open = signal(false);
  protected readonly created = signal<CompanyAdminInvitation | null>(null);
  protected readonly copied = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({ email: ['', TsuValidators.emailField()] });
  protected readonly f = new FormSupport(this.form);

  protected start(): void {
    this.open.set(true);
    this.focus('[data-testid="admin-invite-email"]');
  }

  protected cancel(): void {
    this.open.set(false);
    this.form.reset({ email: '' });
    this.f.reset();
    this.focus('[data-testid="admin-invite-open"]');
  }

  protected async invite(): Promise<void> {
    if (!this.f.start(this.form.valid)) return;
    const email = normaliseEmail(this.form.getRawValue().email);
    const created = await this.f.run(() =>
      this.service.inviteAdmin({ organisationId: this.organisationId(), email }),
    );
    if (!created) return;
    this.created.set(created);
    this.copied.set(false);
    this.open.set(false);
    this.form.reset({ email: '' });
    this.f.reset();
    this.focus('[data-testid="admin-invite-created"]');
  }

  protected async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied.set(true);
    } catch {
      // Clipboard refused (e.g. not a secure context): the link stays visible to copy by hand.
    }
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
