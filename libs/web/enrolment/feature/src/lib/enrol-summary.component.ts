import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { EnrolSession } from '@tsunagu/web/enrolment/data-access';
import { CardComponent, ContactDetailsComponent } from '@tsunagu/web/shared/ui';
import {
  formatDate,
  formatDateTime,
  formatMeeting,
  formatYen,
  I18nService,
  TranslatePipe,
} from '@tsunagu/web/shared/util';

/** What she applies for: the session's dates, place, fee, deadline and whom to ask. */
@Component({
  selector: 'tsu-enrol-summary',
  imports: [TranslatePipe, CardComponent, ContactDetailsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .summary dt {
      font-weight: 700;
    }
    .summary dd {
      margin: 0 0 0.5rem;
    }
    .summary ul {
      margin: 0;
      padding-left: 1.25rem;
    }
  `,
  template: `
    @let s = session();
    <tsu-card [heading]="s.course.title" data-testid="enrol-summary">
      <dl class="summary">
        <dt>{{ 'enrolment.session' | t }}</dt>
        <dd data-testid="enrol-session-title">{{ s.title }}</dd>
        <dt>{{ 'enrolment.dates' | t }}</dt>
        <dd>
          <ul>
            @for (m of s.meetings; track m.id) {
              <li>{{ meeting(m) }}</li>
            }
          </ul>
        </dd>
        <dt>{{ 'enrolment.venue' | t }}</dt>
        <dd>
          @if (s.isOnline) {
            {{ 'enrolment.online' | t }}
          }
          @if (s.venueName) {
            {{ s.venueName }}
            @if (s.venueAddress) {
              <br />{{ s.venueAddress }}
            }
          }
        </dd>
        <dt>{{ 'facts.fee' | t }}</dt>
        <dd data-testid="enrol-fee">{{ fee() }}</dd>
        <dt>{{ 'facts.deadline' | t }}</dt>
        <dd data-testid="enrol-deadline">{{ dateTime(s.registrationClosesAt) }}</dd>
        @if (s.registrationMode === 'lottery' && s.drawAt) {
          <dt>{{ 'enrolment.lottery' | t }}</dt>
          <dd>{{ 'enrolment.enrol.lotteryNote' | t: { date: date(s.drawAt) } }}</dd>
        }
        <dt>{{ 'facts.contact' | t }}</dt>
        <dd data-testid="enrol-contact"><tsu-contact-details [contact]="s.course.provider" /></dd>
      </dl>
    </tsu-card>
  `,
})
export class EnrolSummaryComponent {
  private readonly i18n = inject(I18nService);
  readonly session = input.required<EnrolSession>();

  protected readonly fee = computed(() => {
    const fee = this.session().feeYen;
    return fee ? formatYen(fee, this.i18n.locale()) : this.i18n.t('facts.free');
  });

  protected meeting(m: { startsAt: string; endsAt: string }): string {
    return formatMeeting(m, this.i18n.locale());
  }
  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }
  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }
}
