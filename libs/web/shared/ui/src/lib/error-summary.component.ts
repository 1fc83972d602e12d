import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
  type Signal,
} from '@angular/core';
import { I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { collectFieldErrors, type ErrorSummaryItem } from './field-errors';
import { TsuInPageLinkDirective } from './in-page-link.directive';

/** What a form tells its summary (FormSupport in shared data-access has this shape). */
export interface ErrorSummarySource {
  /**
   * Changes with each submit: a refused one (`refused`) refreshes the summary and moves focus to it,
   * an accepted one or a reset clears it.
   */
  readonly attempt: Signal<{ seq: number; refused: boolean }>;
  /** A message for the whole form (the API's refusal, a network failure), or null. */
  readonly formError: Signal<string | null>;
  /** Called by the summary so the form leaves focus to it; returns the undo for its destruction. */
  attachSummary(): () => void;
}

/**
 * The GOV.UK-style error summary at the top of a form: after a refused submit it lists every field
 * with a problem, each naming its field (「姓：入力してください。」) and linking to it, and takes focus
 * so she hears what to fix. A form-level message (wrong password, no connection) shows here too,
 * with any projected content (a link to what she can do instead).
 */
@Component({
  selector: 'tsu-error-summary',
  imports: [TranslatePipe, TsuInPageLinkDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length > 0 || for().formError()) {
      <div
        #box
        class="tsu-alert tsu-alert--error tsu-error-summary"
        role="alert"
        tabindex="-1"
        [attr.data-testid]="testId()"
      >
        @if (items().length > 0) {
          <p class="tsu-error-summary__title">{{ 'errorSummary.title' | t }}</p>
        }
        @if (message(); as message) {
          <p class="tsu-error-summary__message" data-testid="error-summary-message">{{ message }}</p>
        }
        @if (items().length > 0) {
          <ul class="tsu-error-summary__list">
            @for (item of items(); track item.id) {
              <li>
                <a [tsuInPageLink]="item.id">{{ item.text }}</a>
              </li>
            }
          </ul>
        }
        <ng-content />
      </div>
    }
  `,
})
export class ErrorSummaryComponent {
  readonly for = input.required<ErrorSummarySource>();
  readonly testId = input('error-summary');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly i18n = inject(I18nService);
  private readonly box = viewChild<ElementRef<HTMLElement>>('box');
  protected readonly items = signal<ErrorSummaryItem[]>([]);
  /** The form's own message, unless it only repeats the title above the list (「入力内容を確認してください」). */
  protected readonly message = computed(() => {
    const message = this.for().formError();
    if (!message || this.items().length === 0) return message;
    const plain = (text: string) => text.trim().replace(/[。.]$/, '');
    return plain(message) === plain(this.i18n.t('errorSummary.title')) ? null : message;
  });
  private focusPending = false;
  private seenAttempt = 0;

  constructor() {
    let detach: (() => void) | null = null;
    inject(DestroyRef).onDestroy(() => detach?.());
    afterRenderEffect(() => {
      const source = this.for();
      untracked(() => {
        detach?.();
        detach = source.attachSummary();
      });
    });
    // A refused submit: read the messages now under the fields (rendered by now), then focus.
    afterRenderEffect(() => {
      const attempt = this.for().attempt();
      untracked(() => {
        if (attempt.seq === this.seenAttempt) return;
        this.seenAttempt = attempt.seq;
        if (!attempt.refused) {
          this.items.set([]);
          return;
        }
        const scope = this.host.closest('form') ?? this.host.parentElement ?? this.host;
        this.items.set(
          collectFieldErrors(scope, (label, message) =>
            this.i18n.t('errorSummary.fieldError', { label, message }),
          ),
        );
        this.focusPending = true;
      });
    });
    afterRenderEffect(() => {
      this.items();
      const box = this.box();
      if (this.focusPending && box) {
        this.focusPending = false;
        box.nativeElement.focus();
      }
    });
  }
}
