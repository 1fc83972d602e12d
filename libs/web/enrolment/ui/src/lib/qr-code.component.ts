import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import QRCode from 'qrcode';

/**
 * A QR code drawn in the browser (no request leaves the device), large enough to scan from a
 * phone held at arm's length, with the code text under it for typing in by hand.
 */
@Component({
  selector: 'tsu-qr-code',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'tsu-qr' },
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
      align-items: center;
      gap: 0.5rem;
      padding: 0.75rem;
      background: #fff;
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      max-width: 100%;
    }
    img {
      display: block;
      width: min(16rem, 70vw);
      height: auto;
      image-rendering: pixelated;
    }
    .code-label {
      font-family: var(--tsu-font, inherit);
      color: var(--tsu-muted);
    }
    .code {
      font-family: ui-monospace, monospace;
      font-size: 0.8125rem;
      word-break: break-all;
      text-align: center;
      max-width: 16rem;
      margin: 0;
    }
  `,
  template: `
    @if (dataUrl(); as src) {
      <img [src]="src" [alt]="label()" width="256" height="256" data-testid="qr-image" />
    }
    @if (showText()) {
      <p class="code">
        @if (textLabel()) {
          <span class="code-label">{{ textLabel() }}</span><br />
        }
        <span data-testid="qr-text">{{ value() }}</span>
      </p>
    }
  `,
})
export class QrCodeComponent {
  readonly value = input.required<string>();
  /** Alternative text for the image. */
  readonly label = input.required<string>();
  readonly showText = input(true);
  /** What the text under the code is, for her (it can be typed in when the camera fails). */
  readonly textLabel = input<string | null>(null);
  protected readonly dataUrl = signal<string | null>(null);

  constructor() {
    effect(() => {
      const value = this.value();
      QRCode.toDataURL(value, { errorCorrectionLevel: 'M', margin: 2, width: 512 })
        .then((url) => {
          if (this.value() === value) this.dataUrl.set(url);
        })
        .catch(() => this.dataUrl.set(null));
    });
  }
}
