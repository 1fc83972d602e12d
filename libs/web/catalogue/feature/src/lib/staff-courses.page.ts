import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CourseEditorService, type EditableCourse } from '@tsunagu/web/catalogue/data-access';
import { toAppError, type AppError } from '@tsunagu/web/shared/data-access';
import { EmptyStateComponent, LoadErrorComponent, LoadingStatusComponent } from '@tsunagu/web/shared/ui';
import { CATALOGUE_PATHS, TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';

/** /staff/courses: the courses she may edit, drafts included. */
@Component({
  selector: 'tsu-staff-courses-page',
  imports: [RouterLink, TranslatePipe, EmptyStateComponent, LoadErrorComponent, LoadingStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .list li {
      background: var(--tsu-surface);
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 0.75rem 1rem;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 1rem;
    }
    .title {
      flex: 1 1 16rem;
      font-weight: 700;
    }
    .meta {
      color: var(--tsu-muted);
      font-size: 0.9375rem;
    }
    .status {
      padding: 0 0.625rem;
      border-radius: 999px;
      font-size: 0.875rem;
      font-weight: 700;
      border: 1px solid currentColor;
    }
    .status--published {
      color: var(--tsu-success);
      background: var(--tsu-success-bg);
    }
    .status--draft {
      color: var(--tsu-muted);
      background: var(--tsu-bg);
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="staff-courses-page">
      <h1>{{ 'courseEditor.title' | t }}</h1>
      <p class="tsu-lead">{{ 'courseEditor.lead' | t }}</p>
      <p>
        <a class="tsu-button" [routerLink]="paths.newCourse.link()" data-testid="create-course">{{
          'courseEditor.create' | t
        }}</a>
      </p>
      <tsu-loading-status [active]="!loaded() && !error()" />
      @if (error(); as e) {
        <tsu-load-error [error]="e" [retrying]="loading()" (retry)="load()" />
      } @else if (!loaded()) {
        <!-- Nothing to list yet: the status above says it is loading. -->
      } @else if (courses().length === 0) {
        <tsu-empty-state [message]="'courseEditor.empty' | t" />
      } @else {
        <ul class="list" data-testid="editable-courses">
          @for (c of courses(); track c.id) {
            <li>
              <a class="title" [routerLink]="paths.editCourse.link({ id: c.id })">{{ c.title }}</a>
              <span class="status" [class]="'status status--' + c.status">{{ statusKey(c.status) | t }}</span>
              <span class="meta">{{ c.provider.name }}</span>
              <span class="meta">{{ visibilityKey(c.visibility) | t }}</span>
              <span class="meta">{{ 'courseEditor.sessionsCount' | t: { count: c.sessions.length } }}</span>
            </li>
          }
        </ul>
      }
    </div>
  `,
})
export class StaffCoursesPage {
  protected readonly paths = CATALOGUE_PATHS;
  private readonly service = inject(CourseEditorService);
  protected readonly courses = signal<EditableCourse[]>([]);
  protected readonly loaded = signal(false);
  protected readonly loading = signal(false);
  protected readonly error = signal<AppError | null>(null);

  constructor() {
    void this.load();
  }

  protected statusKey(status: string): TranslationKey {
    return `courseEditor.status.${status}` as TranslationKey;
  }

  protected visibilityKey(visibility: string): TranslationKey {
    return `courseEditor.visibility.${visibility}` as TranslationKey;
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.courses.set(await this.service.courses());
      this.error.set(null);
      this.loaded.set(true);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }
}
