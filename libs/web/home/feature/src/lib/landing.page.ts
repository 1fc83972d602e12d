import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CardComponent } from '@tsunagu/web/shared/ui';
import { CATALOGUE_PATHS, IDENTITY_PATHS, TranslatePipe } from '@tsunagu/web/shared/util';

@Component({
  selector: 'tsu-landing-page',
  imports: [RouterLink, TranslatePipe, CardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="tsu-hero" aria-labelledby="landing-title">
      <h1 id="landing-title">{{ 'landing.title' | t }}</h1>
      <p>{{ 'landing.lead' | t }}</p>
      <div class="tsu-actions">
        <a class="tsu-button" [routerLink]="catalogue.catalogue.link()" data-testid="landing-seminars">{{
          'catalogue.landingLink' | t
        }}</a>
        <a class="tsu-button" [routerLink]="identity.signUp.link()" data-testid="landing-sign-up">{{
          'landing.signUp' | t
        }}</a>
        <a
          class="tsu-button tsu-button--secondary"
          [routerLink]="identity.signIn.link()"
          data-testid="landing-sign-in"
        >
          {{ 'landing.signIn' | t }}
        </a>
      </div>
    </section>
    <ul class="tsu-grid tsu-grid--3 tsu-plain-list">
      <li>
        <tsu-card>{{ 'landing.points.seminars' | t }}</tsu-card>
      </li>
      <li>
        <tsu-card>{{ 'landing.points.mentoring' | t }}</tsu-card>
      </li>
      <li>
        <tsu-card>{{ 'landing.points.companies' | t }}</tsu-card>
      </li>
    </ul>
  `,
})
export class LandingPage {
  protected readonly catalogue = CATALOGUE_PATHS;
  protected readonly identity = IDENTITY_PATHS;
}
