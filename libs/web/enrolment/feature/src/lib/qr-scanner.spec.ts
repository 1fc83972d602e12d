import QRCode from 'qrcode';
import { loadDecoder } from './qr-scanner';

/** A QR code drawn as RGBA pixels, the way a camera frame reaches the decoder. */
function render(text: string, pixelsPerModule = 4, quiet = 4) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = (modules.size + quiet * 2) * pixelsPerModule;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / pixelsPerModule) - quiet;
      const my = Math.floor(y / pixelsPerModule) - quiet;
      const dark = mx >= 0 && my >= 0 && mx < modules.size && my < modules.size && modules.get(my, mx);
      if (dark) rgba.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return { rgba, side };
}

describe('QR decoding without the Barcode Detection API', () => {
  it('reads a check-in code from camera pixels', async () => {
    const code = '0b6f0c9e-4b8e-4a53-9a4f-2f1c7f2b9d10.Jx3m2q8Yb1uQ2c9hT0rWl5nKp4sVe7aZ';
    const { rgba, side } = render(code);
    const decode = await loadDecoder();
    expect(decode(rgba, side, side)).toBe(code);
  });

  it('answers null for a frame without a QR code', async () => {
    const decode = await loadDecoder();
    const blank = new Uint8ClampedArray(200 * 200 * 4).fill(255);
    expect(decode(blank, 200, 200)).toBeNull();
  });
});
