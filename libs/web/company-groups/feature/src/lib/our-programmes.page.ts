import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CompanyProgrammesService,
  SeatPoolsService,
  type Programme,
  type ProgrammeSession,
  type SeatPool,
} from '@tsunagu/web/company-groups/data-access';
import {
  appErrorText,
  loadOnChange,
  SessionStore,
  type CourseVisibility,
} from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  FormFieldComponent,
  PageStateComponent,
  TsuInputDirective,
  TsuRadioDirective,
  TsuRadioGroupDirective,
} from '@tsunagu/web/shared/ui';
import {
  CATALOGUE_PATHS,
  formatDateTime,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@tsunagu/web/shared/util';
import { SessionSeatPoolsComponent } from './session-seat-pools.component';

/** Narrowest first: the order she reads the choices in. */
const SCOPES: readonly CourseVisibility[] = ['organisation', 'company_group', 'public'];

/**
 * /company/programmes: the courses her company provides or co-hosts (共催). For each course it provides
 * a radio group says who may see it (own employees, the company group, everyone), saved with its own
 * button so that moving through the choices with the arrow keys never publishes anything on the way;
 * the row's live region says what was saved. A co-hosted course shows its share, decided by its
 * provider. Each course lists its dates with seats taken and the waitlist.
 */
@Component({
  selector: 'tsu-our-programmes-page',
  imports: [
    RouterLink,
    TranslatePipe,
    AlertComponent,
    FormFieldComponent,
    PageStateComponent,
    TsuInputDirective,
    TsuRadioDirective,
    TsuRadioGroupDirective,
    SessionSeatPoolsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .rows,
    .sessions {
      list-style: none;
      margin: 1rem 0 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .row {
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      background: var(--tsu-surface);
      padding: 0.75rem 1rem;
      min-width: 0;
    }
    .row h2 {
      font-size: 1.125rem;
      margin: 0 0 0.25rem;
    }
    .meta {
      margin: 0 0 0.5rem;
      color: var(--tsu-muted);
    }
    /* A provider's name can be long: the badge wraps rather than widen a phone's page. */
    .meta .tsu-badge {
      white-space: normal;
    }
    .choice-hint {
      margin: -0.5rem 0 0.25rem 2.125rem;
    }
    .sessions {
      margin-top: 0.5rem;
      gap: 0.25rem;
    }
    .row h3 {
      font-size: 1rem;
      margin: 1rem 0 0;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="company-programmes-page">
      <h1>{{ 'companies.programmes.title' | t }}</h1>
      <p class="tsu-lead">{{ 'companies.programmes.lead' | t }}</p>
      @if (companies().length > 1) {
        <tsu-form-field fieldId="programmes-company" [label]="'companies.programmes.choose' | t">
          <select
            tsuInput
            [value]="companyId()"
            (change)="chosenId.set($any($event.target).value)"
            data-testid="programmes-company"
          >
            @for (o of companies(); track o.id) {
              <option [value]="o.id">{{ o.name }}</option>
            }
          </select>
        </tsu-form-field>
      }
      <tsu-page-state
        [loading]="query.loading()"
        [error]="query.error()"
        [empty]="query.data()?.length === 0"
        [emptyMessage]="'companies.programmes.none' | t"
        (retry)="query.reload()"
      />
      @if (query.data(); as programmes) {
        @if (programmes.length > 0) {
          <ul class="rows" [attr.aria-label]="'companies.programmes.list' | t" data-testid="programmes">
            @for (p of programmes; track p.id) {
              <li class="row" [attr.data-course]="p.id" data-testid="programme">
                <h2>
                  <a [routerLink]="courseLink(p.id)">{{ p.title }}</a>
                </h2>
                <p class="meta">
                  @if (provides(p)) {
                    <span class="tsu-badge">{{ 'companies.programmes.provided' | t }}</span>
                  } @else {
                    <span class="tsu-badge">{{
                      'companies.programmes.coOrganised' | t: { provider: p.provider.name }
                    }}</span>
                  }
                  @if (p.status !== 'published') {
                    <span class="tsu-badge" data-testid="programme-draft">{{
                      'companies.programmes.draft' | t
                    }}</span>
                  }
                </p>
                @if (provides(p)) {
                  <fieldset class="tsu-fieldset" [tsuRadioGroup]="'share-' + p.id" data-testid="share">
                    <legend>{{ 'companies.programmes.shareLegend' | t: { title: p.title } }}</legend>
                    @for (scope of scopes; track scope) {
                      <label class="tsu-choice">
                        <input
                          type="radio"
                          tsuRadio
                          [value]="scope"
                          [checked]="choiceOf(p) === scope"
                          (change)="choose(p, scope)"
                          [attr.aria-describedby]="'share-' + p.id + '-' + scope + '-hint'"
                          [attr.data-testid]="'share-' + scope"
                        />
                        <span>{{ scopeKey(scope) | t }}</span>
                      </label>
                      <p class="tsu-field__hint choice-hint" [id]="'share-' + p.id + '-' + scope + '-hint'">
                        {{ hintKey(scope) | t }}
                      </p>
                    }
                  </fieldset>
                  <div class="tsu-actions">
                    <button
                      type="button"
                      class="tsu-button"
                      [disabled]="saving() === p.id"
                      (click)="save(p)"
                      data-testid="share-save"
                    >
                      {{ (saving() === p.id ? 'companies.programmes.saving' : 'companies.mine.save') | t }}
                    </button>
                  </div>
                  <div role="status" data-testid="share-status">
                    @if (notices()[p.id]; as message) {
                      <tsu-alert kind="success" data-testid="share-notice">{{ message }}</tsu-alert>
                    }
                  </div>
                  <div role="alert">
                    @if (errors()[p.id]; as message) {
                      <tsu-alert kind="error" data-testid="share-error">{{ message }}</tsu-alert>
                    }
                  </div>
                } @else {
                  <p data-testid="programme-scope">
                    {{ currentText(p) }}
                    {{ 'companies.programmes.coOrganisedNote' | t }}
                  </p>
                }
                <h3>{{ 'companies.programmes.sessions' | t }}</h3>
                @if (p.sessions.length === 0) {
                  <p>{{ 'companies.programmes.noSessions' | t }}</p>
                } @else {
                  <ul class="sessions" data-testid="programme-sessions">
                    @for (s of p.sessions; track s.id) {
                      <li data-testid="programme-session">
                        <strong>{{ when(s) }}</strong>
                        @if (s.title) {
                          {{ s.title }}
                        }
                        <br />
                        @if (s.status === 'cancelled') {
                          {{ 'companies.programmes.cancelled' | t }}
                        } @else {
                          {{ 'companies.programmes.seats' | t: { taken: taken(s), capacity: s.capacity } }}
                          @if (s.waitlistCount > 0) {
                            / {{ 'companies.programmes.waitlist' | t: { n: s.waitlistCount } }}
                          }
                        }
                        @if (provides(p) && s.status !== 'cancelled') {
                          <tsu-session-seat-pools
                            [sessionId]="s.id"
                            [organisationId]="p.provider.id"
                            [pools]="poolsOf(s.id)"
                            (changed)="poolChanged($event)"
                          />
                        }
                      </li>
                    }
                  </ul>
                }
              </li>
            }
          </ul>
        }
      }
    </div>
  `,
})
export class OurProgrammesPage {
  private readonly service = inject(CompanyProgrammesService);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  protected readonly scopes = SCOPES;

  /** The companies she administers, from her session. */
  protected readonly companies = computed(() => {
    const seen = new Map<string, string>();
    for (const m of this.session.user()?.memberships ?? [])
      if (m.role === 'company_admin') seen.set(m.organisation.id, m.organisation.name);
    return [...seen].map(([id, name]) => ({ id, name }));
  });
  protected readonly chosenId = signal<string | null>(null);
  protected readonly companyId = computed(() => {
    const all = this.companies();
    return all.find((c) => c.id === this.chosenId())?.id ?? all[0]?.id ?? null;
  });
  protected readonly query = loadOnChange(
    () => this.companyId(),
    (id) => this.service.programmes(id),
  );

  private readonly seatPools = inject(SeatPoolsService);
  /** The seat pools her company offers, by session (a refusal to read them leaves the lists empty). */
  protected readonly pools = loadOnChange(
    () => this.companyId(),
    (id) => this.seatPools.offeredBy(id),
  );

  /** Her choice per course before she saves it. */
  private readonly choices = signal<Record<string, CourseVisibility>>({});
  protected readonly saving = signal<string | null>(null);
  protected readonly notices = signal<Record<string, string>>({});
  protected readonly errors = signal<Record<string, string>>({});

  protected provides(p: Programme): boolean {
    return p.provider.id === this.companyId();
  }

  protected choiceOf(p: Programme): CourseVisibility {
    return this.choices()[p.id] ?? p.visibility;
  }

  protected choose(p: Programme, scope: CourseVisibility): void {
    this.choices.update((all) => ({ ...all, [p.id]: scope }));
    this.notices.update((all) => ({ ...all, [p.id]: '' }));
  }

  async save(p: Programme): Promise<void> {
    const scope = this.choiceOf(p);
    this.saving.set(p.id);
    this.errors.update((all) => ({ ...all, [p.id]: '' }));
    this.notices.update((all) => ({ ...all, [p.id]: '' }));
    try {
      const visibility = await this.service.share(p.id, scope);
      this.query.update((all) => all.map((c) => (c.id === p.id ? { ...c, visibility } : c)));
      const message = this.i18n.t('companies.programmes.saved', {
        title: p.title,
        scope: this.i18n.t(this.scopeKey(visibility)),
      });
      this.notices.update((all) => ({ ...all, [p.id]: message }));
    } catch (error) {
      this.errors.update((all) => ({ ...all, [p.id]: appErrorText(error, this.i18n) }));
    } finally {
      this.saving.set(null);
    }
  }

  protected poolsOf(sessionId: string): SeatPool[] {
    return (this.pools.data() ?? []).filter((p) => p.sessionId === sessionId);
  }

  protected poolChanged(pool: SeatPool): void {
    this.pools.update((all) =>
      all.some((p) => p.id === pool.id) ? all.map((p) => (p.id === pool.id ? pool : p)) : [...all, pool],
    );
  }

  protected currentText(p: Programme): string {
    return this.i18n.t('companies.programmes.current', { scope: this.i18n.t(this.scopeKey(p.visibility)) });
  }

  protected scopeKey(scope: CourseVisibility): TranslationKey {
    return `companies.programmes.scope.${scope}`;
  }

  protected hintKey(scope: CourseVisibility): TranslationKey {
    return `companies.programmes.scopeHint.${scope}`;
  }

  protected courseLink(id: string): string {
    return CATALOGUE_PATHS.course.link({ id });
  }

  protected taken(s: ProgrammeSession): number {
    return Math.max(0, s.capacity - s.seatsLeft);
  }

  protected when(s: ProgrammeSession): string {
    const first = [...s.meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
    return first
      ? formatDateTime(first.startsAt, this.i18n.locale())
      : this.i18n.t('companies.programmes.noDate');
  }
}
