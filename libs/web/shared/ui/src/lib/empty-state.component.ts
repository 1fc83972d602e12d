import { ChangeDetectionStrategy, Component, input } from '@angular/core';

@Component({
  selector: 'tsu-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'tsu-empty-state' },
  template: `
    <p class="tsu-empty-state__message">{{ message() }}</p>
    <ng-content />
  `,
})
export class EmptyStateComponent {
  readonly message = input.required<string>();
}
