import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { RosterService, type RosterEntry, type RosterSession } from '@tsunagu/web/enrolment/data-access';
import { StatusBadgeComponent } from '@tsunagu/web/enrolment/ui';
import { appErrorText, toAppError, type AppError } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  EmptyStateComponent,
  focusIfLost,
  LoadErrorComponent,
  LoadingStatusComponent,
} from '@tsunagu/web/shared/ui';
import {
  ENROLMENT_PATHS,
  formatAgeMonths,
  formatDate,
  formatDateTime,
  formatPersonName,
  I18nService,
  TranslatePipe,
} from '@tsunagu/web/shared/util';
import { childcareStatusKey } from './format';

const STATUS_ORDER = ['confirmed', 'completed', 'applied', 'waitlisted', 'cancelled'];

/** A session's roster for the organisers: who is in, the waitlist, childcare, answers; exports; the lottery. */
@Component({
  selector: 'tsu-roster-page',
  imports: [
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    LoadErrorComponent,
    LoadingStatusComponent,
    EmptyStateComponent,
    StatusBadgeComponent,
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
    .seed {
      font-family: ui-monospace, monospace;
      word-break: break-all;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="roster-page">
      <p>
        <a [routerLink]="paths.staffSessions.link()">{{ 'enrolment.staff.back' | t }}</a>
      </p>
      <h1>{{ 'enrolment.roster.title' | t }}</h1>
      <tsu-loading-status [active]="!session() && !loadError()" />
      @if (loadError(); as e) {
        <tsu-load-error [error]="e" [retrying]="loading()" (retry)="load(id())" />
      }
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
            <tsu-card [heading]="'enrolment.roster.lotteryTitle' | t" data-testid="lottery">
              @if (s.drawnAt) {
                <p>{{ 'enrolment.roster.drawnAt' | t: { date: dateTime(s.drawnAt) } }}</p>
                <p>
                  {{ 'enrolment.roster.seed' | t }}:
                  <strong class="seed" data-testid="lottery-seed">{{ s.lotterySeed }}</strong>
                </p>
                <p>{{ 'enrolment.roster.seedExplain' | t }}</p>
              } @else {
                <p>
                  {{
                    'enrolment.roster.lotteryLead'
                      | t
                        : {
                            date: s.drawAt ? dateTime(s.drawAt) : '-',
                            closes: dateTime(s.registrationClosesAt),
                          }
                  }}
                </p>
                @if (s.lotteryCommitment) {
                  <p>
                    {{ 'enrolment.roster.commitment' | t }}:
                    <code class="seed" data-testid="lottery-commitment">{{ s.lotteryCommitment }}</code>
                  </p>
                }
                <p class="tsu-lead">{{ 'enrolment.roster.commitmentExplain' | t }}</p>
                @if (registrationOpen()) {
                  <p data-testid="lottery-draw-later">{{ 'enrolment.roster.drawAfterClose' | t }}</p>
                } @else if (confirmingDraw()) {
                  <!-- The draw cannot be undone: she sees what it will decide before it does. -->
                  <div
                    class="draw-confirm"
                    role="group"
                    tabindex="-1"
                    [attr.aria-label]="'enrolment.roster.draw' | t"
                    data-testid="lottery-draw-confirmation"
                  >
                    <p>
                      <strong>{{
                        'enrolment.roster.drawConfirm' | t: { applied: appliedCount(), capacity: s.capacity }
                      }}</strong>
                    </p>
                    <div class="tsu-actions">
                      <button
                        type="button"
                        class="tsu-button"
                        (click)="draw()"
                        [disabled]="busy()"
                        data-testid="lottery-draw-confirm"
                      >
                        {{ 'enrolment.roster.drawYes' | t }}
                      </button>
                      <button
                        type="button"
                        class="tsu-button tsu-button--secondary"
                        (click)="stopConfirmingDraw()"
                        data-testid="lottery-draw-cancel"
                      >
                        {{ 'enrolment.my.cancelNo' | t }}
                      </button>
                    </div>
                  </div>
                } @else {
                  <button
                    type="button"
                    class="tsu-button"
                    (click)="confirmDraw()"
                    [disabled]="busy()"
                    data-testid="lottery-draw"
                  >
                    {{ 'enrolment.roster.draw' | t }}
                  </button>
                }
              }
              <p class="tsu-actions">
                <a [routerLink]="paths.lottery.link({ id: s.id })" data-testid="to-lottery-draw">{{
                  'enrolment.roster.verifyLink' | t
                }}</a>
              </p>
            </tsu-card>
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
                      <div
                        class="tsu-actions"
                        role="group"
                        [attr.aria-label]="'enrolment.roster.cancelConfirm' | t: { name: name(e) }"
                      >
                        <span>{{ 'enrolment.roster.cancelConfirm' | t: { name: name(e) } }}</span>
                        <button
                          type="button"
                          class="tsu-button"
                          (click)="cancel(e)"
                          [disabled]="busy()"
                          data-testid="roster-cancel-confirm"
                        >
                          {{ 'enrolment.my.cancelYes' | t }}
                        </button>
                        <button
                          type="button"
                          class="tsu-button tsu-button--secondary"
                          (click)="confirming.set(null)"
                        >
                          {{ 'enrolment.my.cancelNo' | t }}
                        </button>
                      </div>
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

  protected readonly session = signal<RosterSession | null>(null);
  protected readonly entries = signal<RosterEntry[]>([]);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly loading = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirming = signal<string | null>(null);
  protected readonly confirmingDraw = signal(false);
  protected readonly appliedCount = computed(
    () => this.entries().filter((e) => e.status === 'applied').length,
  );
  /** Applications may still change: the draw waits for the deadline. */
  protected readonly registrationOpen = computed(() => {
    const s = this.session();
    return s !== null && Date.now() < new Date(s.registrationClosesAt).getTime();
  });

  protected readonly sorted = computed(() =>
    [...this.entries()].sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
        (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
        (a.drawOrder ?? 0) - (b.drawOrder ?? 0) ||
        a.createdAt.localeCompare(b.createdAt),
    ),
  );

  constructor() {
    // The load must not track the signals Apollo's links read (the locale): a language switch
    // would otherwise reload the page and lose what she just did.
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

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

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }

  protected async load(id: string): Promise<void> {
    this.loading.set(true);
    try {
      const { session, entries } = await this.service.roster(id);
      this.session.set(session);
      this.entries.set(entries);
      this.loadError.set(null);
    } catch (error) {
      this.loadError.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  private async act(work: () => Promise<string | null>): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    this.notice.set(null);
    try {
      this.notice.set(await work());
    } catch (error) {
      this.actionError.set(appErrorText(error, this.i18n));
    } finally {
      this.busy.set(false);
    }
    // Its button was disabled while it ran, which dropped focus: the outcome takes it.
    const outcome = () =>
      this.host.querySelector<HTMLElement>('[data-testid="roster-notice"], [data-testid="roster-error"]');
    focusIfLost(this.injector, outcome);
  }

  protected confirmDraw(): void {
    this.confirmingDraw.set(true);
    focusIfLost(this.injector, () =>
      this.host.querySelector<HTMLElement>('[data-testid="lottery-draw-confirmation"]'),
    );
  }

  protected stopConfirmingDraw(): void {
    this.confirmingDraw.set(false);
    focusIfLost(this.injector, () => this.host.querySelector<HTMLElement>('[data-testid="lottery-draw"]'));
  }

  protected draw(): Promise<void> {
    return this.act(async () => {
      const session = await this.service.drawLottery(this.id());
      this.confirmingDraw.set(false);
      await this.load(this.id());
      this.session.set(session);
      return this.i18n.t('enrolment.roster.drawn');
    });
  }

  protected cancel(e: RosterEntry): Promise<void> {
    return this.act(async () => {
      await this.service.cancel(e.id);
      this.confirming.set(null);
      await this.load(this.id());
      return this.i18n.t('enrolment.roster.cancelled', { name: this.name(e) });
    });
  }

  protected async exportAs(format: 'csv' | 'xlsx'): Promise<void> {
    this.busy.set(true);
    this.actionError.set(null);
    this.notice.set(null);
    try {
      await this.service.exportRoster(this.id(), format);
    } catch {
      this.actionError.set(this.i18n.t('enrolment.downloadFailed'));
    } finally {
      this.busy.set(false);
    }
  }
}
