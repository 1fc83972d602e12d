import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Certification } from '@tsunagu/shared/domain';
import { TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';

/**
 * An organisation's certification marks (くるみん, えるぼし …) as small labelled badges, as text (no
 * image: the marks' artwork is the ministry's). Nothing at all when it holds none.
 */
@Component({
  selector: 'tsu-certification-marks',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: inline;
    }
    ul {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      list-style: none;
      margin: 0;
      padding: 0;
      vertical-align: middle;
    }
    li {
      padding: 0 0.5rem;
      border: 1px solid var(--tsu-success);
      border-radius: 999px;
      background: var(--tsu-success-bg);
      color: var(--tsu-text);
      font-size: 0.8125rem;
      line-height: 1.6;
      white-space: nowrap;
    }
  `,
  template: `
    @if (marks().length) {
      <ul [attr.aria-label]="'companies.marks.label' | t" data-testid="certification-marks">
        @for (mark of marks(); track mark) {
          <li [attr.data-mark]="mark">{{ key(mark) | t }}</li>
        }
      </ul>
    }
  `,
})
export class CertificationMarksComponent {
  readonly marks = input<readonly Certification[]>([]);
  protected key(mark: Certification): TranslationKey {
    return `companies.certification.${mark}`;
  }
}
