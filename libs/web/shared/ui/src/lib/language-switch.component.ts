import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { Locale } from '@tsunagu/shared/domain';
import { TranslatePipe } from '@tsunagu/web/shared/util';

/** One button that offers the other language, labelled in that language. */
@Component({
  selector: 'tsu-language-switch',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="tsu-button tsu-button--ghost"
      [attr.lang]="other()"
      [attr.aria-label]="'app.languageSwitchLabel' | t"
      (click)="switchTo.emit(other())"
      data-testid="language-switch"
    >
      {{ 'app.languageSwitch' | t }}
    </button>
  `,
})
export class LanguageSwitchComponent {
  readonly locale = input.required<Locale>();
  readonly switchTo = output<Locale>();
  readonly other = computed<Locale>(() => (this.locale() === 'ja' ? 'en' : 'ja'));
}
