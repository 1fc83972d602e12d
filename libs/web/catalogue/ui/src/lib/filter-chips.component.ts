import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  untracked,
} from '@angular/core';
import { TranslatePipe } from '@tsunagu/web/shared/util';

export interface FilterChip {
  key: string;
  label: string;
}

/**
 * The chosen filters as chips, each a button that removes its filter ("託児ありの条件を外す"). After a
 * removal focus stays in the chips (the one now in its place, or the last), or goes to `fallback` when
 * none is left, so a keyboard user never lands at the top of the page.
 */
@Component({
  selector: 'tsu-filter-chips',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      list-style: none;
      margin: 0.75rem 0 0;
      padding: 0;
    }
    button {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-height: var(--tsu-touch);
      padding: 0.25rem 0.75rem;
      border-radius: 999px;
      border: 1px solid var(--tsu-primary);
      background: var(--tsu-info-bg);
      color: var(--tsu-primary-hover);
      font: inherit;
      font-size: 0.9375rem;
      font-weight: 700;
      cursor: pointer;
    }
    button:hover {
      background: var(--tsu-surface);
    }
    .x {
      font-size: 1.125rem;
      line-height: 1;
    }
    /* The × is drawn, not written: the button's visible text stays exactly what its name contains. */
    .x::before {
      content: '×';
    }
  `,
  template: `
    @if (chips().length) {
      <ul [attr.aria-label]="'filters.active' | t" data-testid="catalogue-chips">
        @for (chip of chips(); track chip.key; let i = $index) {
          <li>
            <button
              type="button"
              [attr.aria-label]="'filters.remove' | t: { label: chip.label }"
              (click)="remove(chip, i)"
              [attr.data-testid]="'chip-' + chip.key"
            >
              <span>{{ chip.label }}</span><span class="x" aria-hidden="true"></span>
            </button>
          </li>
        }
      </ul>
    }
  `,
})
export class FilterChipsComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly chips = input.required<FilterChip[]>();
  /** Where focus goes once the last chip is removed. */
  readonly fallback = input<HTMLElement | null>(null);
  readonly removed = output<string>();

  private refocusAt: number | null = null;

  constructor() {
    effect(() => {
      this.chips();
      const index = untracked(() => this.refocusAt);
      if (index === null) return;
      this.refocusAt = null;
      afterNextRender(
        () => {
          const buttons = this.host.nativeElement.querySelectorAll<HTMLButtonElement>('button');
          const next = buttons[Math.min(index, buttons.length - 1)];
          (next ?? this.fallback())?.focus();
        },
        { injector: this.injector },
      );
    });
  }

  protected remove(chip: FilterChip, index: number): void {
    this.refocusAt = index;
    this.removed.emit(chip.key);
  }
}
