import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CardComponent, EmptyStateComponent } from '@tsunagu/web/shared/ui';
import { CATALOGUE_PATHS, formatDateTime, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { CourseEditorStore } from './course-editor.store';
import { EDITOR_ROWS_CSS } from './editor-styles';

/** The course's sessions, each linked to its editor, and the way to add one. */
@Component({
  selector: 'tsu-course-sessions-card',
  imports: [RouterLink, TranslatePipe, CardComponent, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: [EDITOR_ROWS_CSS],
  template: `
    @if (store.course(); as c) {
      <tsu-card [heading]="'courseEditor.sessions.title' | t">
        @if (c.sessions.length === 0) {
          <tsu-empty-state [message]="'courseEditor.sessions.empty' | t" />
        } @else {
          <ul class="rows" data-testid="course-sessions">
            @for (s of c.sessions; track s.id) {
              <li class="row-head">
                <span class="name">{{ s.title || ('courseEditor.sessions.untitled' | t) }}</span>
                @if (s.meetings[0]; as first) {
                  <span class="meta">{{ dateTime(first.startsAt) }}</span>
                }
                @if (s.status === 'cancelled') {
                  <span class="meta">{{ 'courseEditor.sessions.cancelled' | t }}</span>
                }
                <a
                  [routerLink]="paths.editSession.link({ id: s.id })"
                  [attr.aria-label]="'courseEditor.sessions.editLabel' | t: { title: s.title }"
                  >{{ 'courseEditor.sessions.edit' | t }}</a
                >
              </li>
            }
          </ul>
        }
        <a
          class="tsu-button tsu-button--secondary"
          [routerLink]="paths.newSession.link({ courseId: c.id })"
          data-testid="add-session"
        >
          {{ 'courseEditor.sessions.add' | t }}
        </a>
      </tsu-card>
    }
  `,
})
export class CourseSessionsCardComponent {
  protected readonly paths = CATALOGUE_PATHS;
  protected readonly store = inject(CourseEditorStore);
  private readonly i18n = inject(I18nService);

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }
}
