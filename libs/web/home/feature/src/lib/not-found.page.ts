import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { HOME_PATHS, TranslatePipe } from '@tsunagu/web/shared/util';

@Component({
  selector: 'tsu-not-found-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page" data-testid="not-found">
      <h1>{{ 'notFound.title' | t }}</h1>
      <p class="tsu-lead">{{ 'notFound.lead' | t }}</p>
      <a class="tsu-button" [routerLink]="landing">{{ 'notFound.back' | t }}</a>
    </div>
  `,
})
export class NotFoundPage {
  protected readonly landing = HOME_PATHS.landing.link();
}
