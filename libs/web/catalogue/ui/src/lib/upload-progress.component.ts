import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@tsunagu/web/shared/util';

/**
 * An upload under way: a progress bar with the share sent. Assistive technology hears "uploading" once
 * (a polite status) and reads the bar's value when asked, rather than every percent.
 */
@Component({
  selector: 'tsu-upload-progress',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      margin: 0.5rem 0;
    }
    .line {
      display: flex;
      align-items: center;
      gap: 0.75rem;
    }
    progress {
      flex: 1 1 auto;
      height: 0.75rem;
      accent-color: var(--tsu-primary);
    }
    p {
      margin: 0.25rem 0 0;
    }
  `,
  template: `
    <div class="line">
      <progress
        max="100"
        [value]="percent()"
        [attr.aria-label]="'courseEditor.files.progressLabel' | t"
        data-testid="upload-progress"
      ></progress>
      <span aria-hidden="true">{{ percent() }}%</span>
    </div>
    <p role="status">{{ 'courseEditor.files.uploading' | t }}</p>
  `,
})
export class UploadProgressComponent {
  /** Share sent so far, 0 to 1. */
  readonly fraction = input.required<number>();
  protected readonly percent = computed(() => Math.round(Math.min(1, Math.max(0, this.fraction())) * 100));
}
