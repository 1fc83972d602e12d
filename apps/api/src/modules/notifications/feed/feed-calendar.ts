import { createEvents, type EventAttributes } from 'ics';

/** One meeting of hers in the feed. */
export interface FeedMeeting {
  readonly meetingId: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly title: string;
  readonly location: string | null;
  readonly description: string;
  readonly url: string;
  readonly cancelled: boolean;
  /** Grows with each change of the session (and with its cancellation), so calendars take the latest. */
  readonly sequence: number;
}

/** SEQUENCE: seconds since 2026-01-01 (UTC) of the last change; the same rule as the emails' .ics. */
export function sequenceOf(changedAt: Date): number {
  return Math.max(0, Math.floor((changedAt.getTime() - Date.UTC(2026, 0, 1)) / 1000));
}

/**
 * The subscription feed (METHOD:PUBLISH): one VEVENT per meeting, `UID: meeting-<meetingId>@tsunagu`
 * as in the emails, times in UTC (calendars show them in Asia/Tokyo, or wherever she is), a cancelled
 * one with STATUS:CANCELLED and a higher SEQUENCE so her calendar strikes it out instead of keeping it.
 */
export function feedCalendar(meetings: readonly FeedMeeting[], calendarName: string): string {
  const events: EventAttributes[] = meetings.map((m) => ({
    uid: `meeting-${m.meetingId}@tsunagu`,
    sequence: m.sequence,
    start: m.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: m.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: m.title,
    description: m.description,
    ...(m.location && { location: m.location }),
    url: m.url,
    status: m.cancelled ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: m.cancelled ? 'FREE' : 'BUSY',
  }));
  const header = { productId: '-//Tsunagu//Calendar feed//JA', method: 'PUBLISH', calName: calendarName };
  if (events.length === 0) {
    // ics refuses an empty list; an empty calendar is still a valid answer for her subscription.
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${header.productId}`,
      'METHOD:PUBLISH',
      `X-WR-CALNAME:${calendarName}`,
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  }
  const { error, value } = createEvents(events, header);
  if (error || !value) throw error ?? new Error('The calendar could not be written');
  return value;
}
