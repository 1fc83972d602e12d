import { ChangeDetectionStrategy, Component } from '@angular/core';
import { CardComponent, EmptyStateComponent } from '@tsunagu/web/shared/ui';
import { TranslatePipe } from '@tsunagu/web/shared/util';
import { GreetingComponent } from './greeting.component';

@Component({
  selector: 'tsu-mentor-home-page',
  imports: [TranslatePipe, CardComponent, EmptyStateComponent, GreetingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="mentor-home">
      <tsu-home-greeting />
      <div class="tsu-grid tsu-grid--2">
        <tsu-card [heading]="'home.mentor.bookingsTitle' | t" data-testid="mentor-bookingsTitle">
          <tsu-empty-state [message]="'home.mentor.bookingsEmpty' | t"> </tsu-empty-state>
        </tsu-card>
        <tsu-card [heading]="'home.mentor.availabilityTitle' | t" data-testid="mentor-availabilityTitle">
          <tsu-empty-state [message]="'home.mentor.availabilityEmpty' | t"> </tsu-empty-state>
        </tsu-card>
      </div>
    </div>
  `,
})
export class MentorHomePage {}
