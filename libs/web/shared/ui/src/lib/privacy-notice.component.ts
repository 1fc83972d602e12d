import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService, TranslatePipe } from '@tsunagu/web/shared/util';

let nextId = 0;

/**
 * 「個人情報の取扱いについて」 on a form, as Japanese forms show it: a short scrollable box above the
 * button, with the notice of whoever receives the data. The seminar's organiser writes its own notice
 * (in Japanese); without one, the platform's standard text names the organiser. The operator's part is
 * for the sign-up form. The box scrolls, so it is focusable and named for keyboard users.
 */
@Component({
  selector: 'tsu-privacy-notice',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    h2 {
      font-size: 1rem;
      margin: 0 0 0.375rem;
    }
    .box {
      max-height: 11rem;
      overflow-y: auto;
      border: 1px solid var(--tsu-border);
      border-radius: var(--tsu-radius);
      background: var(--tsu-surface);
      padding: 0.5rem 0.75rem;
      font-size: 0.875rem;
      line-height: 1.7;
    }
    h3 {
      font-size: 0.875rem;
      margin: 0.5rem 0 0.125rem;
    }
    h3:first-child {
      margin-top: 0;
    }
    p {
      margin: 0;
      white-space: pre-line;
    }
    .note {
      color: var(--tsu-muted);
      font-style: italic;
    }
  `,
  template: `
    <h2 [id]="headingId">{{ 'privacy.title' | t }}</h2>
    <div
      class="box"
      role="region"
      tabindex="0"
      [attr.aria-labelledby]="headingId"
      data-testid="privacy-notice"
    >
      @if (operator()) {
        <h3>{{ 'privacy.operator' | t }}</h3>
        <p data-testid="privacy-operator">{{ 'privacy.operatorText' | t }}</p>
      }
      @if (providerName(); as name) {
        <h3>{{ 'privacy.provider' | t: { organisation: name } }}</h3>
        <p data-testid="privacy-provider">{{ providerText() }}</p>
        @if (providerNotice() && i18n.locale() !== 'ja') {
          <p class="note">{{ 'privacy.originalLanguage' | t }}</p>
        }
      }
    </div>
  `,
})
export class PrivacyNoticeComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly headingId = `tsu-privacy-${++nextId}`;

  /** Include the site operator's notice (sign-up). */
  readonly operator = input(false);
  /** The seminar's organiser, when the data goes to one. */
  readonly providerName = input<string | null>(null);
  /** The organiser's own notice; null for the platform's standard text. */
  readonly providerNotice = input<string | null>(null);

  protected readonly providerText = computed(
    () =>
      this.providerNotice() ??
      this.i18n.t('privacy.providerDefault', { organisation: this.providerName() ?? '' }),
  );
}
