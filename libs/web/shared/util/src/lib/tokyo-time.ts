/**
 * The editor's `datetime-local`, `date` and `time` inputs are read as Tokyo wall-clock time,
 * whatever zone the browser is in. Japan has had no daylight saving time since 1951, so Tokyo is
 * always UTC+9 and the conversion is a fixed offset.
 */
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `2026-06-01T10:00` (Tokyo) → `2026-06-01T01:00:00.000Z`; null for an empty or malformed value. */
export function tokyoLocalToIso(value: string | null | undefined): string | null {
  const match = value ? LOCAL_PATTERN.exec(value.trim()) : null;
  if (!match) return null;
  // The pattern captures all five; a 0 would only fail the month check below.
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute) - TOKYO_OFFSET_MS;
  const check = new Date(utc + TOKYO_OFFSET_MS);
  // Refuse dates that roll over, such as 2026-02-30.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return new Date(utc).toISOString();
}

/** A `date` (YYYY-MM-DD) and a `time` (HH:mm) in Tokyo → ISO instant. */
export function tokyoDateAndTimeToIso(
  date: string | null | undefined,
  time: string | null | undefined,
): string | null {
  if (!date || !time) return null;
  return tokyoLocalToIso(`${date}T${time}`);
}

/** An instant → the Tokyo `datetime-local` value `2026-06-01T10:00`; '' for null. */
export function isoToTokyoLocal(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const tokyo = new Date(date.getTime() + TOKYO_OFFSET_MS);
  return (
    `${tokyo.getUTCFullYear()}-${pad(tokyo.getUTCMonth() + 1)}-${pad(tokyo.getUTCDate())}` +
    `T${pad(tokyo.getUTCHours())}:${pad(tokyo.getUTCMinutes())}`
  );
}

/** An instant → `{ date: '2026-06-01', time: '10:00' }` in Tokyo. */
export function isoToTokyoDateAndTime(value: string | Date | null | undefined): {
  date: string;
  time: string;
} {
  const local = isoToTokyoLocal(value);
  return local ? { date: local.slice(0, 10), time: local.slice(11) } : { date: '', time: '' };
}

/** The Tokyo month `YYYY-MM` of an instant (for the catalogue's month filter). */
export function tokyoMonth(value: string | Date): string {
  return isoToTokyoLocal(value).slice(0, 7);
}
