import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { CardComponent, focusIfLost } from '@tsunagu/web/shared/ui';
import { TranslatePipe } from '@tsunagu/web/shared/util';

/** Cancelling a scheduled session, asked once more before it is done. */
@Component({
  selector: 'tsu-session-cancel-card',
  imports: [TranslatePipe, CardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    <tsu-card [heading]="'courseEditor.session.cancelTitle' | t" class="cancel-card">
      <p>{{ 'courseEditor.session.cancelLead' | t }}</p>
      @if (confirming()) {
        <p role="alert">
          <strong>{{ 'courseEditor.session.cancelConfirm' | t }}</strong>
        </p>
        <div class="tsu-actions">
          <button
            type="button"
            class="tsu-button"
            (click)="confirmed.emit()"
            [disabled]="pending()"
            data-testid="cancel-session-yes"
          >
            {{ 'courseEditor.session.cancelYes' | t }}
          </button>
          <button
            type="button"
            class="tsu-button tsu-button--secondary"
            (click)="ask(false)"
            data-testid="cancel-session-no"
          >
            {{ 'courseEditor.session.cancelNo' | t }}
          </button>
        </div>
      } @else {
        <button
          type="button"
          class="tsu-button tsu-button--secondary"
          (click)="ask(true)"
          data-testid="cancel-session"
        >
          {{ 'courseEditor.session.cancelSession' | t }}
        </button>
      }
    </tsu-card>
  `,
})
export class SessionCancelCardComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  /** A request of the page is under way. */
  readonly pending = input(false);
  /** She confirmed: the page cancels the session (and this card goes with it). */
  readonly confirmed = output();
  protected readonly confirming = signal(false);

  /** Each step replaces the buttons she pressed: focus goes to the safe choice, then back. */
  protected ask(asking: boolean): void {
    this.confirming.set(asking);
    const testId = asking ? 'cancel-session-no' : 'cancel-session';
    focusIfLost(this.injector, () => this.host.querySelector<HTMLElement>(`[data-testid="${testId}"]`));
  }
}
