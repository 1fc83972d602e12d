import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { LIMITS } from '@tsunagu/shared/domain';
import { CompanyProfilesService, type CompanyApplication } from '@tsunagu/web/company-groups/data-access';
import { appErrorText, loadOnChange, type CompanyStatus } from '@tsunagu/web/shared/data-access';
import {
  attr,
  ChoiceFilterComponent,
  FormFieldComponent,
  PageNoticesComponent,
  PageStateComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import {
  COMPANY_GROUPS_PATHS,
  formatDate,
  formatPersonName,
  I18nService,
  TranslatePipe,
} from '@tsunagu/web/shared/util';
import { CompanyAdminInviteComponent } from './company-admin-invite.component';
import { CompanyDetailsComponent } from './company-details.component';
import { COMPANY_STATUSES, statusKey } from './company-texts';
import { FocusAfterRender } from './focus-after-render';

/**
 * /staff/companies: the applications to her secretariat by status (awaiting a decision first), each
 * with its details; approve, or decline with a reason (an inline form; the reason is shown to the
 * company). A decided one leaves the list and the page says so.
 */
function statusFrom(value: string | null): CompanyStatus {
  return COMPANY_STATUSES.find((s) => s === value) ?? 'applied';
}

@Component({
  selector: 'tsu-company-applications-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ChoiceFilterComponent,
    CompanyAdminInviteComponent,
    CompanyDetailsComponent,
    FormFieldComponent,
    PageStateComponent,
    TsuInputDirective,
    PageNoticesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .rows {
      list-style: none;
      margin: 1rem 0 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .row {
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      background: var(--tsu-surface);
      padding: 0.75rem 1rem;
      min-width: 0;
    }
    .row h2 {
      font-size: 1.125rem;
      margin: 0 0 0.5rem;
    }
    .meta {
      margin: 0 0 0.5rem;
    }
    textarea {
      min-height: 6rem;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="company-applications-page">
      <h1>{{ 'companies.applications.title' | t }}</h1>
      <p class="tsu-lead">{{ 'companies.applications.lead' | t }}</p>
      <p>
        <a
          class="tsu-button tsu-button--secondary"
          [routerLink]="registerLink"
          data-testid="to-company-register"
          >{{ 'companies.register.link' | t }}</a
        >
      </p>

      <tsu-choice-filter
        name="company-status"
        legend="companies.applications.filter"
        [choices]="choices"
        [value]="status()"
        (chosen)="setStatus($event)"
        testIdPrefix="applications-status"
      />
      <tsu-page-notices [notice]="notice()" [error]="error()" testIdPrefix="applications" />
      <tsu-page-state
        [loading]="query.loading()"
        [error]="query.error()"
        [empty]="query.data()?.length === 0"
        [emptyMessage]="emptyKey() | t"
        (retry)="query.reload()"
      />
      @if (query.data(); as rows) {
        @if (rows.length > 0) {
          <ul
            class="rows"
            [attr.aria-label]="'companies.applications.list' | t"
            data-testid="applications-list"
          >
            @for (a of rows; track a.organisationId) {
              <li class="row" [attr.data-company]="a.organisationId" data-testid="application">
                <h2>{{ a.name }}</h2>
                <p class="meta">
                  @if (a.appliedAt) {
                    {{ 'companies.applications.appliedAt' | t }}: {{ date(a.appliedAt) }}
                  }
                  @if (a.appliedBy; as by) {
                    / {{ 'companies.applications.appliedBy' | t }}: {{ person(by) }}（{{ by.email }}）
                  }
                  @if (a.decidedAt) {
                    / {{ 'companies.applications.decidedAt' | t }}: {{ date(a.decidedAt) }}
                  }
                </p>
                @if (a.declineReason) {
                  <p>
                    <strong>{{ 'companies.mine.declineReason' | t }}:</strong> {{ a.declineReason }}
                  </p>
                }
                <tsu-company-details [profile]="a" />
                @if (a.status === 'approved') {
                  <tsu-company-admin-invite [organisationId]="a.organisationId" [name]="a.name" />
                }
                @if (a.status === 'applied') {
                  @if (declining() === a.organisationId) {
                    <form
                      class="tsu-form"
                      [formGroup]="declineForm"
                      (ngSubmit)="decline(a)"
                      novalidate
                      data-testid="decline-form"
                    >
                      <tsu-form-field
                        [fieldId]="'decline-reason-' + a.organisationId"
                        testId="decline-reason"
                        [label]="'companies.applications.reason' | t"
                        [required]="true"
                        [error]="reasonError()"
                      >
                        <textarea
                          tsuInput
                          rows="4"
                          formControlName="reason"
                          [attr.maxlength]="reasonMax"
                          data-testid="decline-reason"
                        ></textarea>
                      </tsu-form-field>
                      <div class="tsu-actions">
                        <button
                          type="submit"
                          class="tsu-button"
                          [disabled]="busy() === a.organisationId"
                          data-testid="decline-confirm"
                        >
                          {{ 'companies.applications.declineConfirm' | t }}
                        </button>
                        <button
                          type="button"
                          class="tsu-button tsu-button--secondary"
                          (click)="stopDeclining(a)"
                          data-testid="decline-cancel"
                        >
                          {{ 'companies.applications.cancel' | t }}
                        </button>
                      </div>
                    </form>
                  } @else {
                    <div class="tsu-actions">
                      <button
                        type="button"
                        class="tsu-button"
                        [disabled]="busy() === a.organisationId"
                        [attr.aria-label]="'companies.applications.approveLabel' | t: { name: a.name }"
                        (click)="approve(a)"
                        data-testid="application-approve"
                      >
                        {{ 'companies.applications.approve' | t }}
                      </button>
                      <button
                        type="button"
                        class="tsu-button tsu-button--secondary"
                        [disabled]="busy() === a.organisationId"
                        [attr.aria-label]="'companies.applications.declineLabel' | t: { name: a.name }"
                        (click)="startDeclining(a)"
                        data-testid="application-decline"
                      >
                        {{ 'companies.applications.decline' | t }}
                      </button>
                    </div>
                  }
                }
              </li>
            }
          </ul>
        }
      }
    </div>
  `,
})
export class CompanyApplicationsPage {
  private readonly service = inject(CompanyProfilesService);
  private readonly i18n = inject(I18nService);
  private readonly focus = new FocusAfterRender();
  protected readonly choices = COMPANY_STATUSES.map((value) => ({ value, label: statusKey(value) }));
  protected readonly reasonMax = LIMITS.company.declineReason.max;

  /** `?status=approved` opens that list (after registering a company); anything else, the applications. */
  protected readonly status = signal<CompanyStatus>(
    statusFrom(inject(ActivatedRoute).snapshot.queryParamMap.get('status')),
  );
  protected readonly registerLink = COMPANY_GROUPS_PATHS.register.link();
  protected readonly query = loadOnChange(
    () => this.status(),
    (status) => this.service.applications(status),
  );
  protected readonly busy = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly declining = signal<string | null>(null);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(LIMITS.company.declineReason.max)],
  });
  private readonly reasonTried = signal(false);
  private readonly reasonServerError = signal<string | null>(null);
  protected readonly declineForm = new FormGroup({ reason: this.reason });
  private readonly reasonChanges = toSignal(this.reason.valueChanges, { initialValue: '' });
  protected readonly reasonError = computed(() => {
    this.i18n.locale();
    this.reasonChanges();
    if (this.reasonServerError()) return this.reasonServerError();
    if (!this.reasonTried() || !this.reason.errors) return null;
    return this.reason.errors['required']
      ? this.i18n.t('companies.applications.reasonRequired')
      : this.i18n.t('validation.maxLength', { max: this.reasonMax });
  });

  protected emptyKey() {
    return `companies.applications.empty.${this.status()}` as const;
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }

  protected person(p: { familyName: string; givenName: string }): string {
    return formatPersonName(p);
  }

  protected setStatus(status: CompanyStatus): void {
    this.status.set(status);
    this.declining.set(null);
    this.notice.set(null);
    this.error.set(null);
  }

  protected startDeclining(a: CompanyApplication): void {
    this.reason.reset('');
    this.reasonTried.set(false);
    this.reasonServerError.set(null);
    this.declining.set(a.organisationId);
    this.focus.after(`${attr('data-company', a.organisationId)} textarea`);
  }

  protected stopDeclining(a: CompanyApplication): void {
    this.declining.set(null);
    this.focus.after(`${attr('data-company', a.organisationId)} [data-testid="application-decline"]`);
  }

  async approve(a: CompanyApplication): Promise<void> {
    await this.decide(a, true);
  }

  async decline(a: CompanyApplication): Promise<void> {
    this.reasonTried.set(true);
    this.reasonServerError.set(null);
    if (this.reason.invalid || !this.reason.value.trim()) {
      this.reason.setErrors({ required: true });
      this.focus.after(`${attr('data-company', a.organisationId)} textarea`);
      return;
    }
    await this.decide(a, false, this.reason.value.trim());
  }

  private async decide(a: CompanyApplication, approve: boolean, reason?: string): Promise<void> {
    this.busy.set(a.organisationId);
    this.notice.set(null);
    this.error.set(null);
    try {
      await this.service.decide({ organisationId: a.organisationId, approve, ...(reason ? { reason } : {}) });
      this.declining.set(null);
      // Decided: it is no longer an application awaiting one.
      this.query.update((rows) => rows.filter((row) => row.organisationId !== a.organisationId));
      const key = approve ? 'companies.applications.approved' : 'companies.applications.declined';
      this.notice.set(this.i18n.t(key, { name: a.name }));
      this.focus.after('[data-testid="applications-notice"]');
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
      this.focus.after('[data-testid="applications-error"]');
    } finally {
      this.busy.set(null);
    }
  }
}
