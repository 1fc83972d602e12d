import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EnrolmentService, groupEnrolments, type MyEnrolment } from '@tsunagu/web/enrolment/data-access';
import { StatusBadgeComponent } from '@tsunagu/web/enrolment/ui';
import { toAppError, type AppError } from '@tsunagu/web/shared/data-access';
import {
  CardComponent,
  ComingSoonComponent,
  EmptyStateComponent,
  LoadErrorComponent,
  LoadingStatusComponent,
} from '@tsunagu/web/shared/ui';
import {
  CATALOGUE_PATHS,
  ENROLMENT_PATHS,
  formatDate,
  formatDateTime,
  I18nService,
  TranslatePipe,
} from '@tsunagu/web/shared/util';
import { GreetingComponent } from './greeting.component';

/**
 * Her seminars at a glance: the coming ones (confirmed, waitlisted, lottery pending) and the ones she
 * completed, with whether a certificate was issued; the rest is in "my seminars". She is told she has
 * none only when she has none at all (cancelled ones aside).
 */
@Component({
  selector: 'tsu-learner-home-page',
  imports: [
    RouterLink,
    TranslatePipe,
    CardComponent,
    ComingSoonComponent,
    EmptyStateComponent,
    GreetingComponent,
    LoadErrorComponent,
    LoadingStatusComponent,
    StatusBadgeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .seminars {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
    }
    .seminars li {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--tsu-border, #d0d5dd);
    }
    .seminars li:last-child {
      border-bottom: none;
    }
    .seminars .title {
      display: block;
      font-weight: 600;
    }
    h3 {
      font-size: 1rem;
      margin: 0.5rem 0 0.25rem;
    }
    .certificate {
      margin-left: 0.5rem;
      color: var(--tsu-success);
      font-weight: 700;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="learner-home">
      <tsu-home-greeting />
      <div class="tsu-grid tsu-grid--2">
        <tsu-card [heading]="'home.learner.seminarsTitle' | t" data-testid="learner-seminarsTitle">
          <tsu-loading-status [active]="!loaded() && !error()" />
          @if (error(); as e) {
            <tsu-load-error [error]="e" [retrying]="loading()" (retry)="load()" />
          } @else if (loaded()) {
            @if (coming().length) {
              <ul class="seminars" data-testid="learner-coming">
                @for (enrolment of coming(); track enrolment.id) {
                  <li>
                    <span class="title">{{ enrolment.session.course.title }}</span>
                    <tsu-status-badge [status]="enrolment.status" />
                    @if (firstStart(enrolment); as start) {
                      <span> {{ start }}</span>
                    }
                  </li>
                }
              </ul>
            }
            @if (completed().length) {
              <h3>{{ 'learnerHome.completedTitle' | t }}</h3>
              <ul class="seminars" data-testid="learner-completed">
                @for (enrolment of completed(); track enrolment.id) {
                  <li>
                    <span class="title">{{ enrolment.session.course.title }}</span>
                    <tsu-status-badge [status]="enrolment.status" />
                    @if (enrolment.certificate; as certificate) {
                      <span class="certificate" data-testid="learner-certificate"
                        >✓ {{ 'learnerHome.certificateReady' | t }} ({{ date(certificate.issuedAt) }})</span
                      >
                    }
                  </li>
                }
              </ul>
              @if (hasCertificate()) {
                <p>
                  <a [routerLink]="enrolment.mySeminars.link()" data-testid="to-certificates">{{
                    'learnerHome.certificateLink' | t
                  }}</a>
                </p>
              }
            }
            @if (!coming().length && !completed().length) {
              <tsu-empty-state [message]="'home.learner.seminarsEmpty' | t" />
            }
          }
          <p>
            <a [routerLink]="enrolment.mySeminars.link()" data-testid="to-my-seminars">{{
              'enrolment.my.link' | t
            }}</a>
          </p>
          <p>
            <a [routerLink]="catalogue.catalogue.link()" data-testid="catalogue-link">{{
              'home.learner.catalogue' | t
            }}</a>
          </p>
        </tsu-card>
        <tsu-card [heading]="'home.learner.consultationsTitle' | t" data-testid="learner-consultationsTitle">
          <tsu-coming-soon [message]="'home.learner.consultationsEmpty' | t" />
        </tsu-card>
      </div>
    </div>
  `,
})
export class LearnerHomePage {
  protected readonly catalogue = CATALOGUE_PATHS;
  protected readonly enrolment = ENROLMENT_PATHS;
  private readonly enrolments = inject(EnrolmentService);
  private readonly i18n = inject(I18nService);
  private readonly mine = signal<MyEnrolment[]>([]);
  protected readonly loaded = signal(false);
  protected readonly loading = signal(false);
  protected readonly error = signal<AppError | null>(null);
  private readonly groups = computed(() => groupEnrolments(this.mine(), new Date()));
  protected readonly coming = computed(() => {
    const groups = this.groups();
    return [...groups.upcoming, ...groups.waitlist, ...groups.lottery].slice(0, 3);
  });
  /** Completed ones (and attended ones still being assessed), latest first. */
  protected readonly completed = computed(() => this.groups().past.slice(0, 3));
  protected readonly hasCertificate = computed(() => this.completed().some((e) => !!e.certificate));

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.mine.set(await this.enrolments.myEnrolments());
      this.error.set(null);
      this.loaded.set(true);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected firstStart(enrolment: MyEnrolment): string | null {
    const [first] = enrolment.session.meetings.map((m) => m.startsAt).sort();
    return first ? formatDateTime(first, this.i18n.locale()) : null;
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }
}
