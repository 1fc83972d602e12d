import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { GROUP_POST_FILE_RULES } from '@tsunagu/shared/domain';
import {
  CompanyFilesService,
  CompanyGroupsService,
  GROUP_POST_FILE_ACCEPT,
  type GroupPost,
  type GroupPostFile,
} from '@tsunagu/web/company-groups/data-access';
import { appErrorText } from '@tsunagu/web/shared/data-access';
import { AlertComponent, FilePickerComponent, FormFieldComponent } from '@tsunagu/web/shared/ui';
import { formatFileSize, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { FocusAfterRender } from './focus-after-render';

/** The board's rules as the hint under a file picker says them. */
export const POST_FILE_HINT = {
  max: GROUP_POST_FILE_RULES.maxMegabytes,
  count: GROUP_POST_FILE_RULES.maxFiles,
};

/**
 * A post's files: each a link (name and size) fetched with her token and saved; on her own post a
 * delete button per file and a picker that attaches one more at once (the API decides the kind from
 * the bytes and refuses more than the board allows).
 */
@Component({
  selector: 'tsu-group-post-files',
  imports: [TranslatePipe, AlertComponent, FilePickerComponent, FormFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    ul {
      padding-left: 1.25rem;
    }
    li {
      margin: 0.25rem 0;
    }
    li button {
      margin-left: 0.5rem;
    }
  `,
  template: `
    @if (post().files.length) {
      <h4>{{ 'groups.board.files' | t }}</h4>
      <ul data-testid="post-files">
        @for (f of post().files; track f.id) {
          <li>
            <a
              [href]="f.url"
              [attr.download]="f.filename"
              (click)="download($event, f)"
              data-testid="post-file"
              >{{ 'groups.board.fileSize' | t: { name: f.filename, size: size(f.sizeBytes) } }}</a
            >
            @if (post().mine) {
              <button
                type="button"
                class="tsu-button tsu-button--secondary"
                [disabled]="busy()"
                [attr.aria-label]="'groups.board.removeFileLabel' | t: { name: f.filename }"
                (click)="remove(f)"
                data-testid="post-file-remove"
              >
                {{ 'groups.board.removeFile' | t }}
              </button>
            }
          </li>
        }
      </ul>
    }
    @if (post().mine && post().files.length < maxFiles) {
      <tsu-form-field
        [fieldId]="'post-file-' + post().id"
        [label]="'groups.board.attach' | t"
        [hint]="'groups.board.attachHint' | t: hint"
        [error]="error()"
      >
        <tsu-file-picker
          [accept]="accept"
          [buttonLabel]="'groups.board.attach' | t"
          [disabled]="busy()"
          testId="post-file-add"
          (picked)="attach($event)"
        />
      </tsu-form-field>
    } @else if (error(); as message) {
      <tsu-alert kind="error" data-testid="post-files-error">{{ message }}</tsu-alert>
    }
    <div role="status">
      @if (notice(); as message) {
        <tsu-alert kind="success" tabindex="-1" data-testid="post-files-notice">{{ message }}</tsu-alert>
      }
    </div>
  `,
})
export class GroupPostFilesComponent {
  private readonly files = inject(CompanyFilesService);
  private readonly groups = inject(CompanyGroupsService);
  private readonly i18n = inject(I18nService);
  private readonly focus = new FocusAfterRender();
  readonly post = input.required<GroupPost>();
  readonly changed = output<void>();
  protected readonly accept = GROUP_POST_FILE_ACCEPT;
  protected readonly hint = POST_FILE_HINT;
  protected readonly maxFiles = GROUP_POST_FILE_RULES.maxFiles;
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected size(bytes: number): string {
    return formatFileSize(bytes, this.i18n.locale());
  }

  async download(event: MouseEvent, file: GroupPostFile): Promise<void> {
    event.preventDefault();
    this.error.set(null);
    try {
      await this.files.download(file.url, file.filename);
    } catch {
      this.error.set(this.i18n.t('groups.board.downloadFailed'));
    }
  }

  async attach(file: File): Promise<void> {
    if (file.size > GROUP_POST_FILE_RULES.maxBytes) {
      this.error.set(this.i18n.t('groups.board.fileTooLarge', { name: file.name, max: this.hint.max }));
      return;
    }
    await this.run(
      () => this.files.uploadPostFile(this.post().id, file),
      this.i18n.t('groups.board.fileAdded', { name: file.name }),
    );
  }

  async remove(file: GroupPostFile): Promise<void> {
    await this.run(
      () => this.groups.removeFile(file.id),
      this.i18n.t('groups.board.fileRemoved', { name: file.filename }),
    );
  }

  private async run(request: () => Promise<void>, done: string): Promise<void> {
    this.busy.set(true);
    this.notice.set(null);
    this.error.set(null);
    try {
      await request();
      this.notice.set(done);
      // The button she pressed may be gone (a deleted file, the last file allowed): focus the result.
      this.focus.after('[data-testid="post-files-notice"]');
      this.changed.emit();
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
    } finally {
      this.busy.set(false);
    }
  }
}
