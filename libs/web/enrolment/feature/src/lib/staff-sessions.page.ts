import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RosterService, type StaffSessionRow } from '@tsunagu/web/enrolment/data-access';
import { toAppError, type AppError } from '@tsunagu/web/shared/data-access';
import {
  CardComponent,
  EmptyStateComponent,
  LoadErrorComponent,
  LoadingStatusComponent,
} from '@tsunagu/web/shared/ui';
import { ENROLMENT_PATHS, formatDate, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';

/** The sessions she runs, with their rosters and the check-in desk one tap away. */
@Component({
  selector: 'tsu-staff-sessions-page',
  imports: [
    RouterLink,
    TranslatePipe,
    CardComponent,
    EmptyStateComponent,
    LoadErrorComponent,
    LoadingStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .rows {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .rows p {
      margin: 0 0 0.25rem;
    }
    .course {
      color: var(--tsu-muted);
      font-size: 0.9375rem;
    }
    .tag {
      display: inline-block;
      margin-left: 0.5rem;
      padding: 0 0.5rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.8125rem;
      font-weight: 700;
    }
    .tsu-actions {
      margin-top: 0.75rem;
    }
    .todo {
      color: var(--tsu-primary);
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="staff-sessions-page">
      <h1>{{ 'enrolment.staff.title' | t }}</h1>
      <p class="tsu-lead">{{ 'enrolment.staff.lead' | t }}</p>
      <tsu-loading-status [active]="!loaded() && !error()" />
      @if (error(); as e) {
        <tsu-load-error [error]="e" [retrying]="loading()" (retry)="load()" />
      } @else if (!loaded()) {
        <!-- The status above says it is loading. -->
      } @else if (rows().length === 0) {
        <tsu-empty-state [message]="'enrolment.staff.empty' | t" />
      } @else {
        <ul class="rows tsu-grid tsu-grid--2" data-testid="staff-sessions">
          @for (row of rows(); track row.sessionId) {
            <li>
              <tsu-card [attr.data-testid]="'staff-session-' + row.sessionId">
                <!-- A session need not have a title of its own: then the course's is its heading. -->
                @if (row.sessionTitle) {
                  <p class="course">{{ row.courseTitle }}</p>
                }
                <h2>
                  {{ row.sessionTitle || row.courseTitle }}
                  @if (row.lottery) {
                    <span class="tag">{{ 'enrolment.lottery' | t }}</span>
                  }
                  @if (row.cancelled) {
                    <span class="tag">{{ 'enrolment.staff.cancelled' | t }}</span>
                  }
                  @if (row.past && !row.cancelled) {
                    <span class="tag">{{ 'enrolment.staff.past' | t }}</span>
                  }
                </h2>
                @if (row.drawable) {
                  <p class="todo" data-testid="staff-session-drawable">
                    <strong>{{ 'enrolment.staff.drawable' | t }}</strong>
                  </p>
                }
                <p>
                  {{ 'enrolment.staff.firstDate' | t }}:
                  {{ row.firstStartsAt ? date(row.firstStartsAt) : ('enrolment.staff.noDate' | t) }}
                </p>
                <p>{{ 'enrolment.staff.seats' | t: { confirmed: row.confirmed, capacity: row.capacity } }}</p>
                @if (row.waitlisted > 0) {
                  <p data-testid="staff-session-waitlisted">
                    {{ 'enrolment.staff.waitlisted' | t: { n: row.waitlisted } }}
                  </p>
                }
                <div class="tsu-actions">
                  <a
                    class="tsu-button"
                    [routerLink]="paths.roster.link({ id: row.sessionId })"
                    [attr.aria-label]="
                      ('enrolment.roster.title' | t) + ': ' + row.courseTitle + ' ' + row.sessionTitle
                    "
                    data-testid="to-roster"
                    >{{ 'enrolment.roster.title' | t }}</a
                  >
                  <a
                    class="tsu-button tsu-button--secondary"
                    [routerLink]="paths.checkIn.link({ id: row.sessionId })"
                    [attr.aria-label]="
                      ('enrolment.checkIn.title' | t) + ': ' + row.courseTitle + ' ' + row.sessionTitle
                    "
                    data-testid="to-check-in"
                    >{{ 'enrolment.checkIn.title' | t }}</a
                  >
                </div>
              </tsu-card>
            </li>
          }
        </ul>
      }
    </div>
  `,
})
export class StaffSessionsPage {
  protected readonly paths = ENROLMENT_PATHS;
  private readonly service = inject(RosterService);
  protected readonly i18n = inject(I18nService);
  protected readonly rows = signal<StaffSessionRow[]>([]);
  protected readonly loaded = signal(false);
  protected readonly loading = signal(false);
  protected readonly error = signal<AppError | null>(null);

  constructor() {
    void this.load();
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.rows.set(await this.service.sessions());
      this.error.set(null);
      this.loaded.set(true);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }
}
