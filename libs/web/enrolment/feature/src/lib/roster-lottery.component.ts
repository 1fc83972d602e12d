import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RosterSession } from '@tsunagu/web/enrolment/data-access';
import { CardComponent, ConfirmInlineComponent, focusIfLost } from '@tsunagu/web/shared/ui';
import { ENROLMENT_PATHS, formatDateTime, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';

/**
 * The roster's lottery card: the commitment before the draw, the seed after it, and the draw itself,
 * which asks first with the numbers (it cannot be undone). The page runs the draw (`draw`) and says
 * how it went.
 */
@Component({
  selector: 'tsu-roster-lottery',
  imports: [RouterLink, TranslatePipe, CardComponent, ConfirmInlineComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .seed {
      font-family: ui-monospace, monospace;
      word-break: break-all;
    }
  `,
  template: `
    @let s = session();
    <tsu-card [heading]="'enrolment.roster.lotteryTitle' | t" data-testid="lottery">
      @if (s.drawnAt) {
        <p>{{ 'enrolment.roster.drawnAt' | t: { date: dateTime(s.drawnAt) } }}</p>
        <p>
          {{ 'enrolment.roster.seed' | t }}:
          <strong class="seed" data-testid="lottery-seed">{{ s.lotterySeed }}</strong>
        </p>
        <p>{{ 'enrolment.roster.seedExplain' | t }}</p>
      } @else {
        <p>
          {{
            'enrolment.roster.lotteryLead'
              | t
                : {
                    date: s.drawAt ? dateTime(s.drawAt) : '-',
                    closes: dateTime(s.registrationClosesAt),
                  }
          }}
        </p>
        @if (s.lotteryCommitment) {
          <p>
            {{ 'enrolment.roster.commitment' | t }}:
            <code class="seed" data-testid="lottery-commitment">{{ s.lotteryCommitment }}</code>
          </p>
        }
        <p class="tsu-lead">{{ 'enrolment.roster.commitmentExplain' | t }}</p>
        @if (registrationOpen()) {
          <p data-testid="lottery-draw-later">{{ 'enrolment.roster.drawAfterClose' | t }}</p>
        } @else if (confirming()) {
          <!-- The draw cannot be undone: she sees what it will decide before it does. -->
          <tsu-confirm-inline
            class="draw-confirm"
            data-testid="lottery-draw-confirmation"
            [question]="'enrolment.roster.drawConfirm' | t: { applied: appliedCount(), capacity: s.capacity }"
            [confirmLabel]="'enrolment.roster.drawYes' | t"
            [dismissLabel]="'enrolment.my.cancelNo' | t"
            [busy]="busy()"
            confirmTestId="lottery-draw-confirm"
            dismissTestId="lottery-draw-cancel"
            (confirmed)="draw.emit()"
            (dismissed)="stopConfirming()"
          />
        } @else {
          <button
            type="button"
            class="tsu-button"
            (click)="confirm()"
            [disabled]="busy()"
            data-testid="lottery-draw"
          >
            {{ 'enrolment.roster.draw' | t }}
          </button>
        }
      }
      <p class="tsu-actions">
        <a [routerLink]="paths.lottery.link({ id: s.id })" data-testid="to-lottery-draw">{{
          'enrolment.roster.verifyLink' | t
        }}</a>
      </p>
    </tsu-card>
  `,
})
export class RosterLotteryComponent {
  protected readonly paths = ENROLMENT_PATHS;
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  readonly session = input.required<RosterSession>();
  readonly appliedCount = input.required<number>();
  readonly busy = input(false);
  readonly draw = output<void>();

  protected readonly confirming = signal(false);
  /** Applications may still change: the draw waits for the deadline. */
  protected readonly registrationOpen = computed(
    () => Date.now() < new Date(this.session().registrationClosesAt).getTime(),
  );

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  protected confirm(): void {
    this.confirming.set(true);
    focusIfLost(this.injector, () =>
      this.host.querySelector<HTMLElement>('[data-testid="lottery-draw-confirmation"]'),
    );
  }

  protected stopConfirming(): void {
    this.confirming.set(false);
    focusIfLost(this.injector, () => this.host.querySelector<HTMLElement>('[data-testid="lottery-draw"]'));
  }
}
