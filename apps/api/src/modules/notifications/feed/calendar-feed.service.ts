import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashToken } from '../../../core/auth/token-hash';
import { ENV, type Env } from '../../../core/config/env';
import { NotFoundError } from '../../../core/graphql/errors';
import { CATALOGUE_MEETING_DETAILS } from '../../catalogue';
import { ENROLMENT_PARTICIPANTS } from '../../enrolment';
import type { CalendarFeed } from './calendar-feed.types';
import { feedCalendar, sequenceOf, type FeedMeeting } from './feed-calendar';

/** A cancelled session stays in her feed, struck out, this long after the cancellation; then it drops off. */
export const CANCELLED_KEPT_DAYS = 30;
/** Meetings that ended longer ago than this are left out (the feed stays small). */
const PAST_KEPT_DAYS = 365;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

interface FeedRow {
  meetingId: string;
  startsAt: Date;
  endsAt: Date;
  courseTitle: string;
  sessionTitle: string;
  venueName: string | null;
  venueAddress: string | null;
  isOnline: boolean;
  cancelled: boolean;
  changedAt: Date;
}

/**
 * Her private iCal feed: a random token (32 bytes, base64url) in the URL, stored only as its SHA-256;
 * issuing again replaces it (the old URL answers 404), revoking deletes it. The feed lists the meetings
 * of the sessions she holds a confirmed place in; a place cancelled (by her, by the organisers, or with
 * the session) stays as STATUS:CANCELLED for 30 days, then drops off.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async myFeed(userId: string): Promise<CalendarFeed> {
    const rows: { createdAt: Date }[] = await this.dataSource.query(
      `SELECT created_at AS "createdAt" FROM calendar_feeds WHERE user_id = $1`,
      [userId],
    );
    return { url: null, createdAt: rows[0]?.createdAt ?? null };
  }

  async issue(userId: string): Promise<CalendarFeed> {
    const token = randomBytes(32).toString('base64url');
    const rows: { createdAt: Date }[] = await this.dataSource.query(
      `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()
       RETURNING created_at AS "createdAt"`,
      [userId, hashToken(token)],
    );
    return { url: `${this.env.PUBLIC_URL}/api/calendar/${token}.ics`, createdAt: rows[0]?.createdAt ?? null };
  }

  async revoke(userId: string): Promise<CalendarFeed> {
    await this.dataSource.query(`DELETE FROM calendar_feeds WHERE user_id = $1`, [userId]);
    return { url: null, createdAt: null };
  }

  /** The feed of the token's owner; NOT_FOUND for a revoked, replaced or unknown token. */
  async calendar(token: string): Promise<string> {
    const owner: { userId: string }[] = TOKEN.test(token)
      ? await this.dataSource.query(`SELECT user_id AS "userId" FROM calendar_feeds WHERE token_hash = $1`, [
          hashToken(token),
        ])
      : [];
    const userId = owner[0]?.userId;
    if (!userId) throw new NotFoundError('notifications.feedNotFound');
    const rows: FeedRow[] = await this.dataSource.query(
      `WITH mine AS (
         SELECT DISTINCT ON (session_id) session_id, status, cancelled_at
           FROM ${ENROLMENT_PARTICIPANTS}
          WHERE user_id = $1
            AND (status IN ('confirmed', 'completed')
                 OR (status = 'cancelled' AND cancelled_at > now() - make_interval(days => $2)))
          ORDER BY session_id, (status <> 'cancelled') DESC, created_at DESC)
       SELECT d.meeting_id AS "meetingId", d.starts_at AS "startsAt", d.ends_at AS "endsAt",
              d.course_title AS "courseTitle", d.session_title AS "sessionTitle",
              d.venue_name AS "venueName", d.venue_address AS "venueAddress", d.is_online AS "isOnline",
              (mine.status = 'cancelled' OR d.session_status = 'cancelled') AS cancelled,
              greatest(d.session_updated_at, mine.cancelled_at) AS "changedAt"
         FROM mine JOIN ${CATALOGUE_MEETING_DETAILS} d ON d.session_id = mine.session_id
        WHERE d.ends_at > now() - make_interval(days => $3)
          AND NOT (d.session_status = 'cancelled'
                   AND d.session_updated_at < now() - make_interval(days => $2))
        ORDER BY d.starts_at`,
      [userId, CANCELLED_KEPT_DAYS, PAST_KEPT_DAYS],
    );
    return feedCalendar(
      rows.map((row) => this.meeting(row)),
      'Tsunagu つなぐ',
    );
  }

  private meeting(row: FeedRow): FeedMeeting {
    const place = [row.venueName, row.venueAddress].filter(Boolean).join(' ');
    return {
      meetingId: row.meetingId,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      title: [row.courseTitle, row.sessionTitle].filter(Boolean).join(' '),
      location: place || (row.isOnline ? 'オンライン / Online' : null),
      description: row.cancelled
        ? '中止または取り消しになりました / Cancelled'
        : 'Tsunagu（つなぐ）で申し込んだ講座です / A seminar you enrolled in on Tsunagu',
      url: `${this.env.PUBLIC_URL}/seminars/my`,
      cancelled: row.cancelled,
      sequence: sequenceOf(row.changedAt),
    };
  }
}
