import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { EnrolSession, MyEnrolment } from '@tsunagu/web/enrolment/data-access';
import { StatusBadgeComponent } from '@tsunagu/web/enrolment/ui';
import { AlertComponent, CardComponent } from '@tsunagu/web/shared/ui';
import { ENROLMENT_PATHS, formatDate, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { childcareStatusKey } from './format';

/** The honest answer once she has sent: a seat, a place on the waiting list or in the lottery, and what next. */
@Component({
  selector: 'tsu-enrol-result',
  imports: [RouterLink, TranslatePipe, AlertComponent, CardComponent, StatusBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    tsu-alert p:last-child {
      margin-bottom: 0;
    }
    tsu-alert {
      margin-bottom: 1rem;
    }
    .next-steps {
      padding-left: 1.25rem;
    }
  `,
  template: `
    @let r = result();
    @let s = session();
    <tsu-card [heading]="'enrolment.enrol.doneTitle' | t" data-testid="enrol-result">
      <tsu-alert [kind]="r.status === 'confirmed' ? 'success' : 'info'" data-testid="enrol-result-status">
        <p>
          <tsu-status-badge [status]="r.status" />
        </p>
        @switch (r.status) {
          @case ('confirmed') {
            <p>{{ 'enrolment.enrol.confirmed' | t }}</p>
          }
          @case ('waitlisted') {
            <p data-testid="enrol-result-position">
              {{ 'enrolment.enrol.waitlisted' | t: { position: r.waitlistPosition ?? '-' } }}
            </p>
          }
          @case ('applied') {
            <p>{{ 'enrolment.enrol.applied' | t: { date: s.drawAt ? date(s.drawAt) : '-' } }}</p>
          }
        }
        @if (r.childcareRequested) {
          <p>
            {{ childcareStatus(r) | t }}
          </p>
        }
      </tsu-alert>
      <h2 tabindex="-1">{{ 'enrolment.enrol.nextTitle' | t }}</h2>
      <ul class="next-steps">
        @switch (r.status) {
          @case ('confirmed') {
            <li>{{ 'enrolment.enrol.nextConfirmed' | t }}</li>
          }
          @case ('waitlisted') {
            <li>{{ 'enrolment.enrol.nextWaitlisted' | t }}</li>
          }
          @case ('applied') {
            <li>{{ 'enrolment.enrol.nextApplied' | t }}</li>
          }
        }
        <li>{{ 'enrolment.enrol.nextCancel' | t: { date: date(s.cancellationDeadline) } }}</li>
      </ul>
      <a class="tsu-button tsu-button--block" [routerLink]="mySeminars" data-testid="to-my-seminars">
        {{ 'enrolment.my.link' | t }}
      </a>
    </tsu-card>
  `,
})
export class EnrolResultComponent {
  protected readonly mySeminars = ENROLMENT_PATHS.mySeminars.link();
  private readonly i18n = inject(I18nService);
  readonly result = input.required<MyEnrolment>();
  readonly session = input.required<EnrolSession>();
  protected readonly childcareStatus = childcareStatusKey;

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }
}
