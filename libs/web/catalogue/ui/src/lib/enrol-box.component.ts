import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { EnrolmentStatus, EnrolOffer } from '@tsunagu/shared/domain';
import {
  ENROLMENT_PATHS,
  formatDateTime,
  formatYen,
  I18nService,
  IDENTITY_PATHS,
  TranslatePipe,
} from '@tsunagu/web/shared/util';
import { SeatsMeterComponent } from './seats-meter.component';

/**
 * The enrol box of a session page: what she would get before she sends anything. First come: seats
 * left and a bar that fills as seats go; full: the waitlist number she would get and a button saying
 * so; lottery: the deadline and the draw date, never a countdown that reads as first come.
 */
@Component({
  selector: 'tsu-enrol-box',
  imports: [RouterLink, TranslatePipe, SeatsMeterComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: grid;
      gap: 0.625rem;
    }
    p {
      margin: 0;
    }
    .mode {
      display: inline-block;
      justify-self: start;
      padding: 0.125rem 0.625rem;
      border-radius: 999px;
      border: 1px solid currentColor;
      font-size: 0.875rem;
      font-weight: 700;
      color: var(--tsu-primary-hover);
      background: var(--tsu-info-bg);
    }
    .commitment {
      display: block;
      font-family: ui-monospace, monospace;
      font-size: 0.8125rem;
      word-break: break-all;
    }
    .mode--lottery {
      color: #5b3a00;
      background: #fff4d6;
    }
    .headline {
      font-size: 1.0625rem;
      font-weight: 700;
    }
    .headline--waitlist {
      color: var(--tsu-error);
    }
    .note {
      font-size: 0.9375rem;
      color: var(--tsu-muted);
    }
    .closed {
      font-weight: 700;
      color: var(--tsu-error);
    }
    dl {
      margin: 0;
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.125rem 0.75rem;
    }
    dt {
      color: var(--tsu-muted);
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
    .account {
      font-size: 0.9375rem;
    }
  `,
  template: `
    @let o = offer();
    @if (mine(); as m) {
      <p data-testid="session-mine">
        @switch (m.status) {
          @case ('waitlisted') {
            {{ 'enrolment.enrol.existingWaitlisted' | t: { position: m.waitlistPosition ?? '' } }}
          }
          @case ('applied') {
            {{ 'enrolment.enrol.existingApplied' | t }}
          }
          @default {
            {{ 'enrolment.enrol.existingConfirmed' | t }}
          }
        }
      </p>
      <a
        class="tsu-button tsu-button--block tsu-button--secondary"
        [routerLink]="enrolment.mySeminars.link()"
      >
        {{ 'enrolment.my.link' | t }}
      </a>
    } @else {
      @switch (o.kind) {
        @case ('cancelled') {
          <p class="closed" data-testid="session-cancelled">{{ 'catalogue.session.cancelled' | t }}</p>
        }
        @case ('closed') {
          <p class="closed" data-testid="outside-window">
            {{ 'offer.closed' | t }}: {{ 'catalogue.session.closed' | t }}
          </p>
        }
        @case ('notOpen') {
          <p class="closed" data-testid="outside-window">
            {{ 'offer.notOpen' | t }}:
            {{ 'catalogue.session.notYetOpen' | t: { opens: dateTime(o.opensAt) } }}
          </p>
          <dl data-testid="offer-facts">
            <dt>{{ 'facts.fee' | t }}</dt>
            <dd data-testid="offer-fee">{{ fee() }}</dd>
          </dl>
        }
        @case ('lottery') {
          <span class="mode mode--lottery" data-testid="offer-mode">{{ 'offer.lottery' | t }}</span>
          <p class="headline" data-testid="offer-headline">
            {{ 'offer.capacity' | t: { capacity: o.capacity } }}
          </p>
          <dl data-testid="offer-facts">
            <dt>{{ 'facts.fee' | t }}</dt>
            <dd data-testid="offer-fee">{{ fee() }}</dd>
            <dt>{{ 'offer.deadline' | t }}</dt>
            <dd data-testid="offer-deadline">{{ dateTime(o.closesAt) }}</dd>
            @if (o.drawAt) {
              <dt>{{ 'offer.drawDate' | t }}</dt>
              <dd data-testid="offer-draw">{{ dateTime(o.drawAt) }}</dd>
            }
            @if (lotteryCommitment(); as commitment) {
              <dt>{{ 'offer.fairDraw' | t }}</dt>
              <dd data-testid="offer-commitment">
                {{ 'offer.commitment' | t }}
                <code class="commitment">{{ commitment }}</code>
                <a [routerLink]="enrolment.lottery.link({ id: sessionId() })" data-testid="offer-verify">{{
                  'offer.verify' | t
                }}</a>
              </dd>
            }
          </dl>
          <p class="note">{{ 'offer.lotteryNote' | t }}</p>
        }
        @case ('seat') {
          <span class="mode" data-testid="offer-mode">{{ 'offer.firstCome' | t }}</span>
          <p class="headline" data-testid="offer-headline">
            {{ 'offer.seatsLeft' | t: { count: o.seatsLeft } }}
          </p>
          <tsu-seats-meter [seatsLeft]="o.seatsLeft" [capacity]="o.capacity" [withText]="false" />
          @if (o.childcare === 'full') {
            <p class="note" data-testid="offer-childcare-full">
              {{ 'offer.childcareFull' | t: { rank: o.waitlistRank } }}
            </p>
          }
          <dl data-testid="offer-facts">
            <dt>{{ 'facts.fee' | t }}</dt>
            <dd data-testid="offer-fee">{{ fee() }}</dd>
            <dt>{{ 'offer.deadline' | t }}</dt>
            <dd data-testid="offer-deadline">{{ dateTime(o.closesAt) }}</dd>
          </dl>
        }
        @case ('waitlist') {
          <span class="mode" data-testid="offer-mode">{{ 'offer.firstCome' | t }}</span>
          <p class="headline headline--waitlist" data-testid="offer-headline">
            {{ 'offer.fullWaitlist' | t: { rank: o.waitlistRank } }}
          </p>
          <tsu-seats-meter [seatsLeft]="0" [capacity]="o.capacity" [withText]="false" />
          <p class="note">{{ 'offer.waitlistNote' | t }}</p>
          <dl data-testid="offer-facts">
            <dt>{{ 'facts.fee' | t }}</dt>
            <dd data-testid="offer-fee">{{ fee() }}</dd>
            <dt>{{ 'offer.deadline' | t }}</dt>
            <dd data-testid="offer-deadline">{{ dateTime(o.closesAt) }}</dd>
          </dl>
        }
      }
      @if (buttonKey(); as key) {
        <a class="tsu-button tsu-button--block" [routerLink]="enrolUrl()" data-testid="enrol-link">
          {{ key | t }}
        </a>
        @if (!signedIn()) {
          <p class="account" data-testid="enrol-account">
            {{ 'offer.accountNeeded' | t }}
            <a
              [routerLink]="identity.signUp.link()"
              [queryParams]="{ returnUrl: enrolUrl() }"
              data-testid="enrol-sign-up"
              >{{ 'offer.signUp' | t }}</a
            >
            /
            <a
              [routerLink]="identity.signIn.link()"
              [queryParams]="{ returnUrl: enrolUrl() }"
              data-testid="enrol-sign-in"
              >{{ 'offer.signIn' | t }}</a
            >
          </p>
        }
      }
    }
  `,
})
export class EnrolBoxComponent {
  protected readonly enrolment = ENROLMENT_PATHS;
  protected readonly identity = IDENTITY_PATHS;
  private readonly i18n = inject(I18nService);

  readonly sessionId = input.required<string>();
  readonly offer = input.required<EnrolOffer>();
  readonly feeYen = input<number | null>(null);
  /** Her own active enrolment: her status replaces the offer. */
  readonly mine = input<{ status: EnrolmentStatus; waitlistPosition: number | null } | null>(null);
  readonly signedIn = input(false);
  /** The SHA-256 of the lottery's seed, public since before anyone could apply. */
  readonly lotteryCommitment = input<string | null>(null);

  protected readonly enrolUrl = computed(() => ENROLMENT_PATHS.enrol.link({ id: this.sessionId() }));
  protected readonly buttonKey = computed(() => {
    switch (this.offer().kind) {
      case 'seat':
        return 'offer.enrol' as const;
      case 'waitlist':
        return 'offer.enrolWaitlist' as const;
      case 'lottery':
        return 'offer.enrolLottery' as const;
      default:
        return null;
    }
  });
  protected readonly fee = computed(() => {
    const fee = this.feeYen();
    return fee ? formatYen(fee, this.i18n.locale()) : this.i18n.t('facts.free');
  });

  protected dateTime(value: Date): string {
    return formatDateTime(value, this.i18n.locale());
  }
}
