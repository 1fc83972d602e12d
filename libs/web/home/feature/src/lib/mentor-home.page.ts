import { ChangeDetectionStrategy, Component } from '@angular/core';
import { CardComponent, ComingSoonComponent } from '@tsunagu/web/shared/ui';
import { TranslatePipe } from '@tsunagu/web/shared/util';
import { GreetingComponent } from './greeting.component';

/** Consultations are not built yet: the cards say so plainly (「準備中」). */
@Component({
  selector: 'tsu-mentor-home-page',
  imports: [TranslatePipe, CardComponent, ComingSoonComponent, GreetingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="mentor-home">
      <tsu-home-greeting />
      <div class="tsu-grid tsu-grid--2">
        <tsu-card [heading]="'home.mentor.bookingsTitle' | t" data-testid="mentor-bookingsTitle">
          <tsu-coming-soon [message]="'home.mentor.bookingsEmpty' | t" />
        </tsu-card>
        <tsu-card [heading]="'home.mentor.availabilityTitle' | t" data-testid="mentor-availabilityTitle">
          <tsu-coming-soon [message]="'home.mentor.availabilityEmpty' | t" />
        </tsu-card>
      </div>
    </div>
  `,
})
export class MentorHomePage {}
