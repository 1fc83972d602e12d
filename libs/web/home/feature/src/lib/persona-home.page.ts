import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Persona } from '@tsunagu/shared/domain';
import {
  HOME_CARDS,
  isInAudience,
  PERSONA_HOME_SEGMENT,
  SessionStore,
} from '@tsunagu/web/shared/data-access';
import { CardComponent, ComingSoonComponent } from '@tsunagu/web/shared/ui';
import { TranslatePipe } from '@tsunagu/web/shared/util';
import { GreetingComponent } from './greeting.component';

/**
 * The home of the company admin, the mentor and the secretariat (also project team members and
 * platform admins): her greeting, then the cards every domain contributes for the persona (`HOME_CARDS`),
 * each shown only to whom it can serve — members, courses and sessions to organisers (a project team
 * member would meet 「この操作を行う権限がありません」 there). Capabilities not built yet say 「準備中」.
 */
@Component({
  selector: 'tsu-persona-home-page',
  imports: [RouterLink, TranslatePipe, CardComponent, ComingSoonComponent, GreetingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page tsu-page--wide" [attr.data-testid]="testId()">
      <tsu-home-greeting />
      <div class="tsu-grid tsu-grid--2">
        @for (card of cards(); track card.heading) {
          <tsu-card [heading]="card.heading | t" [attr.data-testid]="card.testId ?? null">
            @if (card.comingSoon) {
              <tsu-coming-soon [message]="card.comingSoon | t" />
            }
            @if (card.lead) {
              <p>{{ card.lead | t }}</p>
            }
            @if (card.link; as link) {
              <a [routerLink]="link.path" [attr.data-testid]="link.testId">{{ link.label | t }}</a>
            }
          </tsu-card>
        }
      </div>
    </div>
  `,
})
export class PersonaHomePage {
  private readonly session = inject(SessionStore);
  private readonly allCards = inject(HOME_CARDS);
  /** From the route's data. */
  readonly persona = input.required<Persona>();

  protected readonly testId = computed(() => `${PERSONA_HOME_SEGMENT[this.persona()]}-home`);
  protected readonly cards = computed(() =>
    this.allCards.filter(
      (card) =>
        card.personas.includes(this.persona()) &&
        (card.audience === undefined || isInAudience(this.session, card.audience)),
    ),
  );
}
