import { Inject, Injectable, Logger, OnModuleInit, Optional } from '@nestjs/common';
import { LIMITS } from '@tsunagu/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Jobs } from '../../../core/jobs/jobs.service';
import { CATALOGUE_MEETING_DETAILS } from '../../catalogue';
import { ENROLMENT_PARTICIPANTS } from '../../enrolment';
import { NOTIFIER, type Notifier, type ScheduledNotifyRequest } from './notifier';

/** The once-a-minute schedule's queue. */
export const REMINDERS_QUEUE = 'notifications.reminders';
/**
 * Reminders one tick writes (one transaction); a backlog (after downtime) clears over the next minutes.
 * One batch per tick: she who turned reminders off is asked again each tick (notify writes nothing),
 * and must not make a tick loop.
 */
const BATCH = 2000;

export interface DueReminder {
  readonly meetingId: string;
  readonly sessionId: string;
  readonly userId: string;
  readonly startsAt: Date;
  readonly providerOrganisationId: string;
}

export function reminderDedupeKey(meetingId: string, userId: string): string {
  return `reminder:${meetingId}:${userId}`;
}

/** The notification a due reminder becomes. */
export function reminderRequest(due: DueReminder): ScheduledNotifyRequest {
  return {
    userId: due.userId,
    kind: 'session_reminder',
    dedupeKey: reminderDedupeKey(due.meetingId, due.userId),
    params: { sessionId: due.sessionId, meetingId: due.meetingId, startsAt: due.startsAt.toISOString() },
    link: '/my/seminars',
    organisationId: due.providerOrganisationId,
  };
}

/**
 * Reminders before each meeting: once a minute (a pg-boss schedule: one tick however many workers),
 * every confirmed participant of a scheduled session whose meeting starts within the session's
 * `reminderHoursBefore` (0 = none) and who has not been reminded of it gets one `session_reminder`
 * (dedupe key `reminder:<meetingId>:<userId>`, so a late or repeated tick writes nothing twice). She
 * who enrols after the window opened is reminded at the next tick; a meeting already begun is not.
 * Reads the catalogue and enrolments through their published views.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: Jobs,
    @Optional() @Inject(NOTIFIER) private readonly notifier?: Notifier,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      queue: REMINDERS_QUEUE,
      cron: '* * * * *',
      // A missed minute is made up by the next one.
      retryLimit: 0,
      concurrency: 1,
      handle: async () => {
        const written = await this.remind();
        if (written) this.logger.log(`Wrote ${written} reminders`);
      },
    });
  }

  /** The reminders due at `now` not yet written, oldest meeting first. */
  async due(manager: EntityManager, now: Date, limit = BATCH): Promise<DueReminder[]> {
    return manager.query(
      `SELECT d.meeting_id AS "meetingId", d.session_id AS "sessionId", p.user_id AS "userId",
              d.starts_at AS "startsAt", d.provider_organisation_id AS "providerOrganisationId"
         FROM ${CATALOGUE_MEETING_DETAILS} d
         JOIN ${ENROLMENT_PARTICIPANTS} p ON p.session_id = d.session_id AND p.status = 'confirmed'
        WHERE d.session_status = 'scheduled'
          AND d.reminder_hours_before > 0
          AND d.starts_at > $1
          AND d.starts_at <= $1::timestamptz + make_interval(hours => $2)
          AND d.starts_at <= $1::timestamptz + make_interval(hours => d.reminder_hours_before)
          AND NOT EXISTS (SELECT 1 FROM notifications n
                           WHERE n.dedupe_key = 'reminder:' || d.meeting_id || ':' || p.user_id)
        ORDER BY d.starts_at, d.meeting_id, p.user_id
        LIMIT $3`,
      [now, LIMITS.session.reminderHoursBefore.max, limit],
    );
  }

  /** Writes the reminders due now (one batch); returns how many were asked for. */
  async remind(now = new Date()): Promise<number> {
    const notifier = this.notifier;
    if (!notifier) {
      this.logger.warn('No notifier: reminders are not written (NOTIFIER is not provided)');
      return 0;
    }
    return this.dataSource.transaction(async (manager) => {
      const due = await this.due(manager, now);
      for (const reminder of due) await notifier.notify(manager, reminderRequest(reminder));
      return due.length;
    });
  }
}
