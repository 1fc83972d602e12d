import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LIMITS } from '@tsunagu/shared/domain';
import {
  CompanyGroupsService,
  CompanyProfilesService,
  type CompanyGroup,
  type CompanyGroupMember,
} from '@tsunagu/web/company-groups/data-access';
import { appErrorText, loadOnce, SessionStore } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  ConfirmInlineComponent,
  FormFieldComponent,
  PageStateComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { formatDate, I18nService, TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';
import { FocusAfterRender } from './focus-after-render';
import { GroupCoordinatorsComponent } from './group-coordinators.component';

const OWNER_KINDS = ['city', 'prefecture', 'national_agency'];

/**
 * /staff/groups: the company groups her secretariat runs, each with its members' history (invited,
 * joined, left: who was a member when), its coordinators (added and removed among the owner's staff),
 * inviting an approved company and removing a member after a confirmation (recorded as having left);
 * and a form to create a group.
 */
@Component({
  selector: 'tsu-group-membership-page',
  imports: [
    FormsModule,
    TranslatePipe,
    AlertComponent,
    ConfirmInlineComponent,
    FormFieldComponent,
    PageStateComponent,
    TsuInputDirective,
    GroupCoordinatorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .group {
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      background: var(--tsu-surface);
      padding: 0.75rem 1rem;
      margin-bottom: 1rem;
      min-width: 0;
    }
    .history {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .member {
      border-bottom: 1px solid var(--tsu-border-soft);
      padding: 0.5rem 0;
    }
    .state {
      margin-left: 0.5rem;
    }
    dl {
      display: flex;
      flex-wrap: wrap;
      column-gap: 1.25rem;
      margin: 0.25rem 0;
    }
    dt,
    dd {
      display: inline;
      margin: 0;
    }
    dt::after {
      content: ': ';
    }
    textarea {
      min-height: 5rem;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="group-membership-page">
      <h1>{{ 'groups.membership.title' | t }}</h1>
      <p class="tsu-lead">{{ 'groups.membership.lead' | t }}</p>
      <div role="status">
        @if (notice(); as message) {
          <tsu-alert kind="success" tabindex="-1" data-testid="membership-notice">{{ message }}</tsu-alert>
        }
      </div>
      @if (error(); as message) {
        <tsu-alert kind="error" tabindex="-1" data-testid="membership-error">{{ message }}</tsu-alert>
      }
      <tsu-page-state
        [loading]="groups.loading()"
        [error]="groups.error()"
        [empty]="managed().length === 0 && !groups.loading()"
        [emptyMessage]="'groups.membership.empty' | t"
        (retry)="groups.reload()"
      />
      @for (g of managed(); track g.id) {
        <section class="group" [attr.aria-labelledby]="'managed-' + g.id" data-testid="managed-group">
          <h2 [id]="'managed-' + g.id">{{ g.name }}</h2>
          @if (g.charter) {
            <p>{{ g.charter }}</p>
          }
          <h3>{{ 'groups.membership.history' | t }}</h3>
          <ul class="history" data-testid="member-history">
            @for (m of g.members; track m.id) {
              <li class="member" [attr.data-status]="m.status" data-testid="member-row">
                <div>
                  <strong>{{ m.organisationName }}</strong>
                  <span class="state">{{ statusKey(m.status) | t }}</span>
                </div>
                <dl>
                  <div>
                    <dt>{{ 'groups.membership.invitedAt' | t }}</dt>
                    <dd>{{ date(m.invitedAt) }}</dd>
                  </div>
                  <div>
                    <dt>{{ 'groups.membership.joinedAt' | t }}</dt>
                    <dd>{{ date(m.joinedAt) }}</dd>
                  </div>
                  <div>
                    <dt>{{ 'groups.membership.leftAt' | t }}</dt>
                    <dd data-testid="member-left-at">{{ date(m.leftAt) }}</dd>
                  </div>
                </dl>
                @if (m.status === 'member') {
                  @if (confirming() === m.id) {
                    <tsu-confirm-inline
                      [question]="
                        'groups.membership.removeQuestion' | t: { company: m.organisationName, group: g.name }
                      "
                      [confirmLabel]="'groups.membership.removeConfirm' | t"
                      [dismissLabel]="'groups.membership.cancel' | t"
                      [busy]="busy()"
                      confirmTestId="member-remove-confirm"
                      dismissTestId="member-remove-cancel"
                      (confirmed)="remove(g, m)"
                      (dismissed)="cancelRemove(m)"
                      data-testid="member-remove-question"
                    />
                  } @else {
                    <button
                      type="button"
                      class="tsu-button tsu-button--secondary"
                      [disabled]="busy()"
                      [attr.aria-label]="
                        'groups.membership.removeLabel' | t: { company: m.organisationName, group: g.name }
                      "
                      (click)="askRemove(m)"
                      [attr.data-member]="m.id"
                      data-testid="member-remove"
                    >
                      {{ 'groups.membership.remove' | t }}
                    </button>
                  }
                }
              </li>
            }
          </ul>
          <tsu-group-coordinators [group]="g" (updated)="replace($event)" />
          <form class="tsu-form" (ngSubmit)="invite(g)" novalidate>
            @if (invitable(g).length) {
              <tsu-form-field [fieldId]="'invite-' + g.id" [label]="'groups.membership.invite' | t">
                <select
                  tsuInput
                  name="invite"
                  [ngModel]="inviting()[g.id] ?? invitable(g)[0]?.organisationId"
                  (ngModelChange)="choose(g.id, $event)"
                  data-testid="invite-company"
                >
                  @for (c of invitable(g); track c.organisationId) {
                    <option [value]="c.organisationId">{{ c.name }}</option>
                  }
                </select>
              </tsu-form-field>
              <button type="submit" class="tsu-button" [disabled]="busy()" data-testid="invite-submit">
                {{ 'groups.membership.inviteSubmit' | t }}
              </button>
            } @else {
              <p>{{ 'groups.membership.noCompanies' | t }}</p>
            }
          </form>
        </section>
      }

      <h2>{{ 'groups.membership.create' | t }}</h2>
      <form class="tsu-form" (ngSubmit)="create()" novalidate data-testid="group-create">
        @if (owners().length > 1) {
          <tsu-form-field fieldId="group-owner" [label]="'groups.membership.owner' | t">
            <select tsuInput name="owner" [ngModel]="ownerId()" (ngModelChange)="owner.set($event)">
              @for (o of owners(); track o.id) {
                <option [value]="o.id">{{ o.name }}</option>
              }
            </select>
          </tsu-form-field>
        }
        <tsu-form-field
          fieldId="group-name"
          [label]="'groups.membership.name' | t"
          [required]="true"
          [error]="nameError()"
        >
          <input
            tsuInput
            name="name"
            [ngModel]="name()"
            (ngModelChange)="name.set($event)"
            [attr.maxlength]="limits.name.max"
            data-testid="group-name"
          />
        </tsu-form-field>
        <tsu-form-field fieldId="group-year" [label]="'groups.membership.fiscalYear' | t">
          <input
            tsuInput
            type="number"
            inputmode="numeric"
            name="year"
            [ngModel]="year()"
            (ngModelChange)="year.set($event)"
            [min]="limits.fiscalYear.min"
            [max]="limits.fiscalYear.max"
            data-testid="group-year"
          />
        </tsu-form-field>
        <tsu-form-field fieldId="group-charter" [label]="'groups.membership.charter' | t">
          <textarea
            tsuInput
            name="charter"
            rows="3"
            [ngModel]="charter()"
            (ngModelChange)="charter.set($event)"
            [attr.maxlength]="limits.charter.max"
            data-testid="group-charter-input"
          ></textarea>
        </tsu-form-field>
        <button type="submit" class="tsu-button" [disabled]="busy()" data-testid="group-create-submit">
          {{ 'groups.membership.createSubmit' | t }}
        </button>
      </form>
    </div>
  `,
})
export class GroupMembershipPage {
  private readonly service = inject(CompanyGroupsService);
  private readonly profiles = inject(CompanyProfilesService);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly focus = new FocusAfterRender();
  protected readonly limits = LIMITS.companyGroup;

  protected readonly groups = loadOnce(() => this.service.mine());
  protected readonly companies = loadOnce(() => this.profiles.applications('approved'));
  protected readonly managed = computed(() => (this.groups.data() ?? []).filter((g) => g.viewer.manages));
  protected readonly owners = computed(() => {
    const seen = new Map<string, string>();
    for (const m of this.session.user()?.memberships ?? [])
      if ((m.role === 'staff' || m.role === 'admin') && OWNER_KINDS.includes(m.organisation.kind))
        seen.set(m.organisation.id, m.organisation.name);
    return [...seen].map(([id, name]) => ({ id, name }));
  });
  protected readonly owner = signal<string | null>(null);
  protected readonly ownerId = computed(() => this.owner() ?? this.owners()[0]?.id ?? null);
  protected readonly inviting = signal<Record<string, string>>({});
  protected readonly confirming = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly name = signal('');
  protected readonly year = signal<number | null>(2026);
  protected readonly charter = signal('');
  private readonly tried = signal(false);
  protected readonly nameError = computed(() => {
    this.i18n.locale();
    return this.tried() && !this.name().trim() ? this.i18n.t('groups.board.required') : null;
  });

  protected statusKey(status: CompanyGroupMember['status']): TranslationKey {
    return `groups.status.${status}`;
  }

  protected date(value: string | null): string {
    return value ? formatDate(value, this.i18n.locale()) : '—';
  }

  /** A group as the API answered a change to it (its coordinators). */
  protected replace(updated: CompanyGroup): void {
    this.groups.update((all) => all.map((x) => (x.id === updated.id ? updated : x)));
  }

  /** Removing a member asks first: the question takes focus; 「やめる」 gives it back to her button. */
  protected askRemove(m: CompanyGroupMember): void {
    this.confirming.set(m.id);
    this.focus.after('[data-testid="member-remove-question"]');
  }

  protected cancelRemove(m: CompanyGroupMember): void {
    this.confirming.set(null);
    this.focus.after(`[data-member="${m.id}"]`);
  }

  /** Approved companies of her secretariat with no live membership in the group. */
  protected invitable(g: CompanyGroup) {
    const live = new Set(
      g.members.filter((m) => m.status === 'invited' || m.status === 'member').map((m) => m.organisationId),
    );
    return (this.companies.data() ?? []).filter((c) => !live.has(c.organisationId));
  }

  protected choose(groupId: string, organisationId: string): void {
    this.inviting.update((all) => ({ ...all, [groupId]: organisationId }));
  }

  async invite(g: CompanyGroup): Promise<void> {
    const organisationId = this.inviting()[g.id] || this.invitable(g)[0]?.organisationId;
    const company = this.invitable(g).find((c) => c.organisationId === organisationId);
    if (!company) return;
    await this.change(
      g,
      () => this.service.invite(g.id, company.organisationId),
      'groups.membership.invited',
      company.name,
    );
  }

  async remove(g: CompanyGroup, m: CompanyGroupMember): Promise<void> {
    await this.change(
      g,
      () => this.service.remove(g.id, m.organisationId),
      'groups.membership.removed',
      m.organisationName,
    );
    this.confirming.set(null);
  }

  async create(): Promise<void> {
    this.tried.set(true);
    const owner = this.ownerId();
    if (!this.name().trim() || !owner) {
      this.focus.after('[data-testid="group-name"]');
      return;
    }
    const year = Number(this.year());
    const made = await this.run(
      () =>
        this.service.create({
          ownerOrganisationId: owner,
          name: this.name().trim(),
          charter: this.charter().trim() || null,
          fiscalYear: Number.isInteger(year) && year > 0 ? year : null,
        }),
      (g) => this.i18n.t('groups.membership.created', { group: g.name }),
    );
    if (made) {
      this.name.set('');
      this.charter.set('');
      this.tried.set(false);
      await this.groups.reload();
    }
  }

  private async change(
    g: CompanyGroup,
    request: () => Promise<CompanyGroup>,
    key: TranslationKey,
    company: string,
  ): Promise<void> {
    const updated = await this.run(request, () => this.i18n.t(key, { company }));
    if (updated) this.groups.update((all) => all.map((x) => (x.id === g.id ? updated : x)));
  }

  private async run<T>(request: () => Promise<T>, done: (answer: T) => string): Promise<T | null> {
    this.busy.set(true);
    this.notice.set(null);
    this.error.set(null);
    try {
      const answer = await request();
      this.notice.set(done(answer));
      this.focus.after('[data-testid="membership-notice"]');
      return answer;
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
      this.focus.after('[data-testid="membership-error"]');
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
