import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type AlertKind = 'error' | 'success' | 'info';

/** Errors interrupt (role=alert); successes and notes are announced politely (role=status). */
@Component({
  selector: 'tsu-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'tsu-alert',
    '[class.tsu-alert--error]': "kind() === 'error'",
    '[class.tsu-alert--success]': "kind() === 'success'",
    '[class.tsu-alert--info]': "kind() === 'info'",
    '[attr.role]': 'role()',
    '[attr.aria-live]': "kind() === 'error' ? 'assertive' : 'polite'",
  },
  template: `<ng-content />`,
})
export class AlertComponent {
  readonly kind = input<AlertKind>('info');
  readonly role = computed(() => (this.kind() === 'error' ? 'alert' : 'status'));
}
