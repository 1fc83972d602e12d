import { createEvents, type EventAttributes } from 'ics';

/** SEQUENCE counts seconds from here: a later change (or cancellation) always has a higher one. */
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

/** The SEQUENCE of a calendar entry last changed at `changedAt` (seconds since 2026-01-01, at least 0). */
export function sequenceAt(changedAt: Date): number {
  return Math.max(0, Math.floor((changedAt.getTime() - SEQUENCE_EPOCH) / 1000));
}

/** The stable UID of a meeting's calendar entry: its confirmation, its updates and its cancellation share it. */
export function meetingUid(meetingId: string): string {
  return `meeting-${meetingId}@tsunagu`;
}

/** One meeting as a calendar entry. */
export interface CalendarEntry {
  readonly meetingId: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly title: string;
  readonly location?: string | null;
  readonly description?: string | null;
  readonly url?: string | null;
  readonly organizer?: { readonly name: string; readonly email: string } | null;
  readonly sequence: number;
  readonly cancelled?: boolean;
}

/**
 * REQUEST: an invitation or an update (email); CANCEL: the entries are cancelled (email); PUBLISH: a
 * subscribed feed (n2's calendar feed), where cancelled entries carry STATUS:CANCELLED.
 */
export type CalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

/**
 * An iCalendar file (the `ics` package) with one VEVENT per meeting: UID `meeting-<id>@tsunagu`, times
 * in UTC (`…Z`), so every calendar shows them at the right hour in Asia/Tokyo, SEQUENCE as given, and
 * for a cancellation METHOD:CANCEL with STATUS:CANCELLED.
 */
export function calendarFile(
  method: CalendarMethod,
  entries: readonly CalendarEntry[],
  calName?: string,
): string {
  const events: EventAttributes[] = entries.map((entry) => ({
    uid: meetingUid(entry.meetingId),
    sequence: entry.sequence,
    start: entry.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: entry.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: entry.title,
    ...(entry.location && { location: entry.location }),
    ...(entry.description && { description: entry.description }),
    ...(entry.url && { url: entry.url }),
    ...(entry.organizer && { organizer: { name: entry.organizer.name, email: entry.organizer.email } }),
    status: method === 'CANCEL' || entry.cancelled ? 'CANCELLED' : 'CONFIRMED',
  }));
  const { error, value } = createEvents(events, {
    productId: '-//Tsunagu//Notifications//JA',
    method,
    ...(calName && { calName }),
  });
  if (error || value === null) throw error ?? new Error('calendar file not created');
  return value;
}
