import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { I18nService, TranslatePipe } from '@tsunagu/web/shared/util';

export interface OrganisationOption {
  id: string;
  name: string;
}

/**
 * The organisations that run a course with its provider (共催), as a group of checkboxes. Read-only
 * (a list) for those who may not change it: only the provider's side names co-organisers.
 */
@Component({
  selector: 'tsu-co-organisers-field',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    fieldset {
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 0.75rem 1rem;
      margin: 0;
    }
    legend {
      font-weight: 700;
      padding: 0 0.25rem;
    }
    .options {
      list-style: none;
      margin: 0;
      padding: 0;
      max-height: 16rem;
      overflow-y: auto;
    }
    label {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: var(--tsu-touch);
    }
    input {
      width: 1.25rem;
      height: 1.25rem;
      flex: none;
    }
    .chosen {
      margin: 0 0 0.5rem;
      font-weight: 700;
    }
    .hint {
      color: var(--tsu-muted);
      margin: 0 0 0.5rem;
    }
  `,
  template: `
    <fieldset data-testid="co-organisers">
      <legend>{{ 'courseEditor.coOrganisers.legend' | t }}</legend>
      <p class="hint" id="co-organisers-hint">
        {{ (editable() ? 'courseEditor.coOrganisers.hint' : 'courseEditor.coOrganisers.readOnly') | t }}
      </p>
      @if (editable()) {
        <!-- The list scrolls: what she has chosen is named above it, so none hides below the fold. -->
        <p class="chosen" data-testid="co-organisers-chosen">
          {{
            'courseEditor.coOrganisers.chosen'
              | t: { names: named().length ? namedText() : ('courseEditor.coOrganisers.noneChosen' | t) }
          }}
        </p>
        <ul class="options" aria-describedby="co-organisers-hint">
          @for (o of choices(); track o.id) {
            <li>
              <label>
                <input
                  type="checkbox"
                  [checked]="selected().includes(o.id)"
                  (change)="toggle(o.id, $any($event.target).checked)"
                  [attr.data-testid]="'co-organiser-' + o.id"
                />
                {{ o.name }}
              </label>
            </li>
          }
        </ul>
      } @else if (named().length) {
        <ul data-testid="co-organisers-list">
          @for (o of named(); track o.id) {
            <li>{{ o.name }}</li>
          }
        </ul>
      } @else {
        <p>{{ 'courseEditor.coOrganisers.none' | t }}</p>
      }
    </fieldset>
  `,
})
export class CoOrganisersFieldComponent {
  readonly organisations = input.required<readonly OrganisationOption[]>();
  /** The provider cannot also be a co-organiser. */
  readonly providerId = input<string | null>(null);
  readonly selected = input.required<readonly string[]>();
  readonly editable = input(true);
  readonly selectedChange = output<string[]>();

  protected readonly choices = computed(() => this.organisations().filter((o) => o.id !== this.providerId()));
  protected readonly named = computed(() => {
    const byId = new Map(this.organisations().map((o) => [o.id, o]));
    return this.selected().flatMap((id) => byId.get(id) ?? []);
  });

  private readonly i18n = inject(I18nService);
  protected readonly namedText = computed(() =>
    this.named()
      .map((o) => o.name)
      .join(this.i18n.locale() === 'ja' ? '、' : ', '),
  );

  protected toggle(id: string, checked: boolean): void {
    const rest = this.selected().filter((s) => s !== id);
    this.selectedChange.emit(checked ? [...rest, id] : rest);
  }
}
