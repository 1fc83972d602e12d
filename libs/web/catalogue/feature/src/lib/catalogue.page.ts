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
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import {
  CATALOGUE_PAGE_SIZE,
  CatalogueService,
  paramsFromQuery,
  queryFromParams,
  type CatalogueItem,
  type CatalogueQuery,
} from '@tsunagu/web/catalogue/data-access';
import { SeminarCardComponent } from '@tsunagu/web/catalogue/ui';
import { toAppError, type AppError } from '@tsunagu/web/shared/data-access';
import {
  EmptyStateComponent,
  focusElement,
  focusIfLost,
  LoadErrorComponent,
  LoadingStatusComponent,
  TsuBusyDirective,
} from '@tsunagu/web/shared/ui';
import { I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { map } from 'rxjs';
import { CatalogueFiltersComponent, type ChipKey } from './catalogue-filters.component';

/** The public catalogue at /seminars: search and filters live in the URL, so results can be shared. */
@Component({
  selector: 'tsu-catalogue-page',
  imports: [
    TranslatePipe,
    EmptyStateComponent,
    LoadErrorComponent,
    LoadingStatusComponent,
    TsuBusyDirective,
    CatalogueFiltersComponent,
    SeminarCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
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

      <tsu-catalogue-filters
        [query]="query()"
        [(draftQ)]="draftQ"
        (changed)="set($event)"
        (searched)="search()"
        (chipRemoved)="removeChip($event)"
      />

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
  private requestId = 0;

  constructor() {
    // A new query loads; a language switch (Apollo's links read the locale) does not.
    effect(() => {
      const query = this.query();
      untracked(() => void this.load(query));
    });
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
