import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  model,
  output,
  signal,
} from '@angular/core';
import { LIMITS } from '@tsunagu/shared/domain';
import {
  CATALOGUE_FORMATS,
  COURSE_CATEGORIES,
  upcomingMonths,
  type CatalogueQuery,
} from '@tsunagu/web/catalogue/data-access';
import { FilterChipsComponent } from '@tsunagu/web/catalogue/ui';
import { FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';

export type ChipKey = 'q' | 'category' | 'month' | 'format' | 'childcare' | 'seats';

/**
 * The catalogue's search form: the keyword, the filters (behind a toggle on phones) and the chosen
 * filters as removable chips. The page keeps them in the URL: it hears each change and moves focus.
 */
@Component({
  selector: 'tsu-catalogue-filters',
  imports: [TranslatePipe, FormFieldComponent, TsuInputDirective, FilterChipsComponent],
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
  `,
  template: `
    <form
      class="filters"
      role="search"
      (submit)="$event.preventDefault(); searched.emit()"
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
      <tsu-filter-chips
        [chips]="chips()"
        [fallback]="toggleButton"
        (removed)="chipRemoved.emit($any($event))"
      />
      <div id="catalogue-filter-panel" [hidden]="!filtersOpen()" data-testid="catalogue-filter-panel">
        <div class="selects">
          <tsu-form-field fieldId="catalogue-category" [label]="'catalogue.category' | t">
            <select
              tsuInput
              (change)="changed.emit({ category: $any($event.target).value || null })"
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
              (change)="changed.emit({ month: $any($event.target).value || null })"
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
              (change)="changed.emit({ format: $any($event.target).value || null })"
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
              (change)="changed.emit({ childcare: $any($event.target).checked })"
              data-testid="catalogue-childcare"
            />
            {{ 'catalogue.childcareOnly' | t }}
          </label>
          <label class="tsu-choice">
            <input
              type="checkbox"
              [checked]="query().seats"
              (change)="changed.emit({ seats: $any($event.target).checked })"
              data-testid="catalogue-seats"
            />
            {{ 'catalogue.seatsOnly' | t }}
          </label>
        </div>
      </div>
    </form>
  `,
})
export class CatalogueFiltersComponent {
  private readonly i18n = inject(I18nService);
  protected readonly categories = COURSE_CATEGORIES;
  protected readonly formats = CATALOGUE_FORMATS;
  protected readonly searchMax = LIMITS.catalogue.search.max;

  readonly query = input.required<CatalogueQuery>();
  /** The keyword as typed, not yet searched: a filter change searches it too. */
  readonly draftQ = model<string | null>(null);
  readonly changed = output<Partial<CatalogueQuery>>();
  readonly searched = output<void>();
  readonly chipRemoved = output<ChipKey>();

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

  protected categoryKey(category: string): TranslationKey {
    return `catalogue.categories.${category}` as TranslationKey;
  }

  protected formatKey(format: string): TranslationKey {
    return `catalogue.formats.${format}` as TranslationKey;
  }
}
