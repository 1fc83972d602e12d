import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { RosterService, type RosterEntry } from '@tsunagu/web/enrolment/data-access';
import { StatusBadgeComponent } from '@tsunagu/web/enrolment/ui';
import { loadOnChange, MutationState } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  ConfirmInlineComponent,
  EmptyStateComponent,
  focusIfLost,
  PageStateComponent,
} from '@tsunagu/web/shared/ui';
import {
  ENROLMENT_PATHS,
  formatAgeMonths,
  formatPersonName,
  I18nService,
  TranslatePipe,
} from '@tsunagu/web/shared/util';
import { childcareStatusKey } from './format';
import { RosterLotteryComponent } from './roster-lottery.component';

const STATUS_ORDER = ['confirmed', 'completed', 'applied', 'waitlisted', 'cancelled'];

/** A session's roster for the organisers: who is in, the waitlist, childcare, answers; exports; the lottery. */
@Component({
  selector: 'tsu-roster-page',
  imports: [
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    PageStateComponent,
    EmptyStateComponent,
    ConfirmInlineComponent,
    StatusBadgeComponent,
    RosterLotteryComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    tsu-alert {
      margin-bottom: 1rem;
    }
    .stats {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin: 0 0 1rem;
      padding: 0;
      list-style: none;
    }
    .entries {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .entries > li {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--tsu-border-soft);
    }
    .entries > li:last-child {
      border-bottom: none;
    }
    .who {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    .who h3 {
      margin: 0;
    }
    .kana {
      color: var(--tsu-muted);
      font-size: 0.875rem;
    }
    .details {
      margin: 0.25rem 0 0;
      font-size: 0.9375rem;
    }
    .details dt {
      font-weight: 700;
    }
    .details dd {
      margin: 0 0 0.25rem;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="roster-page">
      <p>
        <a [routerLink]="paths.staffSessions.link()">{{ 'enrolment.staff.back' | t }}</a>
      </p>
      <h1>{{ 'enrolment.roster.title' | t }}</h1>
      <tsu-page-state
        [loading]="!session()"
        [retrying]="roster.loading()"
        [error]="roster.error()"
        (retry)="roster.reload()"
      />
      @if (session(); as s) {
        <p class="tsu-lead" data-testid="roster-session">{{ s.course.title }} — {{ s.title }}</p>
        <ul class="stats" data-testid="roster-stats">
          <li>
            {{ 'enrolment.staff.seats' | t: { confirmed: s.capacity - s.seatsLeft, capacity: s.capacity } }}
          </li>
          @if (s.childcareCapacity > 0) {
            <li>
              {{
                'enrolment.roster.childcareSeats'
                  | t: { used: s.childcareCapacity - s.childcareSeatsLeft, capacity: s.childcareCapacity }
              }}
            </li>
          }
          <li>{{ 'enrolment.roster.waitlistCount' | t: { n: count('waitlisted') } }}</li>
          @if (s.registrationMode === 'lottery') {
            <li>{{ 'enrolment.roster.appliedCount' | t: { n: count('applied') } }}</li>
          }
        </ul>

        @if (notice(); as message) {
          <tsu-alert kind="success" tabindex="-1" data-testid="roster-notice">{{ message }}</tsu-alert>
        }
        @if (actionError(); as message) {
          <tsu-alert kind="error" tabindex="-1" data-testid="roster-error">{{ message }}</tsu-alert>
        }

        <div class="tsu-grid tsu-grid--2">
          <tsu-card [heading]="'enrolment.roster.exportTitle' | t">
            <p>{{ 'enrolment.roster.exportLead' | t }}</p>
            <div class="tsu-actions">
              <button
                type="button"
                class="tsu-button"
                (click)="exportAs('csv')"
                [disabled]="busy()"
                data-testid="export-csv"
              >
                {{ 'enrolment.roster.csv' | t }}
              </button>
              <button
                type="button"
                class="tsu-button tsu-button--secondary"
                (click)="exportAs('xlsx')"
                [disabled]="busy()"
                data-testid="export-xlsx"
              >
                {{ 'enrolment.roster.xlsx' | t }}
              </button>
            </div>
            <p class="tsu-actions">
              <a [routerLink]="paths.checkIn.link({ id: s.id })" data-testid="to-check-in">{{
                'enrolment.checkIn.title' | t
              }}</a>
            </p>
          </tsu-card>

          @if (s.registrationMode === 'lottery') {
            <tsu-roster-lottery
              [session]="s"
              [appliedCount]="count('applied')"
              [busy]="busy()"
              (draw)="draw()"
            />
          }
        </div>

        <tsu-card [heading]="'enrolment.roster.listTitle' | t">
          @if (entries().length === 0) {
            <tsu-empty-state [message]="'enrolment.roster.empty' | t" />
          } @else {
            <ul class="entries" data-testid="roster-list">
              @for (e of sorted(); track e.id) {
                <li [attr.data-testid]="'roster-entry-' + e.id">
                  <div class="who">
                    <h3>{{ name(e) }}</h3>
                    <span class="kana">{{ e.learner.familyNameKana }} {{ e.learner.givenNameKana }}</span>
                    <tsu-status-badge [status]="e.status" />
                    @if (e.status === 'waitlisted' && e.waitlistPosition) {
                      <span>{{ 'enrolment.my.position' | t: { position: e.waitlistPosition } }}</span>
                    }
                    @if (e.drawOrder) {
                      <span>{{ 'enrolment.roster.drawOrder' | t: { n: e.drawOrder } }}</span>
                    }
                    @if (e.lotteryTicket) {
                      <span
                        >{{ 'enrolment.my.lotteryTicket' | t }}: <code>{{ e.lotteryTicket }}</code></span
                      >
                    }
                  </div>
                  <dl class="details">
                    @if (e.childcareRequested) {
                      <dt>{{ 'enrolment.childcare.title' | t }}</dt>
                      <dd>
                        {{ childcareStatus(e) | t }}
                        @if (e.childAgesMonths.length) {
                          （{{ ages(e.childAgesMonths) }}）
                        }
                      </dd>
                    }
                    @for (a of e.answers; track a.questionId) {
                      <dt>{{ questionLabel(a.questionId) }}</dt>
                      <dd>{{ answerText(a.value) }}</dd>
                    }
                    <dt>{{ 'enrolment.roster.attendance' | t }}</dt>
                    <dd>{{ attended(e) }} / {{ s.meetings.length }}</dd>
                  </dl>
                  @if (e.status !== 'cancelled' && e.status !== 'completed') {
                    @if (confirming() === e.id) {
                      <tsu-confirm-inline
                        layout="inline"
                        [question]="'enrolment.roster.cancelConfirm' | t: { name: name(e) }"
                        [confirmLabel]="'enrolment.my.cancelYes' | t"
                        [dismissLabel]="'enrolment.my.cancelNo' | t"
                        [busy]="busy()"
                        confirmTestId="roster-cancel-confirm"
                        (confirmed)="cancel(e)"
                        (dismissed)="confirming.set(null)"
                      />
                    } @else {
                      <button
                        type="button"
                        class="tsu-button tsu-button--ghost"
                        (click)="confirming.set(e.id)"
                        data-testid="roster-cancel"
                      >
                        {{ 'enrolment.roster.cancel' | t: { name: name(e) } }}
                      </button>
                    }
                  }
                </li>
              }
            </ul>
          }
        </tsu-card>
      }
    </div>
  `,
})
export class RosterPage {
  protected readonly paths = ENROLMENT_PATHS;
  protected readonly childcareStatus = childcareStatusKey;
  readonly id = input.required<string>();

  private readonly service = inject(RosterService);
  protected readonly i18n = inject(I18nService);

  /** Loaded when the id changes, never on a language switch (she would lose what she just did). */
  protected readonly roster = loadOnChange(
    () => this.id(),
    (id) => this.service.roster(id),
  );
  protected readonly session = computed(() => this.roster.data()?.session ?? null);
  protected readonly entries = computed(() => this.roster.data()?.entries ?? []);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  /** Cancelling a place or drawing the lottery: one at a time, her sentence if it failed. */
  private readonly action = new MutationState();
  private readonly exporting = signal(false);
  private readonly exportFailed = signal(false);
  protected readonly busy = computed(() => this.action.running() || this.exporting());
  protected readonly actionError = computed(() =>
    this.exportFailed() ? this.i18n.t('enrolment.downloadFailed') : this.action.errorText(),
  );
  protected readonly notice = signal<string | null>(null);
  protected readonly confirming = signal<string | null>(null);

  protected readonly sorted = computed(() =>
    [...this.entries()].sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
        (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
        (a.drawOrder ?? 0) - (b.drawOrder ?? 0) ||
        a.createdAt.localeCompare(b.createdAt),
    ),
  );

  protected count(status: string): number {
    return this.entries().filter((e) => e.status === status).length;
  }

  protected name(e: RosterEntry): string {
    return formatPersonName(e.learner);
  }

  protected ages(months: readonly number[]): string {
    return months.map((m) => formatAgeMonths(m, (key, params) => this.i18n.t(key, params))).join('、');
  }

  protected questionLabel(id: string): string {
    return this.session()?.questions.find((q) => q.id === id)?.label ?? id;
  }

  protected answerText(value: string): string {
    if (value === 'yes') return this.i18n.t('enrolment.yes');
    if (value === 'no') return this.i18n.t('enrolment.no');
    return value;
  }

  protected attended(e: RosterEntry): number {
    return e.attendance.filter((a) => a.status === 'attended').length;
  }

  private async act(work: () => Promise<string>): Promise<void> {
    this.exportFailed.set(false);
    this.notice.set(null);
    this.notice.set(await this.action.run(work));
    // Its button was disabled while it ran, which dropped focus: the outcome takes it.
    const outcome = () =>
      this.host.querySelector<HTMLElement>('[data-testid="roster-notice"], [data-testid="roster-error"]');
    focusIfLost(this.injector, outcome);
  }

  protected draw(): Promise<void> {
    return this.act(async () => {
      const session = await this.service.drawLottery(this.id());
      await this.roster.reload();
      // The draw's own answer carries the seed, whatever the reload found.
      this.roster.update((roster) => ({ ...roster, session }));
      return this.i18n.t('enrolment.roster.drawn');
    });
  }

  protected cancel(e: RosterEntry): Promise<void> {
    return this.act(async () => {
      await this.service.cancel(e.id);
      this.confirming.set(null);
      await this.roster.reload();
      return this.i18n.t('enrolment.roster.cancelled', { name: this.name(e) });
    });
  }

  protected async exportAs(format: 'csv' | 'xlsx'): Promise<void> {
    this.exporting.set(true);
    this.action.clear();
    this.exportFailed.set(false);
    this.notice.set(null);
    try {
      await this.service.exportRoster(this.id(), format);
    } catch {
      this.exportFailed.set(true);
    } finally {
      this.exporting.set(false);
    }
  }
}
