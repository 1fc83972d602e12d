import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { EmployeeParticipation, ParticipationCounts } from '@tsunagu/web/company-groups/data-access';
import { CardComponent } from '@tsunagu/web/shared/ui';
import {
  formatDate,
  formatPersonName,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@tsunagu/web/shared/util';

/**
 * What the company sees of its employees' learning: rows for those who share it, counts for everyone
 * else (a suppressed cell reads 「5人未満」 / "fewer than 5"). Presentational: the page fetches.
 */
@Component({
  selector: 'tsu-participation-tables',
  imports: [TranslatePipe, CardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
    /* Grid items of the page: without this, a wide table would widen the page instead of scrolling. */
    tsu-card {
      min-width: 0;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      padding: 0.375rem 0.5rem;
      border-bottom: 1px solid var(--tsu-border-soft);
      vertical-align: top;
    }
    td.num,
    th.num {
      text-align: right;
    }
    td.num {
      white-space: nowrap;
    }
    /* On a phone the numbers stay on one line; the course and person names keep room to be read. */
    tbody th,
    tfoot th {
      min-width: 8rem;
    }
    /* Seven columns do not fit a phone: the table keeps its width and its region scrolls sideways. */
    .rows {
      min-width: 40rem;
    }
    tfoot th,
    tfoot td {
      font-weight: 700;
    }
  `,
  template: `
    <tsu-card [heading]="'employees.page.sharingTitle' | t" data-testid="participation-sharing">
      @if (employees().length === 0) {
        <p data-testid="participation-sharing-none">{{ 'employees.page.sharingNone' | t }}</p>
      } @else {
        <div class="scroll" role="region" aria-labelledby="sharing-caption" tabindex="0">
          <table class="rows" data-testid="participation-rows">
            <caption id="sharing-caption" class="tsu-visually-hidden">
              {{
                'employees.page.sharingTitle' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'employees.page.name' | t }}</th>
                <th scope="col">{{ 'employees.page.course' | t }}</th>
                <th scope="col">{{ 'employees.page.startsAt' | t }}</th>
                <th scope="col">{{ 'employees.page.enrolment' | t }}</th>
                <th scope="col" class="num">{{ 'employees.page.attended' | t }}</th>
                <th scope="col">{{ 'employees.page.completed' | t }}</th>
                <th scope="col">{{ 'employees.page.certificate' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (r of employees(); track r.enrolmentId) {
                <tr data-testid="participation-row">
                  <th scope="row">{{ name(r) }}</th>
                  <td>{{ r.courseTitle }}</td>
                  <td>{{ r.startsAt ? date(r.startsAt) : ('employees.page.no' | t) }}</td>
                  <td>{{ statusKey(r) | t }}</td>
                  <td class="num">{{ r.attendedMeetings }}</td>
                  <td>{{ (r.completed ? 'employees.page.yes' : 'employees.page.no') | t }}</td>
                  <td>
                    {{ r.certificateIssuedAt ? date(r.certificateIssuedAt) : ('employees.page.no' | t) }}
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </tsu-card>

    <tsu-card [heading]="'employees.page.othersTitle' | t" data-testid="participation-others">
      <p>{{ 'employees.page.othersLead' | t: { min: others().minimum } }}</p>
      @if (others().courses.length === 0) {
        <p data-testid="participation-others-none">{{ 'employees.page.othersNone' | t }}</p>
      } @else {
        <div class="scroll" role="region" aria-labelledby="others-caption" tabindex="0">
          <table data-testid="participation-counts">
            <caption id="others-caption" class="tsu-visually-hidden">
              {{
                'employees.page.othersTitle' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'employees.page.course' | t }}</th>
                <th scope="col" class="num">{{ 'employees.page.enrolled' | t }}</th>
                <th scope="col" class="num">{{ 'employees.page.completed' | t }}</th>
                <th scope="col" class="num">{{ 'employees.page.total' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of others().courses; track c.courseId) {
                <tr data-testid="participation-count" [attr.data-course]="c.courseTitle">
                  <th scope="row">{{ c.courseTitle }}</th>
                  <td class="num" data-testid="count-enrolled">{{ count(c.enrolled) }}</td>
                  <td class="num" data-testid="count-completed">{{ count(c.completed) }}</td>
                  <td class="num" data-testid="count-total">{{ count(c.total) }}</td>
                </tr>
              }
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{{ 'employees.page.totals' | t }}</th>
                <td class="num">{{ count(others().enrolledTotal) }}</td>
                <td class="num">{{ count(others().completedTotal) }}</td>
                <td class="num" data-testid="count-grand-total">{{ count(others().grandTotal) }}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      }
    </tsu-card>
  `,
})
export class ParticipationTablesComponent {
  readonly employees = input.required<readonly EmployeeParticipation[]>();
  readonly others = input.required<ParticipationCounts>();
  private readonly i18n = inject(I18nService);

  protected readonly name = formatPersonName;
  protected readonly date = (value: string) => formatDate(value, this.i18n.locale());
  protected readonly statusKey = (r: EmployeeParticipation): TranslationKey =>
    `enrolment.status.${r.status}` as TranslationKey;
  /** A hidden (suppressed) cell says so, in words: never a blank that reads as zero. */
  protected count(value: number | null): string {
    this.i18n.locale();
    return value === null
      ? this.i18n.t('employees.page.suppressed', { min: this.others().minimum })
      : String(value);
  }
}
