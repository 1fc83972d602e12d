import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EnrolmentService, groupEnrolments, type MyEnrolment } from '@tsunagu/web/enrolment/data-access';
import { StatusBadgeComponent } from '@tsunagu/web/enrolment/ui';
import { CardComponent, EmptyStateComponent } from '@tsunagu/web/shared/ui';
import { formatDateTime, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { GreetingComponent } from './greeting.component';

/** Her coming seminars at a glance (confirmed, waitlisted, lottery pending); the rest is in "my seminars". */
@Component({
  selector: 'tsu-learner-home-page',
  imports: [
    RouterLink,
    TranslatePipe,
    CardComponent,
    EmptyStateComponent,
    GreetingComponent,
    StatusBadgeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .coming {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
    }
    .coming li {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--tsu-border, #d0d5dd);
    }
    .coming li:last-child {
      border-bottom: none;
    }
    .coming .title {
      display: block;
      font-weight: 600;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="learner-home">
      <tsu-home-greeting />
      <div class="tsu-grid tsu-grid--2">
        <tsu-card [heading]="'home.learner.seminarsTitle' | t" data-testid="learner-seminarsTitle">
          @if (coming().length) {
            <ul class="coming" data-testid="learner-coming">
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
          } @else if (loaded()) {
            <tsu-empty-state [message]="'home.learner.seminarsEmpty' | t" />
          }
          <p>
            <a routerLink="/my/seminars" data-testid="to-my-seminars">{{ 'enrolment.my.link' | t }}</a>
          </p>
          <p>
            <a routerLink="/seminars" data-testid="catalogue-link">{{ 'home.learner.catalogue' | t }}</a>
          </p>
        </tsu-card>
        <tsu-card [heading]="'home.learner.consultationsTitle' | t" data-testid="learner-consultationsTitle">
          <tsu-empty-state [message]="'home.learner.consultationsEmpty' | t"> </tsu-empty-state>
        </tsu-card>
      </div>
    </div>
  `,
})
export class LearnerHomePage {
  private readonly enrolments = inject(EnrolmentService);
  private readonly i18n = inject(I18nService);
  private readonly mine = signal<MyEnrolment[]>([]);
  protected readonly loaded = signal(false);
  protected readonly coming = computed(() => {
    const groups = groupEnrolments(this.mine(), new Date());
    return [...groups.upcoming, ...groups.waitlist, ...groups.lottery].slice(0, 3);
  });

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.mine.set(await this.enrolments.myEnrolments());
    } catch {
      // The home page still greets her; "my seminars" shows the error in full.
    } finally {
      this.loaded.set(true);
    }
  }

  protected firstStart(enrolment: MyEnrolment): string | null {
    const starts = enrolment.session.meetings.map((m) => m.startsAt).sort();
    return starts.length ? formatDateTime(starts[0], this.i18n.locale()) : null;
  }
}
