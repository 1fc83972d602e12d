import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import {
  COMPANY_FILE_ACCEPT,
  CompanyFilesService,
  tooLargeForCompany,
  type CompanyProfile,
} from '@tsunagu/web/company-groups/data-access';
import { appErrorText, toAppError } from '@tsunagu/web/shared/data-access';
import { AlertComponent, FilePickerComponent, FormFieldComponent } from '@tsunagu/web/shared/ui';
import { I18nService, TranslatePipe } from '@tsunagu/web/shared/util';

/** Her company's logo on its profile: the current one, and choosing a new one (PNG, JPEG or WebP, 2 MB). */
@Component({
  selector: 'tsu-company-logo',
  imports: [TranslatePipe, AlertComponent, FilePickerComponent, FormFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: grid;
      gap: 0.75rem;
      margin-bottom: 1rem;
    }
    img {
      max-width: min(100%, 240px);
      max-height: 120px;
      object-fit: contain;
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 0.5rem;
      background: #fff;
    }
    p {
      margin: 0;
    }
  `,
  template: `
    @if (imageUrl(); as src) {
      <img
        [src]="src"
        [alt]="'companies.logo.alt' | t: { name: profile().name }"
        data-testid="company-logo"
      />
    } @else {
      <p data-testid="company-logo-none">{{ 'companies.logo.none' | t }}</p>
    }
    <div role="status">
      @if (notice(); as message) {
        <tsu-alert kind="success" data-testid="company-logo-notice">{{ message }}</tsu-alert>
      }
    </div>
    <tsu-form-field
      fieldId="company-logo-file"
      testId="company-logo-file"
      [label]="'companies.logo.label' | t"
      [hint]="'companies.logo.hint' | t"
      [error]="error()"
    >
      <tsu-file-picker
        [accept]="accept"
        [buttonLabel]="(busy() ? 'companies.logo.uploading' : 'companies.logo.choose') | t"
        [disabled]="busy()"
        testId="company-logo-file"
        (picked)="upload($event)"
      />
    </tsu-form-field>
  `,
})
export class CompanyLogoComponent {
  readonly profile = input.required<CompanyProfile>();
  readonly uploaded = output<void>();
  private readonly files = inject(CompanyFilesService);
  private readonly i18n = inject(I18nService);

  protected readonly accept = COMPANY_FILE_ACCEPT.logo;
  protected readonly imageUrl = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    // An unapproved company's logo needs her token, so it is shown from an object URL.
    effect((onCleanup) => {
      const url = this.profile().logoUrl;
      let objectUrl: string | null = null;
      let gone = false;
      this.imageUrl.set(null);
      if (url)
        void this.files
          .objectUrl(url)
          .then((u) => {
            if (gone) URL.revokeObjectURL(u);
            else this.imageUrl.set((objectUrl = u));
          })
          .catch(() => undefined);
      onCleanup(() => {
        gone = true;
        if (objectUrl) URL.revokeObjectURL(objectUrl);
      });
    });
    inject(DestroyRef).onDestroy(() => {
      const url = this.imageUrl();
      if (url) URL.revokeObjectURL(url);
    });
  }

  async upload(file: File): Promise<void> {
    this.error.set(null);
    this.notice.set(null);
    const max = tooLargeForCompany('logo', file);
    if (max !== null) {
      this.error.set(this.i18n.t('companies.logo.tooLarge', { max }));
      return;
    }
    this.busy.set(true);
    try {
      await this.files.uploadLogo(this.profile().organisationId, file);
      this.notice.set(this.i18n.t('companies.logo.saved'));
      this.uploaded.emit();
    } catch (error) {
      this.error.set(toAppError(error).fields?.['file'] ?? appErrorText(error, this.i18n));
    } finally {
      this.busy.set(false);
    }
  }
}
