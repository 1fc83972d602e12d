import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { SeatPoolsService, type SeatPool, type SeatPoolPeer } from '@tsunagu/web/company-groups/data-access';
import { appErrorText, FormSupport } from '@tsunagu/web/shared/data-access';
import {
  FormFieldComponent,
  PageNoticesComponent,
  TsuInputDirective,
  TsuRadioDirective,
  TsuRadioGroupDirective,
} from '@tsunagu/web/shared/ui';
import { formatDateTime, I18nService, tokyoLocalToIso, TranslatePipe } from '@tsunagu/web/shared/util';
import { allocationsSum, fitAllocations, offerInput, seatPoolForm, sentFieldsToForm } from './seat-pool-form';

/**
 * Under one session of a course her company provides (issue 11 part 4): the seat pools it offers to its
 * company groups (seats, taken, accepted, each company's share when split, with "close early") and a small
 * form to offer more: first come, or per company (a number for each other current member company of her
 * groups, adding up to the seats). The API checks the seats left and the deadline and answers in its words, at the field
 * or in the alert; what was done is said in the live region.
 */
@Component({
  selector: 'tsu-session-seat-pools',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    FormFieldComponent,
    PageNoticesComponent,
    TsuInputDirective,
    TsuRadioDirective,
    TsuRadioGroupDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ul {
      list-style: none;
      padding: 0;
      margin: 0.25rem 0;
    }
    .shares {
      flex-basis: 100%;
      margin: 0 0 0 1rem;
      list-style: disc;
    }
    .shares li {
      display: list-item;
    }
    .allocations {
      display: grid;
      gap: 0.5rem;
    }
    .group-error {
      margin: 0.25rem 0 0;
      color: var(--tsu-error);
      font-weight: 500;
    }
    .group-error::before {
      content: '⚠ ';
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
              @if (p.allocation === 'per_company') {
                <ul class="shares" [attr.aria-label]="'companies.programmes.pools.sharesList' | t">
                  @for (share of p.shares; track share.organisationId) {
                    <li data-testid="pool-share">
                      {{
                        'companies.programmes.pools.share'
                          | t
                            : {
                                company: share.companyName,
                                seats: share.seats ?? 0,
                                taken: share.takenCount,
                                accepted: share.acceptedCount,
                              }
                      }}
                    </li>
                  }
                </ul>
              }
              @if (p.participants.length > 0) {
                <ul class="shares" [attr.aria-label]="'companies.programmes.pools.participantsList' | t">
                  @for (person of p.participants; track $index) {
                    <li data-testid="pool-participant">
                      {{
                        'companies.programmes.pools.participant'
                          | t
                            : {
                                name: person.familyName + ' ' + person.givenName,
                                company: person.companyName,
                              }
                      }}
                    </li>
                  }
                </ul>
              }
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
          </div>
          <fieldset
            class="tsu-fieldset"
            [tsuRadioGroup]="'pool-allocation-' + sessionId()"
            data-testid="pool-allocation"
          >
            <legend>{{ 'companies.programmes.pools.allocation' | t }}</legend>
            <label class="tsu-choice">
              <input
                type="radio"
                tsuRadio
                value="first_come"
                formControlName="allocation"
                data-testid="pool-allocation-first_come"
              />
              {{ 'companies.programmes.pools.firstCome' | t }}
            </label>
            <label class="tsu-choice">
              <input
                type="radio"
                tsuRadio
                value="per_company"
                formControlName="allocation"
                data-testid="pool-allocation-per_company"
              />
              {{ 'companies.programmes.pools.perCompany' | t }}
            </label>
          </fieldset>
          @if (perCompany()) {
            <fieldset class="tsu-fieldset" data-testid="pool-allocations">
              <legend>{{ 'companies.programmes.pools.allocations' | t }}</legend>
              @if (peersError(); as message) {
                <p class="group-error" data-testid="pool-peers-error">{{ message }}</p>
              } @else if (peers() === null) {
                <p role="status">{{ 'companies.programmes.pools.loadingPeers' | t }}</p>
              } @else if (peers()?.length === 0) {
                <p data-testid="pool-no-peers">{{ 'companies.programmes.pools.noPeers' | t }}</p>
              } @else {
                <div class="allocations" formArrayName="allocations">
                  @for (row of form.controls.allocations.controls; track row; let i = $index) {
                    <tsu-form-field
                      [formGroupName]="i"
                      [fieldId]="'pool-' + sessionId() + '-share-' + i"
                      [label]="row.controls.name.value"
                      [error]="f.error(row.controls.seats) ?? f.error(row.controls.organisationId)"
                    >
                      <input
                        tsuInput
                        type="number"
                        min="0"
                        max="500"
                        inputmode="numeric"
                        formControlName="seats"
                        [attr.data-testid]="'pool-share-' + i"
                      />
                    </tsu-form-field>
                  }
                </div>
                <p class="tsu-field__hint" aria-live="polite" data-testid="pool-sum">
                  {{ 'companies.programmes.pools.sum' | t: { sum: sum(), seats: seatsWanted() } }}
                </p>
                @if (sumError(); as message) {
                  <p class="group-error" data-testid="pool-sum-error">{{ message }}</p>
                }
              }
            </fieldset>
          }
          <div class="offer">
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
  /** Her company, which offers: its peers are the companies a per-company offer names. */
  readonly organisationId = input.required<string>();
  readonly pools = input<SeatPool[]>([]);
  /** A pool offered or closed: the page puts it in its list. */
  readonly changed = output<SeatPool>();
  private readonly service = inject(SeatPoolsService);
  private readonly i18n = inject(I18nService);

  protected readonly form = seatPoolForm();
  protected readonly f = new FormSupport(this.form);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** The other current member companies of her groups: read once, when she first splits per company. */
  protected readonly peers = signal<SeatPoolPeer[] | null>(null);
  protected readonly peersError = signal<string | null>(null);

  protected readonly perCompany = computed(() => {
    this.f.changes();
    return this.form.controls.allocation.value === 'per_company';
  });
  protected readonly sum = computed(() => {
    this.f.changes();
    return allocationsSum(this.form);
  });
  protected readonly seatsWanted = computed(() => {
    this.f.changes();
    return Number(this.form.controls.seats.value ?? 0) || 0;
  });
  /** The sum that does not match (ours, once she tried to send) or the API's words for it. */
  protected readonly sumError = computed(() => {
    this.f.changes();
    const control = this.form.controls.allocations;
    const server = control.errors?.['server'];
    if (typeof server === 'string') return server;
    if (!control.errors?.['sum'] || !this.f.submitted()) return null;
    return this.i18n.t('companies.programmes.pools.sumMismatch', {
      sum: this.sum(),
      seats: this.seatsWanted(),
    });
  });

  constructor() {
    this.form.controls.allocation.valueChanges.subscribe((value) => {
      if (value === 'per_company') void this.loadPeers();
    });
  }

  private async loadPeers(): Promise<void> {
    if (this.peers() !== null) return;
    this.peersError.set(null);
    try {
      const peers = await this.service.peers(this.organisationId());
      fitAllocations(this.form, peers);
      this.peers.set(peers);
    } catch (e) {
      this.peersError.set(appErrorText(e, this.i18n));
    }
  }

  async offer(): Promise<void> {
    this.notice.set(null);
    this.error.set(null);
    this.form.controls.allocations.updateValueAndValidity();
    if (!this.f.start()) return;
    const { input, sentRows } = offerInput(this.form, this.sessionId(), (v) => tokyoLocalToIso(v) ?? v);
    this.f.pending.set(true);
    let pool: SeatPool;
    try {
      pool = await this.service.offer(input);
    } catch (e) {
      this.f.fail(sentFieldsToForm(e, sentRows));
      return;
    } finally {
      this.f.pending.set(false);
    }
    this.f.reset();
    this.form.reset({ allocation: 'first_come', seats: null, closesAt: '' });
    fitAllocations(this.form, this.peers() ?? []);
    this.changed.emit(pool);
    this.notice.set(
      this.i18n.t(
        pool.allocation === 'per_company'
          ? 'companies.programmes.pools.offeredPerCompany'
          : 'companies.programmes.pools.offered',
        { seats: pool.seats },
      ),
    );
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
