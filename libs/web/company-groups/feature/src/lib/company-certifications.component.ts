import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
} from '@angular/forms';
import { COMPANY_CERTIFICATION_KINDS, LIMITS, tokyoIsoDate } from '@tsunagu/shared/domain';
import {
  COMPANY_FILE_ACCEPT,
  CompanyFilesService,
  CompanyProfilesService,
  tooLargeForCompany,
  type CompanyCertification,
  type CompanyProfile,
} from '@tsunagu/web/company-groups/data-access';
import {
  appErrorText,
  FormSupport,
  toAppError,
  type CompanyCertificationKind,
} from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  attr,
  CardComponent,
  ConfirmInlineComponent,
  FilePickerComponent,
  FormFieldComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { formatDate, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { companyFieldMessage } from './company-form';
import { certificationKey, certificationName } from './company-texts';

const notInFuture = (control: AbstractControl<string>) =>
  control.value && control.value > tokyoIsoDate(new Date()) ? { futureDate: true } : null;

/** Her company's certifications: the list with marks and dates, adding one, removing one (confirmed inline). */
@Component({
  selector: 'tsu-company-certifications',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    ConfirmInlineComponent,
    FilePickerComponent,
    FormFieldComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ul {
      list-style: none;
      margin: 0 0 1rem;
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
    .mark {
      display: inline-block;
      border: 1px solid currentColor;
      border-radius: 999px;
      padding: 0 0.5rem;
      font-size: 0.875rem;
      margin-left: 0.5rem;
    }
    h3 {
      font-size: 1.0625rem;
    }
  `,
  template: `
    <tsu-card [heading]="'companies.certs.title' | t" data-testid="company-certifications">
      <p>{{ 'companies.certs.lead' | t }}</p>
      <div role="status">
        @if (notice(); as message) {
          <tsu-alert kind="success" tabindex="-1" data-testid="cert-notice">{{ message }}</tsu-alert>
        }
      </div>
      @if (removeError(); as message) {
        <tsu-alert kind="error" data-testid="cert-remove-error">{{ message }}</tsu-alert>
      }
      @if (profile().certifications.length === 0) {
        <p data-testid="cert-none">{{ 'companies.certs.none' | t }}</p>
      } @else {
        <ul [attr.aria-label]="'companies.certs.list' | t" data-testid="cert-list">
          @for (c of profile().certifications; track c.id) {
            <li [attr.data-cert]="c.id" data-testid="cert-item">
              <span>
                <strong>{{ name(c) }}</strong>
                @if (c.kind !== 'other') {
                  <span class="mark">{{ 'companies.certs.mark' | t }}</span>
                }
                <br />
                {{ 'companies.certs.certifiedOn' | t }}:
                <time [attr.datetime]="c.certifiedOn">{{ date(c.certifiedOn) }}</time>
                <br />
                @if (c.evidenceUrl; as url) {
                  <button
                    type="button"
                    class="tsu-button tsu-button--ghost"
                    [attr.aria-label]="'companies.evidence.openLabel' | t: { name: name(c) }"
                    (click)="openEvidence(url)"
                    data-testid="cert-evidence-open"
                  >
                    {{ 'companies.evidence.open' | t }}
                  </button>
                } @else {
                  <span data-testid="cert-evidence-none">{{ 'companies.evidence.none' | t }}</span>
                }
                <tsu-form-field
                  [fieldId]="'cert-evidence-' + c.id"
                  [label]="'companies.evidence.label' | t: { name: name(c) }"
                  [hint]="'companies.evidence.hint' | t"
                  [error]="evidenceFor() === c.id ? evidenceError() : null"
                >
                  <tsu-file-picker
                    [accept]="evidenceAccept"
                    [buttonLabel]="'companies.evidence.choose' | t"
                    [disabled]="evidenceBusy()"
                    testId="cert-evidence-file"
                    (picked)="uploadEvidence(c, $event)"
                  />
                </tsu-form-field>
              </span>
              @if (confirming() === c.id) {
                <tsu-confirm-inline
                  layout="inline"
                  [question]="'companies.certs.removeQuestion' | t: { name: name(c) }"
                  [confirmLabel]="'companies.certs.removeConfirm' | t"
                  [dismissLabel]="'companies.certs.removeCancel' | t"
                  [busy]="removing()"
                  confirmTestId="cert-remove-confirm"
                  (confirmed)="remove(c)"
                  (dismissed)="dismiss(c)"
                />
              } @else {
                <button
                  type="button"
                  class="tsu-button tsu-button--secondary"
                  [attr.aria-label]="'companies.certs.removeLabel' | t: { name: name(c) }"
                  (click)="askRemove(c)"
                  data-testid="cert-remove"
                >
                  {{ 'companies.certs.remove' | t }}
                </button>
              }
            </li>
          }
        </ul>
      }

      <h3>{{ 'companies.certs.add' | t }}</h3>
      <form class="tsu-form" [formGroup]="form" (ngSubmit)="add()" novalidate data-testid="cert-form">
        @if (f.formError(); as message) {
          <tsu-alert kind="error" data-testid="cert-error">{{ message }}</tsu-alert>
        }
        <tsu-form-field
          fieldId="cert-kind"
          testId="cert-kind"
          [label]="'companies.certs.kind' | t"
          [required]="true"
          [error]="f.error(form.controls.kind)"
        >
          <select tsuInput formControlName="kind" data-testid="cert-kind">
            @for (k of kinds; track k) {
              <option [value]="k">{{ kindKey(k) | t }}</option>
            }
          </select>
        </tsu-form-field>
        @if (kind() === 'other') {
          <tsu-form-field
            fieldId="cert-other-name"
            testId="cert-other-name"
            [label]="'companies.certs.otherName' | t"
            [hint]="'companies.certs.otherNameHint' | t"
            [required]="true"
            [error]="f.error(form.controls.otherName)"
          >
            <input tsuInput formControlName="otherName" data-testid="cert-other-name" />
          </tsu-form-field>
        }
        <tsu-form-field
          fieldId="cert-date"
          testId="cert-date"
          [label]="'companies.certs.certifiedOn' | t"
          [required]="true"
          [error]="f.error(form.controls.certifiedOn)"
        >
          <input
            tsuInput
            type="date"
            [attr.max]="today"
            formControlName="certifiedOn"
            data-testid="cert-date"
          />
        </tsu-form-field>
        <div>
          <button type="submit" class="tsu-button" [disabled]="f.pending()" data-testid="cert-add">
            {{ (f.pending() ? 'companies.certs.adding' : 'companies.certs.add') | t }}
          </button>
        </div>
      </form>
    </tsu-card>
  `,
})
export class CompanyCertificationsComponent {
  readonly profile = input.required<CompanyProfile>();
  readonly changed = output<CompanyProfile>();
  private readonly service = inject(CompanyProfilesService);
  private readonly files = inject(CompanyFilesService);
  private readonly i18n = inject(I18nService);

  protected readonly evidenceAccept = COMPANY_FILE_ACCEPT.evidence;
  protected readonly evidenceBusy = signal(false);
  protected readonly evidenceFor = signal<string | null>(null);
  protected readonly evidenceError = signal<string | null>(null);

  protected readonly kinds = COMPANY_CERTIFICATION_KINDS as readonly CompanyCertificationKind[];
  protected readonly kindKey = certificationKey;
  protected readonly today = tokyoIsoDate(new Date());
  protected readonly notice = signal<string | null>(null);
  protected readonly removeError = signal<string | null>(null);
  protected readonly confirming = signal<string | null>(null);
  protected readonly removing = signal(false);

  protected readonly form = new FormGroup({
    kind: new FormControl<CompanyCertificationKind>('kurumin', { nonNullable: true }),
    otherName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(LIMITS.company.certificationName.max)],
    }),
    certifiedOn: new FormControl('', { nonNullable: true, validators: [Validators.required, notInFuture] }),
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly f = new FormSupport(this.form, (control, show) =>
    companyFieldMessage(this.i18n, control, show),
  );

  protected name(c: Pick<CompanyCertification, 'kind' | 'otherName'>): string {
    return certificationName(this.i18n, c);
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }

  async add(): Promise<void> {
    this.notice.set(null);
    const v = this.form.getRawValue();
    const other = v.kind === 'other';
    // The name is asked for, and sent, only for 「その他」.
    const otherName = this.form.controls.otherName;
    otherName.setErrors(other && !v.otherName.trim() ? { required: true } : otherName.errors);
    if (!this.f.start(this.form.valid && (!other || !!v.otherName.trim()))) return;
    const done = await this.f.run(() =>
      this.service.addCertification({
        organisationId: this.profile().organisationId,
        kind: v.kind,
        certifiedOn: v.certifiedOn,
        ...(other ? { otherName: v.otherName.trim() } : {}),
      }),
    );
    if (!done) return;
    this.changed.emit(done);
    this.form.reset({ kind: 'kurumin', otherName: '', certifiedOn: '' });
    this.f.reset();
    this.say(this.i18n.t('companies.certs.added'));
  }

  protected askRemove(c: CompanyCertification): void {
    this.removeError.set(null);
    this.confirming.set(c.id);
    this.focusIn(`${attr('data-cert', c.id)} tsu-confirm-inline`);
  }

  protected dismiss(c: CompanyCertification): void {
    this.confirming.set(null);
    this.focusIn(`${attr('data-cert', c.id)} [data-testid="cert-remove"]`);
  }

  async remove(c: CompanyCertification): Promise<void> {
    this.removing.set(true);
    this.notice.set(null);
    try {
      const done = await this.service.removeCertification(c.id);
      this.confirming.set(null);
      this.changed.emit(done);
      this.say(this.i18n.t('companies.certs.removed'));
    } catch (error) {
      this.removeError.set(appErrorText(error, this.i18n));
    } finally {
      this.removing.set(false);
    }
  }

  /** Attaches (or replaces) a certification's evidence, then reads the profile again to show it. */
  async uploadEvidence(c: CompanyCertification, file: File): Promise<void> {
    this.notice.set(null);
    this.evidenceFor.set(c.id);
    this.evidenceError.set(null);
    const max = tooLargeForCompany('evidence', file);
    if (max !== null) {
      this.evidenceError.set(this.i18n.t('companies.evidence.tooLarge', { max }));
      return;
    }
    this.evidenceBusy.set(true);
    try {
      await this.files.uploadEvidence(c.id, file);
      const fresh = (await this.service.mine()).find(
        (p) => p.organisationId === this.profile().organisationId,
      );
      if (fresh) this.changed.emit(fresh);
      this.say(this.i18n.t('companies.evidence.saved', { name: this.name(c) }));
    } catch (error) {
      this.evidenceError.set(toAppError(error).fields?.['file'] ?? appErrorText(error, this.i18n));
    } finally {
      this.evidenceBusy.set(false);
    }
  }

  protected async openEvidence(url: string): Promise<void> {
    this.removeError.set(null);
    try {
      await this.files.download(url, 'evidence');
    } catch {
      this.removeError.set(this.i18n.t('enrolment.downloadFailed'));
    }
  }

  private say(message: string): void {
    this.notice.set(message);
    this.focusIn('[data-testid="cert-notice"]');
  }

  private focusIn(selector: string): void {
    this.f.focusAfterRender(selector);
  }
}
