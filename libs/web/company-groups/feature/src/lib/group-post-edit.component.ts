import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LIMITS } from '@tsunagu/shared/domain';
import { CompanyGroupsService, type GroupPost } from '@tsunagu/web/company-groups/data-access';
import { appErrorText } from '@tsunagu/web/shared/data-access';
import { AlertComponent, FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { I18nService, isoToTokyoLocal, tokyoLocalToIso, TranslatePipe } from '@tsunagu/web/shared/util';
import { FocusAfterRender } from './focus-after-render';

/**
 * Her own post, edited in place: its title and body, and a meeting's date and place (its kind stays).
 * Opens with focus on the title; 「やめる」 and saving close it (the post puts focus back on its button).
 */
@Component({
  selector: 'tsu-group-post-edit',
  imports: [FormsModule, TranslatePipe, AlertComponent, FormFieldComponent, TsuInputDirective],
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
    <form
      class="tsu-form"
      (ngSubmit)="save()"
      novalidate
      [attr.aria-label]="'groups.board.editHeading' | t"
      data-testid="post-edit-form"
    >
      <tsu-form-field
        [fieldId]="'edit-title-' + post().id"
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
          data-testid="post-edit-title"
        />
      </tsu-form-field>
      <tsu-form-field
        [fieldId]="'edit-body-' + post().id"
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
          data-testid="post-edit-body"
        ></textarea>
      </tsu-form-field>
      @if (post().kind === 'meeting') {
        <tsu-form-field
          [fieldId]="'edit-starts-' + post().id"
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
            data-testid="post-edit-starts"
          />
        </tsu-form-field>
        <tsu-form-field [fieldId]="'edit-place-' + post().id" [label]="'groups.board.meetingPlace' | t">
          <input
            tsuInput
            name="place"
            [ngModel]="place()"
            (ngModelChange)="place.set($event)"
            [attr.maxlength]="limits.place.max"
          />
        </tsu-form-field>
      }
      @if (error(); as message) {
        <tsu-alert kind="error" tabindex="-1" data-testid="post-edit-error">{{ message }}</tsu-alert>
      }
      <div class="tsu-actions">
        <button type="submit" class="tsu-button" [disabled]="busy()" data-testid="post-edit-save">
          {{ 'groups.board.save' | t }}
        </button>
        <button
          type="button"
          class="tsu-button tsu-button--secondary"
          (click)="cancelled.emit()"
          data-testid="post-edit-cancel"
        >
          {{ 'groups.board.cancelEdit' | t }}
        </button>
      </div>
    </form>
  `,
})
export class GroupPostEditComponent implements OnInit {
  private readonly service = inject(CompanyGroupsService);
  private readonly i18n = inject(I18nService);
  private readonly focus = new FocusAfterRender();
  readonly post = input.required<GroupPost>();
  readonly saved = output<void>();
  readonly cancelled = output<void>();
  protected readonly limits = LIMITS.companyGroup.post;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly tried = signal(false);
  protected readonly title = signal('');
  protected readonly body = signal('');
  protected readonly startsAt = signal('');
  protected readonly place = signal('');
  protected readonly titleError = computed(() => this.missing(this.tried() && !this.title().trim()));
  protected readonly bodyError = computed(() => this.missing(this.tried() && !this.body().trim()));
  protected readonly startsError = computed(() => this.missing(this.tried() && !this.startsAt()));

  ngOnInit(): void {
    const post = this.post();
    this.title.set(post.title);
    this.body.set(post.body);
    this.startsAt.set(isoToTokyoLocal(post.startsAt));
    this.place.set(post.place ?? '');
    this.focus.after('[data-testid="post-edit-title"]');
  }

  async save(): Promise<void> {
    const post = this.post();
    this.tried.set(true);
    const meeting = post.kind === 'meeting';
    if (!this.title().trim() || !this.body().trim() || (meeting && !this.startsAt())) {
      this.focus.after('.tsu-field--invalid [tsuInput]');
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.service.edit({
        postId: post.id,
        title: this.title().trim(),
        body: this.body().trim(),
        ...(meeting
          ? { startsAt: tokyoLocalToIso(this.startsAt()), place: this.place().trim() || null }
          : {}),
      });
      this.saved.emit();
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
      this.focus.after('[data-testid="post-edit-error"]');
    } finally {
      this.busy.set(false);
    }
  }

  private missing(yes: boolean): string | null {
    this.i18n.locale();
    return yes ? this.i18n.t('groups.board.required') : null;
  }
}
