import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { fiscalYearOf } from '@tsunagu/shared/domain';
import { CompanyProgrammesService, type CrossCompanyOverview } from '@tsunagu/web/company-groups/data-access';
import { loadOnChange, SessionStore } from '@tsunagu/web/shared/data-access';
import {
  CertificationMarksComponent,
  FormFieldComponent,
  PageStateComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { I18nService, TranslatePipe } from '@tsunagu/web/shared/util';

/** The fiscal years offered: this one and the two before it. */
const YEARS_BACK = 3;

type Column = 'enrolled' | 'attended' | 'completed' | 'total';

/**
 * /staff/companies/overview: participation by company for her secretariat, one fiscal year at a time:
 * per company the employees who enrolled, attended and completed (each once, at her furthest stage),
 * with totals. Counts only, as the API suppressed them: a hidden value is shown as "—" (read out as
 * 非表示) and the note under the table says why, without telling which hidden ones are small.
 */
@Component({
  selector: 'tsu-cross-company-overview-page',
  imports: [
    TranslatePipe,
    CertificationMarksComponent,
    FormFieldComponent,
    PageStateComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5rem;
    }
    .scroll {
      /* The visually hidden labels are absolutely placed: they stay inside the scrolled box. */
      position: relative;
      overflow-x: auto;
      margin-top: 1rem;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      background: var(--tsu-surface);
    }
    caption {
      text-align: left;
      font-weight: 700;
      padding-bottom: 0.5rem;
    }
    th,
    td {
      padding: 0.5rem 0.625rem;
      border-bottom: 1px solid var(--tsu-border-soft);
      vertical-align: top;
    }
    thead th {
      text-align: left;
      font-size: 0.875rem;
    }
    thead th:not(:first-child) {
      text-align: right;
      min-width: 4rem;
    }
    td {
      text-align: right;
      white-space: nowrap;
    }
    tbody th {
      text-align: left;
      font-weight: 500;
      min-width: 9.5rem;
    }
    tfoot th {
      text-align: left;
    }
    tfoot th,
    tfoot td {
      font-weight: 700;
      border-top: 2px solid var(--tsu-border);
    }
    .note {
      margin-top: 0.75rem;
      color: var(--tsu-muted);
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="company-overview-page">
      <h1>{{ 'companies.overview.title' | t }}</h1>
      <p class="tsu-lead">{{ 'companies.overview.lead' | t }}</p>
      <div class="filters">
        @if (secretariats().length > 1) {
          <tsu-form-field fieldId="overview-secretariat" [label]="'companies.overview.choose' | t">
            <select
              tsuInput
              [value]="secretariatId()"
              (change)="chosenId.set($any($event.target).value)"
              data-testid="overview-secretariat"
            >
              @for (o of secretariats(); track o.id) {
                <option [value]="o.id">{{ o.name }}</option>
              }
            </select>
          </tsu-form-field>
        }
        <tsu-form-field fieldId="overview-year" [label]="'companies.overview.fiscalYear' | t">
          <select
            tsuInput
            [value]="year()"
            (change)="year.set(+$any($event.target).value)"
            data-testid="overview-year"
          >
            @for (y of years; track y) {
              <option [value]="y">{{ 'companies.overview.fiscalYearOption' | t: { year: y } }}</option>
            }
          </select>
        </tsu-form-field>
      </div>
      <tsu-page-state
        [loading]="query.loading()"
        [error]="query.error()"
        [empty]="query.data()?.companies?.length === 0"
        [emptyMessage]="'companies.overview.none' | t"
        (retry)="query.reload()"
      />
      @if (query.data(); as o) {
        @if (o.companies.length > 0) {
          <div
            class="scroll"
            tabindex="0"
            role="region"
            [attr.aria-label]="caption(o)"
            data-testid="overview-region"
          >
            <table data-testid="overview-table">
              <caption>
                {{
                  caption(o)
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'companies.overview.company' | t }}</th>
                  @for (c of columns; track c) {
                    <th scope="col">{{ columnKey(c) | t }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of o.companies; track row.organisationId) {
                  <tr data-testid="overview-row" [attr.data-company]="row.organisationId">
                    <th scope="row">
                      {{ row.companyName }}
                      <tsu-certification-marks [marks]="row.certifications" />
                    </th>
                    @for (c of columns; track c) {
                      <td [attr.data-column]="c">
                        @if (row[c] === null) {
                          <span aria-hidden="true">—</span
                          ><span class="tsu-visually-hidden">{{
                            'companies.overview.suppressedLabel' | t
                          }}</span>
                        } @else {
                          {{ row[c] }}
                        }
                      </td>
                    }
                  </tr>
                }
              </tbody>
              <tfoot>
                <tr data-testid="overview-totals">
                  <th scope="row">{{ 'companies.overview.totals' | t }}</th>
                  @for (value of totals(o); track $index) {
                    <td>
                      @if (value === null) {
                        <span aria-hidden="true">—</span
                        ><span class="tsu-visually-hidden">{{
                          'companies.overview.suppressedLabel' | t
                        }}</span>
                      } @else {
                        {{ value }}
                      }
                    </td>
                  }
                </tr>
              </tfoot>
            </table>
          </div>
          <p class="note" data-testid="overview-note">
            @if (o.suppressedCount > 0) {
              {{ 'companies.overview.note' | t: { count: o.suppressedCount } }}
            } @else {
              {{ 'companies.overview.noneSuppressed' | t }}
            }
          </p>
        }
      }
    </div>
  `,
})
export class CrossCompanyOverviewPage {
  private readonly service = inject(CompanyProgrammesService);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  protected readonly columns: readonly Column[] = ['enrolled', 'attended', 'completed', 'total'];
  private readonly thisYear = fiscalYearOf(new Date());
  protected readonly years = Array.from({ length: YEARS_BACK }, (_, i) => this.thisYear - i);
  protected readonly year = signal(this.thisYear);

  /** The organisations she is staff of: the secretariats whose companies she may count. */
  protected readonly secretariats = computed(() => {
    const seen = new Map<string, string>();
    for (const m of this.session.user()?.memberships ?? [])
      if (m.role === 'staff') seen.set(m.organisation.id, m.organisation.name);
    return [...seen].map(([id, name]) => ({ id, name }));
  });
  protected readonly chosenId = signal<string | null>(null);
  protected readonly secretariatId = computed(() => {
    const all = this.secretariats();
    return all.find((o) => o.id === this.chosenId())?.id ?? all[0]?.id ?? null;
  });
  protected readonly query = loadOnChange(
    () => {
      const id = this.secretariatId();
      return id ? { id, year: this.year() } : null;
    },
    ({ id, year }) => this.service.overview(id, year),
  );

  protected columnKey(c: Column) {
    return `companies.overview.${c}` as const;
  }

  protected caption(o: CrossCompanyOverview): string {
    return this.i18n.t('companies.overview.caption', { year: o.fiscalYear });
  }

  protected totals(o: CrossCompanyOverview): (number | null)[] {
    return [o.enrolledTotal, o.attendedTotal, o.completedTotal, o.grandTotal];
  }
}
