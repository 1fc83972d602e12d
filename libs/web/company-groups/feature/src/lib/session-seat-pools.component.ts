import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { SeatPoolsService, type SeatPool } from '@tsunagu/web/company-groups/data-access';
import { appErrorText, FormSupport } from '@tsunagu/web/shared/data-access';
import { FormFieldComponent, PageNoticesComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { formatDateTime, I18nService, tokyoLocalToIso, TranslatePipe } from '@tsunagu/web/shared/util';

/**
 * Under one session of a course her company provides (issue 11 part 4): the seat pools it offers to its
 * company groups (seats, taken, accepted, with "close early") and a small form to offer more, first come
 * first served. The API checks the seats left and the deadline and answers in its words, at the field
 * or in the alert; what was done is said in the live region.
 */
@Component({
  selector: 'tsu-session-seat-pools',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, PageNoticesComponent, TsuInputDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ul {
      list-style: none;
      padding: 0;
      margin: 0.25rem 0;
    }
    li,
    .offer {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: end;
    }
  `,
  template: `
    <div data-testid="session-pools">
      <tsu-page-notices [notice]="notice()" [error]="f.formError() ?? error()" testIdPrefix="pool" />
      @if (pools().length > 0) {
        <ul [attr.aria-label]="'companies.programmes.pools.list' | t">
          @for (p of pools(); track p.id) {
            <li data-testid="session-pool">
              <span>{{
                'companies.programmes.pools.row'
                  | t
                    : {
                        seats: p.seats,
                        taken: p.takenCount,
                        accepted: p.acceptedCount,
                        date: dateTime(p.closesAt),
                      }
              }}</span>
              @if (p.status === 'open') {
                <button
                  type="button"
                  class="tsu-button tsu-button--secondary"
                  [disabled]="busy()"
                  (click)="close(p)"
                  data-testid="pool-close"
                >
                  {{ 'companies.programmes.pools.close' | t }}
                </button>
              } @else {
                <span class="tsu-badge">{{ 'companies.programmes.pools.closed' | t }}</span>
              }
            </li>
          }
        </ul>
      }
      <form [formGroup]="form" (ngSubmit)="offer()" novalidate data-testid="pool-form">
        <fieldset class="tsu-fieldset">
          <legend>{{ 'companies.programmes.pools.legend' | t }}</legend>
          <div class="offer">
            <tsu-form-field
              [fieldId]="'pool-seats-' + sessionId()"
              [label]="'companies.programmes.pools.seats' | t"
              [error]="f.error(form.controls.seats)"
              [required]="true"
            >
              <input
                tsuInput
                type="number"
                min="1"
                max="500"
                inputmode="numeric"
                formControlName="seats"
                data-testid="pool-seats"
              />
            </tsu-form-field>
            <tsu-form-field
              [fieldId]="'pool-closes-' + sessionId()"
              [label]="'companies.programmes.pools.closesAt' | t"
              [hint]="'companies.programmes.pools.closesAtHint' | t"
              [error]="f.error(form.controls.closesAt)"
              [required]="true"
            >
              <input tsuInput type="datetime-local" formControlName="closesAt" data-testid="pool-closes" />
            </tsu-form-field>
            <button type="submit" class="tsu-button" [disabled]="f.pending()" data-testid="pool-offer">
              {{ 'companies.programmes.pools.offer' | t }}
            </button>
          </div>
        </fieldset>
      </form>
    </div>
  `,
})
export class SessionSeatPoolsComponent {
  readonly sessionId = input.required<string>();
  readonly pools = input<SeatPool[]>([]);
  /** A pool offered or closed: the page puts it in its list. */
  readonly changed = output<SeatPool>();
  private readonly service = inject(SeatPoolsService);
  private readonly i18n = inject(I18nService);

  protected readonly form = new FormGroup({
    seats: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(1),
      Validators.max(500),
    ]),
    closesAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly f = new FormSupport(this.form);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  async offer(): Promise<void> {
    this.notice.set(null);
    this.error.set(null);
    if (!this.f.start()) return;
    const { seats, closesAt } = this.form.getRawValue();
    const pool = await this.f.run(() =>
      this.service.offer({
        sessionId: this.sessionId(),
        seats: Number(seats),
        allocation: 'first_come',
        closesAt: tokyoLocalToIso(closesAt) ?? closesAt,
      }),
    );
    if (!pool) return;
    this.f.reset();
    this.form.reset();
    this.changed.emit(pool);
    this.notice.set(this.i18n.t('companies.programmes.pools.offered', { seats: pool.seats }));
  }

  async close(pool: SeatPool): Promise<void> {
    this.notice.set(null);
    this.error.set(null);
    this.busy.set(true);
    try {
      const closed = await this.service.close(pool.id);
      this.changed.emit(closed);
      this.notice.set(this.i18n.t('companies.programmes.pools.closedNotice', { seats: closed.seats }));
    } catch (e) {
      this.error.set(appErrorText(e, this.i18n));
    } finally {
      this.busy.set(false);
    }
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.i18n.locale());
  }
}
