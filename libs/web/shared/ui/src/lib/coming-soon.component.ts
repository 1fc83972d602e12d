import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@tsunagu/web/shared/util';

/**
 * A capability that is not built yet, said plainly: a 「準備中」 tag and what is coming, never a link
 * or an empty list that looks like a broken feature.
 */
@Component({
  selector: 'tsu-coming-soon',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'tsu-coming-soon', 'data-testid': 'coming-soon' },
  template: `
    <p class="tsu-coming-soon__text">
      <span class="tsu-badge">{{ 'comingSoon.badge' | t }}</span>
      {{ message() }}
    </p>
  `,
})
export class ComingSoonComponent {
  readonly message = input.required<string>();
}
