import { LineAndFeed1796200200000 } from '../../../core/database/migrations/1796200200000-LineAndFeed';
import { LINE_AND_FEED_MESSAGES } from './line.messages';

/**
 * What the LINE link, the calendar feed, reminders and the digest add to the notifications module's
 * registration (spread into notifications.registration.ts): their migration, tables and messages.
 */
export const LINE_AND_FEED_REGISTRATION = {
  migrations: [LineAndFeed1796200200000],
  tables: ['line_links', 'line_link_codes', 'line_webhook_events', 'calendar_feeds'],
  messages: LINE_AND_FEED_MESSAGES,
} as const;
