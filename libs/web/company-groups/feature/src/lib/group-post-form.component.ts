import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { GROUP_POST_FILE_RULES, LIMITS } from '@tsunagu/shared/domain';
import {
  CompanyFilesService,
  CompanyGroupsService,
  GROUP_POST_FILE_ACCEPT,
  type CompanyGroup,
} from '@tsunagu/web/company-groups/data-access';
import { appErrorText, type GroupPostKind } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  FilePickerComponent,
  FormFieldComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import {
  formatFileSize,
  I18nService,
  tokyoLocalToIso,
  TranslatePipe,
  type TranslationKey,
} from '@tsunagu/web/shared/util';
import { FocusAfterRender } from './focus-after-render';
import { POST_FILE_HINT } from './group-post-files.component';

/** The post was written but some of its files were refused (the message says which and why). */
class PartlyPosted extends Error {}

/**
 * A new post on a group's board. Coordinators and the secretariat also choose a decision or a meeting
 * (its date and place); a company posts plain posts only (the API refuses it the others too).
 */
@Component({
  selector: 'tsu-group-post-form',
  imports: [
    FormsModule,
    TranslatePipe,
    AlertComponent,
    FilePickerComponent,
    FormFieldComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    textarea {
      min-height: 6rem;
    }
  `,
  template: `
    <h3>{{ 'groups.board.newPost' | t }}</h3>
    <form class="tsu-form" (ngSubmit)="submit()" novalidate data-testid="post-form">
      @if (group().viewer.records) {
        <tsu-form-field fieldId="post-kind" [label]="'groups.board.postKind' | t">
          <select
            tsuInput
            name="kind"
            [ngModel]="kind()"
            (ngModelChange)="kind.set($event)"
            data-testid="post-kind-choice"
          >
            @for (k of kinds; track k) {
              <option [value]="k">{{ kindKey(k) | t }}</option>
            }
          </select>
        </tsu-form-field>
      }
      <tsu-form-field
        fieldId="post-title"
        [label]="'groups.board.postTitle' | t"
        [required]="true"
        [error]="titleError()"
      >
        <input
          tsuInput
          name="title"
          [ngModel]="title()"
          (ngModelChange)="title.set($event)"
          [attr.maxlength]="limits.title.max"
          data-testid="post-title"
        />
      </tsu-form-field>
      <tsu-form-field
        fieldId="post-body"
        [label]="'groups.board.postBody' | t"
        [required]="true"
        [error]="bodyError()"
      >
        <textarea
          tsuInput
          name="body"
          rows="4"
          [ngModel]="body()"
          (ngModelChange)="body.set($event)"
          [attr.maxlength]="limits.body.max"
          data-testid="post-body"
        ></textarea>
      </tsu-form-field>
      @if (kind() === 'meeting') {
        <tsu-form-field
          fieldId="post-starts"
          [label]="'groups.board.startsAt' | t"
          [required]="true"
          [error]="startsError()"
        >
          <input
            tsuInput
            type="datetime-local"
            name="startsAt"
            [ngModel]="startsAt()"
            (ngModelChange)="startsAt.set($event)"
            data-testid="post-starts"
          />
        </tsu-form-field>
        <tsu-form-field fieldId="post-place" [label]="'groups.board.meetingPlace' | t">
          <input
            tsuInput
            name="place"
            [ngModel]="place()"
            (ngModelChange)="place.set($event)"
            [attr.maxlength]="limits.place.max"
            data-testid="post-place"
          />
        </tsu-form-field>
      }
      <tsu-form-field
        fieldId="post-files"
        [label]="'groups.board.attach' | t"
        [hint]="'groups.board.attachHint' | t: fileHint"
        [error]="fileError()"
      >
        <tsu-file-picker
          [accept]="accept"
          [buttonLabel]="'groups.board.attach' | t"
          [disabled]="busy() || chosen().length >= fileHint.count"
          testId="post-files"
          (picked)="choose($event)"
        />
      </tsu-form-field>
      @if (chosen().length) {
        <p id="post-chosen-heading">{{ 'groups.board.chosenFiles' | t }}</p>
        <ul aria-labelledby="post-chosen-heading" data-testid="post-chosen-files">
          @for (file of chosen(); track $index) {
            <li>
              {{ 'groups.board.fileSize' | t: { name: file.name, size: size(file.size) } }}
              <button
                type="button"
                class="tsu-button tsu-button--secondary"
                [attr.aria-label]="'groups.board.unchooseLabel' | t: { name: file.name }"
                (click)="unchoose($index)"
              >
                {{ 'groups.board.unchoose' | t }}
              </button>
            </li>
          }
        </ul>
      }
      <button type="submit" class="tsu-button" [disabled]="busy()" data-testid="post-submit">
        {{ 'groups.board.submit' | t }}
      </button>
    </form>
    <div role="status">
      @if (notice(); as message) {
        <tsu-alert kind="success" tabindex="-1" data-testid="post-form-notice">{{ message }}</tsu-alert>
      }
    </div>
    @if (error(); as message) {
      <tsu-alert kind="error" tabindex="-1" data-testid="post-form-error">{{ message }}</tsu-alert>
    }
  `,
})
export class GroupPostFormComponent {
  private readonly service = inject(CompanyGroupsService);
  private readonly files = inject(CompanyFilesService);
  private readonly i18n = inject(I18nService);
  private readonly focus = new FocusAfterRender();
  readonly group = input.required<CompanyGroup>();
  readonly posted = output<void>();
  protected readonly limits = LIMITS.companyGroup.post;
  protected readonly kinds: readonly GroupPostKind[] = ['post', 'decision', 'meeting'];
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  private readonly tried = signal(false);
  protected readonly kind = signal<GroupPostKind>('post');
  protected readonly title = signal('');
  protected readonly body = signal('');
  protected readonly startsAt = signal('');
  protected readonly place = signal('');
  protected readonly accept = GROUP_POST_FILE_ACCEPT;
  protected readonly fileHint = POST_FILE_HINT;
  protected readonly chosen = signal<File[]>([]);
  protected readonly fileError = signal<string | null>(null);

  protected size(bytes: number): string {
    return formatFileSize(bytes, this.i18n.locale());
  }

  /** A file to attach when she posts; one too large is refused here, before it travels. */
  protected choose(file: File): void {
    this.fileError.set(null);
    if (file.size > GROUP_POST_FILE_RULES.maxBytes)
      this.fileError.set(
        this.i18n.t('groups.board.fileTooLarge', { name: file.name, max: this.fileHint.max }),
      );
    else if (this.chosen().length >= GROUP_POST_FILE_RULES.maxFiles)
      this.fileError.set(this.i18n.t('groups.board.tooManyFiles', { max: GROUP_POST_FILE_RULES.maxFiles }));
    else this.chosen.update((files) => [...files, file]);
  }

  protected unchoose(index: number): void {
    this.chosen.update((files) => files.filter((_, i) => i !== index));
    this.focus.after('#post-files');
  }
  protected readonly titleError = computed(() => this.missing(this.tried() && !this.title().trim()));
  protected readonly bodyError = computed(() => this.missing(this.tried() && !this.body().trim()));
  protected readonly startsError = computed(() => this.missing(this.tried() && !this.startsAt()));

  protected kindKey(kind: GroupPostKind): TranslationKey {
    return `groups.kind.${kind}`;
  }

  async submit(): Promise<void> {
    const group = this.group();
    this.tried.set(true);
    const meeting = group.viewer.records && this.kind() === 'meeting';
    if (!this.title().trim() || !this.body().trim() || (meeting && !this.startsAt())) {
      this.focus.after('.tsu-field--invalid [tsuInput], .tsu-field--invalid .tsu-input');
      return;
    }
    const input = {
      groupId: group.id,
      kind: group.viewer.records ? this.kind() : ('post' as const),
      title: this.title().trim(),
      body: this.body().trim(),
      ...(meeting ? { startsAt: tokyoLocalToIso(this.startsAt()), place: this.place().trim() || null } : {}),
    };
    if (await this.run(() => this.postWithFiles(input))) this.reset();
  }

  /** Empties the form once the post exists, so that she cannot send it twice. */
  private reset(): void {
    for (const field of [this.title, this.body, this.startsAt, this.place]) field.set('');
    this.chosen.set([]);
    this.kind.set('post');
    this.tried.set(false);
    this.posted.emit();
  }

  /**
   * The post, then its files one by one. A refused file does not undo the post: she is told which file
   * and why, and can attach it again on the post.
   */
  private async postWithFiles(input: Parameters<CompanyGroupsService['post']>[0]): Promise<void> {
    const postId = await this.service.post(input);
    const refused: string[] = [];
    for (const file of this.chosen()) {
      try {
        await this.files.uploadPostFile(postId, file);
      } catch (error) {
        refused.push(
          this.i18n.t('groups.board.uploadFailed', {
            name: file.name,
            reason: appErrorText(error, this.i18n),
          }),
        );
      }
    }
    if (refused.length) {
      this.reset();
      throw new PartlyPosted(refused.join(' '));
    }
  }

  private missing(yes: boolean): string | null {
    this.i18n.locale();
    return yes ? this.i18n.t('groups.board.required') : null;
  }

  private async run(request: () => Promise<void>): Promise<boolean> {
    this.busy.set(true);
    this.notice.set(null);
    this.error.set(null);
    try {
      await request();
      this.notice.set(this.i18n.t('groups.board.posted'));
      this.focus.after('[data-testid="post-form-notice"]');
      return true;
    } catch (error) {
      this.error.set(
        error instanceof PartlyPosted
          ? `${this.i18n.t('groups.board.posted')} ${error.message}`
          : appErrorText(error, this.i18n),
      );
      this.focus.after('[data-testid="post-form-error"]');
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
