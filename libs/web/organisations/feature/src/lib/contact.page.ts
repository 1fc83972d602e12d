import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
} from '@angular/forms';
import { isPhone, LIMITS, normalisePhone, type Role } from '@tsunagu/shared/domain';
import { OrganisationContactService } from '@tsunagu/web/organisations/data-access';
import { FormSupport, SessionStore, toAppError } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  ContactDetailsComponent,
  FormFieldComponent,
  LoadErrorComponent,
  PrivacyNoticeComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import {
  controlErrorText,
  I18nService,
  TranslatePipe,
  TsuValidators,
  type ErrorLike,
} from '@tsunagu/web/shared/util';

/** Who keeps an organisation's contact: the same people the API allows (platform admins aside). */
const KEEPER_ROLES: readonly Role[] = ['staff', 'admin', 'company_admin'];

const phone = (control: AbstractControl<string>) =>
  !control.value.trim() || isPhone(normalisePhone(control.value)) ? null : { phone: true };
const webUrl = (control: AbstractControl<string>) =>
  !control.value.trim() || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(control.value.trim()) ? null : { url: true };

/**
 * /organisation/contact: the 問い合わせ先 and 「個人情報の取扱いについて」 printed on the organisation's
 * seminar pages and enrol forms, with a preview of both as she types.
 */
