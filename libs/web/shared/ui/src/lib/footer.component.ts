import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@tsunagu/web/shared/util';

@Component({
  selector: 'tsu-footer',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="tsu-footer">
      <div class="tsu-container">
        <p>{{ 'app.footer' | t }}</p>
      </div>
    </footer>
  `,
})
export class FooterComponent {}
