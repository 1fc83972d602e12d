import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { matchesName, type RosterEntry } from '@tsunagu/web/enrolment/data-access';
import type { AttendanceStatus } from '@tsunagu/web/shared/data-access';
import {
  CardComponent,
  EmptyStateComponent,
  FormFieldComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { formatPersonName, TranslatePipe } from '@tsunagu/web/shared/util';

/** Her state at one meeting, in words: attended, no-show, or not yet received. */
export function attendanceStateKey(state: AttendanceStatus | null) {
  return state === 'attended'
    ? ('enrolment.checkIn.stateAttended' as const)
    : state === 'no_show'
      ? ('enrolment.checkIn.stateNoShow' as const)
      : ('enrolment.checkIn.stateNone' as const);
}

/**
 * The check-in desk's list: find a participant by name (さとう finds 佐藤) and mark her present or absent
 * at the chosen meeting by hand. The page sends the mark (`marked`) and keeps the list current.
 */
@Component({
  selector: 'tsu-check-in-people',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    CardComponent,
    EmptyStateComponent,
    FormFieldComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The card is the grid's item, as it was before it moved here.
  host: { style: 'display: contents' },
  styles: `
    .people {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .people > li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--tsu-border-soft);
    }
    .people .name {
      flex: 1 1 10rem;
      font-weight: 700;
    }
    .people .kana {
      display: block;
      font-weight: 400;
      font-size: 0.875rem;
      color: var(--tsu-muted);
    }
    .mark {
      display: flex;
      gap: 0.5rem;
    }
    .state {
      min-width: 5rem;
    }
  `,
  template: `
    <tsu-card [heading]="'enrolment.checkIn.searchTitle' | t">
      <tsu-form-field
        fieldId="check-in-search"
        [label]="'enrolment.checkIn.search' | t"
        [hint]="'enrolment.checkIn.searchHint' | t"
      >
        <input
          tsuInput
          type="search"
          autocomplete="off"
          [formControl]="query"
          data-testid="check-in-search"
        />
      </tsu-form-field>
      <p class="tsu-field__hint" aria-live="polite">
        {{ 'enrolment.checkIn.counts' | t: { attended: attendedCount(), total: participants().length } }}
      </p>
      @if (found().length === 0) {
        <tsu-empty-state [message]="'enrolment.checkIn.nobody' | t" />
      } @else {
        <ul class="people" data-testid="check-in-people">
          @for (e of found(); track e.id) {
            <li [attr.data-testid]="'person-' + e.id">
              <span class="name">
                {{ name(e) }}
                <span class="kana">{{ e.learner.familyNameKana }} {{ e.learner.givenNameKana }}</span>
              </span>
              <span class="state" [attr.data-testid]="'person-state-' + e.id">{{ stateKey(e) | t }}</span>
              <span class="mark">
                <button
                  type="button"
                  class="tsu-button"
                  [attr.aria-pressed]="stateOf(e) === 'attended'"
                  [attr.aria-label]="('enrolment.checkIn.attended' | t) + ': ' + name(e)"
                  (click)="marked.emit({ entry: e, status: 'attended' })"
                  [disabled]="locked()"
                  data-testid="mark-attended"
                >
                  {{ 'enrolment.checkIn.attended' | t }}
                </button>
                <button
                  type="button"
                  class="tsu-button tsu-button--secondary"
                  [attr.aria-pressed]="stateOf(e) === 'no_show'"
                  [attr.aria-label]="('enrolment.checkIn.noShow' | t) + ': ' + name(e)"
                  (click)="marked.emit({ entry: e, status: 'no_show' })"
                  [disabled]="locked()"
                  data-testid="mark-no-show"
                >
                  {{ 'enrolment.checkIn.noShow' | t }}
                </button>
              </span>
            </li>
          }
        </ul>
      }
    </tsu-card>
  `,
})
export class CheckInPeopleComponent {
  /** Confirmed and completed participants, in kana order. */
  readonly participants = input.required<readonly RosterEntry[]>();
  readonly meetingId = input.required<string>();
  /** While a mark is being sent, or before attendance opens. */
  readonly locked = input(false);
  readonly marked = output<{ entry: RosterEntry; status: AttendanceStatus }>();

  protected readonly query = new FormControl('', { nonNullable: true });
  private readonly queryText = toSignal(this.query.valueChanges, { initialValue: '' });
  protected readonly found = computed(() =>
    this.participants().filter((e) => matchesName(e, this.queryText())),
  );
  protected readonly attendedCount = computed(
    () => this.participants().filter((e) => this.stateOf(e) === 'attended').length,
  );

  protected name(e: RosterEntry): string {
    return formatPersonName(e.learner);
  }

  protected stateOf(e: RosterEntry): AttendanceStatus | null {
    return e.attendance.find((a) => a.meetingId === this.meetingId())?.status ?? null;
  }

  protected stateKey(e: RosterEntry) {
    return attendanceStateKey(this.stateOf(e));
  }
}
