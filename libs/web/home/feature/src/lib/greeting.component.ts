import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { SessionStore } from '@tsunagu/web/shared/data-access';
import { CardComponent, EmptyStateComponent } from '@tsunagu/web/shared/ui';
import { formatPersonName, TranslatePipe } from '@tsunagu/web/shared/util';

/** The page heading of every persona home: her name, family name first, and her memberships. */
@Component({
  selector: 'tsu-home-greeting',
  imports: [TranslatePipe, CardComponent, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 data-testid="user-greeting">{{ 'home.greeting' | t: { name: name() } }}</h1>
    <tsu-card [heading]="'home.membershipsTitle' | t">
      @if (memberships().length > 0) {
        <ul class="tsu-list" data-testid="memberships">
          @for (membership of memberships(); track membership.id) {
            <li>{{ membership.organisation.name }} — {{ roleKey(membership.role) | t }}</li>
          }
        </ul>
      } @else {
        <tsu-empty-state [message]="'home.membershipsEmpty' | t" />
      }
    </tsu-card>
  `,
})
export class GreetingComponent {
  private readonly session = inject(SessionStore);
  protected readonly name = computed(() => {
    const user = this.session.user();
    return user ? formatPersonName(user) : '';
  });
  protected readonly memberships = computed(() => this.session.user()?.memberships ?? []);
  protected readonly roleKey = (role: string) => `role.${role as 'learner'}` as const;
}
