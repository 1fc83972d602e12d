import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { CompanyProfilesService, type CompanyProfile } from '@tsunagu/web/company-groups/data-access';
import { appErrorText, FormSupport, loadOnce } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  FormFieldComponent,
  PageStateComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { COMPANY_GROUPS_PATHS, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { CompanyCertificationsComponent } from './company-certifications.component';
import { CompanyDetailsComponent } from './company-details.component';
import { CompanyFieldsComponent } from './company-fields.component';
import { companyFieldMessage, companyProfileForm, fillProfileForm, profileInput } from './company-form';
import { CompanyLogoComponent } from './company-logo.component';
import { statusKey } from './company-texts';
import { SeatsOfferedComponent } from './seats-offered.component';

/**
 * /company: the company she administers (a plain selector when several): its profile and review
 * status (a declined one says why and can be submitted again), the profile's edit form with its
 * contact people, its certifications, and the seats other companies offer to it (seat pools).
 */
@Component({
  selector: 'tsu-my-company-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    CompanyCertificationsComponent,
    CompanyDetailsComponent,
    CompanyFieldsComponent,
    CompanyLogoComponent,
    FormFieldComponent,
    PageStateComponent,
    TsuInputDirective,
    SeatsOfferedComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .stack {
      display: grid;
      gap: 1rem;
    }
    .status {
      font-weight: 600;
    }
    .tsu-actions {
      margin-top: 0.5rem;
    }
  `,
  template: `
    <div class="tsu-page" data-testid="my-company-page">
      <h1>{{ 'companies.mine.title' | t }}</h1>
      <p class="tsu-lead">{{ 'companies.mine.lead' | t }}</p>
      <tsu-page-state [loading]="query.loading()" [error]="query.error()" (retry)="query.reload()" />
      @if (query.data()?.length === 0) {
        <tsu-alert kind="info" data-testid="my-company-none">{{ 'companies.mine.none' | t }}</tsu-alert>
        <p>
          <a [routerLink]="applyLink" data-testid="my-company-apply">{{ 'companies.mine.applyLink' | t }}</a>
        </p>
      }
      @if (company(); as c) {
        <div class="stack">
          @if (companies().length > 1) {
            <tsu-form-field fieldId="my-company-choose" [label]="'companies.mine.choose' | t">
              <select
                tsuInput
                [value]="c.organisationId"
                (change)="choose($any($event.target).value)"
                data-testid="my-company-choose"
              >
                @for (o of companies(); track o.organisationId) {
                  <option [value]="o.organisationId">{{ o.name }}</option>
                }
              </select>
            </tsu-form-field>
          }
          <div role="status">
            @if (notice(); as message) {
              <tsu-alert kind="success" tabindex="-1" data-testid="my-company-notice">{{
                message
              }}</tsu-alert>
            }
          </div>
          <tsu-card [heading]="'companies.mine.profile' | t" data-testid="my-company-profile">
            <p>
              {{ 'companies.mine.statusLabel' | t }}:
              <span class="status" data-testid="company-status">{{ status(c) | t }}</span>
            </p>
            @if (c.status === 'applied') {
              <p>{{ 'companies.mine.appliedNotice' | t }}</p>
            }
            @if (c.status === 'declined') {
              <tsu-alert kind="info" data-testid="company-declined">
                <p>{{ 'companies.mine.declinedNotice' | t }}</p>
                @if (c.declineReason) {
                  <p>
                    <strong>{{ 'companies.mine.declineReason' | t }}:</strong>
                    <span data-testid="company-decline-reason">{{ c.declineReason }}</span>
                  </p>
                }
              </tsu-alert>
              @if (resubmitError(); as message) {
                <tsu-alert kind="error">{{ message }}</tsu-alert>
              }
              <div class="tsu-actions">
                <button
                  type="button"
                  class="tsu-button"
                  [disabled]="resubmitting()"
                  (click)="resubmit(c)"
                  data-testid="company-resubmit"
                >
                  {{ (resubmitting() ? 'companies.mine.resubmitting' : 'companies.mine.resubmit') | t }}
                </button>
              </div>
            }
            @if (editing()) {
              <form
                class="tsu-form"
                [formGroup]="form"
                (ngSubmit)="save(c)"
                novalidate
                data-testid="company-edit-form"
              >
                <h3 id="company-edit-title" tabindex="-1">{{ 'companies.mine.editTitle' | t }}</h3>
                @if (f.formError(); as message) {
                  <tsu-alert kind="error" data-testid="company-edit-error">{{ message }}</tsu-alert>
                }
                <tsu-company-fields [controls]="form.controls" [support]="f" prefix="edit" />
                <div class="tsu-actions">
                  <button
                    type="submit"
                    class="tsu-button"
                    [disabled]="f.pending()"
                    data-testid="company-save"
                  >
                    {{ (f.pending() ? 'companies.mine.saving' : 'companies.mine.save') | t }}
                  </button>
                  <button
                    type="button"
                    class="tsu-button tsu-button--secondary"
                    (click)="cancel()"
                    data-testid="company-cancel"
                  >
                    {{ 'companies.mine.cancel' | t }}
                  </button>
                </div>
              </form>
            } @else {
              <tsu-company-logo [profile]="c" (uploaded)="query.reload()" />
              <tsu-company-details [profile]="c" />
              <div class="tsu-actions">
                <button
                  type="button"
                  class="tsu-button tsu-button--secondary"
                  (click)="edit(c)"
                  data-testid="company-edit"
                >
                  {{ 'companies.mine.edit' | t }}
                </button>
              </div>
            }
          </tsu-card>
          <tsu-company-certifications [profile]="c" (changed)="replace($event)" />
          @if (c.status === 'approved') {
            <tsu-seats-offered [organisationId]="c.organisationId" />
          }
        </div>
      }
    </div>
  `,
})
export class MyCompanyPage {
  private readonly service = inject(CompanyProfilesService);
  private readonly i18n = inject(I18nService);
  protected readonly applyLink = COMPANY_GROUPS_PATHS.apply.link();
  protected readonly status = (c: CompanyProfile) => statusKey(c.status);

  protected readonly query = loadOnce(() => this.service.mine());
  protected readonly companies = computed(() => this.query.data() ?? []);
  private readonly chosenId = signal<string | null>(null);
  protected readonly company = computed(() => {
    const all = this.companies();
    return all.find((c) => c.organisationId === this.chosenId()) ?? all[0] ?? null;
  });
  protected readonly notice = signal<string | null>(null);
  protected readonly editing = signal(false);
  protected readonly resubmitting = signal(false);
  protected readonly resubmitError = signal<string | null>(null);

  protected readonly form = companyProfileForm();
  protected readonly f = new FormSupport(this.form, (control, show) =>
    companyFieldMessage(this.i18n, control, show),
  );

  protected choose(id: string): void {
    this.chosenId.set(id);
    this.editing.set(false);
    this.notice.set(null);
  }

  /** Puts a mutation's answer in place of the company it changed. */
  protected replace(profile: CompanyProfile): void {
    this.query.update((all) => all.map((c) => (c.organisationId === profile.organisationId ? profile : c)));
  }

  protected edit(c: CompanyProfile): void {
    fillProfileForm(this.form, c);
    this.f.reset();
    this.notice.set(null);
    this.editing.set(true);
    this.f.focusAfterRender('#company-edit-title');
  }

  protected cancel(): void {
    this.editing.set(false);
    this.f.focusAfterRender('[data-testid="company-edit"]');
  }

  async save(c: CompanyProfile): Promise<void> {
    this.notice.set(null);
    if (!this.f.start()) return;
    const done = await this.f.run(() =>
      this.service.update({ organisationId: c.organisationId, ...profileInput(this.form.getRawValue()) }),
    );
    if (!done) return;
    this.replace(done);
    this.editing.set(false);
    this.say(this.i18n.t('companies.mine.saved'));
  }

  async resubmit(c: CompanyProfile): Promise<void> {
    this.resubmitting.set(true);
    this.resubmitError.set(null);
    try {
      this.replace(await this.service.resubmit(c.organisationId));
      this.say(this.i18n.t('companies.mine.resubmitted'));
    } catch (error) {
      this.resubmitError.set(appErrorText(error, this.i18n));
    } finally {
      this.resubmitting.set(false);
    }
  }

  private say(message: string): void {
    this.notice.set(message);
    this.f.focusAfterRender('[data-testid="my-company-notice"]');
  }
}
