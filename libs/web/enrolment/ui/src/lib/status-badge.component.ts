import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@tsunagu/web/shared/util';

/** Mirrors the API's EnrolmentStatus (a ui lib does not depend on data-access). */
export type EnrolmentStatusValue = 'applied' | 'confirmed' | 'waitlisted' | 'cancelled' | 'completed';

/** The status of an enrolment as a labelled pill; its colour never carries the meaning alone. */
@Component({
  selector: 'tsu-status-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'tsu-badge', '[class]': "'tsu-badge tsu-badge--' + status()" },
  styles: `
    :host {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border-radius: 999px;
      font-size: 0.875rem;
      font-weight: 700;
      line-height: 1.6;
      border: 1px solid currentColor;
      white-space: nowrap;
    }
    :host(.tsu-badge--confirmed),
    :host(.tsu-badge--completed) {
      color: var(--tsu-success);
      background: var(--tsu-success-bg);
    }
    :host(.tsu-badge--waitlisted),
    :host(.tsu-badge--applied) {
      color: #7a4a00;
      background: #fff4e0;
    }
    :host(.tsu-badge--cancelled) {
      color: var(--tsu-muted);
      background: var(--tsu-bg);
    }
  `,
  template: `{{ key() | t }}`,
})
export class StatusBadgeComponent {
  readonly status = input.required<EnrolmentStatusValue>();
  protected readonly key = computed(() => `enrolment.status.${this.status()}` as const);
}
