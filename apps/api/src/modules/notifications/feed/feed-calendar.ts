import { calendarFile, sequenceAt, type CalendarEntry } from '../calendar/ics';

/** One meeting of hers in the feed (the emails' calendar entry: same UID, same SEQUENCE rule). */
export type FeedMeeting = CalendarEntry;

/** SEQUENCE of the last change (the emails' rule: seconds since 2026-01-01). */
export const sequenceOf = sequenceAt;

/**
 * The subscription feed (METHOD:PUBLISH, built by calendar/ics.ts like the emails' files): one VEVENT
 * per meeting, `UID: meeting-<meetingId>@tsunagu`, times in UTC, a cancelled one with STATUS:CANCELLED
 * and a higher SEQUENCE so her calendar strikes it out instead of keeping it.
 */
export function feedCalendar(meetings: readonly FeedMeeting[], calendarName: string): string {
  if (meetings.length > 0) return calendarFile('PUBLISH', meetings, calendarName);
  // ics refuses an empty list; an empty calendar is still a valid answer for her subscription.
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tsunagu//Notifications//JA',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${calendarName}`,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
