/**
 * Reads QR codes from the camera's <video>. Browsers with the Barcode Detection API (Chrome on Android
 * and macOS) use it; the others (iPhone Safari, Firefox, desktop Linux) decode the frame with jsQR, a
 * pure-JavaScript decoder loaded only when the camera starts.
 */
export type QrReader = (video: HTMLVideoElement) => Promise<string | null>;

interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorConstructor = new (options?: { formats: string[] }) => BarcodeDetectorLike;

/** Frames are scaled down to this many pixels on the long side before decoding (speed on phones). */
const MAX_SIDE = 720;

/** Whether this browser can show the camera at all. */
export function cameraAvailable(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

export async function createQrReader(): Promise<QrReader> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  if (Detector) {
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const decode = await loadDecoder();
  return async (video) => {
    const { videoWidth: width, videoHeight: height } = video;
    if (!context || !width || !height) return null;
    const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return decode(frame.data, frame.width, frame.height);
  };
}

/** jsQR over RGBA pixels: the text of the QR code in them, or null. */
export async function loadDecoder(): Promise<
  (rgba: Uint8ClampedArray, width: number, height: number) => string | null
> {
  const { default: jsQR } = await import('jsqr');
  return (rgba, width, height) =>
    jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}
