import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CatalogueService } from '@tsunagu/web/catalogue/data-access';
import { SeminarCardComponent } from '@tsunagu/web/catalogue/ui';
import { CompanyProfilesService, type PublicCompanyProfile } from '@tsunagu/web/company-groups/data-access';
import { loadOnChange } from '@tsunagu/web/shared/data-access';
import {
  CardComponent,
  CertificationMarksComponent,
  EmptyStateComponent,
  LoadErrorComponent,
  LoadingStatusComponent,
} from '@tsunagu/web/shared/ui';
import { CATALOGUE_PATHS, formatDate, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { CompanyDetailsComponent } from './company-details.component';
import { certificationName } from './company-texts';

/**
 * An approved partner company's public page (issue 11 part 6), for anyone, signed in or not: its
 * profile and logo, its certifications with their dates and marks, and the upcoming seminars it
 * provides or co-hosts (the catalogue's cards). Linked from the courses it provides or co-hosts; an
 * unapproved or unknown company is "not found".
 */
@Component({
  selector: 'tsu-company-page',
  imports: [
    RouterLink,
    TranslatePipe,
    CardComponent,
    CertificationMarksComponent,
    CompanyDetailsComponent,
    EmptyStateComponent,
    LoadErrorComponent,
    LoadingStatusComponent,
    SeminarCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem 1rem;
      margin-bottom: 1rem;
    }
    .head h1 {
      margin: 0;
    }
    .logo {
      max-width: 8rem;
      max-height: 4rem;
      object-fit: contain;
    }
    .certs,
    .seminars {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .seminars {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    }
    tsu-card {
      display: block;
      margin-bottom: 1.5rem;
    }
  `,
  template: `
    @if (state.error(); as e) {
      <div class="tsu-page" data-testid="company-page-error">
        <tsu-load-error
          [error]="e"
          [pageHeading]="true"
          [backLink]="catalogueLink"
          backLabel="catalogue.session.backToCatalogue"
          [retrying]="state.loading()"
          (retry)="state.reload()"
        />
      </div>
    } @else if (state.data(); as d) {
      @let c = d.company;
      <div class="tsu-page tsu-page--wide" data-testid="company-page">
        <p>
          <a [routerLink]="catalogueLink">← {{ 'companies.public.back' | t }}</a>
        </p>
        <div class="head">
          @if (c.logoUrl) {
            <img
              class="logo"
              [src]="c.logoUrl"
              [alt]="'companies.logo.alt' | t: { name: c.name }"
              data-testid="company-page-logo"
            />
          }
          <h1 data-testid="company-page-name">{{ c.name }}</h1>
          <tsu-certification-marks [marks]="c.organisation.certifications" />
        </div>
        <tsu-card [heading]="'companies.public.profile' | t">
          <tsu-company-details [profile]="c" />
        </tsu-card>
        <tsu-card [heading]="'companies.public.certifications' | t" data-testid="company-page-certifications">
          @if (c.certifications.length === 0) {
            <p>{{ 'companies.public.certificationsNone' | t }}</p>
          } @else {
            <ul class="certs">
              @for (cert of c.certifications; track cert.id) {
                <li data-testid="company-page-certification" [attr.data-kind]="cert.kind">
                  <strong>{{ name(cert) }}</strong>
                  — {{ 'companies.public.certifiedOn' | t }}:
                  <time [attr.datetime]="cert.certifiedOn">{{ date(cert.certifiedOn) }}</time>
                </li>
              }
            </ul>
          }
        </tsu-card>
        <section aria-labelledby="company-seminars-title" data-testid="company-page-seminars">
          <h2 id="company-seminars-title">{{ 'companies.public.seminars' | t }}</h2>
          <p class="tsu-lead">{{ 'companies.public.seminarsLead' | t }}</p>
          @if (d.seminars.length === 0) {
            <tsu-empty-state [message]="'companies.public.seminarsNone' | t" />
          } @else {
            <ul class="seminars">
              @for (item of d.seminars; track item.sessionId) {
                <li><tsu-seminar-card [seminar]="item" /></li>
              }
            </ul>
          }
        </section>
      </div>
    } @else {
      <tsu-loading-status [active]="true" />
    }
  `,
})
export class CompanyPage {
  private readonly profiles = inject(CompanyProfilesService);
  private readonly catalogue = inject(CatalogueService);
  private readonly i18n = inject(I18nService);
  protected readonly catalogueLink = CATALOGUE_PATHS.catalogue.link();

  /** Route parameter: the company's organisation. */
  readonly id = input.required<string>();

  protected readonly state = loadOnChange(
    () => this.id(),
    async (id) => {
      const [company, seminars] = await Promise.all([
        this.profiles.publicProfile(id),
        this.catalogue.byOrganisation(id),
      ]);
      return { company, seminars: seminars.items };
    },
  );

  protected name(cert: PublicCompanyProfile['certifications'][number]): string {
    return certificationName(this.i18n, cert);
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }
}
