import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { LIMITS } from '@tsunagu/shared/domain';
import {
  CATALOGUE_FORMATS,
  CATALOGUE_PAGE_SIZE,
  CatalogueService,
  COURSE_CATEGORIES,
  paramsFromQuery,
  queryFromParams,
  upcomingMonths,
  type CatalogueItem,
  type CatalogueQuery,
} from '@tsunagu/web/catalogue/data-access';
import { FilterChipsComponent, SeminarCardComponent } from '@tsunagu/web/catalogue/ui';
import { toAppError, type AppError } from '@tsunagu/web/shared/data-access';
import {
  EmptyStateComponent,
  focusElement,
  focusIfLost,
  FormFieldComponent,
  LoadErrorComponent,
  LoadingStatusComponent,
  TsuBusyDirective,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';
import { map } from 'rxjs';

type ChipKey = 'q' | 'category' | 'month' | 'format' | 'childcare' | 'seats';

/** The public catalogue at /seminars: search and filters live in the URL, so results can be shared. */
@Component({
  selector: 'tsu-catalogue-page',
  imports: [
    TranslatePipe,
    EmptyStateComponent,
    FormFieldComponent,
    LoadErrorComponent,
    LoadingStatusComponent,
    TsuBusyDirective,
    TsuInputDirective,
    FilterChipsComponent,
    SeminarCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .filters {
      background: var(--tsu-surface);
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 1rem;
      margin-bottom: 1.25rem;
    }
    .search {
      display: flex;
      gap: 0.5rem;
      align-items: flex-end;
    }
    .search tsu-form-field {
      flex: 1;
    }
    .selects {
      display: grid;
      gap: 0.75rem;
      margin-top: 0.75rem;
    }
    .filter-bar {
      margin-top: 0.75rem;
    }
    .filter-toggle::after {
      content: '▾';
      margin-left: 0.5rem;
    }
    .filter-toggle[aria-expanded='true']::after {
      content: '▴';
    }
    .checks {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5rem;
      margin-top: 0.5rem;
    }
    @media (min-width: 48rem) {
      .selects {
        grid-template-columns: repeat(3, minmax(0, 1fr));
      }
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.75rem;
    }
    .summary h2 {
      margin: 0;
      font-size: 1.0625rem;
    }
    .results {
      list-style: none;
      padding: 0;
    }
    .pager {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="catalogue-page">
      <h1>{{ 'catalogue.title' | t }}</h1>
      <p class="tsu-lead">{{ 'catalogue.lead' | t }}</p>

      <form
        class="filters"
        role="search"
        (submit)="$event.preventDefault(); search()"
        data-testid="catalogue-filters"
      >
        <div class="search">
          <tsu-form-field
            fieldId="catalogue-q"
            [label]="'catalogue.search' | t"
            [hint]="'catalogue.searchHint' | t"
          >
            <input
              tsuInput
              type="search"
              enterkeyhint="search"
              [attr.maxlength]="searchMax"
              [value]="query().q"
              (input)="draftQ.set($any($event.target).value)"
              data-testid="catalogue-search"
            />
          </tsu-form-field>
          <button type="submit" class="tsu-button" data-testid="catalogue-search-submit">
            {{ 'catalogue.searchSubmit' | t }}
          </button>
        </div>
        <div class="filter-bar">
          <button
            #toggleButton
            type="button"
            class="tsu-button tsu-button--secondary filter-toggle"
            [attr.aria-expanded]="filtersOpen()"
            aria-controls="catalogue-filter-panel"
            (click)="filtersOpen.set(!filtersOpen())"
            data-testid="catalogue-filters-toggle"
          >
            {{
              activeCount()
                ? ('filters.toggleCount' | t: { count: activeCount() })
                : ('catalogue.filtersToggle' | t)
            }}
          </button>
        </div>
        <tsu-filter-chips [chips]="chips()" [fallback]="toggleButton" (removed)="removeChip($any($event))" />
        <div id="catalogue-filter-panel" [hidden]="!filtersOpen()" data-testid="catalogue-filter-panel">
          <div class="selects">
            <tsu-form-field fieldId="catalogue-category" [label]="'catalogue.category' | t">
              <select
                tsuInput
                (change)="set({ category: $any($event.target).value || null })"
                data-testid="catalogue-category"
              >
                <option value="" [selected]="!query().category">{{ 'catalogue.anyCategory' | t }}</option>
                @for (c of categories; track c) {
                  <option [value]="c" [selected]="query().category === c">{{ categoryKey(c) | t }}</option>
                }
              </select>
            </tsu-form-field>
            <tsu-form-field fieldId="catalogue-month" [label]="'catalogue.month' | t">
              <select
                tsuInput
                (change)="set({ month: $any($event.target).value || null })"
                data-testid="catalogue-month"
              >
                <option value="" [selected]="!query().month">{{ 'catalogue.anyMonth' | t }}</option>
                @for (m of months(); track m.value) {
                  <option [value]="m.value" [selected]="query().month === m.value">{{ m.label }}</option>
                }
              </select>
            </tsu-form-field>
            <tsu-form-field fieldId="catalogue-format" [label]="'catalogue.format' | t">
              <select
                tsuInput
                (change)="set({ format: $any($event.target).value || null })"
                data-testid="catalogue-format"
              >
                <option value="" [selected]="!query().format">{{ 'catalogue.anyFormat' | t }}</option>
                @for (f of formats; track f) {
                  <option [value]="f" [selected]="query().format === f">{{ formatKey(f) | t }}</option>
                }
              </select>
            </tsu-form-field>
          </div>
          <div class="checks">
            <label class="tsu-choice">
              <input
                type="checkbox"
                [checked]="query().childcare"
                (change)="set({ childcare: $any($event.target).checked })"
                data-testid="catalogue-childcare"
              />
              {{ 'catalogue.childcareOnly' | t }}
            </label>
            <label class="tsu-choice">
              <input
                type="checkbox"
                [checked]="query().seats"
                (change)="set({ seats: $any($event.target).checked })"
                data-testid="catalogue-seats"
              />
              {{ 'catalogue.seatsOnly' | t }}
            </label>
          </div>
        </div>
      </form>

      <div class="summary">
        <h2 aria-live="polite" tabindex="-1" data-testid="catalogue-count">
          @if (error()) {
            {{ 'loadState.title' | t }}
          } @else if (loaded()) {
            {{ 'catalogue.count' | t: { count: totalCount() } }}
          } @else {
            {{ 'app.loading' | t }}
          }
        </h2>
        @if (filtered()) {
          <button
            type="button"
            class="tsu-button tsu-button--ghost"
            (click)="clear()"
            data-testid="catalogue-clear"
          >
            {{ 'catalogue.clear' | t }}
          </button>
        }
      </div>

      <!-- While new results load, the old ones stay, faded and aria-busy, under this status. -->
      <tsu-loading-status [active]="loading() && loaded()" />
      @if (error(); as e) {
        <tsu-load-error [error]="e" [retrying]="loading()" (retry)="reload()" />
      } @else if (loaded() && items().length === 0) {
        <tsu-empty-state [message]="'catalogue.empty' | t" data-testid="catalogue-empty" />
      } @else {
        <ul class="results tsu-grid tsu-grid--3" [tsuBusy]="loading()" data-testid="catalogue-results">
          @for (item of items(); track item.sessionId) {
            <li><tsu-seminar-card [seminar]="item" /></li>
          }
        </ul>
        @if (pages() > 1) {
          <nav
            class="pager"
            [attr.aria-label]="'catalogue.pageOf' | t: { page: query().page, pages: pages() }"
          >
            <button
              type="button"
              class="tsu-button tsu-button--secondary"
              [disabled]="query().page <= 1"
              (click)="page(query().page - 1)"
            >
              {{ 'catalogue.previous' | t }}
            </button>
            <span>{{ 'catalogue.pageOf' | t: { page: query().page, pages: pages() } }}</span>
            <button
              type="button"
              class="tsu-button tsu-button--secondary"
              [disabled]="query().page >= pages()"
              (click)="page(query().page + 1)"
            >
              {{ 'catalogue.next' | t }}
            </button>
          </nav>
        }
      }
    </div>
  `,
})
export class CataloguePage {
  private readonly service = inject(CatalogueService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18nService);

  protected readonly categories = COURSE_CATEGORIES;
  protected readonly formats = CATALOGUE_FORMATS;
  protected readonly searchMax = LIMITS.catalogue.search.max;

  /** The URL is the single source of truth for the filters. */
  readonly query = toSignal(this.route.queryParams.pipe(map(queryFromParams)), {
    initialValue: queryFromParams(this.route.snapshot.queryParams),
  });
  protected readonly draftQ = signal<string | null>(null);
  protected readonly items = signal<CatalogueItem[]>([]);
  protected readonly totalCount = signal(0);
  protected readonly loaded = signal(false);
  protected readonly loading = signal(false);
  protected readonly error = signal<AppError | null>(null);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  /**
   * What her last action means for focus once its results are in: `results` after a search or a page
   * change (focus goes to their count), `ifLost` after a filter change. Null on the first load and on
   * history navigation, where focus is left where it is.
   */
  private focusAfterLoad: 'results' | 'ifLost' | null = null;
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.totalCount() / CATALOGUE_PAGE_SIZE)));
  protected readonly filtered = computed(() => Object.keys(paramsFromQuery(this.query())).length > 0);
  protected readonly months = computed(() => {
    const format = new Intl.DateTimeFormat(this.i18n.locale() === 'ja' ? 'ja-JP' : 'en-GB', {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    return upcomingMonths(new Date()).map((value) => ({
      value,
      label: format.format(new Date(`${value}-01T00:00:00Z`)),
    }));
  });
  private requestId = 0;

  /**
   * Phones show results on the first screen: the filters wait behind a button, the chosen ones show as
   * removable chips. Wide screens have room for them open.
   */
  protected readonly filtersOpen = signal(
    inject(DOCUMENT).defaultView?.matchMedia?.('(min-width: 48rem)').matches ?? false,
  );
  /** Filters chosen besides the keyword (the button says how many). */
  protected readonly activeCount = computed(() => this.chips().filter((c) => c.key !== 'q').length);
  protected readonly chips = computed<{ key: ChipKey; label: string }[]>(() => {
    const q = this.query();
    this.i18n.locale();
    const chips: { key: ChipKey; label: string }[] = [];
    if (q.q) chips.push({ key: 'q', label: this.i18n.t('filters.keyword', { q: q.q }) });
    if (q.category) chips.push({ key: 'category', label: this.i18n.t(this.categoryKey(q.category)) });
    if (q.month) {
      const label = this.months().find((m) => m.value === q.month)?.label ?? q.month;
      chips.push({ key: 'month', label });
    }
    if (q.format) chips.push({ key: 'format', label: this.i18n.t(this.formatKey(q.format)) });
    if (q.childcare) chips.push({ key: 'childcare', label: this.i18n.t('filters.childcare') });
    if (q.seats) chips.push({ key: 'seats', label: this.i18n.t('filters.seats') });
    return chips;
  });

  constructor() {
    effect(() => void this.load(this.query()));
  }

  protected categoryKey(category: string): TranslationKey {
    return `catalogue.categories.${category}` as TranslationKey;
  }

  protected formatKey(format: string): TranslationKey {
    return `catalogue.formats.${format}` as TranslationKey;
  }

  /** Changes some filters; any change but paging goes back to the first page. */
  set(change: Partial<CatalogueQuery>, resetPage = true): Promise<boolean> {
    const next: CatalogueQuery = { ...this.query(), ...change };
    if (resetPage) next.page = 1;
    this.focusAfterLoad ??= 'ifLost';
    const q = this.draftQ();
    if (q !== null && change.q === undefined) next.q = q;
    return this.router.navigate([], { relativeTo: this.route, queryParams: paramsFromQuery(next) });
  }

  /** Removes one chip's filter (the chips keep keyboard focus among themselves). */
  removeChip(key: ChipKey): Promise<boolean> {
    if (key === 'q') this.draftQ.set(null);
    if (key === 'q') return this.set({ q: '' });
    if (key === 'childcare' || key === 'seats') return this.set({ [key]: false });
    return this.set({ [key]: null });
  }

  search(): Promise<boolean> {
    this.focusAfterLoad = 'results';
    return this.set({ q: this.draftQ() ?? this.query().q });
  }

  /** Paging: the results are the answer, so focus goes to them. */
  page(page: number): Promise<boolean> {
    this.focusAfterLoad = 'results';
    return this.set({ page }, false);
  }

  clear(): Promise<boolean> {
    this.draftQ.set(null);
    this.focusAfterLoad = 'ifLost';
    return this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected reload(): void {
    void this.load(this.query());
  }

  private async load(query: CatalogueQuery): Promise<void> {
    const id = ++this.requestId;
    this.loading.set(true);
    try {
      const result = await this.service.search(query);
      if (id !== this.requestId) return;
      this.items.set(result.items);
      this.totalCount.set(result.totalCount);
      this.error.set(null);
    } catch (error) {
      if (id !== this.requestId) return;
      this.error.set(toAppError(error));
    } finally {
      if (id === this.requestId) {
        this.loaded.set(true);
        this.loading.set(false);
        this.afterResults();
      }
    }
  }

  /**
   * Where focus goes once results are in: to their count (a heading, also announced as it changes)
   * after a search or a page change. After a filter change it stays on the filter, since arrow keys on
   * a select change it at each step, unless the control she used went away (a cleared filter).
   */
  private afterResults(): void {
    const count = () => this.host.querySelector<HTMLElement>('[data-testid="catalogue-count"]');
    const intent = this.focusAfterLoad;
    this.focusAfterLoad = null;
    if (intent === 'ifLost') focusIfLost(this.injector, count);
    if (intent !== 'results') return;
    afterNextRender(
      () => {
        const target = count();
        if (target) focusElement(target, false);
      },
      { injector: this.injector },
    );
  }
}
