import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  EnvironmentInjector,
  inject,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { errorText, I18nService, isRetryable, TranslatePipe, type ErrorLike } from '@tsunagu/web/shared/util';
import { focusElement, focusIsLost } from './focus';

/**
 * A load that failed, said the same way on every page: our words for network and server trouble
 * (never "[object Object]" or "Failed to fetch"), the API's localized words for a refusal or a missing
 * item, and 「再読み込み」 when trying again can help. With `pageHeading` it also gives the page its
 * h1, for pages whose heading would have come from the data that failed to load.
 */
@Component({
  selector: 'tsu-load-error',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'tsu-load-error' },
  template: `
    @if (pageHeading()) {
      <h1 data-testid="load-error-title">{{ title() | t }}</h1>
    }
    <div class="tsu-alert tsu-alert--error" role="alert" data-testid="load-error">
      <p class="tsu-load-error__message" data-testid="load-error-message">{{ text() }}</p>
      <div class="tsu-actions">
        @if (retryable()) {
          <button
            type="button"
            class="tsu-button tsu-button--secondary"
            [disabled]="retrying()"
            (click)="retried = true; retry.emit()"
            data-testid="load-error-retry"
          >
            {{ (retrying() ? 'app.loading' : 'loadState.retry') | t }}
          </button>
        } @else if (pageHeading()) {
          <a class="tsu-button tsu-button--secondary" [routerLink]="backLink()">{{ backLabel() | t }}</a>
        }
        <ng-content />
      </div>
    </div>
  `,
})
export class LoadErrorComponent {
  private readonly i18n = inject(I18nService);
  readonly error = input.required<ErrorLike>();
  /** True on pages that have no h1 of their own while the load failed. */
  readonly pageHeading = input(false);
  /** Where a page that cannot be shown sends her instead (with `pageHeading`, for refusals). */
  readonly backLink = input('/');
  readonly backLabel = input<'loadState.toTop' | 'catalogue.session.backToCatalogue'>('loadState.toTop');
  /** While the retried load is in flight. */
  readonly retrying = input(false);
  readonly retry = output<void>();
  /** She pressed 再読み込み: when the content replaces this message, focus goes to the page. */
  protected retried = false;

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const injector = inject(EnvironmentInjector);
    inject(DestroyRef).onDestroy(() => {
      if (!this.retried) return;
      const main = host.closest('main');
      afterNextRender(
        () => {
          const target = main?.querySelector<HTMLElement>('h1');
          if (focusIsLost() && target) focusElement(target, false);
        },
        { injector },
      );
    });
  }

  protected readonly text = computed(() => {
    this.i18n.locale();
    return errorText(this.i18n, this.error());
  });
  protected readonly retryable = computed(() => isRetryable(this.error()));
  protected readonly title = computed(() => {
    const code = this.error().code;
    if (code === 'NOT_FOUND') return 'loadState.notFoundTitle' as const;
    if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return 'loadState.forbiddenTitle' as const;
    return 'loadState.title' as const;
  });
}
