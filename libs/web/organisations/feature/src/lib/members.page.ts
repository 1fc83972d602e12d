import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { LIMITS, normaliseEmail, ORGANISER_ROLES, type Role } from '@tsunagu/shared/domain';
import {
  grantableRoles,
  MembersService,
  type CreatedInvitation,
  type Member,
} from '@tsunagu/web/organisations/data-access';
import { FormSupport, loadOnChange, SessionStore } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  EmptyStateComponent,
  ErrorSummaryComponent,
  FormFieldComponent,
  LoadErrorComponent,
  LoadingStatusComponent,
  TsuBusyDirective,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import {
  formatDate,
  formatPersonName,
  I18nService,
  ORGANISATIONS_PATHS,
  TranslatePipe,
  TsuValidators,
} from '@tsunagu/web/shared/util';

interface ManagedOrganisation {
  id: string;
  name: string;
  roles: Role[];
}

/** Staff and company admins: an organisation's members, and invitations by email with a role. */
@Component({
  selector: 'tsu-members-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    EmptyStateComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    LoadErrorComponent,
    LoadingStatusComponent,
    TsuBusyDirective,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .members {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .members li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--tsu-border, #d0d5dd);
    }
    .members li:last-child {
      border-bottom: none;
    }
    .members .name {
      font-weight: 600;
      flex: 1 1 12rem;
    }
    .members .meta {
      color: var(--tsu-text-muted, #475467);
    }
    .link {
      word-break: break-all;
      font-family: ui-monospace, monospace;
      font-size: 0.9rem;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="members-page">
      <h1>{{ 'members.title' | t }}</h1>
      <p class="tsu-lead">{{ 'members.lead' | t }}</p>

      @if (organisations().length === 0) {
        <!-- A mentor or project team member who opened the address: nothing here she can use. -->
        <tsu-alert kind="info" data-testid="members-none">{{ 'membersAccess.noOrganisation' | t }}</tsu-alert>
      } @else if (organisations().length > 1) {
        <tsu-form-field fieldId="members-organisation" [label]="'members.organisation' | t">
          <select
            tsuInput
            [value]="selectedId()"
            (change)="select($any($event.target).value)"
            data-testid="members-organisation"
          >
            @for (org of organisations(); track org.id) {
              <option [value]="org.id">{{ org.name }}</option>
            }
          </select>
        </tsu-form-field>
      } @else if (selected(); as org) {
        <p data-testid="members-organisation-name">
          <strong>{{ 'members.organisation' | t }}:</strong> {{ org.name }}
        </p>
      }

      @if (selected()) {
        <p>
          <a [routerLink]="paths.contact.link()" data-testid="to-contact">{{ 'orgContact.link' | t }}</a>
        </p>
        <div class="tsu-grid tsu-grid--2">
          <tsu-card [heading]="'members.inviteTitle' | t">
            @if (roles().length === 0) {
              <p data-testid="invite-none">{{ 'membersAccess.noRoles' | t }}</p>
            } @else {
              <p>{{ 'members.inviteLead' | t }}</p>
              <form
                class="tsu-form"
                [formGroup]="form"
                (ngSubmit)="invite()"
                novalidate
                data-testid="invite-form"
              >
                <tsu-error-summary [for]="f" />
                <tsu-form-field
                  fieldId="invite-email"
                  [label]="'members.email' | t"
                  [error]="f.error(form.controls.email)"
                  [required]="true"
                >
                  <input
                    tsuInput
                    type="email"
                    formControlName="email"
                    autocomplete="off"
                    inputmode="email"
                    [attr.maxlength]="limits.email.max"
                    data-testid="invite-email"
                  />
                </tsu-form-field>
                <tsu-form-field fieldId="invite-role" [label]="'members.role' | t" [required]="true">
                  <select tsuInput formControlName="role" data-testid="invite-role">
                    @for (role of roles(); track role) {
                      <option [value]="role">{{ roleKey(role) | t }}</option>
                    }
                  </select>
                </tsu-form-field>
                <button
                  type="submit"
                  class="tsu-button tsu-button--block"
                  [disabled]="f.pending()"
                  data-testid="invite-submit"
                >
                  {{ (f.pending() ? 'members.submitting' : 'members.submit') | t }}
                </button>
              </form>
              @if (created(); as invitation) {
                <tsu-alert kind="success" tabindex="-1" data-testid="invite-created">
                  <p>{{ 'members.created' | t: { email: invitation.invitation.email } }}</p>
                  <p>
                    <strong>{{ 'members.link' | t }}:</strong>
                    <span class="link" data-testid="invite-link">{{ invitation.acceptUrl }}</span>
                  </p>
                  <button
                    type="button"
                    class="tsu-button tsu-button--secondary"
                    (click)="copy(invitation.acceptUrl)"
                  >
                    {{ (copied() ? 'members.copied' : 'members.copy') | t }}
                  </button>
                </tsu-alert>
              }
            }
          </tsu-card>

          <tsu-card [heading]="'members.listTitle' | t">
            <tsu-loading-status [active]="loading()" />
            @if (loadError(); as e) {
              <tsu-load-error [error]="e" [retrying]="loading()" (retry)="reload()" />
            } @else if (!loaded()) {
              <!-- The status above says it is loading. -->
            } @else if (members().length === 0) {
              <tsu-empty-state [message]="'members.empty' | t" />
            } @else {
              <ul class="members" [tsuBusy]="loading()" data-testid="members-list">
                @for (member of members(); track member.id) {
                  <li>
                    <span class="name">{{ name(member) }}</span>
                    <span class="meta">{{ roleKey(member.role) | t }}</span>
                    <span class="meta">{{ 'members.since' | t }} {{ date(member.createdAt) }}</span>
                  </li>
                }
              </ul>
            }
          </tsu-card>
        </div>
      }
    </div>
  `,
})
export class MembersPage {
  protected readonly paths = ORGANISATIONS_PATHS;
  private readonly session = inject(SessionStore);
  private readonly service = inject(MembersService);
  protected readonly i18n = inject(I18nService);

  protected readonly limits = LIMITS;
  protected readonly organisations = computed<ManagedOrganisation[]>(() => {
    const byId = new Map<string, ManagedOrganisation>();
    for (const m of this.session.user()?.memberships ?? []) {
      if (!ORGANISER_ROLES.includes(m.role)) continue;
      const entry = byId.get(m.organisation.id) ?? {
        id: m.organisation.id,
        name: m.organisation.name,
        roles: [],
      };
      entry.roles.push(m.role);
      byId.set(m.organisation.id, entry);
    }
    return [...byId.values()];
  });
  private readonly chosenId = signal<string | null>(null);
  protected readonly selectedId = computed(() => this.chosenId() ?? this.organisations()[0]?.id ?? null);
  protected readonly selected = computed(
    () => this.organisations().find((o) => o.id === this.selectedId()) ?? null,
  );
  protected readonly roles = computed(() => grantableRoles(this.selected()?.roles ?? []));
  /** The chosen organisation's members, loaded when she chooses another, never on a language switch. */
  private readonly query = loadOnChange(
    () => this.selectedId(),
    (organisationId) => this.service.members(organisationId),
  );
  protected readonly members = computed(() => this.query.data() ?? []);
  protected readonly loadError = this.query.error;
  protected readonly loading = this.query.loading;
  protected readonly loaded = computed(() => this.query.data() !== null);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly created = signal<CreatedInvitation | null>(null);
  protected readonly copied = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', TsuValidators.emailField()],
    role: ['learner' as Role],
  });
  protected readonly f = new FormSupport(this.form);

  protected select(id: string): void {
    this.chosenId.set(id);
    this.created.set(null);
  }

  protected roleKey(role: Role) {
    return `role.${role}` as const;
  }

  protected name(member: Member): string {
    return formatPersonName(member.user);
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }

  protected reload(): void {
    void this.query.reload();
  }

  async invite(): Promise<void> {
    const organisationId = this.selectedId();
    if (!this.f.start(this.form.valid && !!organisationId) || !organisationId) return;
    const { email, role } = this.form.getRawValue();
    const created = await this.f.run(() => this.service.invite(organisationId, normaliseEmail(email), role));
    if (!created) return;
    this.created.set(created);
    this.copied.set(false);
    this.form.reset({ email: '', role });
    this.f.reset();
    // The result is below the form: take her there, so the link to send is read out.
    afterNextRender(() => this.host.querySelector<HTMLElement>('[data-testid="invite-created"]')?.focus(), {
      injector: this.injector,
    });
  }

  async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied.set(true);
    } catch {
      // Clipboard refused (e.g. not a secure context): the link stays visible to copy by hand.
    }
  }
}
