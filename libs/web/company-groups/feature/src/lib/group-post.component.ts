import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LIMITS } from '@tsunagu/shared/domain';
import { CompanyGroupsService, type GroupPost } from '@tsunagu/web/company-groups/data-access';
import { appErrorText, type MeetingAttendanceStatus } from '@tsunagu/web/shared/data-access';
import { AlertComponent, FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { formatDateTime, I18nService, TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';
import { FocusAfterRender } from './focus-after-render';
import { GroupPostEditComponent } from './group-post-edit.component';
import { GroupPostFilesComponent } from './group-post-files.component';

export const ATTENDANCE: readonly MeetingAttendanceStatus[] = ['attending', 'absent', 'undecided'];
export const attendanceKey = (s: MeetingAttendanceStatus): TranslationKey => `groups.attendance.${s}`;

/**
 * One post of a group's board: its kind (a decision is marked as such, in words and with a border),
 * a meeting's date, place and each company's answer, with her company's answer to set; its comments and
 * a comment form. After a change it asks the page to load the board again.
 */
@Component({
  selector: 'tsu-group-post',
  imports: [
    FormsModule,
    TranslatePipe,
    AlertComponent,
    FormFieldComponent,
    TsuInputDirective,
    GroupPostEditComponent,
    GroupPostFilesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      background: var(--tsu-surface);
      padding: 0.75rem 1rem;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    :host(.decision) {
      border: 2px solid var(--tsu-primary, #1d4ed8);
    }
    h3 {
      font-size: 1.0625rem;
      margin: 0.25rem 0;
    }
    .badge {
      display: inline-block;
      font-size: 0.875rem;
      font-weight: 700;
      padding: 0.125rem 0.5rem;
      border-radius: 999px;
      border: 1px solid currentColor;
    }
    .body {
      white-space: pre-line;
    }
    .meta {
      font-size: 0.9375rem;
      margin: 0;
    }
    ul {
      padding-left: 1.25rem;
    }
    textarea {
      min-height: 4rem;
    }
  `,
  host: { '[class.decision]': "post().kind === 'decision'", '[attr.data-kind]': 'post().kind' },
  template: `
    <span class="badge" data-testid="post-kind">{{ kindKey(post().kind) | t }}</span>
    <h3>{{ post().title }}</h3>
    <p class="meta">
      {{
        'groups.board.postedBy'
          | t: { person: post().authorName, organisation: post().authorOrganisationName }
      }}
      · {{ when(post().createdAt) }}
      @if (post().editedAt; as editedAt) {
        · <span data-testid="post-edited">{{ 'groups.board.edited' | t: { time: when(editedAt) } }}</span>
      }
    </p>
    @if (post().startsAt; as startsAt) {
      <dl class="meta">
        <dt>{{ 'groups.board.meetingAt' | t }}</dt>
        <dd data-testid="meeting-at">{{ when(startsAt) }}</dd>
        @if (post().place) {
          <dt>{{ 'groups.board.place' | t }}</dt>
          <dd>{{ post().place }}</dd>
        }
      </dl>
    }
    @if (editing()) {
      <tsu-group-post-edit [post]="post()" (saved)="edited()" (cancelled)="closeEdit()" />
    } @else {
      <p class="body">{{ post().body }}</p>
      @if (post().mine) {
        <button
          type="button"
          class="tsu-button tsu-button--secondary"
          [attr.aria-label]="'groups.board.editLabel' | t: { title: post().title }"
          (click)="editing.set(true)"
          data-testid="post-edit"
        >
          {{ 'groups.board.edit' | t }}
        </button>
      }
    }
    <tsu-group-post-files [post]="post()" (changed)="changed.emit()" />
    @if (post().kind === 'meeting') {
      <h4>{{ 'groups.board.answers' | t }}</h4>
      @if (post().attendance.length) {
        <ul data-testid="attendance">
          @for (a of post().attendance; track a.organisationId) {
            <li>{{ a.organisationName }}: {{ attendanceKey(a.status) | t }}</li>
          }
        </ul>
      } @else {
        <p>{{ 'groups.board.noAnswers' | t }}</p>
      }
      @for (c of companies(); track c.id) {
        <fieldset class="tsu-fieldset">
          <legend>{{ 'groups.board.myAnswer' | t: { company: c.name } }}</legend>
          @for (s of statuses; track s) {
            <label class="tsu-choice">
              <input
                type="radio"
                [name]="'attend-' + post().id + '-' + c.id"
                [value]="s"
                [checked]="answerOf(c.id) === s"
                [disabled]="busy()"
                (change)="attend(c, s)"
                [attr.data-testid]="'attend-' + s"
              />
              <span>{{ attendanceKey(s) | t }}</span>
            </label>
          }
        </fieldset>
      }
    }
    <h4>{{ 'groups.board.comments' | t }}</h4>
    @if (post().comments.length) {
      <ul data-testid="comments">
        @for (c of post().comments; track c.id) {
          <li>
            <span class="body">{{ c.body }}</span>
            <span class="meta">
              —
              {{
                'groups.board.postedBy' | t: { person: c.authorName, organisation: c.authorOrganisationName }
              }}
            </span>
          </li>
        }
      </ul>
    }
    <form class="tsu-form" (ngSubmit)="comment()" novalidate>
      <tsu-form-field
        [fieldId]="'comment-' + post().id"
        [label]="'groups.board.commentLabel' | t"
        [error]="commentError()"
      >
        <textarea
          tsuInput
          rows="2"
          name="comment"
          [(ngModel)]="draft"
          [attr.maxlength]="commentMax"
          data-testid="comment-body"
        ></textarea>
      </tsu-form-field>
      <button
        type="submit"
        class="tsu-button tsu-button--secondary"
        [disabled]="busy()"
        data-testid="comment-submit"
      >
        {{ 'groups.board.comment' | t }}
      </button>
    </form>
    <div role="status">
      @if (notice(); as message) {
        <tsu-alert kind="success" data-testid="post-notice">{{ message }}</tsu-alert>
      }
    </div>
    @if (error(); as message) {
      <tsu-alert kind="error" data-testid="post-error">{{ message }}</tsu-alert>
    }
  `,
})
export class GroupPostComponent {
  private readonly service = inject(CompanyGroupsService);
  private readonly i18n = inject(I18nService);
  private readonly focus = new FocusAfterRender();
  readonly post = input.required<GroupPost>();
  /** Her current member companies: she answers a meeting for each. */
  readonly companies = input<{ id: string; name: string }[]>([]);
  readonly changed = output<void>();
  protected readonly statuses = ATTENDANCE;
  protected readonly attendanceKey = attendanceKey;
  protected readonly commentMax = LIMITS.companyGroup.comment.max;
  protected draft = '';
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly commentError = signal<string | null>(null);
  protected readonly editing = signal(false);

  protected edited(): void {
    this.editing.set(false);
    this.error.set(null);
    this.notice.set(this.i18n.t('groups.board.saved'));
    this.focus.after('[data-testid="post-edit"]');
    this.changed.emit();
  }

  protected closeEdit(): void {
    this.editing.set(false);
    this.focus.after('[data-testid="post-edit"]');
  }

  protected kindKey(kind: GroupPost['kind']): TranslationKey {
    return `groups.kind.${kind}`;
  }

  protected when(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  protected answerOf(organisationId: string): MeetingAttendanceStatus | null {
    return this.post().attendance.find((a) => a.organisationId === organisationId)?.status ?? null;
  }

  async attend(company: { id: string; name: string }, status: MeetingAttendanceStatus): Promise<void> {
    await this.run(
      () => this.service.attend(this.post().id, company.id, status),
      this.i18n.t('groups.board.answered', {
        company: company.name,
        status: this.i18n.t(attendanceKey(status)),
      }),
    );
  }

  async comment(): Promise<void> {
    if (!this.draft.trim()) {
      this.commentError.set(this.i18n.t('groups.board.required'));
      return;
    }
    this.commentError.set(null);
    const body = this.draft.trim();
    if (
      await this.run(() => this.service.comment(this.post().id, body), this.i18n.t('groups.board.commented'))
    )
      this.draft = '';
  }

  private async run(request: () => Promise<void>, done: string): Promise<boolean> {
    this.busy.set(true);
    this.notice.set(null);
    this.error.set(null);
    try {
      await request();
      this.notice.set(done);
      this.changed.emit();
      return true;
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
