import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector } from '@angular/core';
import type { EditorLesson } from '@tsunagu/web/catalogue/data-access';
import {
  attr,
  CardComponent,
  EmptyStateComponent,
  ErrorSummaryComponent,
  focusIfLost,
} from '@tsunagu/web/shared/ui';
import { formatFileSize, I18nService, TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';
import { CourseEditorStore } from './course-editor.store';
import { EDITOR_ROWS_CSS } from './editor-styles';
import { LessonFormComponent } from './lesson-form.component';

/** The course's lessons in order: moved, edited or removed here, written in the form below them. */
@Component({
  selector: 'tsu-course-lessons-card',
  imports: [TranslatePipe, CardComponent, EmptyStateComponent, ErrorSummaryComponent, LessonFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: [EDITOR_ROWS_CSS],
  template: `
    @if (store.course(); as c) {
      <tsu-card [heading]="'courseEditor.lessons.title' | t">
        <tsu-error-summary [for]="store.lesson" />
        @if (c.lessons.length === 0) {
          <tsu-empty-state [message]="'courseEditor.lessons.empty' | t" />
        } @else {
          <ol class="rows" data-testid="editor-lessons">
            @for (l of c.lessons; track l.id; let i = $index, last = $last) {
              <li>
                <div class="row-head">
                  <span class="name">{{ l.title }}</span>
                  <span class="meta">{{ kindKey(l.kind) | t }}</span>
                </div>
                @if (l.file; as f) {
                  <p class="meta" [attr.data-testid]="'editor-lesson-file-' + l.id">
                    {{ 'courseEditor.lessons.attached' | t: { name: f.filename, size: size(f.sizeBytes) } }}
                  </p>
                }
                <div class="row-actions">
                  <button
                    type="button"
                    class="tsu-button tsu-button--ghost"
                    [disabled]="i === 0 || store.pending()"
                    (click)="move(i, -1)"
                    [attr.data-move-lesson]="l.id"
                    data-direction="-1"
                    [attr.aria-label]="'courseEditor.lessons.moveUp' | t: { title: l.title }"
                  >
                    ↑ {{ 'courseEditor.lessons.up' | t }}
                  </button>
                  <button
                    type="button"
                    class="tsu-button tsu-button--ghost"
                    [disabled]="last || store.pending()"
                    (click)="move(i, 1)"
                    [attr.data-move-lesson]="l.id"
                    data-direction="1"
                    [attr.aria-label]="'courseEditor.lessons.moveDown' | t: { title: l.title }"
                  >
                    ↓ {{ 'courseEditor.lessons.down' | t }}
                  </button>
                  <button
                    type="button"
                    class="tsu-button tsu-button--ghost"
                    (click)="store.editLesson(l)"
                    [attr.aria-label]="'courseEditor.lessons.editLabel' | t: { title: l.title }"
                  >
                    {{ 'courseEditor.lessons.edit' | t }}
                  </button>
                  <button
                    type="button"
                    class="tsu-button tsu-button--ghost"
                    [disabled]="store.pending()"
                    (click)="remove(l)"
                    [attr.aria-label]="'courseEditor.lessons.removeLabel' | t: { title: l.title }"
                  >
                    {{ 'courseEditor.lessons.remove' | t }}
                  </button>
                </div>
              </li>
            }
          </ol>
        }
        <tsu-lesson-form />
      </tsu-card>
    }
  `,
})
export class CourseLessonsCardComponent {
  protected readonly store = inject(CourseEditorStore);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected kindKey(k: string): TranslationKey {
    return `courseEditor.lessons.kinds.${k}` as TranslationKey;
  }
  protected size(bytes: number): string {
    return formatFileSize(bytes, this.i18n.locale());
  }

  private byTestId(testId: string): () => HTMLElement | null {
    return () => this.host.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  }

  async remove(lesson: EditorLesson): Promise<void> {
    await this.store.removeLesson(lesson);
    focusIfLost(this.injector, this.byTestId('editor-lessons'), this.byTestId('lesson-title'));
  }

  async move(index: number, direction: -1 | 1): Promise<void> {
    const ids = await this.store.moveLesson(index, direction);
    const moved = ids[index + direction];
    if (!moved) return;
    // Moved to an end, the arrow she pressed is disabled: the other one of the same lesson then.
    const buttons = () =>
      Array.from(this.host.querySelectorAll<HTMLButtonElement>(attr('data-move-lesson', moved)));
    focusIfLost(
      this.injector,
      () => buttons().find((b) => b.dataset['direction'] === String(direction)) ?? null,
      () => buttons().find((b) => b.dataset['direction'] !== String(direction)) ?? null,
    );
  }
}
