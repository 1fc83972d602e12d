import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@tsunagu/web/shared/data-access';
import { CardComponent } from '@tsunagu/web/shared/ui';
import { COMPANY_GROUPS_PATHS, TranslatePipe } from '@tsunagu/web/shared/util';

/** On her account page: apply for her company to join (and, once she administers one, its page). */
@Component({
  selector: 'tsu-company-account-section',
  imports: [RouterLink, TranslatePipe, CardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <tsu-card [heading]="'companies.account.title' | t" data-testid="company-account-section">
      <p>{{ 'companies.account.lead' | t }}</p>
      <p>
        <a [routerLink]="paths.apply.link()" data-testid="to-company-apply">{{
          'companies.account.link' | t
        }}</a>
      </p>
      @if (isCompanyAdmin()) {
        <p>
          <a [routerLink]="paths.mine.link()" data-testid="to-my-company">{{
            'companies.account.mine' | t
          }}</a>
        </p>
      }
    </tsu-card>
  `,
})
export class CompanyAccountSectionComponent {
  private readonly session = inject(SessionStore);
  protected readonly paths = COMPANY_GROUPS_PATHS;
  protected readonly isCompanyAdmin = computed(() => this.session.roles().includes('company_admin'));
}
