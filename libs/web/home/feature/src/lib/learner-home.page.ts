import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CardComponent, EmptyStateComponent } from '@tsunagu/web/shared/ui';
import { TranslatePipe } from '@tsunagu/web/shared/util';
import { GreetingComponent } from './greeting.component';

@Component({
  selector: 'tsu-learner-home-page',
  imports: [RouterLink, TranslatePipe, CardComponent, EmptyStateComponent, GreetingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="learner-home">
      <tsu-home-greeting />
      <div class="tsu-grid tsu-grid--2">
        <tsu-card [heading]="'home.learner.seminarsTitle' | t" data-testid="learner-seminarsTitle">
          <p>
            <a routerLink="/my/seminars" data-testid="to-my-seminars">{{ 'enrolment.my.link' | t }}</a>
          </p>
          <tsu-empty-state [message]="'home.learner.seminarsEmpty' | t">
            <p>
              <a routerLink="/seminars" data-testid="catalogue-link">{{ 'home.learner.catalogue' | t }}</a>
            </p>
          </tsu-empty-state>
        </tsu-card>
        <tsu-card [heading]="'home.learner.consultationsTitle' | t" data-testid="learner-consultationsTitle">
          <tsu-empty-state [message]="'home.learner.consultationsEmpty' | t"> </tsu-empty-state>
        </tsu-card>
      </div>
    </div>
  `,
})
export class LearnerHomePage {}
