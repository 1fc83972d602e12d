import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AlertComponent } from './alert.component';

/**
 * A page's outcome messages: a success notice in a live region (read out when it appears) and an error
 * alert, each focusable (`tabindex="-1"`) so the page can move focus to it. Test ids `<testIdPrefix>-notice`
 * and `<testIdPrefix>-error`.
 */
@Component({
  selector: 'tsu-page-notices',
  imports: [AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    tsu-alert {
      margin-bottom: 1rem;
    }
  `,
  template: `
    <div role="status">
      @if (notice(); as message) {
        <tsu-alert kind="success" tabindex="-1" [attr.data-testid]="testIdPrefix() + '-notice'">{{
          message
        }}</tsu-alert>
      }
    </div>
    @if (error(); as message) {
      <tsu-alert kind="error" tabindex="-1" [attr.data-testid]="testIdPrefix() + '-error'">{{
        message
      }}</tsu-alert>
    }
  `,
})
export class PageNoticesComponent {
  readonly notice = input<string | null>(null);
  readonly error = input<string | null>(null);
  readonly testIdPrefix = input.required<string>();
}
