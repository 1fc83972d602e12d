import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CardComponent, focusIfLost } from '@tsunagu/web/shared/ui';
import { CATALOGUE_PATHS, TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';
import { CourseEditorStore } from './course-editor.store';

/** The course's status with publishing, and (on the provider's side) copying it for next term. */
@Component({
  selector: 'tsu-course-status-card',
  imports: [RouterLink, TranslatePipe, CardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }
    .meta {
      color: var(--tsu-muted);
      font-size: 0.9375rem;
    }
    .copy-sessions {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: var(--tsu-touch);
      margin-bottom: 0.75rem;
    }
    .copy-sessions input {
      width: 1.25rem;
      height: 1.25rem;
    }
  `,
  template: `
    @if (store.course(); as c) {
      <tsu-card [heading]="'courseEditor.form.statusLabel' | t">
        <div class="status">
          <strong data-testid="course-status">{{ statusKey(c.status) | t }}</strong>
          @if (c.status === 'draft') {
            <button
              type="button"
              class="tsu-button"
              (click)="publish(true)"
              [disabled]="store.pending()"
              data-testid="publish-course"
            >
              {{ 'courseEditor.form.publish' | t }}
            </button>
          } @else {
            <button
              type="button"
              class="tsu-button tsu-button--secondary"
              (click)="publish(false)"
              [disabled]="store.pending()"
              data-testid="unpublish-course"
            >
              {{ 'courseEditor.form.unpublish' | t }}
            </button>
            <a [routerLink]="paths.course.link({ id: c.id })">{{ 'courseEditor.form.viewPublic' | t }}</a>
          }
        </div>
        @if (store.providerSide()) {
          <p class="meta">{{ 'courseEditor.copy.lead' | t }}</p>
          @if (c.sessions.length) {
            <label class="copy-sessions">
              <input
                type="checkbox"
                [checked]="store.copySessions()"
                (change)="store.copySessions.set($any($event.target).checked)"
                data-testid="copy-sessions"
              />
              {{ 'courseEditor.copy.sessions' | t }}
            </label>
          }
          <button
            type="button"
            class="tsu-button tsu-button--secondary"
            (click)="store.copy()"
            [disabled]="store.pending()"
            data-testid="copy-course"
          >
            {{ 'courseEditor.copy.button' | t }}
          </button>
        }
      </tsu-card>
    }
  `,
})
export class CourseStatusCardComponent {
  protected readonly paths = CATALOGUE_PATHS;
  protected readonly store = inject(CourseEditorStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected statusKey(status: string): TranslationKey {
    return `courseEditor.status.${status}` as TranslationKey;
  }

  async publish(publish: boolean): Promise<void> {
    await this.store.publish(publish);
    // The button she pressed is now the other one: the notice (above, on the page) says what happened.
    const page = this.host.closest('[data-testid="course-editor-page"]') ?? this.host;
    const byTestId = (id: string) => () => page.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    focusIfLost(this.injector, byTestId('course-notice'), byTestId('course-status'));
  }
}
