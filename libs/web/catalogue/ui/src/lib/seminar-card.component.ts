import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CATALOGUE_PATHS,
  formatDateTime,
  formatShortDate,
  formatYen,
  I18nService,
  TranslatePipe,
} from '@tsunagu/web/shared/util';
import { SeatsMeterComponent } from './seats-meter.component';

/** What a seminar card shows (the catalogue's data-access maps API entries into this shape). */
export interface SeminarCardData {
  sessionId: string;
  title: string;
  sessionTitle: string;
  summary: string;
  category: string;
  providerName: string;
  firstMeetingAt: string;
  meetingCount: number;
  registrationOpensAt: string;
  registrationClosesAt: string;
  /** 参加費 in yen; null or 0 is free. */
  feeYen: number | null;
  venueName: string | null;
  isOnline: boolean;
  isOffsite: boolean;
  lottery: boolean;
  capacity: number;
  seatsLeft: number;
  childcareOffered: boolean;
  childcareSeatsLeft: number;
}

/** One seminar in the catalogue; the whole title is the link to its session page. */
@Component({
  selector: 'tsu-seminar-card',
  imports: [RouterLink, TranslatePipe, SeatsMeterComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'tsu-card tsu-seminar-card' },
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      height: 100%;
      position: relative;
    }
    .title {
      margin: 0;
      font-size: 1.125rem;
    }
    .title a {
      text-decoration: none;
    }
    .title a::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    .title a:hover {
      text-decoration: underline;
    }
    .session-title {
      display: block;
      font-size: 0.9375rem;
      font-weight: 500;
      color: var(--tsu-muted);
    }
    .facts {
      margin: 0;
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.125rem 0.75rem;
      font-size: 0.9375rem;
    }
    .facts dt {
      color: var(--tsu-muted);
    }
    .facts dd {
      margin: 0;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .badge {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border-radius: 999px;
      font-size: 0.875rem;
      font-weight: 700;
      line-height: 1.6;
      border: 1px solid currentColor;
    }
    .badge--childcare {
      color: #7a2e4d;
      background: var(--tsu-accent-bg);
    }
    .badge--lottery {
      color: #5b3a00;
      background: #fff4d6;
    }
    .badge--category,
    .badge--offsite {
      color: var(--tsu-primary-hover);
      background: var(--tsu-info-bg);
    }
    .summary {
      margin: 0;
      color: var(--tsu-muted);
      font-size: 0.9375rem;
    }
    .bottom {
      margin-top: auto;
    }
    .lottery-line {
      margin: 0;
      font-size: 0.9375rem;
      font-weight: 700;
      color: #5b3a00;
    }
  `,
  template: `
    <h3 class="title">
      <a [routerLink]="paths.session.link({ id: seminar().sessionId })" data-testid="seminar-link">
        {{ seminar().title }}
        @if (seminar().sessionTitle) {
          <span class="session-title">{{ seminar().sessionTitle }}</span>
        }
      </a>
    </h3>
    <ul class="badges" [attr.aria-label]="seminar().title">
      <li>
        <span class="badge badge--category">{{ categoryKey() | t }}</span>
      </li>
      @if (seminar().childcareOffered) {
        <li>
          <span class="badge badge--childcare" data-testid="badge-childcare">
            {{
              seminar().childcareSeatsLeft > 0
                ? ('catalogue.card.childcareSeats' | t: { count: seminar().childcareSeatsLeft })
                : ('catalogue.card.childcareFull' | t)
            }}
          </span>
        </li>
      }
      @if (seminar().lottery) {
        <li>
          <span class="badge badge--lottery" data-testid="badge-lottery">{{
            'catalogue.card.lottery' | t
          }}</span>
        </li>
      }
      @if (seminar().isOffsite) {
        <li>
          <span class="badge badge--offsite">{{ 'catalogue.card.offsite' | t }}</span>
        </li>
      }
    </ul>
    <dl class="facts">
      <dt>{{ 'catalogue.card.firstMeeting' | t }}</dt>
      <dd data-testid="seminar-date">{{ firstMeeting() }}</dd>
      <dt>{{ 'facts.meetings' | t }}</dt>
      <dd data-testid="seminar-meetings">{{ meetings() }}</dd>
      <dt>{{ 'catalogue.card.venue' | t }}</dt>
      <dd data-testid="seminar-venue">{{ place() }}</dd>
      <dt>{{ 'facts.deadline' | t }}</dt>
      <dd data-testid="seminar-deadline">{{ deadline() }}</dd>
      <dt>{{ 'facts.fee' | t }}</dt>
      <dd data-testid="seminar-fee">{{ fee() }}</dd>
      <dt>{{ 'catalogue.card.provider' | t }}</dt>
      <dd>{{ seminar().providerName }}</dd>
    </dl>
    @if (seminar().summary) {
      <p class="summary">{{ seminar().summary }}</p>
    }
    <div class="bottom">
      <!-- A lottery has no first-come countdown: who takes part is drawn after the deadline. -->
      @if (seminar().lottery) {
        <p class="lottery-line" data-testid="seminar-lottery">
          {{ 'offer.lotteryCard' | t: { capacity: seminar().capacity } }}
        </p>
      } @else {
        <tsu-seats-meter [seatsLeft]="seminar().seatsLeft" [capacity]="seminar().capacity" />
      }
    </div>
  `,
})
export class SeminarCardComponent {
  protected readonly paths = CATALOGUE_PATHS;
  private readonly i18n = inject(I18nService);
  readonly seminar = input.required<SeminarCardData>();

  protected readonly categoryKey = computed(
    () => `catalogue.categories.${this.seminar().category}` as 'catalogue.categories.other',
  );
  protected readonly firstMeeting = computed(() =>
    formatDateTime(this.seminar().firstMeetingAt, this.i18n.locale()),
  );
  protected readonly meetings = computed(() => {
    const count = this.seminar().meetingCount;
    return count === 1 ? this.i18n.t('facts.meetingsOne') : this.i18n.t('facts.meetingsMany', { count });
  });
  /** The deadline the way event sites print it; past it, that registration is over. */
  protected readonly deadline = computed(() => {
    const s = this.seminar();
    if (new Date(s.registrationClosesAt).getTime() <= Date.now()) return this.i18n.t('offer.closed');
    return formatShortDate(s.registrationClosesAt, this.i18n.locale());
  });
  protected readonly fee = computed(() => {
    const fee = this.seminar().feeYen;
    return fee ? formatYen(fee, this.i18n.locale()) : this.i18n.t('facts.free');
  });
  protected readonly place = computed(() => {
    const s = this.seminar();
    const online = this.i18n.t('catalogue.card.online');
    if (s.venueName && s.isOnline) return `${s.venueName} / ${online}`;
    return s.venueName ?? (s.isOnline ? online : '');
  });
}
