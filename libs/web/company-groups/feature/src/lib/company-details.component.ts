import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CompanyProfile } from '@tsunagu/web/company-groups/data-access';
import { TranslatePipe } from '@tsunagu/web/shared/util';
import { formatCorporateNumber, industryKey, sizeKey } from './company-texts';

export type CompanyFacts = Pick<
  CompanyProfile,
  'name' | 'nameKana' | 'corporateNumber' | 'industry' | 'sizeBand' | 'postalCode' | 'address' | 'website'
> & { contacts?: CompanyProfile['contacts'] };

/** A company's profile as a list of facts, with its contact people when she may see them. */
@Component({
  selector: 'tsu-company-details',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    dl {
      display: grid;
      grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
      gap: 0.25rem 1rem;
      margin: 0 0 0.75rem;
    }
    dt {
      color: var(--tsu-muted);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    h3 {
      font-size: 1rem;
      margin: 0.75rem 0 0.25rem;
    }
    ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    @media (max-width: 30rem) {
      dl {
        grid-template-columns: minmax(0, 1fr);
      }
      dd {
        margin-bottom: 0.5rem;
      }
    }
  `,
  template: `
    @let p = profile();
    <dl data-testid="company-details">
      <dt>{{ 'companies.fields.name' | t }}</dt>
      <dd data-testid="company-detail-name">{{ p.name }}</dd>
      <dt>{{ 'companies.fields.nameKana' | t }}</dt>
      <dd>{{ p.nameKana }}</dd>
      <dt>{{ 'companies.fields.corporateNumber' | t }}</dt>
      <dd data-testid="company-detail-corporate-number">{{ corporateNumber(p.corporateNumber) }}</dd>
      <dt>{{ 'companies.fields.industry' | t }}</dt>
      <dd>{{ industry(p.industry) | t }}</dd>
      <dt>{{ 'companies.fields.sizeBand' | t }}</dt>
      <dd>{{ size(p.sizeBand) | t }}</dd>
      <dt>{{ 'companies.fields.address' | t }}</dt>
      <dd data-testid="company-detail-address">
        @if (p.postalCode || p.address) {
          @if (p.postalCode) {
            〒{{ p.postalCode }}
          }
          {{ p.address }}
        } @else {
          {{ 'companies.fields.notSet' | t }}
        }
      </dd>
      <dt>{{ 'companies.fields.website' | t }}</dt>
      <dd>
        @if (p.website) {
          <a [href]="p.website" rel="noopener noreferrer" target="_blank">{{ p.website }}</a>
        } @else {
          {{ 'companies.fields.notSet' | t }}
        }
      </dd>
    </dl>
    @if (p.contacts; as contacts) {
      <h3>{{ 'companies.contacts.title' | t }}</h3>
      @if (contacts.length === 0) {
        <p>{{ 'companies.contacts.none' | t }}</p>
      } @else {
        <ul data-testid="company-detail-contacts">
          @for (c of contacts; track c.id) {
            <li>
              {{ c.name }}
              @if (c.department) {
                （{{ c.department }}）
              }
              <br />
              <a [href]="'mailto:' + c.email">{{ c.email }}</a>
              @if (c.phone) {
                / <a [href]="'tel:' + c.phone">{{ c.phone }}</a>
              }
            </li>
          }
        </ul>
      }
    }
  `,
})
export class CompanyDetailsComponent {
  /** Its public facts; `contacts` only where she may see them (her company, the secretariat). */
  readonly profile = input.required<CompanyFacts>();
  protected readonly industry = industryKey;
  protected readonly size = sizeKey;
  protected readonly corporateNumber = formatCorporateNumber;
}
