import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@tsunagu/web/shared/data-access';
import { CardComponent, ComingSoonComponent } from '@tsunagu/web/shared/ui';
import { TranslatePipe } from '@tsunagu/web/shared/util';
import { GreetingComponent } from './greeting.component';

/**
 * The secretariat home, also that of project team members and platform admins. Members, courses and
 * sessions are linked only for those who organise (staff, admins): a project team member would meet
 * 「この操作を行う権限がありません」 there. Tasks and the yearly plan are not built yet and say so.
 */
@Component({
  selector: 'tsu-staff-home-page',
  imports: [RouterLink, TranslatePipe, CardComponent, ComingSoonComponent, GreetingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="staff-home">
      <tsu-home-greeting />
      <div class="tsu-grid tsu-grid--2">
        <tsu-card [heading]="'home.staff.tasksTitle' | t" data-testid="staff-tasksTitle">
          <tsu-coming-soon [message]="'home.staff.tasksEmpty' | t" />
        </tsu-card>
        <tsu-card [heading]="'home.staff.planTitle' | t" data-testid="staff-planTitle">
          <tsu-coming-soon [message]="'home.staff.planEmpty' | t" />
        </tsu-card>
        @if (session.organises()) {
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
        } @else {
          <tsu-card [heading]="'staffHome.catalogueTitle' | t" data-testid="staff-catalogue">
            <p>{{ 'staffHome.catalogueLead' | t }}</p>
            <a routerLink="/seminars" data-testid="to-catalogue">{{ 'catalogue.nav' | t }}</a>
          </tsu-card>
        }
      </div>
    </div>
  `,
})
export class StaffHomePage {
  protected readonly session = inject(SessionStore);
}
