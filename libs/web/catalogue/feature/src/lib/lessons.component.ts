import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import {
  CatalogueService,
  type CatalogueLesson,
  type CourseProgress,
} from '@tsunagu/web/catalogue/data-access';
import { appErrorText, FileDownloader, SessionStore } from '@tsunagu/web/shared/data-access';
import { AlertComponent, attr, EmptyStateComponent } from '@tsunagu/web/shared/ui';
import { formatFileSize, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';

type LessonFile = NonNullable<CatalogueLesson['file']>;

/** A course's lessons and materials (texts, links, downloadable files); signed-in learners mark them done. */
@Component({
  selector: 'tsu-course-lessons',
  imports: [TranslatePipe, AlertComponent, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--tsu-border-soft);
    }
    li:last-child {
      border-bottom: 0;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
    }
    h3 {
      margin: 0;
    }
    .done {
      color: var(--tsu-success);
      font-weight: 700;
    }
    .body {
      margin-top: 0.5rem;
    }
    progress {
      width: 100%;
      height: 0.75rem;
      accent-color: var(--tsu-primary);
    }
  `,
  template: `
    @if (error()) {
      <tsu-alert kind="error">{{ error() }}</tsu-alert>
    }
    @if (lessons().length === 0) {
      <tsu-empty-state [message]="'catalogue.course.noLessons' | t" />
    } @else {
      @if (current(); as p) {
        <p data-testid="lesson-progress">
          <span id="lesson-progress-label">{{
            'catalogue.course.progress' | t: { done: doneCount(), total: p.lessonCount }
          }}</span>
          <progress
            aria-labelledby="lesson-progress-label"
            [value]="doneCount()"
            [max]="p.lessonCount || 1"
          ></progress>
        </p>
      } @else {
        <p class="tsu-lead">{{ 'catalogue.course.signInForProgress' | t }}</p>
      }
      <ol data-testid="lessons">
        @for (lesson of lessons(); track lesson.id) {
          <li>
            <div class="head">
              <h3>{{ lesson.title }}</h3>
              @if (current()) {
                @if (isDone(lesson.id)) {
                  <span class="done" tabindex="-1" [attr.data-done]="lesson.id"
                    >✓ {{ 'catalogue.course.completed' | t }}</span
                  >
                } @else {
                  <button
                    type="button"
                    class="tsu-button tsu-button--secondary"
                    [disabled]="pending() === lesson.id"
                    (click)="complete(lesson)"
                    [attr.data-testid]="'complete-' + lesson.id"
                  >
                    {{ 'catalogue.course.markComplete' | t }}
                  </button>
                }
              }
            </div>
            @if (lesson.file; as file) {
              <p class="body">
                <a
                  [href]="file.url"
                  [attr.download]="file.filename"
                  (click)="download($event, file)"
                  [attr.data-testid]="'lesson-file-' + lesson.id"
                  >{{
                    'catalogue.course.downloadFile' | t: { name: file.filename, size: size(file.sizeBytes) }
                  }}</a
                >
              </p>
            }
            @if (lesson.url) {
              <p class="body">
                <a [href]="lesson.url" target="_blank" rel="noopener noreferrer"
                  >{{ 'catalogue.course.openLink' | t }}: {{ lesson.url }}</a
                >
              </p>
            }
            @if (lesson.bodyHtml) {
              <div class="body" [innerHTML]="lesson.bodyHtml"></div>
            }
          </li>
        }
      </ol>
    }
  `,
})
export class CourseLessonsComponent {
  private readonly service = inject(CatalogueService);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly downloader = inject(FileDownloader);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  readonly lessons = input.required<readonly CatalogueLesson[]>();
  readonly progress = input<CourseProgress | null>(null);

  private readonly updated = signal<CourseProgress | null>(null);
  protected readonly current = computed(() =>
    this.session.isSignedIn() ? (this.updated() ?? this.progress()) : null,
  );
  protected readonly doneCount = computed(() => this.current()?.completedLessonIds.length ?? 0);
  protected readonly pending = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected size(bytes: number): string {
    return formatFileSize(bytes, this.i18n.locale());
  }

  /**
   * Signed out, the link downloads the file itself (files of public courses need no token). Signed in,
   * it is fetched with her token, which files of restricted courses need.
   */
  async download(event: MouseEvent, file: LessonFile): Promise<void> {
    if (!this.session.accessToken()) return;
    event.preventDefault();
    this.error.set(null);
    try {
      await this.downloader.download(file.url, file.filename);
    } catch {
      this.error.set(this.i18n.t('catalogue.course.downloadFailed'));
    }
  }

  protected isDone(id: string): boolean {
    return this.current()?.completedLessonIds.includes(id) ?? false;
  }

  async complete(lesson: CatalogueLesson): Promise<void> {
    this.pending.set(lesson.id);
    this.error.set(null);
    try {
      const progress = await this.service.completeLesson(lesson.id);
      if (progress) {
        this.updated.set(progress);
        // The button she pressed is replaced by the mark: focus goes there instead of to <body>.
        afterNextRender(() => this.host.querySelector<HTMLElement>(attr('data-done', lesson.id))?.focus(), {
          injector: this.injector,
        });
      }
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
    } finally {
      this.pending.set(null);
    }
  }
}
