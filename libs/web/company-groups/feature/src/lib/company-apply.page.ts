import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { CompanyProfilesService } from '@tsunagu/web/company-groups/data-access';
import { FlashMessages, FormSupport, loadOnce } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  FormFieldComponent,
  PageStateComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { COMPANY_GROUPS_PATHS, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { CompanyFieldsComponent } from './company-fields.component';
import { companyFieldMessage, companyProfileControls, profileInput } from './company-form';

const SECRETARIAT_KINDS = ['city', 'prefecture', 'national_agency'] as const;

/**
 * /company/apply: anyone signed in applies for her company to join; she becomes its admin at once and
 * lands on /company, where it shows 「審査中」.
 */
@Component({
  selector: 'tsu-company-apply-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    CompanyFieldsComponent,
    FormFieldComponent,
    PageStateComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page" data-testid="company-apply-page">
      <h1>{{ 'companies.apply.title' | t }}</h1>
      <p class="tsu-lead">{{ 'companies.apply.lead' | t }}</p>
      <tsu-page-state
        [loading]="secretariats.loading()"
        [error]="secretariats.error()"
        [empty]="secretariats.data()?.length === 0"
        [emptyMessage]="'companies.apply.noSecretariat' | t"
        (retry)="secretariats.reload()"
      />
      @if (secretariats.data()?.length) {
        <tsu-card>
          <form
            class="tsu-form"
            [formGroup]="form"
            (ngSubmit)="submit()"
            novalidate
            data-testid="company-apply-form"
          >
            @if (f.formError(); as message) {
              <tsu-alert kind="error" data-testid="company-apply-error">{{ message }}</tsu-alert>
            }
            <tsu-form-field
              fieldId="apply-secretariat"
              testId="company-secretariat"
              [label]="'companies.fields.secretariat' | t"
              [hint]="'companies.fields.secretariatHint' | t"
              [required]="true"
              [error]="f.error(secretariat)"
            >
              <select tsuInput [formControl]="secretariat" data-testid="company-secretariat">
                <option value="">{{ 'companies.fields.choose' | t }}</option>
                @for (group of groups(); track group.kind) {
                  <optgroup [label]="group.label">
                    @for (s of group.items; track s.id) {
                      <option [value]="s.id">{{ s.name }}</option>
                    }
                  </optgroup>
                }
              </select>
            </tsu-form-field>
            <tsu-company-fields [controls]="form.controls" [support]="f" prefix="apply" />
            <button
              type="submit"
              class="tsu-button tsu-button--block"
              [disabled]="f.pending()"
              data-testid="company-apply-submit"
            >
              {{ (f.pending() ? 'companies.apply.submitting' : 'companies.apply.submit') | t }}
            </button>
          </form>
        </tsu-card>
      }
    </div>
  `,
})
export class CompanyApplyPage {
  private readonly service = inject(CompanyProfilesService);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashMessages);
  private readonly i18n = inject(I18nService);

  protected readonly secretariats = loadOnce(() => this.service.secretariats());
  protected readonly groups = computed(() => {
    this.i18n.locale();
    const all = this.secretariats.data() ?? [];
    return SECRETARIAT_KINDS.map((kind) => ({
      kind,
      label: this.i18n.t(`companies.fields.secretariatGroup.${kind}`),
      items: all.filter((s) => s.kind === kind),
    })).filter((g) => g.items.length > 0);
  });

  protected readonly secretariat = new FormControl('', {
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
      this.service.apply({ secretariatOrganisationId: v.secretariatOrganisationId, ...profileInput(v) }),
    );
    if (!done) return;
    this.flash.showAfterNavigation({ key: 'companies.apply.applied' });
    await this.router.navigateByUrl(COMPANY_GROUPS_PATHS.mine.link());
  }
}
