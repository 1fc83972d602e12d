import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CatalogueService, type CatalogueCourse } from '@tsunagu/web/catalogue/data-access';
import { SeatsMeterComponent } from '@tsunagu/web/catalogue/ui';
import { loadOnChange } from '@tsunagu/web/shared/data-access';
import {
  CardComponent,
  CertificationMarksComponent,
  EmptyStateComponent,
  LoadErrorComponent,
  LoadingStatusComponent,
} from '@tsunagu/web/shared/ui';
import {
  CATALOGUE_PATHS,
  COMPANY_GROUPS_PATHS,
  formatDateTime,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@tsunagu/web/shared/util';
import { FileSrcDirective } from './file-src.directive';
import { CourseLessonsComponent } from './lessons.component';

type CoOrganiser = CatalogueCourse['coOrganisers'][number];

/** A course: what it is about, who it is for, its sessions and its materials. */
@Component({
  selector: 'tsu-course-page',
  imports: [
    RouterLink,
    TranslatePipe,
    CardComponent,
    CertificationMarksComponent,
    LoadErrorComponent,
    LoadingStatusComponent,
    EmptyStateComponent,
    SeatsMeterComponent,
    CourseLessonsComponent,
    FileSrcDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .provider {
      color: var(--tsu-muted);
      margin-bottom: 0.25rem;
    }
    .partners {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
    }
    .partners ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .cover {
      width: 100%;
      max-height: 16rem;
      object-fit: cover;
      border-radius: var(--tsu-radius);
      margin-bottom: 1rem;
    }
    .sessions {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 1rem;
    }
    .sessions li {
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 0.75rem 1rem;
    }
    .sessions h3 {
      margin-bottom: 0.25rem;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    .tags li {
      padding: 0 0.625rem;
      border-radius: 999px;
      background: var(--tsu-info-bg);
      font-size: 0.875rem;
    }
  `,
  template: `
    @if (error(); as e) {
      <div class="tsu-page" data-testid="course-error">
        <tsu-load-error
          [error]="e"
          [pageHeading]="true"
          [backLink]="paths.catalogue.link()"
          backLabel="catalogue.session.backToCatalogue"
          [retrying]="loading()"
          (retry)="state.reload()"
        />
      </div>
    } @else if (course(); as c) {
      <div class="tsu-page tsu-page--wide" data-testid="course-page">
        <p>
          <a [routerLink]="paths.catalogue.link()">← {{ 'catalogue.session.backToCatalogue' | t }}</a>
        </p>
        <p class="provider" data-testid="course-provider">
          {{ 'catalogue.course.provider' | t }}:
          @if (c.provider.kind === 'partner_company') {
            <a [routerLink]="companyLink(c.provider.id)" data-testid="course-provider-link">{{
              c.provider.name
            }}</a>
          } @else {
            {{ c.provider.name }}
          }
          <tsu-certification-marks [marks]="c.provider.certifications" />
        </p>
        @if (coHosts(c); as hosts) {
          @if (hosts.agencies.length) {
            <p class="provider" data-testid="course-co-organisers">
              {{ 'catalogue.course.coOrganisers' | t }}: {{ names(hosts.agencies) }}
            </p>
          }
          @if (hosts.companies.length) {
            <div class="provider partners" data-testid="course-partner-companies">
              <span>{{ 'catalogue.course.partnerCompanies' | t }}:</span>
              <ul>
                @for (o of hosts.companies; track o.id) {
                  <li data-testid="partner-company">
                    <a [routerLink]="companyLink(o.id)">{{ o.name }}</a>
                    <tsu-certification-marks [marks]="o.certifications" />
                  </li>
                }
              </ul>
            </div>
          }
        }
        <h1 data-testid="course-title">{{ c.title }}</h1>
        @if (c.coverImage; as cover) {
          <img class="cover" [tsuFileSrc]="cover.url" alt="" data-testid="course-cover" />
        } @else if (c.coverImageUrl) {
          <img class="cover" [src]="c.coverImageUrl" alt="" data-testid="course-cover" />
        }
        @if (c.summary) {
          <p class="tsu-lead">{{ c.summary }}</p>
        }
        @if (c.tags.length) {
          <ul class="tags" [attr.aria-label]="'catalogue.course.tags' | t">
            @for (tag of c.tags; track tag) {
              <li>{{ tag }}</li>
            }
          </ul>
        }
        <tsu-card [heading]="'catalogue.course.sessions' | t">
          @if (sessions().length === 0) {
            <tsu-empty-state [message]="'catalogue.course.noSessions' | t" />
          } @else {
            <ul class="sessions" data-testid="course-sessions">
              @for (s of sessions(); track s.id) {
                <li>
                  <h3>{{ s.title || c.title }}</h3>
                  @if (s.meetings[0]; as first) {
                    <p>{{ dateTime(first.startsAt) }}{{ s.meetings.length > 1 ? ' …' : '' }}</p>
                  }
                  <tsu-seats-meter [seatsLeft]="s.seatsLeft" [capacity]="s.capacity" />
                  <p>
                    <a [routerLink]="paths.session.link({ id: s.id })" data-testid="to-session">{{
                      'catalogue.course.toSession' | t
                    }}</a>
                  </p>
                </li>
              }
            </ul>
          }
        </tsu-card>
        <tsu-card [heading]="'catalogue.course.description' | t">
          <p>
            <strong>{{ 'catalogue.course.audience' | t }}:</strong> {{ c.audienceNotes }}
          </p>
          <p>
            <strong>{{ 'catalogue.category' | t }}:</strong> {{ categoryKey(c.category) | t }}
          </p>
          <div [innerHTML]="c.descriptionHtml" data-testid="description"></div>
        </tsu-card>
        <tsu-card [heading]="'catalogue.course.lessons' | t">
          <tsu-course-lessons [lessons]="c.lessons" [progress]="c.myProgress" />
        </tsu-card>
      </div>
    } @else {
      <tsu-loading-status [active]="true" />
    }
  `,
})
export class CoursePage {
  protected readonly paths = CATALOGUE_PATHS;
  private readonly service = inject(CatalogueService);
  private readonly i18n = inject(I18nService);

  /** Route parameter. */
  readonly id = input.required<string>();
  /** Loaded when the id changes, never on a language switch. */
  protected readonly state = loadOnChange(
    () => this.id(),
    (id) => this.service.course(id),
  );
  protected readonly course = this.state.data;
  protected readonly error = this.state.error;
  protected readonly loading = this.state.loading;
  protected readonly sessions = () => (this.course()?.sessions ?? []).filter((s) => s.status === 'scheduled');

  /** Co-organisers (共催): public bodies by name; partner companies apart, as 協力企業 with their marks. */
  protected coHosts(c: CatalogueCourse): { agencies: CoOrganiser[]; companies: CoOrganiser[] } {
    return {
      agencies: c.coOrganisers.filter((o) => o.kind !== 'partner_company'),
      companies: c.coOrganisers.filter((o) => o.kind === 'partner_company'),
    };
  }

  /** A partner company's public page (company groups'). */
  protected companyLink(organisationId: string): string {
    return COMPANY_GROUPS_PATHS.company.link({ id: organisationId });
  }

  protected names(organisations: readonly CoOrganiser[]): string {
    return organisations.map((o) => o.name).join(this.i18n.locale() === 'ja' ? '、' : ', ');
  }

  protected categoryKey(category: string): TranslationKey {
    return `catalogue.categories.${category}` as TranslationKey;
  }

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }
}
