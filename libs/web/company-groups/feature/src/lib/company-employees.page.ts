import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { LIMITS } from '@tsunagu/shared/domain';
import {
  CompanyEmployeesService,
  CompanyProfilesService,
  type CompanyEmployee,
} from '@tsunagu/web/company-groups/data-access';
import { FormSupport, loadOnce, loadOnChange, MutationState } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  FormFieldComponent,
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
import { ParticipationTablesComponent } from './participation-tables.component';

/**
 * /company/employees: for a company admin of an approved partner company, the employees who asked to be
 * linked (confirm or decline), inviting one by email address, her consenting employees' learning, the
 * others in suppressed counts, and the CSV and Excel downloads.
 */
@Component({
  selector: 'tsu-company-employees-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    FormFieldComponent,
    PageStateComponent,
    ParticipationTablesComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .stack {
      display: grid;
      gap: 1rem;
    }
    .stack > * {
      min-width: 0;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    li {
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 0.5rem 0.75rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      justify-content: space-between;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="company-employees-page">
      <h1>{{ 'employees.page.title' | t }}</h1>
      <p class="tsu-lead">{{ 'employees.page.lead' | t }}</p>
      <tsu-page-state
        [loading]="companies.loading()"
        [error]="companies.error()"
        (retry)="companies.reload()"
      />
      @if (companies.data() && approved().length === 0) {
        <tsu-alert kind="info" data-testid="company-employees-none">{{
          'employees.page.none' | t
        }}</tsu-alert>
        <p>
          <a [routerLink]="paths.mine.link()">{{ 'employees.page.toProfile' | t }}</a>
        </p>
      }
      @if (company(); as c) {
        <div class="stack">
          @if (approved().length > 1) {
            <tsu-form-field fieldId="employees-company" [label]="'employees.page.choose' | t">
              <select
                tsuInput
                [value]="c.organisationId"
                (change)="chosenId.set($any($event.target).value)"
                data-testid="employees-company"
              >
                @for (o of approved(); track o.organisationId) {
                  <option [value]="o.organisationId">{{ o.name }}</option>
                }
              </select>
            </tsu-form-field>
          }
          <div role="status">
            @if (notice(); as message) {
              <tsu-alert kind="success" tabindex="-1" data-testid="employees-notice">{{ message }}</tsu-alert>
            }
          </div>
          @if (action.errorText(); as message) {
            <tsu-alert kind="error" tabindex="-1" data-testid="employees-error">{{ message }}</tsu-alert>
          }
          <tsu-page-state [loading]="page.loading()" [error]="page.error()" (retry)="page.reload()" />
          @if (page.data(); as d) {
            <tsu-card [heading]="'employees.page.requestsTitle' | t" data-testid="employee-requests">
              <p data-testid="employees-active-count">
                {{ 'employees.page.activeCount' | t: { n: activeCount() } }}
              </p>
              @if (requests().length === 0) {
                <p data-testid="employee-requests-none">{{ 'employees.page.requestsNone' | t }}</p>
              } @else {
                <ul>
                  @for (e of requests(); track e.id) {
                    <li data-testid="employee-request">
                      <span>
                        <strong>{{ name(e) }}</strong>
                        （{{ 'employees.page.requestedAt' | t }}: {{ date(e.requestedAt) }}）
                      </span>
                      <span class="tsu-actions">
                        <button
                          type="button"
                          class="tsu-button"
                          [disabled]="action.running()"
                          [attr.aria-label]="'employees.page.confirmLabel' | t: { name: name(e) }"
                          (click)="decide(e, true)"
                          data-testid="employee-confirm"
                        >
                          {{ 'employees.page.confirm' | t }}
                        </button>
                        <button
                          type="button"
                          class="tsu-button tsu-button--secondary"
                          [disabled]="action.running()"
                          [attr.aria-label]="'employees.page.declineLabel' | t: { name: name(e) }"
                          (click)="decide(e, false)"
                          data-testid="employee-decline"
                        >
                          {{ 'employees.page.decline' | t }}
                        </button>
                      </span>
                    </li>
                  }
                </ul>
              }
            </tsu-card>

            <tsu-card [heading]="'employees.page.inviteTitle' | t" data-testid="employee-invite">
              <p>{{ 'employees.page.inviteLead' | t: inviteLimits }}</p>
              <form class="tsu-form" [formGroup]="form" (ngSubmit)="invite()" novalidate>
                @if (f.formError(); as message) {
                  <tsu-alert kind="error">{{ message }}</tsu-alert>
                }
                <tsu-form-field
                  fieldId="invite-email"
                  testId="invite-email"
                  [label]="'employees.page.inviteEmail' | t"
                  [required]="true"
                  [error]="f.error(form.controls.email)"
                >
                  <input
                    tsuInput
                    type="email"
                    autocomplete="off"
                    formControlName="email"
                    data-testid="invite-email"
                  />
                </tsu-form-field>
                <div>
                  <button
                    type="submit"
                    class="tsu-button"
                    [disabled]="f.pending()"
                    data-testid="invite-submit"
                  >
                    {{ (f.pending() ? 'employees.page.inviting' : 'employees.page.inviteSubmit') | t }}
                  </button>
                </div>
              </form>
            </tsu-card>

            <tsu-participation-tables
              [employees]="d.companyParticipation.employees"
              [others]="d.companyParticipation.others"
            />

            <tsu-card [heading]="'employees.page.exportTitle' | t" data-testid="participation-export">
              <p>{{ 'employees.page.exportLead' | t }}</p>
              @if (exportFailed()) {
                <tsu-alert kind="error" data-testid="export-error">{{
                  'enrolment.downloadFailed' | t
                }}</tsu-alert>
              }
              <div class="tsu-actions">
                <button
                  type="button"
                  class="tsu-button"
                  (click)="exportAs(c.organisationId, 'csv')"
                  data-testid="export-csv"
                >
                  {{ 'employees.page.csv' | t }}
                </button>
                <button
                  type="button"
                  class="tsu-button tsu-button--secondary"
                  (click)="exportAs(c.organisationId, 'xlsx')"
                  data-testid="export-xlsx"
                >
                  {{ 'employees.page.xlsx' | t }}
                </button>
              </div>
            </tsu-card>
          }
        </div>
      }
    </div>
  `,
})
export class CompanyEmployeesPage {
  private readonly profiles = inject(CompanyProfilesService);
  private readonly service = inject(CompanyEmployeesService);
  private readonly i18n = inject(I18nService);
  protected readonly paths = COMPANY_GROUPS_PATHS;

  protected readonly companies = loadOnce(() => this.profiles.mine());
  protected readonly approved = computed(() =>
    (this.companies.data() ?? []).filter((c) => c.status === 'approved'),
  );
  protected readonly chosenId = signal<string | null>(null);
  protected readonly company = computed(() => {
    const all = this.approved();
    return all.find((c) => c.organisationId === this.chosenId()) ?? all[0] ?? null;
  });
  protected readonly page = loadOnChange(
    () => this.company()?.organisationId,
    (id) => this.service.companyPage(id),
  );
  protected readonly requests = computed(() =>
    (this.page.data()?.companyEmployees ?? []).filter((e) => e.status === 'requested'),
  );
  protected readonly activeCount = computed(
    () => (this.page.data()?.companyEmployees ?? []).filter((e) => e.status === 'active').length,
  );

  protected readonly action = new MutationState();
  protected readonly notice = signal<string | null>(null);
  protected readonly exportFailed = signal(false);
  /** The invitation rules the lead names (the API enforces them). */
  protected readonly inviteLimits = {
    max: LIMITS.company.employeeInvitationsPerDay.max,
    days: LIMITS.company.emailInvitationDays.max,
  };
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(LIMITS.email.max)],
    }),
  });
  protected readonly f = new FormSupport(this.form);

  protected readonly name = formatPersonName;
  protected readonly date = (value: string) => formatDate(value, this.i18n.locale());

  async decide(e: CompanyEmployee, confirm: boolean): Promise<void> {
    this.notice.set(null);
    const done = await this.action.run(async () => {
      await this.service.decide(e.id, confirm);
      return true;
    });
    if (!done) {
      this.f.focusAfterRender('[data-testid="employees-error"]');
      return;
    }
    await this.page.reload();
    const key = confirm ? 'employees.page.confirmed' : 'employees.page.declined';
    this.say(this.i18n.t(key, { name: this.name(e) }));
  }

  async invite(): Promise<void> {
    const organisationId = this.company()?.organisationId;
    this.notice.set(null);
    if (!organisationId || !this.f.start()) return;
    const email = this.form.controls.email.value.trim();
    const done = await this.f.run(async () => {
      await this.service.invite(organisationId, email);
      return true;
    });
    if (!done) return;
    this.form.reset();
    this.f.reset();
    this.say(this.i18n.t('employees.page.invited'));
  }

  async exportAs(organisationId: string, format: 'csv' | 'xlsx'): Promise<void> {
    this.exportFailed.set(false);
    try {
      await this.service.exportParticipation(organisationId, format);
    } catch {
      this.exportFailed.set(true);
    }
  }

  private say(message: string): void {
    this.notice.set(message);
    this.f.focusAfterRender('[data-testid="employees-notice"]');
  }
}
