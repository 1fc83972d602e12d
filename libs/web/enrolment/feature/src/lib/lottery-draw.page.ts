import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EnrolmentService, type LotteryDrawRecord } from '@tsunagu/web/enrolment/data-access';
import { loadOnChange } from '@tsunagu/web/shared/data-access';
import { AlertComponent, CardComponent, LoadErrorComponent } from '@tsunagu/web/shared/ui';
import {
  CATALOGUE_PATHS,
  formatDateTime,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@tsunagu/web/shared/util';
import { checkDraw, type DrawCheck } from './lottery-check';

/**
 * Public: the record of a session's lottery (抽選の検証). Before the draw, the SHA-256 of the seed the
 * system made when the lottery was set up; after it, the seed, the application numbers and tiers in
 * drawn order, and a button that re-runs the draw in her browser with the same code as the server.
 */
@Component({
  selector: 'tsu-lottery-draw-page',
  imports: [RouterLink, TranslatePipe, AlertComponent, CardComponent, LoadErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    code {
      font-family: ui-monospace, monospace;
      word-break: break-all;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0 0 0.75rem;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 700;
      margin-bottom: 0.5rem;
    }
    th,
    td {
      text-align: start;
      padding: 0.375rem 0.5rem;
      border-bottom: 1px solid var(--tsu-border-soft);
    }
    td:first-child,
    th:first-child {
      text-align: end;
      width: 4.5rem;
    }
    tsu-alert {
      display: block;
      margin: 1rem 0;
    }
  `,
  template: `
    <div class="tsu-page" data-testid="lottery-draw-page">
      <h1 tabindex="-1">{{ 'enrolment.lotteryDraw.title' | t }}</h1>
      <p class="tsu-lead">{{ 'enrolment.lotteryDraw.lead' | t }}</p>
      @if (notFound()) {
        <tsu-alert kind="error" data-testid="lottery-not-found">{{
          'enrolment.lotteryDraw.notFound' | t
        }}</tsu-alert>
      } @else if (loadError(); as failure) {
        <tsu-load-error [error]="failure" (retry)="state.reload()" />
      } @else if (record(); as r) {
        <tsu-card>
          <dl>
            <dt>{{ 'enrolment.lotteryDraw.session' | t }}</dt>
            <dd>
              <a [routerLink]="catalogue.session.link({ id: r.session.id })"
                >{{ r.session.course.title }} {{ r.session.title }}</a
              >
            </dd>
            <dt>{{ 'enrolment.lotteryDraw.commitment' | t }}</dt>
            <dd>
              <code data-testid="lottery-commitment">{{ r.commitment }}</code>
            </dd>
          </dl>
          <p>{{ 'enrolment.lotteryDraw.commitmentExplain' | t }}</p>
          @if (!r.drawnAt) {
            <p data-testid="lottery-not-drawn">
              {{
                'enrolment.lotteryDraw.notDrawn'
                  | t: { date: r.session.drawAt ? dateTime(r.session.drawAt) : '-' }
              }}
            </p>
            <p>{{ 'enrolment.lotteryDraw.applications' | t: { n: r.applicationCount } }}</p>
          }
        </tsu-card>

        @if (r.drawnAt) {
          <tsu-card>
            <dl>
              <dt>{{ 'enrolment.lotteryDraw.seed' | t }}</dt>
              <dd>
                <code data-testid="lottery-seed">{{ r.seed }}</code>
              </dd>
              <dt>{{ 'enrolment.lotteryDraw.drawnAt' | t }}</dt>
              <dd>{{ dateTime(r.drawnAt) }}</dd>
              <dt>{{ 'enrolment.lotteryDraw.priorities' | t }}</dt>
              <dd>
                @if (r.priorities.length) {
                  <ol>
                    @for (p of r.priorities; track p) {
                      <li>{{ priorityKey(p) | t }}</li>
                    }
                  </ol>
                } @else {
                  {{ 'enrolment.lotteryDraw.noPriorities' | t }}
                }
              </dd>
              <dt>{{ 'enrolment.lotteryDraw.algorithm' | t }}</dt>
              <dd>
                {{ 'enrolment.lotteryDraw.algorithmExplain' | t }}
                <details>
                  <summary>{{ 'enrolment.lotteryDraw.algorithmDetails' | t }}</summary>
                  <code data-testid="lottery-algorithm">{{ r.algorithm }}</code>
                </details>
              </dd>
            </dl>
            <button
              type="button"
              class="tsu-button"
              (click)="verify(r)"
              [disabled]="checking()"
              data-testid="lottery-verify"
            >
              {{ (checking() ? 'enrolment.lotteryDraw.verifying' : 'enrolment.lotteryDraw.verify') | t }}
            </button>
            <div role="status">
              @if (check(); as c) {
                @if (c.ok) {
                  <tsu-alert kind="success" data-testid="lottery-verified">{{
                    'enrolment.lotteryDraw.verified' | t
                  }}</tsu-alert>
                } @else {
                  <tsu-alert kind="error" data-testid="lottery-mismatch">{{
                    'enrolment.lotteryDraw.mismatch'
                      | t
                        : {
                            what:
                              (c.problem === 'seed'
                                ? 'enrolment.lotteryDraw.mismatchSeed'
                                : 'enrolment.lotteryDraw.mismatchOrder'
                              ) | t,
                          }
                  }}</tsu-alert>
                }
              }
            </div>
          </tsu-card>

          <tsu-card>
            <table data-testid="lottery-entries">
              <caption>
                {{
                  'enrolment.lotteryDraw.listTitle' | t
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'enrolment.lotteryDraw.order' | t }}</th>
                  <th scope="col">{{ 'enrolment.lotteryDraw.ticket' | t }}</th>
                  <th scope="col">{{ 'enrolment.lotteryDraw.priorities' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (e of r.entries; track e.drawOrder) {
                  <tr>
                    <td>{{ e.drawOrder }}</td>
                    <td>
                      <code>{{ e.ticket }}</code>
                    </td>
                    <td>{{ tierLabel(r, e.tier) }}</td>
                  </tr>
                }
              </tbody>
            </table>
            <p class="tsu-lead">{{ 'enrolment.lotteryDraw.yours' | t }}</p>
          </tsu-card>

          <tsu-card>
            <h2>{{ 'enrolment.lotteryDraw.withdrawnTitle' | t }}</h2>
            <p>{{ 'enrolment.lotteryDraw.withdrawnLead' | t }}</p>
            @if (r.withdrawn.length) {
              <table data-testid="lottery-withdrawn">
                <thead>
                  <tr>
                    <th scope="col">{{ 'enrolment.lotteryDraw.ticket' | t }}</th>
                    <th scope="col">{{ 'enrolment.lotteryDraw.withdrawnAt' | t }}</th>
                    <th scope="col">{{ 'enrolment.lotteryDraw.withdrawnBy' | t }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (w of r.withdrawn; track w.ticket) {
                    <tr>
                      <td>
                        <code>{{ w.ticket }}</code>
                      </td>
                      <td>{{ dateTime(w.withdrawnAt) }}</td>
                      <td>
                        {{
                          (w.byOrganisers
                            ? 'enrolment.lotteryDraw.byOrganisers'
                            : 'enrolment.lotteryDraw.byApplicant'
                          ) | t
                        }}
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            } @else {
              <p data-testid="lottery-withdrawn-none">{{ 'enrolment.lotteryDraw.withdrawnNone' | t }}</p>
            }
          </tsu-card>
        }
      }
    </div>
  `,
})
export class LotteryDrawPage {
  protected readonly catalogue = CATALOGUE_PATHS;
  readonly id = input.required<string>();

  private readonly service = inject(EnrolmentService);
  protected readonly i18n = inject(I18nService);

  /** Loaded when the id changes, never on a language switch (her check result would go). */
  protected readonly state = loadOnChange(
    () => this.id(),
    (id) => this.service.lotteryDraw(id),
  );
  protected readonly record = this.state.data;
  /** A session without a lottery, or no session at all: said plainly, without a retry. */
  protected readonly notFound = computed(() => {
    const code = this.state.error()?.code;
    return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT';
  });
  protected readonly loadError = computed(() => (this.notFound() ? null : this.state.error()));
  protected readonly checking = signal(false);
  protected readonly check = signal<DrawCheck | null>(null);

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  protected priorityKey(rule: string): TranslationKey {
    return `enrolment.lotteryDraw.priority.${rule}` as TranslationKey;
  }

  /** Tier n is the n-th priority rule, named; the tier after the last is "no priority". */
  protected tierLabel(r: LotteryDrawRecord, tier: number): string {
    const rule = r.priorities[tier];
    return rule
      ? this.i18n.t('enrolment.lotteryDraw.tier', { n: tier + 1, name: this.i18n.t(this.priorityKey(rule)) })
      : this.i18n.t('enrolment.lotteryDraw.tierNone');
  }

  async verify(r: LotteryDrawRecord): Promise<void> {
    this.checking.set(true);
    this.check.set(null);
    try {
      this.check.set(await checkDraw(r));
    } finally {
      this.checking.set(false);
    }
  }
}
