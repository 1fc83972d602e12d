import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AlertComponent, LoadErrorComponent } from '@tsunagu/web/shared/ui';
import { CATALOGUE_PATHS, TranslatePipe } from '@tsunagu/web/shared/util';
import { CourseCoverCardComponent } from './course-cover-card.component';
import { CourseDetailsFormComponent } from './course-details-form.component';
import { CourseEditorStore } from './course-editor.store';
import { CourseLessonsCardComponent } from './course-lessons-card.component';
import { CourseSessionsCardComponent } from './course-sessions-card.component';
import { CourseStatusCardComponent } from './course-status-card.component';

/**
 * /staff/courses/new and /staff/courses/:id: the course, its publication, lessons and sessions. The
 * page holds the editor's store (CourseEditorStore); each card is a component reading it.
 */
@Component({
  selector: 'tsu-course-editor-page',
  imports: [
    RouterLink,
    TranslatePipe,
    AlertComponent,
    LoadErrorComponent,
    CourseStatusCardComponent,
    CourseCoverCardComponent,
    CourseDetailsFormComponent,
    CourseSessionsCardComponent,
    CourseLessonsCardComponent,
  ],
  providers: [CourseEditorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page" data-testid="course-editor-page">
      <p>
        <a [routerLink]="paths.staffCourses.link()">← {{ 'courseEditor.backToList' | t }}</a>
      </p>
      <h1>{{ (id() ? 'courseEditor.form.editTitle' : 'courseEditor.form.newTitle') | t }}</h1>

      @if (store.notice()) {
        <tsu-alert kind="success" tabindex="-1" data-testid="course-notice">{{ store.notice() }}</tsu-alert>
      }
      @if (store.loadError(); as e) {
        <tsu-load-error [error]="e" (retry)="store.retryLoad()" />
      }

      @if (store.course()) {
        <tsu-course-status-card />
        <tsu-course-cover-card />
      }

      @if (!id() && store.organisations().length === 0) {
        <tsu-alert kind="info">{{ 'courseEditor.form.noOrganisation' | t }}</tsu-alert>
      } @else if (!store.loadError()) {
        <tsu-course-details-form />
      }

      @if (store.course()) {
        <tsu-course-sessions-card />
        <tsu-course-lessons-card />
      }
    </div>
  `,
})
export class CourseEditorPage {
  protected readonly store = inject(CourseEditorStore);

  /** Route parameter; absent on /staff/courses/new. */
  readonly id = input<string | undefined>(undefined);

  protected readonly paths = CATALOGUE_PATHS;

  constructor() {
    // Loads when the id changes, never on a language switch (the store's loadOnChange).
    this.store.follow(() => this.id());
  }
}
