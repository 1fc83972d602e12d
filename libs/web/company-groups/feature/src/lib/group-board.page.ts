import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { CompanyGroupsService, type CompanyGroup } from '@tsunagu/web/company-groups/data-access';
import { appErrorText, loadOnce, loadOnChange, SessionStore } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  ConfirmInlineComponent,
  FormFieldComponent,
  PageStateComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { FocusAfterRender } from './focus-after-render';
import { GroupPostFormComponent } from './group-post-form.component';
import { GroupPostComponent } from './group-post.component';

/**
 * /company/groups: her companies' invitations (join or decline), then the board of a group she is on:
 * its charter and current members, posts newest first (decisions marked), meetings with each company's
 * answer and hers to give, comments; a new post (decisions and meetings for coordinators and the
 * secretariat only), and leaving the group for her company.
 */
@Component({
  selector: 'tsu-group-board-page',
  imports: [
    FormsModule,
    TranslatePipe,
    AlertComponent,
    ConfirmInlineComponent,
    FormFieldComponent,
    GroupPostComponent,
    GroupPostFormComponent,
    PageStateComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .invitation,
    .posts > li {
      margin-bottom: 0.75rem;
    }
    .posts,
    .invitations {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .invitation {
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 0.75rem 1rem;
    }
    .charter {
      white-space: pre-line;
    }
    textarea {
      min-height: 6rem;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="group-board-page">
      <h1>{{ 'groups.board.title' | t }}</h1>
      <p class="tsu-lead">{{ 'groups.board.lead' | t }}</p>
      <div role="status">
        @if (notice(); as message) {
          <tsu-alert kind="success" tabindex="-1" data-testid="board-notice">{{ message }}</tsu-alert>
        }
      </div>
      @if (error(); as message) {
        <tsu-alert kind="error" tabindex="-1" data-testid="board-error">{{ message }}</tsu-alert>
      }
      <tsu-page-state
        [loading]="groups.loading()"
        [error]="groups.error()"
        [empty]="groups.data()?.length === 0"
        [emptyMessage]="'groups.board.empty' | t"
        (retry)="groups.reload()"
      />
      @if (invitations().length) {
        <h2>{{ 'groups.board.invitations' | t }}</h2>
        <ul class="invitations" data-testid="invitations">
          @for (i of invitations(); track i.group.id + i.company.id) {
            <li class="invitation" data-testid="invitation">
              <h3>{{ i.group.name }}</h3>
              <p>{{ 'groups.board.invitedAs' | t: { company: i.company.name } }} · {{ i.group.ownerName }}</p>
              @if (i.group.charter) {
                <p class="charter">{{ i.group.charter }}</p>
              }
              <div class="tsu-actions">
                <button
                  type="button"
                  class="tsu-button"
                  [disabled]="busy()"
                  [attr.aria-label]="
                    'groups.board.acceptLabel' | t: { company: i.company.name, group: i.group.name }
                  "
                  (click)="answer(i.group, i.company, true)"
                  data-testid="invitation-accept"
                >
                  {{ 'groups.board.accept' | t }}
                </button>
                <button
                  type="button"
                  class="tsu-button tsu-button--secondary"
                  [disabled]="busy()"
                  [attr.aria-label]="
                    'groups.board.declineLabel' | t: { company: i.company.name, group: i.group.name }
                  "
                  (click)="answer(i.group, i.company, false)"
                  data-testid="invitation-decline"
                >
                  {{ 'groups.board.decline' | t }}
                </button>
              </div>
            </li>
          }
        </ul>
      }
      @if (boardGroups().length > 1) {
        <tsu-form-field fieldId="group-choice" [label]="'groups.board.choose' | t">
          <select
            tsuInput
            name="group"
            [ngModel]="chosenId()"
            (ngModelChange)="chosen.set($event)"
            data-testid="group-choice"
          >
            @for (g of boardGroups(); track g.id) {
              <option [value]="g.id">{{ g.name }}</option>
            }
          </select>
        </tsu-form-field>
      }
      @if (board.data(); as g) {
        <section [attr.aria-labelledby]="'group-' + g.id" data-testid="group-board">
          <h2 [id]="'group-' + g.id">{{ g.name }}</h2>
          <p>
            @if (g.fiscalYear) {
              {{ 'groups.board.fiscalYear' | t: { year: g.fiscalYear } }} ·
            }
            {{ 'groups.board.owner' | t }}: {{ g.ownerName }}
          </p>
          @if (g.charter) {
            <h3>{{ 'groups.board.charter' | t }}</h3>
            <p class="charter" data-testid="group-charter">{{ g.charter }}</p>
          }
          <h3>{{ 'groups.board.members' | t }}</h3>
          <ul data-testid="group-members">
            @for (m of current(g); track m.id) {
              <li>{{ m.organisationName }}</li>
            }
          </ul>

          <h3>{{ 'groups.board.posts' | t }}</h3>
          @if (g.posts?.length) {
            <ul class="posts" data-testid="group-posts">
              @for (p of g.posts; track p.id) {
                <li><tsu-group-post [post]="p" [companies]="myCompanies(g)" (changed)="board.reload()" /></li>
              }
            </ul>
          } @else {
            <p>{{ 'groups.board.noPosts' | t }}</p>
          }

          <tsu-group-post-form [group]="g" (posted)="board.reload()" />

          @for (c of myCompanies(g); track c.id) {
            @if (leaving() === c.id) {
              <tsu-confirm-inline
                [question]="'groups.board.leaveQuestion' | t: { company: c.name, group: g.name }"
                [confirmLabel]="'groups.board.leaveConfirm' | t"
                [dismissLabel]="'groups.board.cancel' | t"
                [busy]="busy()"
                confirmTestId="leave-confirm"
                (confirmed)="leave(g, c)"
                (dismissed)="leaving.set(null)"
              />
            } @else {
              <div class="tsu-actions">
                <button
                  type="button"
                  class="tsu-button tsu-button--secondary"
                  [attr.aria-label]="'groups.board.leaveLabel' | t: { company: c.name, group: g.name }"
                  (click)="startLeaving(c.id)"
                  data-testid="group-leave"
                >
                  {{ 'groups.board.leave' | t }}
                </button>
              </div>
            }
          }
        </section>
      }
    </div>
  `,
})
export class GroupBoardPage {
  private readonly service = inject(CompanyGroupsService);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly focus = new FocusAfterRender();

  protected readonly groups = loadOnce(() => this.service.mine());
  protected readonly chosen = signal<string | null>(null);
  protected readonly boardGroups = computed(() => (this.groups.data() ?? []).filter((g) => g.viewer.onBoard));
  protected readonly chosenId = computed(() => {
    const on = this.boardGroups();
    return on.find((g) => g.id === this.chosen())?.id ?? on[0]?.id ?? null;
  });
  protected readonly board = loadOnChange(
    () => this.chosenId(),
    (id) => this.service.board(id),
  );
  protected readonly invitations = computed(() =>
    (this.groups.data() ?? []).flatMap((group) =>
      group.viewer.invitedCompanyIds.map((id) => ({
        group,
        company: { id, name: this.companyName(group, id) },
      })),
    ),
  );
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly leaving = signal<string | null>(null);
  protected current(g: CompanyGroup) {
    return g.members.filter((m) => m.status === 'member');
  }

  protected myCompanies(g: CompanyGroup): { id: string; name: string }[] {
    return g.viewer.memberCompanyIds.map((id) => ({ id, name: this.companyName(g, id) }));
  }

  protected startLeaving(id: string): void {
    this.leaving.set(id);
    this.focus.after('tsu-confirm-inline');
  }

  async answer(group: CompanyGroup, company: { id: string }, accept: boolean): Promise<void> {
    const done = await this.run(
      () => (accept ? this.service.accept(group.id, company.id) : this.service.decline(group.id, company.id)),
      this.i18n.t(accept ? 'groups.board.accepted' : 'groups.board.declined', { group: group.name }),
    );
    if (done) {
      if (accept) this.chosen.set(group.id);
      await this.groups.reload();
    }
  }

  async leave(group: CompanyGroup, company: { id: string }): Promise<void> {
    if (
      await this.run(
        () => this.service.leave(group.id, company.id),
        this.i18n.t('groups.board.left', { group: group.name }),
      )
    ) {
      this.leaving.set(null);
      this.chosen.set(null);
      await this.groups.reload();
      if (!this.chosenId()) this.board.set(null);
    }
  }

  private companyName(g: CompanyGroup, id: string): string {
    return (
      g.members.find((m) => m.organisationId === id)?.organisationName ??
      this.session.user()?.memberships.find((m) => m.organisation.id === id)?.organisation.name ??
      ''
    );
  }

  private async run(request: () => Promise<void>, done: string): Promise<boolean> {
    this.busy.set(true);
    this.notice.set(null);
    this.error.set(null);
    try {
      await request();
      this.notice.set(done);
      this.focus.after('[data-testid="board-notice"]');
      return true;
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
      this.focus.after('[data-testid="board-error"]');
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
