import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { ErrorLike } from '@tsunagu/web/shared/util';
import { EmptyStateComponent } from './empty-state.component';
import { LoadErrorComponent } from './load-error.component';
import { LoadingStatusComponent } from './loading-status.component';

/**
 * The states of a page's load, said the same way everywhere: 「読み込み中…」 in a live region that stays
 * in the page, the failure with 「再読み込み」 where trying again helps (`<tsu-load-error>`), and, once
 * loaded, the empty message when there is nothing to show. The content itself follows it in the page.
 */
@Component({
  selector: 'tsu-page-state',
  imports: [EmptyStateComponent, LoadErrorComponent, LoadingStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <tsu-loading-status [active]="loading() && !error()" />
    @if (error(); as e) {
      <tsu-load-error
        [error]="e"
        [retrying]="retrying() ?? loading()"
        [pageHeading]="pageHeading()"
        (retry)="retry.emit()"
      />
    } @else if (empty() && emptyMessage(); as message) {
      <tsu-empty-state [message]="message" />
    }
  `,
})
export class PageStateComponent {
  /** While the load is in flight and nothing is shown yet. */
  readonly loading = input(false);
  /** While a retried load is in flight, when that differs from `loading` (shown only before the data). */
  readonly retrying = input<boolean | null>(null);
  readonly error = input<ErrorLike | null>(null);
  /** With `<tsu-load-error>`'s h1, for pages whose heading comes from the data. */
  readonly pageHeading = input(false);
  /** Loaded, and nothing to show. */
  readonly empty = input(false);
  readonly emptyMessage = input<string | null>(null);
  readonly retry = output<void>();
}
