import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  SeatPoolsService,
  type NominationCandidate,
  type SeatPoolOffer,
} from '@tsunagu/web/company-groups/data-access';
import { appErrorText, loadOnChange } from '@tsunagu/web/shared/data-access';
import { AlertComponent, CardComponent } from '@tsunagu/web/shared/ui';
import { formatDateTime, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';

interface Offers {
  offers: SeatPoolOffer[];
  candidates: NominationCandidate[];
}

/**
 * On her company's page (issue 11 part 4): the seats other companies of its company groups offer to it,
 * with what is left for it and its nominations; she nominates an active employee (the API checks her
 * consent and whether she already has a place, and answers in its words) or withdraws a pending one.
 * Shown only while some pool is offered to the company.
 */
@Component({
  selector: 'tsu-seats-offered',
  imports: [TranslatePipe, AlertComponent, CardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ul {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0;
      display: grid;
      gap: 0.5rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    tsu-alert {
      margin-bottom: 1rem;
    }
  `,
  template: `
    @if (offers().length > 0) {
      <section data-testid="seats-offered" aria-labelledby="seats-offered-title">
        <h2 id="seats-offered-title">{{ 'companies.seats.title' | t }}</h2>
        @if (error(); as message) {
          <tsu-alert kind="error" tabindex="-1" data-testid="seats-error">{{ message }}</tsu-alert>
        }
        @for (o of offers(); track o.pool.id) {
          <tsu-card [attr.data-testid]="'seat-pool-' + o.pool.id">
            <h3>{{ o.pool.courseTitle }}</h3>
            <p>
              {{
                'companies.seats.offeredBy'
                  | t: { company: o.pool.offeringCompanyName, date: dateTime(o.pool.closesAt) }
              }}
            </p>
            <p data-testid="seats-left">{{ 'companies.seats.left' | t: { count: o.seatsLeftForUs } }}</p>
            @if (o.nominations.length > 0) {
              <ul>
                @for (n of o.nominations; track n.id) {
                  <li class="row" [attr.data-testid]="'seat-nomination-' + n.id">
                    <span>{{ n.familyName }} {{ n.givenName }}</span>
                    <span>{{ statusKey(n.status) | t }}</span>
                    @if (n.status === 'nominated' && o.pool.status === 'open') {
                      <button
                        type="button"
                        class="tsu-button tsu-button--secondary"
                        [disabled]="busy()"
                        (click)="withdraw(n.id)"
                        data-testid="seat-withdraw"
                      >
                        {{ 'companies.seats.withdraw' | t }}
                      </button>
                    }
                  </li>
                }
              </ul>
            }
            @if (o.seatsLeftForUs > 0 && o.pool.status === 'open' && candidatesFor(o).length === 0) {
              <p class="tsu-field__hint" data-testid="seat-no-candidates">
                {{ 'companies.seats.noCandidates' | t }}
              </p>
            } @else if (o.seatsLeftForUs > 0 && o.pool.status === 'open') {
              <div class="row">
                <label class="tsu-field__label" [for]="'nominee-' + o.pool.id">{{
                  'companies.seats.employee' | t
                }}</label>
                <select #nominee class="tsu-input" [id]="'nominee-' + o.pool.id" data-testid="seat-nominee">
                  @for (e of candidatesFor(o); track e.userId) {
                    <option [value]="e.userId">{{ e.familyName }} {{ e.givenName }}</option>
                  }
                </select>
                <button
                  type="button"
                  class="tsu-button"
                  [disabled]="busy()"
                  (click)="nominate(o.pool.id, nominee.value)"
                  data-testid="seat-nominate"
                >
                  {{ 'companies.seats.nominate' | t }}
                </button>
              </div>
            }
          </tsu-card>
        }
      </section>
    }
  `,
})
export class SeatsOfferedComponent {
  readonly organisationId = input.required<string>();
  private readonly service = inject(SeatPoolsService);
  private readonly i18n = inject(I18nService);

  protected readonly query = loadOnChange(
    () => this.organisationId(),
    async (organisationId): Promise<Offers> => {
      const [offers, candidates] = await Promise.all([
        this.service.offeredTo(organisationId),
        this.service.candidates(organisationId),
      ]);
      return { offers, candidates };
    },
  );
  protected readonly offers = computed(() => this.query.data()?.offers ?? []);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  protected statusKey(status: string) {
    return `companies.seats.status.${status as 'nominated'}` as const;
  }

  /**
   * Her active employees who let the company nominate them and have no live nomination in this pool
   * (the API refuses the others anyway: here she is not offered them).
   */
  protected candidatesFor(o: SeatPoolOffer): NominationCandidate[] {
    const taken = new Set(
      o.nominations.filter((n) => n.status === 'nominated' || n.status === 'accepted').map((n) => n.userId),
    );
    return (this.query.data()?.candidates ?? []).filter((c) => c.allowsNomination && !taken.has(c.userId));
  }

  protected nominate(poolId: string, userId: string): Promise<void> {
    return this.act(() => this.service.nominate(poolId, this.organisationId(), userId));
  }

  protected withdraw(id: string): Promise<void> {
    return this.act(() => this.service.withdraw(id));
  }

  private async act(send: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await send();
      await this.query.reload();
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
    } finally {
      this.busy.set(false);
    }
  }
}
