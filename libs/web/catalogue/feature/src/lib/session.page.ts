import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { enrolOffer } from '@tsunagu/shared/domain';
import { CatalogueService } from '@tsunagu/web/catalogue/data-access';
import { EnrolBoxComponent } from '@tsunagu/web/catalogue/ui';
import { loadOnChange, SessionStore } from '@tsunagu/web/shared/data-access';
import {
  CardComponent,
  ContactDetailsComponent,
  LoadErrorComponent,
  LoadingStatusComponent,
} from '@tsunagu/web/shared/ui';
import {
  CATALOGUE_PATHS,
  ENROLMENT_PATHS,
  formatAgeRange,
  formatDate,
  formatDateTime,
  formatYen,
  I18nService,
  TranslatePipe,
} from '@tsunagu/web/shared/util';
import { CourseLessonsComponent } from './lessons.component';

/** One session (開催回): dates, place, childcare, registration window and the way to enrol. */
@Component({
  selector: 'tsu-session-page',
  imports: [
    RouterLink,
    TranslatePipe,
    CardComponent,
    LoadErrorComponent,
    LoadingStatusComponent,
    ContactDetailsComponent,
    EnrolBoxComponent,
    CourseLessonsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .crumbs {
      margin-bottom: 0.5rem;
    }
    .provider {
      color: var(--tsu-muted);
      margin-bottom: 0.25rem;
    }
    .session-title {
      display: block;
      font-size: 1.0625rem;
      color: var(--tsu-muted);
    }
    /* Not sticky: a tall box (a lottery's, a full session's) stuck to the bottom of a phone's screen
       covered the seminar's title. It sits right under the title, on the first screen. */
    .enrol {
      background: var(--tsu-surface);
      border: 2px solid var(--tsu-primary);
      border-radius: var(--tsu-radius);
      padding: 1rem;
      margin-bottom: 1.25rem;
      display: grid;
      gap: 0.75rem;
    }
    dl {
      margin: 0;
      display: grid;
      grid-template-columns: minmax(6rem, auto) 1fr;
      gap: 0.25rem 1rem;
    }
    dt {
      color: var(--tsu-muted);
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
    @media (max-width: 30rem) {
      dl {
        grid-template-columns: 1fr;
      }
      dd {
        margin-bottom: 0.5rem;
      }
    }
    .meetings {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .meetings li {
      padding: 0.375rem 0;
      border-bottom: 1px solid var(--tsu-border-soft);
    }
    .meetings li:last-child {
      border-bottom: 0;
    }
    .meetings strong {
      margin-right: 0.75rem;
    }
    .description :is(h2, h3) {
      font-size: 1.0625rem;
    }
  `,
  template: `
    @if (error(); as e) {
      <div class="tsu-page" data-testid="session-error">
        <tsu-load-error
          [error]="e"
          [pageHeading]="true"
          [backLink]="paths.catalogue.link()"
          backLabel="catalogue.session.backToCatalogue"
          [retrying]="loading()"
          (retry)="state.reload()"
        />
      </div>
    } @else if (session(); as s) {
      <div class="tsu-page tsu-page--wide" data-testid="session-page">
        <p class="crumbs">
          <a [routerLink]="paths.catalogue.link()">← {{ 'catalogue.session.backToCatalogue' | t }}</a>
        </p>
        <p class="provider">{{ s.course.provider.name }}</p>
        <h1 data-testid="session-title">
          {{ s.course.title }}
          @if (s.title) {
            <span class="session-title">{{ s.title }}</span>
          }
        </h1>
        @if (s.course.summary) {
          <p class="tsu-lead">{{ s.course.summary }}</p>
        }

        <section class="enrol" [attr.aria-label]="'catalogue.session.enrol' | t" data-testid="enrol-box">
          <tsu-enrol-box
            [sessionId]="s.id"
            [offer]="offer()!"
            [feeYen]="s.feeYen"
            [mine]="s.myEnrolment"
            [signedIn]="signedIn()"
            [lotteryCommitment]="s.lotteryCommitment"
          />
        </section>

        <div class="tsu-grid tsu-grid--2">
          <tsu-card [heading]="'catalogue.session.meetings' | t">
            <ol class="meetings" data-testid="meetings">
              @for (m of s.meetings; track m.id; let i = $index) {
                <li>
                  <strong>{{ 'catalogue.session.meeting' | t: { n: i + 1 } }}</strong>
                  <span
                    >{{ date(m.startsAt) }}
                    {{
                      'catalogue.session.timeRange' | t: { start: time(m.startsAt), end: time(m.endsAt) }
                    }}</span
                  >
                </li>
              }
            </ol>
          </tsu-card>

          <tsu-card [heading]="'catalogue.session.place' | t">
            <dl data-testid="place">
              @if (s.venueName) {
                <dt>{{ 'catalogue.session.place' | t }}</dt>
                <dd>{{ s.venueName }}</dd>
              }
              @if (s.venueAddress) {
                <dt>{{ 'catalogue.session.address' | t }}</dt>
                <dd>{{ s.venueAddress }}</dd>
              }
              @if (mapUrl(); as url) {
                <dt>{{ 'facts.mapTerm' | t }}</dt>
                <dd>
                  <a [href]="url" target="_blank" rel="noopener noreferrer" data-testid="map-link"
                    >{{ 'facts.map' | t
                    }}<span class="tsu-visually-hidden">{{
                      'facts.mapLabel' | t: { venue: s.venueName ?? '' }
                    }}</span>
                    <span aria-hidden="true">↗</span></a
                  >
                </dd>
              }
              @if (s.accessNotes) {
                <dt>{{ 'catalogue.session.access' | t }}</dt>
                <dd>{{ s.accessNotes }}</dd>
              }
              @if (s.isOnline) {
                <dt>{{ 'catalogue.card.online' | t }}</dt>
                <dd>{{ 'catalogue.session.onlineNote' | t }}</dd>
              }
            </dl>
            @if (s.isOffsite) {
              <p>{{ 'catalogue.session.offsiteNote' | t }}</p>
            }
          </tsu-card>

          <tsu-card [heading]="'catalogue.session.childcare' | t">
            @if (s.childcareCapacity > 0) {
              <dl data-testid="childcare">
                @if (ages(); as a) {
                  <dt>{{ 'catalogue.session.childcareAges' | t }}</dt>
                  <dd>{{ a }}</dd>
                }
                <dt>{{ 'catalogue.session.childcareCapacity' | t }}</dt>
                <dd>{{ 'catalogue.session.capacityValue' | t: { capacity: s.childcareCapacity } }}</dd>
                <dt>{{ 'catalogue.session.childcareSeats' | t }}</dt>
                <dd>
                  {{
                    s.childcareSeatsLeft > 0
                      ? ('catalogue.seats.left' | t: { count: s.childcareSeatsLeft })
                      : ('catalogue.card.childcareFull' | t)
                  }}
                </dd>
              </dl>
            } @else {
              <p>{{ 'catalogue.session.childcareNone' | t }}</p>
            }
          </tsu-card>

          <tsu-card [heading]="'catalogue.session.registrationCard' | t">
            <dl data-testid="registration">
              <dt>{{ 'facts.fee' | t }}</dt>
              <dd data-testid="session-fee">{{ fee() }}</dd>
              <dt>{{ 'facts.deadline' | t }}</dt>
              <dd data-testid="session-deadline">{{ dateTime(s.registrationClosesAt) }}</dd>
              <dt>{{ 'catalogue.session.registration' | t }}</dt>
              <dd>
                {{
                  'catalogue.session.window'
                    | t: { opens: dateTime(s.registrationOpensAt), closes: dateTime(s.registrationClosesAt) }
                }}
              </dd>
              <dt>{{ 'catalogue.session.mode' | t }}</dt>
              <dd>
                {{
                  (s.registrationMode === 'lottery'
                    ? 'catalogue.session.lottery'
                    : 'catalogue.session.firstCome'
                  ) | t
                }}
              </dd>
              @if (s.registrationMode === 'lottery' && s.drawnAt) {
                <dt>{{ 'catalogue.session.drawnAt' | t }}</dt>
                <dd data-testid="drawn-at">{{ dateTime(s.drawnAt) }}</dd>
              } @else if (s.registrationMode === 'lottery' && s.drawAt) {
                <dt>{{ 'catalogue.session.drawAt' | t }}</dt>
                <dd data-testid="draw-at">{{ dateTime(s.drawAt) }}</dd>
              }
              <dt>{{ 'catalogue.session.capacity' | t }}</dt>
              <dd>{{ 'catalogue.session.capacityValue' | t: { capacity: s.capacity } }}</dd>
              <dt>{{ 'catalogue.session.cancellationDeadline' | t }}</dt>
              <dd>{{ dateTime(s.cancellationDeadline) }}</dd>
            </dl>
            @if (s.registrationMode === 'lottery') {
              <p data-testid="lottery-note">
                {{ (s.drawnAt ? 'catalogue.session.lotteryDrawnNote' : 'catalogue.session.lotteryNote') | t }}
              </p>
              <p>
                <a [routerLink]="enrolment.lottery.link({ id: s.id })" data-testid="lottery-verify-link">{{
                  'offer.verify' | t
                }}</a>
              </p>
            }
          </tsu-card>

          <tsu-card [heading]="'facts.contact' | t" data-testid="contact">
            <tsu-contact-details [contact]="s.course.provider" />
          </tsu-card>
        </div>

        <tsu-card [heading]="'catalogue.course.description' | t">
          @if (s.course.audienceNotes) {
            <p>
              <strong>{{ 'catalogue.course.audience' | t }}:</strong> {{ s.course.audienceNotes }}
            </p>
          }
          <div class="description" [innerHTML]="s.course.descriptionHtml" data-testid="description"></div>
          <p>
            <a [routerLink]="paths.course.link({ id: s.course.id })" data-testid="course-link">{{
              'catalogue.session.courseLink' | t
            }}</a>
          </p>
        </tsu-card>

        <tsu-card [heading]="'catalogue.course.lessons' | t">
          <tsu-course-lessons [lessons]="s.course.lessons" [progress]="s.course.myProgress" />
        </tsu-card>
      </div>
    } @else {
      <tsu-loading-status [active]="true" />
    }
  `,
})
export class SessionPage {
  protected readonly paths = CATALOGUE_PATHS;
  protected readonly enrolment = ENROLMENT_PATHS;
  private readonly service = inject(CatalogueService);
  private readonly i18n = inject(I18nService);

  /** Route parameter. */
  readonly id = input.required<string>();
  /** Loaded when the id changes, never on a language switch. */
  protected readonly state = loadOnChange(
    () => this.id(),
    (id) => this.service.session(id),
  );
  protected readonly session = this.state.data;
  protected readonly error = this.state.error;
  protected readonly loading = this.state.loading;
  protected readonly signedIn = inject(SessionStore).isSignedIn;
  /** What enrolling now would give her, decided as the API decides it. */
  protected readonly offer = computed(() => {
    const s = this.session();
    return s ? enrolOffer(s, new Date()) : null;
  });
  protected readonly fee = computed(() => {
    const fee = this.session()?.feeYen;
    return fee ? formatYen(fee, this.i18n.locale()) : this.i18n.t('facts.free');
  });
  /** A Google Maps search for the venue (name and address), opened in a new tab; none for online only. */
  protected readonly mapUrl = computed(() => {
    const s = this.session();
    if (!s?.venueName) return null;
    const query = [s.venueName, s.venueAddress].filter(Boolean).join(' ');
    return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
  });
  protected readonly ages = computed(() => {
    const s = this.session();
    return s
      ? formatAgeRange(s.childcareMinAgeMonths, s.childcareMaxAgeMonths, (k, p) => this.i18n.t(k, p))
      : null;
  });

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  protected time(value: string): string {
    return formatDateTime(value, this.i18n.locale()).split(' ').pop() ?? '';
  }
}
