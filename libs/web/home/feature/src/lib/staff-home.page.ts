import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CardComponent, EmptyStateComponent } from '@tsunagu/web/shared/ui';
import { TranslatePipe } from '@tsunagu/web/shared/util';
import { GreetingComponent } from './greeting.component';

@Component({
  selector: 'tsu-staff-home-page',
  imports: [RouterLink, TranslatePipe, CardComponent, EmptyStateComponent, GreetingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="staff-home">
      <tsu-home-greeting />
      <div class="tsu-grid tsu-grid--2">
        <tsu-card [heading]="'home.staff.tasksTitle' | t" data-testid="staff-tasksTitle">
          <tsu-empty-state [message]="'home.staff.tasksEmpty' | t"> </tsu-empty-state>
        </tsu-card>
        <tsu-card [heading]="'home.staff.planTitle' | t" data-testid="staff-planTitle">
          <tsu-empty-state [message]="'home.staff.planEmpty' | t"> </tsu-empty-state>
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
export class StaffHomePage {}
