import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CardComponent, ComingSoonComponent } from '@tsunagu/web/shared/ui';
import { TranslatePipe } from '@tsunagu/web/shared/util';
import { GreetingComponent } from './greeting.component';

/**
 * A company admin organises her company's seminars and members (the links below all work for her);
 * company groups and consented participation are not built yet and say so.
 */
@Component({
  selector: 'tsu-company-home-page',
  imports: [RouterLink, TranslatePipe, CardComponent, ComingSoonComponent, GreetingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="company-home">
      <tsu-home-greeting />
      <div class="tsu-grid tsu-grid--2">
        <tsu-card [heading]="'home.company.programmesTitle' | t" data-testid="company-programmesTitle">
          <tsu-coming-soon [message]="'home.company.programmesEmpty' | t" />
        </tsu-card>
        <tsu-card [heading]="'home.company.participationTitle' | t" data-testid="company-participationTitle">
          <tsu-coming-soon [message]="'home.company.participationEmpty' | t" />
        </tsu-card>
        <tsu-card [heading]="'members.manageCard' | t">
          <p>{{ 'members.lead' | t }}</p>
          <a routerLink="/members" data-testid="to-members">{{ 'members.manageLink' | t }}</a>
        </tsu-card>
        <tsu-card [heading]="'courseEditor.manageCard' | t">
          <p>{{ 'courseEditor.lead' | t }}</p>
          <a routerLink="/staff/courses" data-testid="to-staff-courses">{{
            'courseEditor.manageLink' | t
          }}</a>
        </tsu-card>
        <tsu-card [heading]="'enrolment.staff.homeCard' | t">
          <p>{{ 'enrolment.staff.lead' | t }}</p>
          <a routerLink="/staff/sessions" data-testid="to-staff-sessions">{{
            'enrolment.staff.homeLink' | t
          }}</a>
        </tsu-card>
      </div>
    </div>
  `,
})
export class CompanyHomePage {}
