import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { ConsentChange } from '@tsunagu/web/company-groups/data-access';
import { formatDateTime, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';

/** Her own record of consent changes (every company, newest first), on her account page. */
@Component({
  selector: 'tsu-consent-history',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    li {
      border-left: 3px solid var(--tsu-border-soft);
      padding: 0.25rem 0 0.25rem 0.75rem;
    }
    .when {
      color: var(--tsu-muted);
      font-size: 0.9375rem;
    }
    h3 {
      font-size: 1.0625rem;
      margin: 0 0 0.5rem;
    }
  `,
  template: `
    <h3 id="consent-history-title">{{ 'employees.account.historyTitle' | t }}</h3>
    @if (changes().length === 0) {
      <p data-testid="consent-history-none">{{ 'employees.account.historyNone' | t }}</p>
    } @else {
      <ul aria-labelledby="consent-history-title" data-testid="consent-history">
        @for (c of changes(); track c.id) {
          <li data-testid="consent-change">
            <time class="when" [attr.datetime]="c.at">{{ when(c.at) }}</time><br />
            <strong>{{ c.companyName }}</strong><br />
            {{ fieldKey(c) | t }}:
            {{ (c.value ? 'employees.account.value.on' : 'employees.account.value.off') | t }}
            （{{ 'employees.account.historyBy' | t }}:
            {{ (c.byHerself ? 'employees.account.by.herself' : 'employees.account.by.system') | t }}）
          </li>
        }
      </ul>
    }
  `,
})
export class ConsentHistoryComponent {
  readonly changes = input.required<readonly ConsentChange[]>();
  private readonly i18n = inject(I18nService);

  protected readonly when = (at: string) => formatDateTime(at, this.i18n.locale());
  protected readonly fieldKey = (c: ConsentChange) =>
    c.field === 'allowsNomination'
      ? ('employees.account.field.allowsNomination' as const)
      : ('employees.account.field.sharesParticipation' as const);
}