@Component({
  selector: 'tsu-organisation-contact-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    ContactDetailsComponent,
    FormFieldComponent,
    LoadErrorComponent,
    PrivacyNoticeComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    fieldset.tsu-fieldset {
      display: grid;
      gap: 1rem;
    }
    textarea {
      min-height: 12rem;
    }
    .preview {
      display: grid;
      gap: 1rem;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="contact-page">
      <h1>{{ 'orgContact.title' | t }}</h1>
      <p class="tsu-lead">{{ 'orgContact.lead' | t }}</p>

      @if (organisations().length === 0) {
        <tsu-alert kind="info">{{ 'orgContact.none' | t }}</tsu-alert>
      } @else {
        @if (organisations().length > 1) {
          <tsu-form-field fieldId="contact-organisation" [label]="'orgContact.organisation' | t">
            <select
              tsuInput
              [value]="selectedId()"
              (change)="chosenId.set($any($event.target).value)"
              data-testid="contact-organisation"
            >
              @for (org of organisations(); track org.id) {
                <option [value]="org.id">{{ org.name }}</option>
              }
            </select>
          </tsu-form-field>
        } @else {
          <p>
            <strong>{{ 'orgContact.organisation' | t }}:</strong> {{ organisations()[0]?.name }}
          </p>
        }
        @if (loadError(); as e) {
          <tsu-load-error [error]="e" (retry)="retryLoad()" />
        }
        <div class="tsu-grid tsu-grid--2">
          <tsu-card>
            <form
              class="tsu-form"
              [formGroup]="form"
              (ngSubmit)="save()"
              novalidate
              [attr.aria-busy]="loadedId() !== selectedId()"
              data-testid="contact-form"
            >
              @if (f.formError()) {
                <tsu-alert kind="error">{{ f.formError() }}</tsu-alert>
              }
              @if (saved()) {
                <tsu-alert kind="success" data-testid="contact-saved">{{ 'orgContact.saved' | t }}</tsu-alert>
              }
              <fieldset class="tsu-fieldset">
                <legend>{{ 'orgContact.contactLegend' | t }}</legend>
                <tsu-form-field
                  fieldId="contact-department"
                  testId="org-department"
                  [label]="'orgContact.department' | t"
                  [hint]="'orgContact.departmentHint' | t"
                  [error]="f.error(form.controls.department)"
                >
                  <input tsuInput formControlName="department" data-testid="org-department" />
                </tsu-form-field>
                <tsu-form-field
                  fieldId="contact-phone"
                  testId="org-phone"
                  [label]="'orgContact.phone' | t"
                  [hint]="'orgContact.phoneHint' | t"
                  [error]="f.error(form.controls.phone)"
                >
                  <input
                    tsuInput
                    type="tel"
                    formControlName="phone"
                    autocomplete="tel"
                    data-testid="org-phone"
                  />
                </tsu-form-field>
                <tsu-form-field
                  fieldId="contact-email"
                  testId="org-email"
                  [label]="'orgContact.email' | t"
                  [error]="f.error(form.controls.email)"
                >
                  <input
                    tsuInput
                    type="email"
                    inputmode="email"
                    formControlName="email"
                    data-testid="org-email"
                  />
                </tsu-form-field>
                <tsu-form-field
                  fieldId="contact-url"
                  testId="org-url"
                  [label]="'orgContact.url' | t"
                  [error]="f.error(form.controls.url)"
                >
                  <input tsuInput type="url" inputmode="url" formControlName="url" data-testid="org-url" />
                </tsu-form-field>
                <tsu-form-field
                  fieldId="contact-hours"
                  testId="org-hours"
                  [label]="'orgContact.hours' | t"
                  [hint]="'orgContact.hoursHint' | t"
                  [error]="f.error(form.controls.hours)"
                >
                  <input tsuInput formControlName="hours" data-testid="org-hours" />
                </tsu-form-field>
              </fieldset>
              <tsu-form-field
                fieldId="contact-privacy"
                testId="org-privacy"
                [label]="'orgContact.privacyNotice' | t"
                [hint]="'orgContact.privacyHint' | t"
                [error]="f.error(form.controls.privacyNotice)"
              >
                <textarea
                  tsuInput
                  rows="8"
                  formControlName="privacyNotice"
                  [attr.maxlength]="limits.privacyNotice.max"
                  data-testid="org-privacy"
                ></textarea>
              </tsu-form-field>
              <button
                type="submit"
                class="tsu-button tsu-button--block"
                [disabled]="f.pending() || loadedId() !== selectedId()"
                data-testid="contact-submit"
              >
                {{ (f.pending() ? 'orgContact.saving' : 'orgContact.save') | t }}
              </button>
            </form>
          </tsu-card>
          <tsu-card [heading]="'orgContact.preview' | t">
            <div class="preview" data-testid="contact-preview">
              <tsu-contact-details [contact]="preview()" />
              <tsu-privacy-notice
                [providerName]="preview().name"
                [providerNotice]="preview().privacyNotice"
              />
            </div>
          </tsu-card>
        </div>
      }
    </div>
  `,
})
export class ContactPage {
  private readonly session = inject(SessionStore);
  private readonly service = inject(OrganisationContactService);
  private readonly i18n = inject(I18nService);

  protected readonly limits = LIMITS.contact;
  protected readonly organisations = computed(() => {
    const byId = new Map<string, { id: string; name: string }>();
    for (const m of this.session.user()?.memberships ?? [])
      if (KEEPER_ROLES.includes(m.role)) byId.set(m.organisation.id, m.organisation);
    return [...byId.values()];
  });
  protected readonly chosenId = signal<string | null>(null);
  protected readonly selectedId = computed(() => this.chosenId() ?? this.organisations()[0]?.id ?? null);
  protected readonly loadError = signal<ErrorLike | null>(null);
  protected readonly saved = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    department: ['', Validators.maxLength(LIMITS.contact.department.max)],
    phone: ['', [Validators.maxLength(LIMITS.contact.phone.max), phone]],
    email: ['', [Validators.maxLength(LIMITS.contact.email.max), TsuValidators.email]],
    url: ['', [Validators.maxLength(LIMITS.contact.url.max), webUrl]],
    hours: ['', Validators.maxLength(LIMITS.contact.hours.max)],
    privacyNotice: ['', Validators.maxLength(LIMITS.contact.privacyNotice.max)],
  });
  protected readonly f = new FormSupport(this.form, (control, show) => {
    if (show && control.errors?.['phone']) return this.i18n.t('orgContact.phoneInvalid');
    if (show && control.errors?.['url']) return this.i18n.t('orgContact.urlInvalid');
    return controlErrorText((key, params) => this.i18n.t(key, params), control, show);
  });
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  /** What the seminar pages would show with what she has typed. */
  protected readonly preview = computed(() => {
    const v = { ...this.form.getRawValue(), ...this.values() };
    const blank = (value: string | undefined) => value?.trim() || null;
    const name = this.organisations().find((o) => o.id === this.selectedId())?.name ?? '';
    return {
      name,
      contactDepartment: blank(v.department),
      // Only what would be accepted: the preview never links to a half-typed or unsafe URL.
      contactPhone: this.form.controls.phone.valid ? blank(normalisePhone(v.phone ?? '')) : null,
      contactEmail: this.form.controls.email.valid ? blank(v.email) : null,
      contactUrl: this.form.controls.url.valid ? blank(v.url) : null,
      contactHours: blank(v.hours),
      privacyNotice: blank(v.privacyNotice),
    };
  });

  constructor() {
    // Untracked: the request reads the locale (Apollo's links), and a language switch must not reload
    // the form and lose what she typed.
    effect(() => {
      const id = this.selectedId();
      if (id) untracked(() => void this.load(id));
    });
  }

  /** The organisation whose stored contact the form holds; until it arrives the form is disabled. */
  protected readonly loadedId = signal<string | null>(null);

  private async load(id: string): Promise<void> {
    this.loadError.set(null);
    this.saved.set(false);
    // What she typed before the stored values arrived would be overwritten by them: on a slow phone
    // she waits for them instead.
    this.loadedId.set(null);
    this.form.disable();
    try {
      const contact = await this.service.get(id);
      if (this.selectedId() !== id) return; // she has chosen another organisation meanwhile
      this.form.reset({
        department: contact.contactDepartment ?? '',
        phone: contact.contactPhone ?? '',
        email: contact.contactEmail ?? '',
        url: contact.contactUrl ?? '',
        hours: contact.contactHours ?? '',
        privacyNotice: contact.privacyNotice ?? '',
      });
      this.f.reset();
      this.form.enable();
      this.loadedId.set(id);
    } catch (error) {
      if (this.selectedId() === id) this.loadError.set(toAppError(error));
    }
  }

  protected retryLoad(): void {
    const id = this.selectedId();
    if (id) void this.load(id);
  }

  async save(): Promise<void> {
    const organisationId = this.selectedId();
    this.saved.set(false);
    if (!organisationId || !this.f.start()) return;
    const v = this.form.getRawValue();
    const done = await this.f.run(() =>
      this.service.update({
        organisationId,
        department: v.department,
        phone: v.phone,
        email: v.email,
        url: v.url,
        hours: v.hours,
        privacyNotice: v.privacyNotice,
      }),
    );
    if (!done) return;
    this.form.reset({
      department: done.contactDepartment ?? '',
      phone: done.contactPhone ?? '',
      email: done.contactEmail ?? '',
      url: done.contactUrl ?? '',
      hours: done.contactHours ?? '',
      privacyNotice: done.privacyNotice ?? '',
    });
    this.f.reset();
    this.saved.set(true);
  }
}
