import { ChangeDetectionStrategy, Component, Directive, input } from '@angular/core';
import { TranslatePipe } from '@tsunagu/web/shared/util';

/**
 * 「読み込み中…」 while a load is in flight. The live region stays in the page and only its text
 * comes and goes, so screen readers announce it (a region inserted with its text often is not).
 */
@Component({
  selector: 'tsu-loading-status',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="tsu-loading" role="status" data-testid="loading-status">
      @if (active()) {
        <span class="tsu-loading__dot" aria-hidden="true"></span>{{ 'app.loading' | t }}
      }
    </p>
  `,
})
export class LoadingStatusComponent {
  readonly active = input(false);
}

/**
 * On a region whose content is being replaced: aria-busy while the new content loads, and the old
 * content visibly faded, so nobody reads stale results as the answer to her new question.
 */
@Directive({
  selector: '[tsuBusy]',
  host: {
    '[attr.aria-busy]': 'tsuBusy() ? "true" : null',
    '[class.tsu-stale]': 'tsuBusy()',
  },
})
export class TsuBusyDirective {
  readonly tsuBusy = input(false);
}
