import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { COMPANY_DECIDER_ROLES } from '@tsunagu/shared/domain';
import { CompanyProfilesService } from '@tsunagu/web/company-groups/data-access';
import { FlashMessages, FormSupport, SessionStore } from '@tsunagu/web/shared/data-access';
import { AlertComponent, CardComponent, FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { COMPANY_GROUPS_PATHS, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { CompanyFieldsComponent } from './company-fields.component';
import { companyFieldMessage, companyProfileControls, profileInput } from './company-form';

const SECRETARIAT_KINDS: readonly string[] = ['city', 'prefecture', 'national_agency'];

/**
 * /staff/companies/register: the secretariat's staff register a partner company themselves (a company
 * that came to the office, or one from last year's list). It is approved at once, with no admin: she
 * invites its admins afterwards. The secretariats offered are hers (where she is staff or admin); the API
 * checks the same.
 */
@Component({
  selector: 'tsu-company-register-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    CompanyFieldsComponent,
    FormFieldComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page" data-testid="company-register-page">
      <h1>{{ 'companies.register.title' | t }}</h1>
      <p class="tsu-lead">{{ 'companies.register.lead' | t }}</p>
      @if (secretariats().length === 0) {
        <tsu-alert kind="info" data-testid="company-register-none">{{
          'companies.register.noSecretariat' | t
        }}</tsu-alert>
      } @else {
        <tsu-card>
          <form
            class="tsu-form"
            [formGroup]="form"
            (ngSubmit)="submit()"
            novalidate
            data-testid="company-register-form"
          >
            @if (f.formError(); as message) {
              <tsu-alert kind="error" data-testid="company-register-error">{{ message }}</tsu-alert>
            }
            <tsu-form-field
              fieldId="register-secretariat"
              testId="company-secretariat"
              [label]="'companies.fields.secretariat' | t"
              [required]="true"
              [error]="f.error(secretariat)"
            >
              <select tsuInput [formControl]="secretariat" data-testid="company-secretariat">
                @for (s of secretariats(); track s.id) {
                  <option [value]="s.id">{{ s.name }}</option>
                }
              </select>
            </tsu-form-field>
            <tsu-company-fields [controls]="form.controls" [support]="f" prefix="register" />
            <button
              type="submit"
              class="tsu-button tsu-button--block"
              [disabled]="f.pending()"
              data-testid="company-register-submit"
            >
              {{ (f.pending() ? 'companies.register.submitting' : 'companies.register.submit') | t }}
            </button>
          </form>
        </tsu-card>
      }
    </div>
  `,
})
export class CompanyRegisterPage {
  private readonly service = inject(CompanyProfilesService);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashMessages);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);

  /** Her secretariats: organising bodies where she is staff or admin, each once. */
  protected readonly secretariats = computed(() => {
    const seen = new Map<string, { id: string; name: string }>();
    for (const m of this.session.user()?.memberships ?? [])
      if (COMPANY_DECIDER_ROLES.includes(m.role) && SECRETARIAT_KINDS.includes(m.organisation.kind))
        seen.set(m.organisation.id, { id: m.organisation.id, name: m.organisation.name });
    return [...seen.values()];
  });

  protected readonly secretariat = new FormControl(this.secretariats()[0]?.id ?? '', {
    nonNullable: true,
    validators: [Validators.required],
  });
  // The API names the secretariat `secretariatOrganisationId`: its field error lands on the select.
  protected readonly form = new FormGroup({
    secretariatOrganisationId: this.secretariat,
    ...companyProfileControls(),
  });
  protected readonly f = new FormSupport(this.form, (control, show) =>
    companyFieldMessage(this.i18n, control, show),
  );

  async submit(): Promise<void> {
    if (!this.f.start()) return;
    const v = this.form.getRawValue();
    const done = await this.f.run(() =>
      this.service.register({ secretariatOrganisationId: v.secretariatOrganisationId, ...profileInput(v) }),
    );
    if (!done) return;
    this.flash.showAfterNavigation({ key: 'companies.register.registered' });
    await this.router.navigate([COMPANY_GROUPS_PATHS.applications.link()], {
      queryParams: { status: 'approved' },
    });
  }
}
